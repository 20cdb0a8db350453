// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvfields.h"
#include "invoice.h"

namespace InvoiceDesk::LineColumns {

/** The line columns of issue 12 item 5, in file order, after line.taxRate. */
const QStringList &names();

/** The cells of those columns for `line` (text guarded against formulas). */
QStringList cells(const LineItem &line, const Currency &currency);

/** Reads those columns of `row` into `line`; every bad value becomes an issue. */
void read(const CsvRow &row, const Currency &currency, LineItem &line, QList<ImportIssue> &issues);

} // namespace InvoiceDesk::LineColumns
