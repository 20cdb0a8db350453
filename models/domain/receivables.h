// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace InvoiceDesk {

/**
 * What a receivables entry does. Invoices and refunds raise what a customer owes; payments,
 * receipts and credit notes lower it; an allocation (of a receipt or of credit) only moves money
 * already received onto an invoice. A credit note with an invoice settles that invoice; one
 * without becomes the customer's credit (issue 13 item 3 plugs in here).
 */
enum class ArKind { Invoice, Payment, Refund, Receipt, Allocation, CreditNote };

/** The `type` column of a statement CSV: "invoice", "payment", ..., "credit_note". */
QString arKindKey(ArKind kind);

/** One dated fact of a customer's account in one currency, as the store reads it. */
struct ArEntry
{
    ArKind kind = ArKind::Invoice;
    QString customer; ///< display name
    QString currency; ///< ISO 4217 code
    QDate date;
    QDate dueDate; ///< invoices: the due date, or the invoice date when it has none
    QString number; ///< invoice number, receipt key, credit note number
    QString invoiceNumber; ///< the invoice a payment, refund, allocation or credit note settles
    QString description;
    qint64 amount = 0; ///< minor units, positive (a refund's is the money returned)
    /**
     * Credit notes: the part beyond what its invoice owed, which became the customer's credit.
     * Refunds: the part that paid out a credit note's credit (not money owed again).
     */
    qint64 toCredit = 0;

    /** What the entry adds to what the customer owes (0 for an allocation). */
    qint64 balanceEffect() const;
};

/**
 * The currencies whose entries' amounts add up beyond a 64-bit sum (every sum a report makes of
 * one currency is at most that), in alphabetical order; empty when each currency's fits.
 */
QStringList currenciesBeyondReportSums(const QList<ArEntry> &entries);

/**
 * Takes out the entries of the currencies a report cannot sum (currenciesBeyondReportSums())
 * and names those currencies; the other currencies' reports are made as ever.
 */
QStringList leaveOutBeyondReportSums(QList<ArEntry> &entries);

/**
 * What a report says of the currencies it leaves out because their amounts cannot be summed
 * (currenciesBeyondReportSums()); empty when none is left out.
 */
QString leftOutOfReport(const QStringList &currencies);
/** What a customer's statement says of the currencies of theirs it cannot sum. */
QString leftOutOfStatement(const QString &customer, const QStringList &currencies);

/** Aging buckets by days past due: Current, 1-30, 31-60, 61-90, over 90. */
enum AgingBucket { Current = 0, Days1To30, Days31To60, Days61To90, Over90, BucketCount };

/** One row of an aging report: one customer in one currency. */
struct AgingRow
{
    QString customer;
    QString currency;
    std::array<qint64, BucketCount> buckets {};
    qint64 total() const;
    friend bool operator==(const AgingRow &, const AgingRow &) = default;
};

/** An aging report: rows by customer and currency, and totals per currency. */
struct AgingReport
{
    QDate asOf;
    QList<AgingRow> rows; ///< by customer (case-insensitive), then currency; no all-zero rows
    QList<AgingRow> totals; ///< one per currency (customer empty), by currency code
};

/**
 * Ages receivables as of a day (issue 14 item 4), from entries alone: only entries dated on or
 * before the day count; each invoice's open amount goes in the bucket of its days past due; a
 * customer's unallocated credit (receipts and credit notes not yet on an invoice) lowers Current,
 * so a row's total is what the customer's statement ends with on that day.
 */
class AgingCalculator
{
public:
    static AgingBucket bucketFor(const QDate &dueDate, const QDate &asOf);
    static AgingReport age(const QList<ArEntry> &entries, const QDate &asOf);
};

/** One line of a customer statement. */
struct CustomerStatementLine
{
    QString type; ///< "opening", an arKindKey(), "closing"
    QDate date;
    QString number;
    QString description;
    qint64 debit = 0;
    qint64 credit = 0;
    qint64 balance = 0;
    friend bool operator==(const CustomerStatementLine &, const CustomerStatementLine &) = default;
};

/** A customer's statement in one currency over a period. */
struct CustomerStatement
{
    QString customer;
    QString currency;
    QDate from;
    QDate to;
    QList<CustomerStatementLine> lines; ///< opening first, closing last
    AgingRow aging; ///< as of `to`
};

/**
 * Builds customer statements (issue 14 item 3) from entries alone: the opening balance is
 * everything before the period, then every entry in it that changes the balance in date order
 * (invoices before money on one day) with the running balance, the closing balance and the aging
 * as of the last day. One statement per currency the customer has entries in.
 */
class StatementBuilder
{
public:
    /**
     * The customer's statements, one per currency. A currency whose amounts for this customer
     * cannot be summed is left out and named in `leftOut` (when given).
     */
    static QList<CustomerStatement> build(const QList<ArEntry> &entries, const QString &customer,
        const QDate &from, const QDate &to, QStringList *leftOut = nullptr);
};

} // namespace InvoiceDesk
