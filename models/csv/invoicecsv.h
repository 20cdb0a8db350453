// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvfields.h"
#include "invoice.h"
#include "taxcode.h"
#include "taxrounding.h"

namespace InvoiceDesk {

/** An invoice read from its rows of invoices.csv. */
struct ParsedInvoice
{
    Invoice invoice;
    int firstLine = 0;
    QList<int> rowLines; ///< the file line of every row of the invoice
    QList<int> itemLines; ///< the file line of each line item, by index
};

/**
 * The invoices.csv format of DESIGN.md: one row per line item; the invoice's
 * own columns on its first row (and optionally repeated on the others).
 */
namespace InvoiceCsv {

const QStringList &columns();
const QStringList &requiredColumns();

/**
 * The rows an invoice exports as, with its status as shown and the display name of its
 * customer (the `customer` column; on import, blank derives it from the billing name).
 */
QList<QStringList> toRows(
    const Invoice &invoice, InvoiceStatus status, const QString &customer = {});

/**
 * Builds an invoice from the rows that share its number. Every problem is
 * appended to `issues`; the result is usable only when none was added. With `taxCodes`, the
 * lines' codes are resolved (models/taxcode.h) before the file's grandTotal is checked. A
 * source that rounds tax per rate (`rounding`) gives an invoice without a taxTotal that sum as
 * its taxTotal, so its grand total is the source's to the cent. `issued` keeps the rates lines
 * were issued at where their code has another now (the books' own file).
 */
ParsedInvoice fromRows(const QList<CsvRow> &rows, QList<ImportIssue> &issues,
    const QList<TaxCode> *taxCodes = nullptr, TaxRounding rounding = TaxRounding::PerLine,
    const TaxCodes::IssuedRates &issued = {});

/** The number a row belongs to (blank continues the previous invoice). */
QString numberOf(const CsvRow &row);

} // namespace InvoiceCsv

} // namespace InvoiceDesk
