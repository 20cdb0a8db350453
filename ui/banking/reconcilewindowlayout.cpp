// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ReconcileWindow: its widgets and keys.
#include "keyboardtableview.h"
#include "reconcilewindow.h"

#include "bankitemmodels.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace InvoiceDesk {

namespace {

KeyboardTableView *listView(QAbstractItemModel *model, const char *name, QWidget *parent)
{
    auto *view = new KeyboardTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QLabel *figure(const char *name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

void ReconcileWindow::buildLayout()
{
    setWindowTitle(tr("Reconcile"));
    mLineView = listView(mLines, "lines", this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *linesLabel = new QLabel(tr("Statement &lines:"), left);
    linesLabel->setBuddy(mLineView);
    leftLayout->addWidget(linesLabel);
    leftLayout->addWidget(mLineView);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(buildCandidatesPane());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    mMessage = new QLabel(this);
    mMessage->setObjectName(QStringLiteral("message"));
    mMessage->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildBalances());
    layout->addWidget(splitter, 1);
    layout->addWidget(mMessage);
    layout->addWidget(buildButtons());
    resize(1180, 640);
}

QHBoxLayout *ReconcileWindow::buildBalances()
{
    mAccount = new QComboBox(this);
    mAccount->setObjectName(QStringLiteral("account"));
    mStatementBalance = figure("statementBalance", this);
    mBookBalance = figure("bookBalance", this);
    mDifference = figure("difference", this);
    auto *top = new QHBoxLayout;
    auto *accountLabel = new QLabel(tr("Acc&ount:"), this);
    accountLabel->setBuddy(mAccount);
    top->addWidget(accountLabel);
    top->addWidget(mAccount, 1);
    for (const auto &[text, value] : {std::pair(tr("Statement balance:"), mStatementBalance),
             std::pair(tr("Book balance:"), mBookBalance),
             std::pair(tr("Difference:"), mDifference)}) {
        top->addSpacing(16);
        top->addWidget(new QLabel(text, this));
        top->addWidget(value);
    }
    return top;
}

QWidget *ReconcileWindow::buildCandidatesPane()
{
    mCandidateView = listView(mCandidates, "candidates", this);
    mNotes = new QLabel(this);
    mNotes->setObjectName(QStringLiteral("notes"));
    mNotes->setWordWrap(true);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *candidatesLabel = new QLabel(tr("Ca&ndidates for the line:"), right);
    candidatesLabel->setBuddy(mCandidateView);
    rightLayout->addWidget(candidatesLabel);
    rightLayout->addWidget(mCandidateView, 2);
    // The reasons are too long for a column beside the others: the current candidate's show
    // below the table, wrapped.
    mCandidateView->setColumnHidden(MatchCandidatesModel::Reasons, true);
    mWhy = new QLabel(this);
    mWhy->setObjectName(QStringLiteral("why"));
    mWhy->setWordWrap(true);
    connect(mCandidateView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            mWhy->setText(current.isValid()
                    ? tr("Why: %1").arg(
                        mCandidates->candidate(current.row()).reasons.join(QStringLiteral("; ")))
                    : QString());
        });
    rightLayout->addWidget(mWhy);
    rightLayout->addWidget(mNotes);
    mSearch = new QLineEdit(right);
    mSearch->setObjectName(QStringLiteral("search"));
    mSearch->setPlaceholderText(tr("Number, customer or amount owed"));
    mSearch->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("Search open &invoices:"), right);
    searchLabel->setBuddy(mSearch);
    rightLayout->addWidget(searchLabel);
    rightLayout->addWidget(mSearch);
    mInvoices = new QListWidget(right);
    mInvoices->setObjectName(QStringLiteral("invoiceResults"));
    rightLayout->addWidget(mInvoices, 1);
    return right;
}

QDialogButtonBox *ReconcileWindow::buildButtons()
{
    mAccept = new QPushButton(tr("&Accept"), this);
    mAccept->setObjectName(QStringLiteral("accept"));
    mAccept->setToolTip(tr("Enter"));
    // Alt+S is an action of the window (connectSignals): a button's mnemonic is not reached
    // while the lines table has the focus.
    mSkip = new QPushButton(tr("Skip"), this);
    mSkip->setObjectName(QStringLiteral("skip"));
    mSkip->setToolTip(QKeySequence(Qt::ALT | Qt::Key_S).toString(QKeySequence::NativeText));
    mUndo = new QPushButton(tr("&Undo Match"), this);
    mUndo->setObjectName(QStringLiteral("undo"));
    mUndo->setToolTip(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
    mExact = new QPushButton(tr("Match &Exact Ones"), this);
    mExact->setObjectName(QStringLiteral("matchExact"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    for (QPushButton *button : {mAccept, mSkip, mUndo, mExact}) {
        button->setAutoDefault(false);
        buttons->addButton(button, QDialogButtonBox::ActionRole);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

void ReconcileWindow::connectSignals()
{
    connect(mAccount, &QComboBox::currentIndexChanged, this, &ReconcileWindow::loadAccount);
    connect(mLineView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ReconcileWindow::showCandidates);
    connect(mAccept, &QPushButton::clicked, this, &ReconcileWindow::acceptCurrent);
    connect(mSkip, &QPushButton::clicked, this, &ReconcileWindow::skip);
    connect(mUndo, &QPushButton::clicked, this, &ReconcileWindow::undoCurrent);
    connect(mExact, &QPushButton::clicked, this, &ReconcileWindow::matchExact);
    connect(mSearch, &QLineEdit::textChanged, this, &ReconcileWindow::searchInvoices);
    auto *find = new QAction(this);
    find->setShortcuts(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        mSearch->setFocus(Qt::ShortcutFocusReason);
        mSearch->selectAll();
    });
    auto *undo = new QAction(this);
    undo->setShortcuts(QKeySequence::Undo);
    connect(undo, &QAction::triggered, this, &ReconcileWindow::undoCurrent);
    auto *skipAction = new QAction(this);
    skipAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_S));
    connect(skipAction, &QAction::triggered, this, &ReconcileWindow::skip);
    addActions({find, undo, skipAction});
    // Enter belongs to the window's own decision, not to a default button.
    for (QWidget *watched :
        {static_cast<QWidget *>(mLineView), static_cast<QWidget *>(mCandidateView),
            static_cast<QWidget *>(mSearch), static_cast<QWidget *>(mInvoices)})
        watched->installEventFilter(this);
}

bool ReconcileWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && (watched == mLineView || watched == mCandidateView)) {
        acceptCurrent();
        return true;
    }
    if (enter && (watched == mInvoices || watched == mSearch)) {
        recordForChosenInvoice();
        return true;
    }
    if (watched == mSearch && key->key() == Qt::Key_Down && mInvoices->count() > 0) {
        mInvoices->setFocus(Qt::TabFocusReason);
        if (mInvoices->currentRow() < 0)
            mInvoices->setCurrentRow(0);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace InvoiceDesk
