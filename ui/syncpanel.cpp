// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncpanel.h"
#include "keyboardtableview.h"
#include "ledger.h"
#include "remotelimits.h"
#include "verifydialog.h"

#include "database.h"
#include "messagetext.h"
#include "syncoperationsmodel.h"
#include "syncstore.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace InvoiceDesk {

namespace {

const SyncOperationsModel::Group kGroups[] = {SyncOperationsModel::NeedsDecision,
    SyncOperationsModel::Rejected, SyncOperationsModel::WaitingForSignIn,
    SyncOperationsModel::Conflicts, SyncOperationsModel::Active, SyncOperationsModel::All};

/** The tab after the queue's groups: what stays here (issue 13 item 3). */
constexpr int kKeptHereTab = int(std::size(kGroups));

} // namespace

SyncPanel::SyncPanel(Database &database, QWidget *parent)
    : QDialog(parent)
    , mDatabase(database)
    , mStore(std::make_unique<SyncStore>(database.connection()))
    , mModel(new SyncOperationsModel(database.connection(), this))
{
    setObjectName(QStringLiteral("syncPanel"));
    setWindowTitle(tr("Sync Issues"));
    auto *layout = new QVBoxLayout(this);
    mGroups = new QTabBar(this);
    mGroups->setObjectName(QStringLiteral("groups"));
    for (int i = 0; i <= kKeptHereTab; ++i)
        mGroups->addTab(QString());
    layout->addWidget(mGroups);

    layout->addWidget(createViews(), 1);

    mHint = new QLabel(this);
    mHint->setWordWrap(true);
    layout->addWidget(mHint);

    layout->addLayout(createButtons());

    connectButtons();
    refresh();
    // Open where a person is needed, if anywhere.
    int start = 4;
    for (int group : {0, 1, 2}) {
        if (mModel->count(kGroups[group]) > 0) {
            start = group;
            break;
        }
    }
    mGroups->setCurrentIndex(start);
    mModel->setGroup(kGroups[start]); // setCurrentIndex does not signal when the index stays
    updateDetails();
    resize(1000, 640);
}

QSplitter *SyncPanel::createViews()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    mView = new KeyboardTableView(splitter);
    mView->setTabKeyNavigation(false);
    mView->setObjectName(QStringLiteral("operations"));
    mView->setModel(mModel);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->verticalHeader()->hide();
    QHeaderView *header = mView->horizontalHeader();
    header->setSectionResizeMode(SyncOperationsModel::Message, QHeaderView::Stretch);
    // Every header readable in every language ("Nächster Versuch" is longer than "Next try").
    for (int column = 0; column < mModel->columnCount(); ++column) {
        if (column != SyncOperationsModel::Message)
            header->resizeSection(
                column, std::max(header->defaultSectionSize(), header->sectionSizeHint(column)));
    }
    mKept = new QStandardItemModel(0, 4, this);
    mKeptView = new KeyboardTableView(splitter);
    mKeptView->setTabKeyNavigation(false);
    mKeptView->setObjectName(QStringLiteral("keptHere"));
    mKeptView->setModel(mKept);
    mKeptView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mKeptView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mKeptView->setSelectionMode(QAbstractItemView::SingleSelection);
    mKeptView->verticalHeader()->hide();
    mKeptView->horizontalHeader()->setStretchLastSection(true);
    mKeptView->hide();
    mDetails = new QPlainTextEdit(splitter);
    mDetails->setObjectName(QStringLiteral("details"));
    mDetails->setReadOnly(true);
    mDetails->setFont(QFont(QStringLiteral("monospace")));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

QHBoxLayout *SyncPanel::createButtons()
{
    auto *buttons = new QHBoxLayout;
    mRetry = new QPushButton(tr("&Retry Now"), this);
    mThere = new QPushButton(tr("It's &There"), this);
    mNotThere = new QPushButton(tr("It's &Not There — Send Again"), this);
    mEdit = new QPushButton(tr("&Edit Invoice"), this);
    mDiscard = new QPushButton(tr("&Discard…"), this);
    mConnections = new QPushButton(tr("Open &Connections…"), this);
    mConnections->setObjectName(QStringLiteral("openConnections"));
    mVerify = new QPushButton(tr("&Verify With Remote…"), this);
    mVerify->setObjectName(QStringLiteral("verify"));
    mRetry->setObjectName(QStringLiteral("retry"));
    mThere->setObjectName(QStringLiteral("there"));
    mNotThere->setObjectName(QStringLiteral("notThere"));
    mDiscard->setObjectName(QStringLiteral("discard"));
    for (QPushButton *button : {mRetry, mThere, mNotThere, mEdit, mDiscard, mConnections, mVerify})
        buttons->addWidget(button);
    buttons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

void SyncPanel::connectButtons()
{
    connect(mGroups, &QTabBar::currentChanged, this, &SyncPanel::groupChanged);
    connect(mKeptView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SyncPanel::updateDetails);
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SyncPanel::updateDetails);
    connect(mModel, &QAbstractItemModel::modelReset, this, [this] {
        mView->resizeColumnToContents(SyncOperationsModel::Marker);
        mView->resizeColumnToContents(SyncOperationsModel::Operation);
        updateDetails();
    });
    connect(mRetry, &QPushButton::clicked, this, &SyncPanel::retrySelected);
    connect(mThere, &QPushButton::clicked, this, &SyncPanel::confirmThere);
    connect(mNotThere, &QPushButton::clicked, this, &SyncPanel::confirmNotThere);
    connect(mDiscard, &QPushButton::clicked, this, &SyncPanel::discardSelected);
    connect(mConnections, &QPushButton::clicked, this, &SyncPanel::connectionsRequested);
    connect(mVerify, &QPushButton::clicked, this, &SyncPanel::verifyWithRemote);
    connect(mEdit, &QPushButton::clicked, this, [this] {
        const QModelIndex current = mView->currentIndex();
        if (current.isValid())
            Q_EMIT editInvoiceRequested(mModel->invoiceId(current.row()));
    });
}

SyncPanel::~SyncPanel() = default;

void SyncPanel::refresh()
{
    const char *const names[] = {QT_TR_NOOP("Needs your decision"), QT_TR_NOOP("Rejected"),
        QT_TR_NOOP("Waiting for sign-in"), QT_TR_NOOP("Conflicts"), QT_TR_NOOP("Active"),
        QT_TR_NOOP("All")};
    for (int i = 0; i < 6; ++i) {
        const QString name = tr(names[i]);
        mGroups->setTabText(
            i, i == 5 ? name : QStringLiteral("%1 (%2)").arg(name).arg(mModel->count(kGroups[i])));
    }
    mModel->reload();
    fillKeptHere();
    mGroups->setTabText(kKeptHereTab, tr("Kept here (%1)").arg(mKept->rowCount()));
}

void SyncPanel::fillKeptHere()
{
    mKept->removeRows(0, mKept->rowCount());
    mKept->setHorizontalHeaderLabels({tr("Document"), tr("Invoice"), tr("Connection"), tr("Why")});
    Ledger ledger(mDatabase);
    for (const KeptHere &kept : keptHere(ledger)) {
        QList<QStandardItem *> row;
        for (const QString &text :
            {kept.document, kept.invoiceNumber, kept.connectionName, kept.why})
            row.append(new QStandardItem(text));
        mKept->appendRow(row);
    }
    mKeptView->resizeColumnsToContents();
}

bool SyncPanel::showsKeptHere() const
{
    return mGroups->currentIndex() == kKeptHereTab;
}

void SyncPanel::groupChanged(int index)
{
    mView->setVisible(index != kKeptHereTab);
    mKeptView->setVisible(index == kKeptHereTab);
    if (index != kKeptHereTab)
        mModel->setGroup(kGroups[index]);
    updateDetails();
}

void SyncPanel::selectRow(int row)
{
    mView->setCurrentIndex(mModel->index(row, 0));
}

QString SyncPanel::selectedOp() const
{
    const QModelIndex current = mView->currentIndex();
    return current.isValid() ? mModel->opId(current.row()) : QString();
}

void SyncPanel::updateDetails()
{
    if (showsKeptHere()) {
        const QModelIndex kept = mKeptView->currentIndex();
        mDetails->setPlainText(kept.isValid() ? mKept->item(kept.row(), 3)->text() : QString());
        mHint->setText(tr("These stay in InvoiceDesk and are not sent: the connection's system "
                          "takes no such document through its API."));
        for (QPushButton *button : {mRetry, mThere, mNotThere, mEdit, mDiscard, mConnections})
            button->setEnabled(false);
        return;
    }
    const QModelIndex current = mView->currentIndex();
    const QString op = selectedOp();
    const QString state = current.isValid()
        ? mModel->index(current.row(), SyncOperationsModel::State).data().toString()
        : QString();
    const QString errorClass = current.isValid()
        ? current.data(SyncOperationsModel::ErrorClassRole).toString()
        : QString();
    const bool connectionIssue = current.isValid() && mModel->isConnectionIssue(current.row());
    mConnections->setEnabled(connectionIssue);
    if (connectionIssue) {
        // Not an operation: a connection that cannot run, with why and what to do (issue 10).
        const QString name
            = mModel->index(current.row(), SyncOperationsModel::Connection).data().toString();
        const QString message
            = mModel->index(current.row(), SyncOperationsModel::Message).data().toString();
        mDetails->setPlainText(message);
        mHint->setText(tr("%1 cannot sync until this is fixed: %2").arg(name, message));
        for (QPushButton *button : {mRetry, mThere, mNotThere, mEdit, mDiscard})
            button->setEnabled(false);
        return;
    }
    mDetails->setPlainText(op.isEmpty() ? QString() : mModel->attemptsText(op));
    const bool decision = mModel->group() == SyncOperationsModel::NeedsDecision && !op.isEmpty();
    mThere->setEnabled(decision);
    mNotThere->setEnabled(decision);
    mRetry->setEnabled(!op.isEmpty() && !errorClass.startsWith(QLatin1String("decide")));
    mEdit->setEnabled(!op.isEmpty());
    mDiscard->setEnabled(!op.isEmpty());
    mHint->setText(decision
            ? tr(
                "InvoiceDesk cannot tell whether this reached %1. Search for marker %2 there; "
                "if you find it, choose \"It's There\"; if not, \"It's Not There\" sends it again.")
                  .arg(mModel->index(current.row(), SyncOperationsModel::Connection)
                           .data()
                           .toString(),
                      mModel->index(current.row(), SyncOperationsModel::Marker).data().toString())
            : QString());
    Q_UNUSED(state);
    if (!decision && !op.isEmpty()) {
        Ledger ledger(mDatabase); // what the remote changes in the invoice as it goes there
        mHint->setText(remoteInvoiceNote(
            ledger, current.data(SyncOperationsModel::InvoiceIdRole).toLongLong()));
    }
}

void SyncPanel::retrySelected()
{
    const QString op = selectedOp();
    if (op.isEmpty())
        return;
    if (auto s = mStore->retryNow(op, QDateTime::currentDateTimeUtc()); !s)
        QMessageBox::warning(this, tr("Retry"), asSentence(s.error()));
    refresh();
    Q_EMIT changed();
}

void SyncPanel::confirmThere()
{
    const QString op = selectedOp();
    if (op.isEmpty())
        return;
    if (auto s = mStore->markLanded(op, QString(), QDateTime::currentDateTimeUtc()); !s)
        QMessageBox::warning(this, tr("It's There"), asSentence(s.error()));
    refresh();
    Q_EMIT changed();
}

void SyncPanel::confirmNotThere()
{
    const QString op = selectedOp();
    if (op.isEmpty())
        return;
    if (auto s = mStore->markNotLanded(op, QDateTime::currentDateTimeUtc()); !s)
        QMessageBox::warning(this, tr("It's Not There"), asSentence(s.error()));
    refresh();
    Q_EMIT changed();
}

void SyncPanel::discardSelected()
{
    const QString op = selectedOp();
    if (op.isEmpty())
        return;
    // No discard without an export first (sync-design.md 5.7).
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the Operation Before Discarding"),
            QStringLiteral("discarded-%1.json").arg(op.left(8)), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    const auto operation = mStore->operationExport(op);
    QSaveFile file(path);
    if (!operation || !file.open(QIODevice::WriteOnly)) {
        QMessageBox::warning(
            this, tr("Discard"), tr("The export could not be written; nothing was discarded."));
        return;
    }
    file.write(*operation);
    if (!file.commit()) {
        QMessageBox::warning(
            this, tr("Discard"), tr("The export could not be written; nothing was discarded."));
        return;
    }
    if (auto s = mStore->discard(op, QDateTime::currentDateTimeUtc()); !s)
        QMessageBox::warning(this, tr("Discard"), asSentence(s.error()));
    refresh();
    Q_EMIT changed();
}

void SyncPanel::verifyWithRemote()
{
    auto *dialog = new VerifyDialog(mDatabase.path(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace InvoiceDesk
