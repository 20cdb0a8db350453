// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace InvoiceDesk {

/**
 * The names a person reads for the fields of invoices and payments ("Billing country" for
 * billing.countryId, "Due date" for dueDate), so that messages and the import wizard never
 * show internal names (issue 10). The CSV files keep the canonical names.
 */
namespace FieldLabels {

/** The translated label of a canonical field or column name; the name itself if unknown. */
QString label(const QString &field);
/** The English label, whatever the language: headers in files are often English. */
QString englishLabel(const QString &field);
/** Other header names people use for a column ("Qty", "Invoice Date", "Unit price"). */
QStringList aliases(const QString &field);

} // namespace FieldLabels

} // namespace InvoiceDesk
