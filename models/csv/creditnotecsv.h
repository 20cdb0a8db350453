// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "creditnote.h"
#include "csvfields.h"

namespace InvoiceDesk {

/** A credit note read from its rows of creditnotes.csv. */
struct ParsedCreditNote
{
    CreditNote note;
    QList<int> itemLines; ///< the file line of each of its lines, by index
};

/**
 * The creditnotes.csv format (issue 13 item 5): the columns of invoices.csv plus `invoiceNumber`
 * (the invoice credited; empty for a credit note for the customer), `reason` and `line.tax` (a
 * line's tax as the note fixed it, so a gross amount split over tax rates comes back to the
 * minor unit) and `applied` (the part of the note that reduced what the invoice owed, the rest
 * being the customer's credit; honoured exactly when given, else the ledger's rule). One row per
 * line; the note's own columns on its first row (they may be repeated,
 * and must then agree). The invoice columns a credit note has no use for must be empty.
 */
namespace CreditNoteCsv {

const QStringList &columns();
const QStringList &requiredColumns();

/** The rows a credit note exports as. */
QList<QStringList> toRows(const CreditNote &note);

/**
 * Builds a credit note from the rows that share its number; problems go to `issues`. Amounts
 * are read in the note's currency, else in `invoiceCurrency` (that of the invoice it credits).
 */
ParsedCreditNote fromRows(
    const QList<CsvRow> &rows, QList<ImportIssue> &issues, const Currency &invoiceCurrency = {});

/** The number a row belongs to (blank continues the previous credit note). */
QString numberOf(const CsvRow &row);

} // namespace CreditNoteCsv

} // namespace InvoiceDesk
