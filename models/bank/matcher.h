// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bankstore.h"
#include "matchtext.h"

#include <QHash>

namespace InvoiceDesk {

/** One invoice's part of a receipt to record. */
struct ReceiptShare
{
    qint64 invoiceId = 0;
    QString invoiceNumber;
    qint64 amount = 0; ///< what the invoice owes, all of it
    friend bool operator==(const ReceiptShare &, const ReceiptShare &) = default;
};

/** One way to explain a statement line: a recorded payment, or a payment to record. */
struct MatchCandidate
{
    enum class Kind {
        Payment, ///< a recorded payment that is this line
        RecordPayment, ///< no payment is recorded: record one for the invoice (a person accepts)
        /** The line pays several invoices of one customer: record a receipt across them. */
        RecordReceipt,
    };
    Kind kind = Kind::Payment;
    qint64 paymentId = 0;
    QString marker;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    QString customer;
    QDate date; ///< the payment's date (for a payment to record: the line's booking date)
    qint64 amount = 0; ///< the payment's amount, or the amount to record
    QList<ReceiptShare> shares; ///< a receipt's invoices, as the text names them
    int score = 0;
    QStringList reasons;
    /** Same amount, booked 0-5 days after the payment, its reference in the text. */
    bool exact = false;
    /** The line is the payment less its card fee: a candidate, never automatic. */
    bool lessCardFee = false;
};

/** A line with its candidates, best first, and what a person should know. */
struct LineCandidates
{
    BankLine line;
    QList<MatchCandidate> candidates;
    QStringList notes;
};

/**
 * Finds, for statement lines, the recorded payments they may be (issue 15, item 3): same
 * currency, the line's account or none, the same amount (or the amount less the recorded
 * card fee), booked in a window around the payment's date; scored by the date, a reference,
 * marker, cheque number or invoice number of the payment in the line's text, and the
 * counterparty's likeness to the customer. A line with no such payment may propose
 * "record payment for invoice N" when its text names the invoice, or when exactly one open
 * invoice (of that customer) owes the amount, or a receipt across the invoices its text names
 * when they are one customer's and together owe the amount; never for an invoice that has a payment
 * no line is matched to yet, which may be this money. Works in memory over indexes by amount, so a
 * month of lines against a hundred thousand payments takes well under a second.
 */
class Matcher
{
public:
    /** How far from the payment's date a booking may be: days before, days after. */
    static constexpr int DaysBefore = 7;
    static constexpr int DaysAfter = 45;
    /** The exact rule's window: booked 0 to 5 days after the payment. */
    static constexpr int ExactDays = 5;

    Matcher(QList<OpenPayment> payments, QList<OpenInvoice> invoices);

    LineCandidates candidatesFor(const BankLine &line) const;

    /**
     * The exact, unique matches among `lines`, each as the line's position in `lines` and its
     * candidate: a line with exactly one exact candidate, which is no other line's exact
     * candidate. Card settlements and proposals never are. (Positions, not copies: a statement
     * of 50,000 lines would otherwise be held twice.)
     */
    QList<std::pair<qsizetype, MatchCandidate>> automatic(const QList<BankLine> &lines) const;

private:
    struct Needle
    {
        QString text;
        const char *why; ///< untranslated reason, "the text names its %1 %2"
    };
    void addPaymentCandidates(const BankLine &line, const MatchText &text, qint64 amount,
        bool lessFee, QList<MatchCandidate> &out) const;
    MatchCandidate scorePayment(
        const BankLine &line, const MatchText &text, int index, bool lessFee) const;
    void addProposals(const BankLine &line, const MatchText &text, LineCandidates &out) const;
    /** Proposals for a line whose text names several open invoices: one, or a receipt. */
    void addNamedInvoicesProposals(
        const BankLine &line, const QList<const OpenInvoice *> &named, LineCandidates &out) const;
    /** A proposal for a line that names no invoice: the one open invoice that owes its amount. */
    void addAmountProposal(const BankLine &line, LineCandidates &out) const;
    std::optional<MatchCandidate> proposal(
        const BankLine &line, const OpenInvoice &invoice, QStringList reasons, int score) const;
    /** Several named invoices of one customer that together owe the line's amount. */
    std::optional<MatchCandidate> receiptProposal(
        const BankLine &line, const QList<const OpenInvoice *> &named) const;
    QList<const OpenInvoice *> namedInvoices(const BankLine &line, const MatchText &text) const;

    QList<OpenPayment> mPayments;
    QList<QList<Needle>> mNeedles;
    QList<OpenInvoice> mInvoices;
    /** Payment indexes by amount and by amount less card fee, each sorted by date. */
    QHash<qint64, QList<int>> mByAmount;
    QHash<qint64, QList<int>> mByNetAmount;
    QHash<QString, QList<int>> mInvoicesByNumber;
    QHash<std::pair<QString, qint64>, QList<int>> mInvoicesByOwed;
};

} // namespace InvoiceDesk
