// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "bankingmenu.h"
#include "connectionsdialog.h"
#include "creditnotesmenu.h"
#include "customersmenu.h"
#include "documentactions.h"
#include "exportdialog.h"
#include "importwizard.h"
#include "invoiceeditor.h"
#include "invoicelistview.h"
#include "networkstatus.h"
#include "paymentdialog.h"
#include "reportsmenu.h"
#include "syncpanel.h"
#include "syncworker.h"
#include "uiresources.h"

#include "csvexporter.h"
#include "csvimporter.h"
#include "database.h"
#include "integritygate.h"
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
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace InvoiceDesk {

namespace {

/** A theme icon where the desktop has one, ours otherwise. */
QIcon themeIcon(const char *name)
{
    return QIcon::fromTheme(
        QLatin1String(name), QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))));
}

} // namespace

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
    mCountLabel->setObjectName(QStringLiteral("invoiceCount"));
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
    // Interfaces come and go without a backend to tell: look again now and then.
    auto *onlineCheck = new QTimer(this);
    onlineCheck->setInterval(30000);
    connect(onlineCheck, &QTimer::timeout, this, &MainWindow::updateOnlineState);
    onlineCheck->start();
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

void MainWindow::createActions()
{
    createFileMenu();
    QToolBar *tools = createInvoiceMenu();
    createSyncMenu(tools);
    BankingMenu::install(this); // issue 15: Banking > Accounts, Import Statement, Reconcile
    CustomersMenu::install(this); // issue 13: Customers > Customers, Receive Payment
    ReportsMenu::install(this); // issue 14: Reports > A/R Aging, Customer Statement
    CreditNotesMenu::install(this); // issue 13: Credit Note…, Reopen, Show credit notes
    createViewMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("Open the &Data Folder"), this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(mDatabase->path()).absolutePath()));
    });
    QAction *about = help->addAction(tr("&About InvoiceDesk"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createFileMenu()
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
    DocumentActions::addTo(this, file); // issue 14: Company…, Print…, Preview, Export PDF
    file->addSeparator();
    file->addAction(tr("&Back Up…"), this, &MainWindow::backUp);
    file->addAction(tr("&Restore from a Backup…"), this, &MainWindow::restore);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
}

QToolBar *MainWindow::createInvoiceMenu()
{
    QMenu *invoice = menuBar()->addMenu(tr("&Invoice"));
    QToolBar *tools = new QToolBar(tr("Invoice"), this);
    tools->setObjectName(QStringLiteral("invoiceBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addToolBarBreak(Qt::TopToolBarArea); // actions on their own row, below the filters
    addToolBar(Qt::TopToolBarArea, tools);
    QAction *create = invoice->addAction(
        themeIcon("document-new"), tr("&New Invoice"), this, &MainWindow::newInvoice);
    create->setShortcut(QKeySequence::New);
    QAction *edit = invoice->addAction(
        themeIcon("document-edit"), tr("&Edit Invoice"), this, &MainWindow::editCurrent);
    edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    edit->setShortcutContext(Qt::WidgetShortcut);
    mView->addAction(edit);
    QAction *payment = invoice->addAction(QIcon(QStringLiteral(":/icons/payment.svg")),
        tr("Record &Payment…"), this, &MainWindow::recordPaymentForCurrent);
    payment->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    payment->setObjectName(QStringLiteral("recordPaymentAction"));
    QAction *remove = invoice->addAction(themeIcon("edit-delete"), tr("&Delete or Cancel Invoice…"),
        this, &MainWindow::deleteCurrent);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    mView->addAction(remove);
    remove->setIconText(tr("Delete"));
    payment->setIconText(tr("Payment"));
    for (QAction *action : {create, edit, payment, remove})
        tools->addAction(action);
    connect(mView, &QAbstractItemView::doubleClicked, this, &MainWindow::editCurrent);
    return tools;
}

void MainWindow::createSyncMenu(QToolBar *tools)
{
    QMenu *sync = menuBar()->addMenu(tr("&Sync"));
    QAction *syncAction
        = sync->addAction(themeIcon("view-refresh"), tr("Sync &Now"), this, &MainWindow::syncNow);
    syncAction->setShortcut(QKeySequence(Qt::Key_F9));
    QAction *issues = sync->addAction(
        themeIcon("dialog-warning"), tr("Sync &Issues…"), this, &MainWindow::showSyncPanel);
    issues->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    sync->addSeparator();
    sync->addAction(tr("&Connections…"), this, &MainWindow::showConnections);
    tools->addSeparator();
    tools->addAction(syncAction);
    tools->addAction(issues);
}

void MainWindow::createViewMenu()
{
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
    mModel->setPagesInBackground(true); // a page a view scrolls to never holds up a paint
    mNewFilterRequested = false;
    mDecorator = new InvoiceListDecorator(this);
    mDecorator->setSourceModel(mModel);
    applyFilter(); // before the view: each reset it sees rebuilds a header row per invoice
    mModel->holdBackRows(); // the rest come after the first paint (eventFilter)
    mView->setModel(mDecorator);
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &MainWindow::updatePaymentAction);
    connect(mModel, &InvoiceListModel::filterApplied, this, &MainWindow::showAppliedFilter);
    // The current row's page may come after it became current (pages in the background).
    connect(mModel, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &first, const QModelIndex &last) {
            const int row = mView->currentIndex().row();
            if (row >= first.row() && row <= last.row())
                updatePaymentAction();
        });
    for (auto counted : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(mModel, counted, this, &MainWindow::updateStatusBar); // the exact count, later
    setWindowFilePath(mDatabase->path());
    setWindowTitle(tr("%1 — InvoiceDesk").arg(QFileInfo(mDatabase->path()).fileName()));
    updateStatusBar();
    // A write before the worker started (a paint still to come) starts it rather than wait.
    mDatabase->holdWritesUntilChecked([this] { startSync(); });
    // The sync worker opens with the file's integrity check, which reads the whole file: it
    // starts once the first page of the list is painted, so start-up does not wait for it
    // (writes wait for its verdict instead, issue 9); a write before that paint starts it.
    mView->viewport()->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mView->viewport() && event->type() == QEvent::Paint) {
        mView->viewport()->removeEventFilter(this);
        // The first page is painted: then the rest of the rows, and the worker.
        QTimer::singleShot(0, mModel, &InvoiceListModel::revealRows);
        QTimer::singleShot(0, this, &MainWindow::startSync);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::startSync()
{
    if (mSyncThread)
        return;
    // The engine gets a thread and a connection of its own: the window never waits on the network.
    mSyncThread = new QThread(this);
    mSyncThread->setObjectName(QStringLiteral("sync"));
    // The worker checks the file's integrity first; the window's writes wait for its verdict
    // (held since the window opened, unless sync was stopped since).
    if (mDatabase->integrityGate()->state() != IntegrityGate::State::Checking)
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
            statusBar()->showMessage(recovered == 1
                    ? tr("1 operation was interrupted; it is being checked with the remote.")
                    : tr("%n operations were interrupted; they are being checked with the "
                         "remote.",
                        nullptr, recovered),
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
    startSync(); // Sync Now before the first paint starts the worker at once
    if (mSyncWorker)
        QMetaObject::invokeMethod(mSyncWorker, &SyncWorker::resumeAndSync, Qt::QueuedConnection);
}

void MainWindow::updateOnlineState()
{
    // Never "Online" with no interface up, whatever a backend says or when none answers.
    switch (NetworkStatus::current()) {
    case NetworkStatus::State::Online:
        mOnlineLabel->setText(tr("Online"));
        break;
    case NetworkStatus::State::Offline:
        mOnlineLabel->setText(tr("Offline"));
        break;
    case NetworkStatus::State::Unknown:
        mOnlineLabel->setText(tr("Online status unknown"));
        break;
    }
}

void MainWindow::refresh()
{
    mModel->requestReload();
    CreditNotesMenu::refreshPanel(this);
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    updatePaymentAction();
    // Not exact: at least CountCap (20,001) match, or not yet counted; "20,000+" either way.
    const bool exact = mModel->isCountExact();
    mCountLabel->setText(
        tr("Invoices: %1")
            .arg(exact ? locale().toString(mModel->matchCount())
                       : locale().toString(mModel->matchCount() - 1) + QStringLiteral("+")));
    mSyncLabel->setText(syncStatusText());
}

QString MainWindow::syncStatusText()
{
    const auto connections = mLedger->connections().count();
    if (connections && *connections == 0) {
        mSyncLabel->setToolTip(tr("Sync > Connections adds the systems to sync with."));
        return tr("Not connected to any system");
    }
    const auto counts = mLedger->outbox().activeCountsByState();
    int waiting = 0;
    int attention = 0;
    if (counts) {
        for (auto it = counts->cbegin(); it != counts->cend(); ++it)
            (needsPerson(it.key()) ? attention : waiting) += it.value();
    }
    QStringList parts;
    // A connection that cannot run comes first, in the engine's plain words (issue 10).
    const auto issues = mLedger->connections().needingAttention();
    QStringList reasons;
    if (issues && !issues->isEmpty()) {
        for (const ConnectionIssue &issue : *issues)
            reasons.append(issue.name + QStringLiteral(": ") + issue.reason);
        const int n = int(issues->size());
        parts.append(n == 1 ? tr("1 connection needs attention: %1").arg(reasons.first())
                            : tr("%n connections need attention: %1", nullptr, n)
                                  .arg(reasons.join(QStringLiteral("; "))));
    }
    if (waiting > 0)
        parts.append(tr("%n waiting", nullptr, waiting));
    if (attention > 0)
        parts.append(
            attention == 1 ? tr("1 needs attention") : tr("%n need attention", nullptr, attention));
    if (parts.isEmpty())
        parts.append(tr("All changes synced"));
    if (!mLastSync.isEmpty())
        parts.append(tr("last sync %1").arg(mLastSync));
    mSyncLabel->setToolTip(reasons.join(QLatin1Char('\n')));
    return parts.join(QStringLiteral(" · "));
}

qint64 MainWindow::currentInvoiceId() const
{
    const QModelIndex current = mView->currentIndex();
    return current.isValid() ? mModel->invoiceId(current.row()) : 0;
}

} // namespace InvoiceDesk
