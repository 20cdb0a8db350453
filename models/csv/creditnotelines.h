// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "creditnote.h"

namespace InvoiceDesk {

/**
 * The lines of a credit note from a CSV file (`credit-note --lines FILE`): a header row with
 * invoices.csv's line columns `line.description`, `line.quantity` (default 1), `line.rate`
 * (net, in the currency) and `line.taxRate` (optional, percent), then one row per line. Every
 * bad cell is an error naming the file, row, column and why; nothing is returned then.
 */
Result<QList<CreditNoteLine>> readCreditNoteLines(const QString &path, const Currency &currency);

} // namespace InvoiceDesk
