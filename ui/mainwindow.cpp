// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "connectionsdialog.h"
#include "exportdialog.h"
#include "importwizard.h"
#include "invoiceeditor.h"
#include "invoicelistview.h"
#include "paymentdialog.h"
#include "syncpanel.h"
#include "syncworker.h"
#include "uiresources.h"

#include "csvexporter.h"
#include "csvimporter.h"
#include "database.h"
#include "invoicelistmodel.h"
#include "ledger.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkInformation>
#include <QProgressBar>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace InvoiceDesk {

MainWindow::MainWindow(std::unique_ptr<Database> database, QWidget *parent)
    : QMainWindow(parent)
{
    initUiResources();
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    setCentralWidget(central);

    createFilterBar();
    mView = new InvoiceListView(central);
    layout->addWidget(mView);

    mCountLabel = new QLabel(this);
    mSyncLabel = new QLabel(this);
    mSyncLabel->setObjectName(QStringLiteral("syncStatus"));
    mOnlineLabel = new QLabel(this);
    mOnlineLabel->setObjectName(QStringLiteral("onlineStatus"));
    mSyncProgress = new QProgressBar(this);
    mSyncProgress->setRange(0, 0); // busy indicator while a pass runs
    mSyncProgress->setMaximumWidth(80);
    mSyncProgress->hide();
    statusBar()->addWidget(mCountLabel, 1);
    statusBar()->addPermanentWidget(mSyncProgress);
    statusBar()->addPermanentWidget(mSyncLabel);
    statusBar()->addPermanentWidget(mOnlineLabel);
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this] {
                updateOnlineState();
                if (QNetworkInformation::instance()->reachability()
                    == QNetworkInformation::Reachability::Online)
                    syncNow(); // back online: send what waited
            });
    }
    updateOnlineState();

    createActions();
    setDatabase(std::move(database));
    resize(1180, 720);
}

MainWindow::~MainWindow()
{
    stopSync();
    // Editors and dialogs hold the ledger; they go first.
    qDeleteAll(findChildren<QDialog *>(Qt::FindDirectChildrenOnly));
    // The model's queries must go before the connection they run on.
    delete mDecorator;
    delete mModel;
    mLedger.reset();
}

void MainWindow::createFilterBar()
{
    auto *bar = addToolBar(tr("Filter"));
    bar->setObjectName(QStringLiteral("filterBar"));
    bar->setMovable(false);

    mFilterEdit = new QLineEdit(bar);
    mFilterEdit->setObjectName(QStringLiteral("filterEdit"));
    mFilterEdit->setPlaceholderText(tr("Filter by number, customer or description"));
    mFilterEdit->setClearButtonEnabled(true);
    mFilterEdit->setMinimumWidth(320);
    bar->addWidget(mFilterEdit);

    mStatusFilter = new QComboBox(bar);
    mStatusFilter->setObjectName(QStringLiteral("statusFilter"));
    mStatusFilter->addItem(tr("All statuses"), -1);
    for (auto status : {InvoiceStatus::Draft, InvoiceStatus::Pending, InvoiceStatus::Paid,
             InvoiceStatus::Cancelled, InvoiceStatus::Refunded})
        mStatusFilter->addItem(statusDisplayName(status), int(status));
    bar->addWidget(mStatusFilter);

    mOverdueOnly = new QCheckBox(tr("&Overdue only"), bar);
    mOverdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    bar->addWidget(mOverdueOnly);

    // Filter as you type, but not on every keystroke of a fast typist.
    mFilterDelay = new QTimer(this);
    mFilterDelay->setSingleShot(true);
    mFilterDelay->setInterval(150);
    connect(mFilterDelay, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(mFilterEdit, &QLineEdit::textChanged, mFilterDelay, qOverload<>(&QTimer::start));
    connect(mStatusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(mOverdueOnly, &QCheckBox::toggled, this, &MainWindow::applyFilter);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Company File…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *importInvoices
        = file->addAction(tr("&Import Invoices…"), this, [this] { importCsv(true); });
    importInvoices->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(tr("Import &Payments…"), this, [this] { importCsv(false); });
    QAction *exportInvoices
        = file->addAction(tr("&Export Invoices…"), this, [this] { exportCsv(true); });
    exportInvoices->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    file->addAction(tr("Export Pa&yments…"), this, [this] { exportCsv(false); });
    file->addSeparator();
    file->addAction(tr("&Back Up…"), this, &MainWindow::backUp);
    file->addAction(tr("&Restore from a Backup…"), this, &MainWindow::restore);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *invoice = menuBar()->addMenu(tr("&Invoice"));
    QToolBar *tools = new QToolBar(tr("Invoice"), this);
    tools->setObjectName(QStringLiteral("invoiceBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addToolBarBreak(Qt::TopToolBarArea); // actions on their own row, below the filters
    addToolBar(Qt::TopToolBarArea, tools);
    // Theme icons where the desktop has them, ours otherwise.
    const auto icon = [](const char *name) {
        return QIcon::fromTheme(
            QLatin1String(name), QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))));
    };
    QAction *create = invoice->addAction(
        icon("document-new"), tr("&New Invoice"), this, &MainWindow::newInvoice);
    create->setShortcut(QKeySequence::New);
    QAction *edit = invoice->addAction(
        icon("document-edit"), tr("&Edit Invoice"), this, &MainWindow::editCurrent);
    edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    edit->setShortcutContext(Qt::WidgetShortcut);
    mView->addAction(edit);
    QAction *payment = invoice->addAction(QIcon(QStringLiteral(":/icons/payment.svg")),
        tr("Record &Payment…"), this, &MainWindow::recordPaymentForCurrent);
    payment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *remove = invoice->addAction(
        icon("edit-delete"), tr("&Delete or Cancel Invoice…"), this, &MainWindow::deleteCurrent);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    mView->addAction(remove);
    remove->setIconText(tr("Delete"));
    payment->setIconText(tr("Payment"));
    for (QAction *action : {create, edit, payment, remove})
        tools->addAction(action);
    connect(mView, &QAbstractItemView::doubleClicked, this, &MainWindow::editCurrent);

    QMenu *sync = menuBar()->addMenu(tr("&Sync"));
    QAction *syncAction
        = sync->addAction(icon("view-refresh"), tr("Sync &Now"), this, &MainWindow::syncNow);
    syncAction->setShortcut(QKeySequence(Qt::Key_F9));
    QAction *issues = sync->addAction(
        icon("dialog-warning"), tr("Sync &Issues…"), this, &MainWindow::showSyncPanel);
    issues->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    sync->addSeparator();
    sync->addAction(tr("&Connections…"), this, [this] {
        auto *dialog = new ConnectionsDialog(*mLedger, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ConnectionsDialog::connectionsChanged, this, [this] {
            refresh();
            syncNow();
        });
        dialog->show();
    });
    tools->addSeparator();
    tools->addAction(syncAction);
    tools->addAction(issues);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *find = view->addAction(tr("&Find"), this, [this] {
        mFilterEdit->setFocus(Qt::ShortcutFocusReason);
        mFilterEdit->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *reload = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    const std::pair<QString, QString> choices[]
        = {{QString(), tr("System language")}, {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
    for (const auto &[code, name] : choices) {
        QAction *choice = language->addAction(name);
        choice->setCheckable(true);
        choice->setChecked(code == current);
        languages->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(QStringLiteral("language"), code);
            QMessageBox::information(this, tr("&Language").remove(QLatin1Char('&')),
                tr("The language changes when InvoiceDesk starts again."));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open the &Data Folder"), this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(mDatabase->path()).absolutePath()));
    });
    QAction *about = help->addAction(tr("&About InvoiceDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    stopSync();
    mView->setModel(nullptr);
    delete mDecorator;
    delete mModel;
    mLedger.reset();
    mDatabase = std::move(database);
    mLedger = std::make_unique<Ledger>(*mDatabase);
    mModel = new InvoiceListModel(mDatabase->connection(), this);
    mDecorator = new InvoiceListDecorator(this);
    mDecorator->setSourceModel(mModel);
    mView->setModel(mDecorator);
    setWindowFilePath(mDatabase->path());
    setWindowTitle(tr("%1 — InvoiceDesk").arg(QFileInfo(mDatabase->path()).fileName()));
    applyFilter();
    startSync();
}

void MainWindow::startSync()
{
    // The engine gets a thread and a connection of its own: the window never waits on the network.
    mSyncThread = new QThread(this);
    mSyncThread->setObjectName(QStringLiteral("sync"));
    // The worker checks the file's integrity first; the window's writes wait for its verdict.
    mDatabase->holdWritesUntilChecked();
    mSyncWorker
        = new SyncWorker(mDatabase->path(), SyncPolicy(), 60000, mDatabase->integrityGate());
    mSyncWorker->moveToThread(mSyncThread);
    connect(mSyncThread, &QThread::started, mSyncWorker, &SyncWorker::initialise);
    connect(mSyncThread, &QThread::finished, mSyncWorker, &QObject::deleteLater);
    connect(mSyncWorker, &SyncWorker::ready, this, [this](int recovered, const QString &error) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("Sync is off: %1").arg(error));
        else if (recovered > 0)
            statusBar()->showMessage(
                tr("%1 operations were interrupted; they are being checked with the remote.")
                    .arg(recovered),
                10000);
    });
    connect(mSyncWorker, &SyncWorker::integrityChecked, this, [this](const QString &finding) {
        if (finding.isEmpty())
            return;
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Damaged Company File"),
            tr("%1\n\nYou can look at what can still be read, but nothing will be saved.")
                .arg(finding),
            QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(mSyncWorker, &SyncWorker::busyChanged, mSyncProgress, &QWidget::setVisible);
    connect(mSyncWorker, &SyncWorker::passFinished, this,
        [this](int, int, int, const QStringList &problems, const QString &fatalError) {
            mLastSync = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
            if (!fatalError.isEmpty())
                statusBar()->showMessage(tr("Sync stopped: %1").arg(fatalError));
            else if (!problems.isEmpty())
                statusBar()->showMessage(problems.first(), 10000);
            refresh();
            Q_EMIT syncPassFinished();
        });
    mSyncThread->start();
}

void MainWindow::stopSync()
{
    if (!mSyncThread)
        return;
    mSyncThread->quit();
    mSyncThread->wait();
    delete mSyncThread;
    mSyncThread = nullptr;
    mSyncWorker = nullptr;
}

void MainWindow::syncNow()
{
    if (mSyncWorker)
        QMetaObject::invokeMethod(mSyncWorker, &SyncWorker::resumeAndSync, Qt::QueuedConnection);
}

void MainWindow::showSyncPanel()
{
    auto *panel = findChild<SyncPanel *>();
    if (!panel) {
        panel = new SyncPanel(*mDatabase, this);
        panel->setAttribute(Qt::WA_DeleteOnClose);
        connect(panel, &SyncPanel::changed, this, [this] {
            refresh();
            syncNow();
        });
        connect(panel, &SyncPanel::editInvoiceRequested, this, [this](qint64 id) {
            if (id)
                openEditor(id);
        });
    }
    panel->refresh();
    panel->show();
    panel->raise();
}

void MainWindow::updateOnlineState()
{
    QNetworkInformation *information = QNetworkInformation::instance();
    if (!information) {
        mOnlineLabel->setText(tr("Online status unknown"));
        return;
    }
    const auto reachability = information->reachability();
    mOnlineLabel->setText(reachability == QNetworkInformation::Reachability::Online ? tr("Online")
            : reachability == QNetworkInformation::Reachability::Unknown
            ? tr("Online status unknown")
            : tr("Offline"));
}

void MainWindow::applyFilter()
{
    InvoiceListModel::Filter filter;
    filter.text = mFilterEdit->text();
    const int status = mStatusFilter->currentData().toInt();
    if (status >= 0)
        filter.status = InvoiceStatus(status);
    filter.overdueOnly = mOverdueOnly->isChecked();
    mModel->setFilter(filter);
    updateStatusBar();
}

void MainWindow::refresh()
{
    mModel->reload();
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    mCountLabel->setText(tr("Invoices: %1").arg(locale().toString(mModel->rowCount())));
    const auto counts = mLedger->outbox().activeCountsByState();
    int waiting = 0;
    int attention = 0;
    if (counts) {
        for (auto it = counts->cbegin(); it != counts->cend(); ++it) {
            const bool person
                = needsPerson(opStateFromKey(it.key()).value_or(OpState::NeedsAttention));
            (person ? attention : waiting) += it.value();
        }
    }
    QString text = waiting + attention == 0
        ? tr("All changes synced")
        : tr("%1 waiting · %2 need attention").arg(waiting).arg(attention);
    if (!mLastSync.isEmpty())
        text += QStringLiteral(" · ") + tr("last sync %1").arg(mLastSync);
    mSyncLabel->setText(text);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Company File"),
        QFileInfo(mDatabase->path()).absolutePath(),
        tr("InvoiceDesk company files (*.invoicedesk *.db *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    auto opened = Database::open(path);
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot Open Company File"), opened.error());
        return;
    }
    setDatabase(std::move(opened).value());
}

void MainWindow::importCsv(bool invoices)
{
    auto *wizard = new ImportWizard(*mLedger, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->options().kind = invoices ? ImportKind::Invoices : ImportKind::Payments;
    if (!invoices)
        wizard->findChild<QRadioButton *>(QStringLiteral("payments"))->setChecked(true);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::refresh);
    wizard->show();
}

void MainWindow::exportCsv(bool invoices)
{
    auto *dialog = new ExportDialog(*mLedger, invoices, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

qint64 MainWindow::currentInvoiceId() const
{
    const QModelIndex current = mView->currentIndex();
    return current.isValid() ? mModel->invoiceId(current.row()) : 0;
}

InvoiceEditor *MainWindow::openEditor(qint64 invoiceId)
{
    auto *editor = new InvoiceEditor(*mLedger, invoiceId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &InvoiceEditor::saved, this, &MainWindow::refresh);
    editor->show();
    editor->activateWindow();
    return editor;
}

void MainWindow::newInvoice()
{
    openEditor(0);
}

void MainWindow::editCurrent()
{
    if (const qint64 id = currentInvoiceId())
        openEditor(id);
}

void MainWindow::recordPaymentForCurrent()
{
    const qint64 id = currentInvoiceId();
    if (!id)
        return;
    auto *dialog = new PaymentDialog(*mLedger, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::refresh);
    dialog->open();
}

void MainWindow::deleteCurrent()
{
    const qint64 id = currentInvoiceId();
    if (!id)
        return;
    auto invoice = mLedger->invoice(id);
    auto payments = mLedger->payments(id);
    if (!invoice || !invoice->has_value() || !payments)
        return;
    const QString number = (*invoice)->number;
    if (payments->isEmpty()) {
        if (QMessageBox::question(this, tr("Delete Invoice"),
                tr("Delete invoice %1? The audit log keeps a copy.").arg(number))
            != QMessageBox::Yes)
            return;
        if (auto deleted = mLedger->deleteInvoice(id); !deleted)
            QMessageBox::warning(this, tr("Cannot Delete"), deleted.error());
    } else {
        if ((*invoice)->lifecycle == InvoiceLifecycle::Cancelled)
            return;
        if (QMessageBox::question(this, tr("Cancel Invoice"),
                tr("Invoice %1 has payments, so it cannot be deleted. Cancel it instead?")
                    .arg(number))
            != QMessageBox::Yes)
            return;
        if (auto cancelled = mLedger->cancelInvoice(id); !cancelled)
            QMessageBox::warning(this, tr("Cannot Cancel"), cancelled.error());
    }
    refresh();
}

void MainWindow::backUp()
{
    const QString suggested = QFileInfo(mDatabase->path()).absolutePath() + QLatin1Char('/')
        + QFileInfo(mDatabase->path()).completeBaseName()
        + QDate::currentDate().toString(QStringLiteral("-yyyy-MM-dd"))
        + QStringLiteral(".backup.invoicedesk");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Back Up"), suggested, tr("InvoiceDesk backups (*.invoicedesk)"));
    if (path.isEmpty())
        return;
    QFile::remove(path); // the dialog already asked before overwriting
    if (auto done = mDatabase->backupTo(path); !done)
        QMessageBox::critical(this, tr("Back Up"), done.error());
    else
        statusBar()->showMessage(tr("Backed up to %1.").arg(QFileInfo(path).fileName()), 8000);
}

void MainWindow::restore()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore from a Backup"),
        QFileInfo(mDatabase->path()).absolutePath(),
        tr("InvoiceDesk backups (*.invoicedesk *.bak);;All files (*)"));
    if (path.isEmpty())
        return;
    QSqlQuery active(mDatabase->connection());
    active.exec(QStringLiteral(
        "SELECT count(*) FROM outbox WHERE state NOT IN ('acked', 'discarded', 'superseded')"));
    const int pending = active.next() ? active.value(0).toInt() : 0;
    const QString warning = pending > 0
        ? tr("<p><b>%1 sync operations have not finished.</b> Restoring replaces them with the "
             "backup's: what they carried may be sent again or never. Finish syncing first "
             "if you can.</p>")
              .arg(pending)
        : QString();
    if (QMessageBox::warning(this, tr("Restore from a Backup"),
            warning
                + tr("<p>Replace everything in this company file with %1? The current data is kept "
                     "in a copy beside the file.</p>")
                      .arg(QFileInfo(path).fileName().toHtmlEscaped()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    stopSync();
    auto restored = mDatabase->restoreFrom(path);
    startSync();
    if (!restored) {
        QMessageBox::critical(this, tr("Restore from a Backup"), restored.error());
        return;
    }
    refresh();
    statusBar()->showMessage(tr("Restored from %1; the replaced data is in %2.")
                                 .arg(QFileInfo(path).fileName(), QFileInfo(*restored).fileName()),
        15000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About InvoiceDesk"),
        tr("<h3>InvoiceDesk %1</h3><p>Offline invoice and payment entry for bookkeepers, "
           "with CSV import and export and sync to remote invoicing systems.</p>"
           "<p>Company file: %2</p>")
            .arg(QApplication::applicationVersion(), mDatabase->path().toHtmlEscaped()));
}

} // namespace InvoiceDesk
