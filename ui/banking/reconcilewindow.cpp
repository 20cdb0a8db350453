// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcilewindow.h"
#include "dateinput.h"
#include "keyboardtableview.h"

#include "bankitemmodels.h"
#include "bankreport.h"
#include "bankstore.h"
#include "reconciler.h"
#include "searchtext.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace InvoiceDesk {

namespace {

constexpr int kMaxInvoiceResults = 50;

} // namespace

ReconcileWindow::ReconcileWindow(Ledger &ledger, Database &database, QWidget *parent)
    : QDialog(parent)
    , mLedger(ledger)
    , mStore(std::make_unique<BankStore>(database))
    , mReconciler(std::make_unique<Reconciler>(ledger, *mStore))
    , mLines(new BankLinesModel(this))
    , mCandidates(new MatchCandidatesModel(this))
{
    buildLayout();
    connectSignals();
    reload();
}

ReconcileWindow::~ReconcileWindow() = default;

QString ReconcileWindow::message() const
{
    return mMessage->text();
}

std::optional<qint64> ReconcileWindow::currentAccountId() const
{
    const QVariant id = mAccount->currentData();
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

void ReconcileWindow::reload()
{
    const std::optional<qint64> account = currentAccountId();
    auto accounts = mStore->accounts();
    if (!accounts) {
        fail(accounts.error());
        return;
    }
    {
        const QSignalBlocker blocker(mAccount);
        mAccount->clear();
        for (const BankAccount &a : *accounts)
            mAccount->addItem(QStringLiteral("%1 (%2)").arg(a.name, a.details()), a.id);
        const int index = account ? mAccount->findData(*account) : 0;
        mAccount->setCurrentIndex(std::max(index, 0));
    }
    if (accounts->isEmpty())
        mMessage->setText(
            tr("There is no bank account yet: import a statement (Banking > Import Statement…)."));
    loadAccount();
}

void ReconcileWindow::loadAccount()
{
    const qint64 current = mLineView->currentIndex().isValid()
        ? mLines->line(mLineView->currentIndex().row()).id
        : 0;
    auto matcher = mReconciler->matcher();
    if (!matcher) {
        fail(matcher.error());
        return;
    }
    mMatcher = std::make_unique<Matcher>(std::move(matcher).value());
    LineFilter filter;
    filter.accountId = currentAccountId().value_or(-1);
    auto lines = mStore->lines(filter);
    if (!lines) {
        fail(lines.error());
        return;
    }
    mLines->setLines(*lines);
    mLineView->resizeColumnsToContents();
    showBalances();
    selectLine(std::max(mLines->rowOf(current), 0));
    searchInvoices(mSearch->text());
}

void ReconcileWindow::selectLine(int row)
{
    if (row < 0 || row >= mLines->rowCount()) {
        mCandidates->setCandidates({}, {});
        mNotes->clear();
        return;
    }
    mLineView->setCurrentIndex(mLines->index(row, BankLinesModel::Date));
    showCandidates();
}

void ReconcileWindow::showCandidates()
{
    const QModelIndex index = mLineView->currentIndex();
    if (!index.isValid() || !mMatcher) {
        mCandidates->setCandidates({}, {});
        mNotes->clear();
        return;
    }
    const BankLine &line = mLines->line(index.row());
    if (line.isMatched()) {
        mCandidates->setCandidates({}, line.currency);
        mWhy->clear();
        mNotes->setText(
            tr("Matched to the payment %1 of invoice %2. %3 undoes the match.")
                .arg(line.match->marker, line.match->invoiceNumber,
                    QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
        return;
    }
    const LineCandidates found = mMatcher->candidatesFor(line);
    mWhy->clear();
    mCandidates->setCandidates(found.candidates, line.currency);
    if (!found.candidates.isEmpty())
        mCandidateView->setCurrentIndex(mCandidates->index(0, 0));
    mCandidateView->resizeColumnsToContents();
    QStringList notes = found.notes;
    if (found.candidates.isEmpty())
        notes.prepend(tr("No recorded payment is this line. Search the open invoices to record "
                         "one, or skip it."));
    mNotes->setText(notes.join(QLatin1Char('\n')));
}

void ReconcileWindow::showBalances()
{
    const std::optional<qint64> account = currentAccountId();
    QDate asOf = QDate::currentDate();
    for (int row = 0; row < mLines->rowCount(); ++row)
        asOf = row == 0 ? mLines->line(row).bookingDate
                        : std::max(asOf, mLines->line(row).bookingDate);
    auto report = account ? ReconciliationReport::build(*mStore, *account, asOf)
                          : Result<ReconciliationReport>(Error {});
    if (!report) {
        for (QLabel *label : {mStatementBalance, mBookBalance, mDifference})
            label->clear();
        return;
    }
    const auto shown = [&](qint64 minor) {
        return Money::fromMinorUnits(minor, report->account.currency).toLocaleString(locale());
    };
    mStatementBalance->setText(shown(report->statementBalance));
    mBookBalance->setText(shown(report->bookBalance));
    mDifference->setText(shown(report->difference()));
    mStatementBalance->setToolTip(tr("As of %1").arg(DateInput(locale()).format(asOf)));
}

void ReconcileWindow::searchInvoices(const QString &text)
{
    mInvoices->clear();
    const QString wanted = SearchText::fold(text.trimmed());
    if (wanted.isEmpty())
        return;
    auto invoices = mStore->openInvoices();
    if (!invoices)
        return;
    for (const OpenInvoice &invoice : *invoices) {
        const Currency currency = Currency::fromCode(invoice.currency).value_or(Currency());
        const QString owed
            = Money::fromMinorUnits(invoice.outstanding, currency).toLocaleString(locale());
        const QString plain = Money::fromMinorUnits(invoice.outstanding, currency).toString();
        if (!SearchText::fold(invoice.number + QLatin1Char(' ') + invoice.customer).contains(wanted)
            && !owed.startsWith(text.trimmed()) && !plain.startsWith(text.trimmed()))
            continue;
        auto *item = new QListWidgetItem(
            tr("%1 — %2 — owes %3 %4")
                .arg(invoice.number, invoice.customer, owed, invoice.currency),
            mInvoices);
        item->setData(Qt::UserRole, invoice.id);
        if (mInvoices->count() >= kMaxInvoiceResults)
            break;
    }
    if (mInvoices->count() > 0)
        mInvoices->setCurrentRow(0);
}

bool ReconcileWindow::acceptCurrent()
{
    const QModelIndex lineIndex = mLineView->currentIndex();
    if (!lineIndex.isValid()) {
        fail(tr("Choose a line first."));
        return false;
    }
    const BankLine line = mLines->line(lineIndex.row());
    const QModelIndex chosen = mCandidateView->currentIndex().isValid()
        ? mCandidateView->currentIndex()
        : mCandidates->index(0, 0);
    if (!chosen.isValid()) {
        fail(line.isMatched()
                ? tr("This line is matched already.")
                : tr("This line has no candidate: search the open invoices, or skip it."));
        return false;
    }
    const MatchCandidate candidate = mCandidates->candidate(chosen.row());
    if (candidate.kind == MatchCandidate::Kind::RecordReceipt)
        return recordReceipt(line, candidate);
    if (candidate.kind == MatchCandidate::Kind::RecordPayment) {
        auto recorded = mReconciler->recordPayment(line.id, candidate.invoiceId);
        if (!recorded) {
            fail(recorded.error());
            return false;
        }
        showOutcome(tr("Recorded the payment %1 for invoice %2.")
                        .arg(recorded->marker, candidate.invoiceNumber),
            line.id);
        return true;
    }
    if (auto s = mReconciler->acceptPayment(line.id, candidate.paymentId); !s) {
        fail(s.error());
        return false;
    }
    showOutcome(tr("The line is the payment %1 of invoice %2.")
                    .arg(candidate.marker, candidate.invoiceNumber),
        line.id);
    return true;
}

bool ReconcileWindow::recordReceipt(const BankLine &line, const MatchCandidate &candidate)
{
    QList<qint64> invoices;
    for (const ReceiptShare &share : candidate.shares)
        invoices.append(share.invoiceId);
    auto recorded = mReconciler->recordReceipt(line.id, invoices);
    if (!recorded) {
        fail(recorded.error());
        return false;
    }
    showOutcome(
        tr("Recorded the receipt %1 for invoices %2.").arg(recorded->key, candidate.invoiceNumber),
        line.id);
    return true;
}

bool ReconcileWindow::recordForChosenInvoice()
{
    const QModelIndex lineIndex = mLineView->currentIndex();
    QListWidgetItem *item = mInvoices->currentItem();
    if (!lineIndex.isValid() || !item) {
        fail(tr("Choose a line, then an invoice from the search."));
        return false;
    }
    const BankLine line = mLines->line(lineIndex.row());
    auto recorded = mReconciler->recordPayment(line.id, item->data(Qt::UserRole).toLongLong());
    if (!recorded) {
        fail(recorded.error());
        return false;
    }
    showOutcome(tr("Recorded the payment %1 for invoice %2.")
                    .arg(recorded->marker, recorded->invoiceNumber),
        line.id);
    mSearch->clear();
    mLineView->setFocus();
    return true;
}

void ReconcileWindow::skip()
{
    const int from = mLineView->currentIndex().isValid() ? mLineView->currentIndex().row() : -1;
    for (int row = from + 1; row < mLines->rowCount(); ++row) {
        if (!mLines->line(row).isMatched()) {
            selectLine(row);
            mLineView->setFocus();
            return;
        }
    }
    mMessage->setText(tr("No unmatched line after this one."));
}

bool ReconcileWindow::undoCurrent()
{
    const QModelIndex index = mLineView->currentIndex();
    if (!index.isValid() || !mLines->line(index.row()).isMatched()) {
        fail(tr("The current line is not matched."));
        return false;
    }
    const BankLine line = mLines->line(index.row());
    if (auto s = mReconciler->unmatch(line.id, tr("undone in the Reconcile window")); !s) {
        fail(s.error());
        return false;
    }
    showOutcome(tr("The line is no longer matched to %1.").arg(line.match->marker));
    selectLine(mLines->rowOf(line.id));
    return true;
}

void ReconcileWindow::matchExact()
{
    auto matched = mReconciler->matchAutomatically(currentAccountId());
    if (!matched) {
        fail(matched.error());
        return;
    }
    showOutcome(matched->matched == 1 ? tr("Matched 1 line exactly.")
                                      : tr("Matched %n lines exactly.", nullptr, matched->matched));
}

void ReconcileWindow::showOutcome(const QString &message, std::optional<qint64> nextAfterLine)
{
    loadAccount();
    mMessage->setText(message);
    if (nextAfterLine) {
        // On to the next line that waits, where the decided one was.
        const int row = mLines->rowOf(*nextAfterLine);
        for (int r = 0; r < mLines->rowCount(); ++r) {
            if (!mLines->line(r).isMatched()) {
                selectLine(r);
                break;
            }
            if (r == mLines->rowCount() - 1)
                selectLine(row);
        }
        mLineView->setFocus();
    }
    Q_EMIT changed();
}

void ReconcileWindow::fail(const QString &message)
{
    mMessage->setText(message);
}

} // namespace InvoiceDesk
