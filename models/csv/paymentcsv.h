// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvfields.h"
#include "datedbalance.h"
#include "payment.h"

namespace InvoiceDesk {

/**
 * The payments.csv format of DESIGN.md: one row per payment, keyed by invoiceNumber. Rows that
 * share a non-empty `receipt` key are one receipt split across invoices; a receipt row without an
 * invoice is the receipt's unallocated credit for its `customer`.
 */
namespace PaymentCsv {

const QStringList &columns();
const QStringList &requiredColumns();

/**
 * A payment's row. `receipt` is the key of the receipt it is an allocation of (creditKey() for
 * a payment from the customer's credit, "" for a payment of its own); `customer` names the
 * receipt's customer (blank for a payment of its own). The currency column is always written.
 */
QStringList toRow(const Payment &payment, const Currency &currency, const QString &receipt,
    const QString &customer);
/** A payment of its own (no receipt, no customer). */
QStringList toRow(const Payment &payment, const Currency &currency);

/** The `receipt` cell of a payment from the customer's credit (credit applied later). */
QString creditKey();
/**
 * Where the record beginning with `first` is replayed on its date: a payment from credit after
 * that date's credit notes, everything else (payments, refunds, receipts) with the money.
 */
DayRank dayRankOf(const CsvRow &first);

/** Where a record is replayed among a file's others: by date, on one date by DayRank. */
struct ReplayKey
{
    QDate date; ///< invalid when the cell is no date (the record's own problem when imported)
    DayRank rank = DayRank::Money;

    friend bool operator==(const ReplayKey &, const ReplayKey &) = default;
    friend bool operator<(const ReplayKey &a, const ReplayKey &b)
    {
        return a.date != b.date ? a.date < b.date : int(a.rank) < int(b.rank);
    }
    friend bool operator<=(const ReplayKey &a, const ReplayKey &b) { return !(b < a); }
};
/** The replay key of the record (a payment's row, a receipt's rows) beginning with `first`. */
ReplayKey replayKeyOf(const CsvRow &first);
/**
 * Whether a row's dated checks read its customer's credit, not only its invoice's money: a
 * receipt's row, credit applied, or a refund (which may pay credit out). From the cells alone,
 * so any amount that could be negative counts.
 */
bool movesCredit(const CsvRow &row);
/** The columns that describe a receipt rather than a payment: receipt, customer, currency. */
bool isReceiptColumn(const QString &column);

/**
 * Reads a payment from its row; amounts need the invoice's currency, so the
 * caller looks the invoice up first. Problems are appended to `issues`.
 */
Payment fromRow(const CsvRow &row, const Currency &currency, QList<ImportIssue> &issues);

} // namespace PaymentCsv

} // namespace InvoiceDesk
