// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "matcher.h"
#include "payment.h"
#include "receiptbook.h"

namespace InvoiceDesk {

class Ledger;

/**
 * Applies what matching proposes and what a person decides (issue 15, item 3): a line is
 * matched to one payment and a payment to one line; a matched payment gets its reconciled
 * date (the booking date) and the line's account; "record payment for invoice N" records the
 * payment through the Ledger (audit and outbox rows as any payment) and matches it in the same
 * transaction; undoing a match is audited. Nothing here records a payment without a person's
 * acceptance: automatic matching only links payments that are already recorded.
 */
class Reconciler
{
public:
    Reconciler(Ledger &ledger, BankStore &store);

    /** The open payments and invoices, indexed for matching. */
    Result<Matcher> matcher();
    /** The unmatched lines that `filter` selects, each with its candidates. */
    Result<QList<LineCandidates>> analyse(LineFilter filter);

    struct AutoResult
    {
        int matched = 0;
        int unmatched = 0; ///< lines left for a person
    };
    /** Matches every exact, unique candidate of the unmatched lines (of one account). */
    Result<AutoResult> matchAutomatically(std::optional<qint64> accountId = std::nullopt);

    /** A person's decision: this line is this payment. */
    Status acceptPayment(qint64 lineId, qint64 paymentId);
    /** A person's decision: record this line as a payment for the invoice, and match it. */
    Result<Payment> recordPayment(
        qint64 lineId, qint64 invoiceId, PaymentMethod method = PaymentMethod::Eft);
    /**
     * A person's decision: the line pays these invoices of one customer, each all it owes
     * (together the line's amount): record one receipt across them and match it.
     */
    Result<Receipt> recordReceipt(
        qint64 lineId, const QList<qint64> &invoiceIds, PaymentMethod method = PaymentMethod::Eft);
    /** Undoes a match (audited with the reason); the payment or receipt stays recorded. */
    Status unmatch(qint64 lineId, const QString &reason);
    /** Says which account a payment went into (audited). */
    Status assignAccount(qint64 paymentId, qint64 accountId);

private:
    Status link(const BankLine &line, const OpenPayment &payment, const QString &how, int score);
    Result<BankLine> unmatchedLine(qint64 lineId);
    Result<ReceiptBook::Request> receiptRequest(
        const BankLine &line, const QList<qint64> &invoiceIds);
    /** The reversal among `reversals` that takes `line` back, if the bank took it back. */
    Result<std::optional<BankLine>> reversalOf(
        const BankLine &line, const QList<BankLine> &reversals);
    /** Refuses a line the bank took back: it is no payment. */
    Status refuseIfReversed(const BankLine &line);
    static QString reversedNote(const BankLine &line, const BankLine &reversal);
    /** Lines taken back, and the reversals, lose their candidates and say why. */
    Status noteReversals(QList<LineCandidates> &analysed);
    /** Refuses to record `line` for invoices that already have a payment of its money. */
    Status refuseIfRecordedAlready(const BankLine &line, const QList<qint64> &invoiceIds);
    Status unmatchReceipt(const BankLine &line, const QString &reason);
    Status begin(bool &own);
    Status finish(bool own, Status status);

    Ledger &mLedger;
    BankStore &mStore;
};

} // namespace InvoiceDesk
