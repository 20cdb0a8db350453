// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importcontext.h"

namespace InvoiceDesk {

/**
 * Imports one credit note of creditnotes.csv through Ledger::issueCreditNote (its transaction,
 * audit row and rules), keeping the file's number; a customer named for a credit note without
 * an invoice is created when there is none, as invoices.csv does. False when the database failed.
 */
bool importCreditNote(ImportContext &context, const QList<CsvRow> &rows, QList<ImportIssue> issues);

} // namespace InvoiceDesk
