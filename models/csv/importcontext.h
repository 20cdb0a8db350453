// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvimporter.h"
#include "receiptbook.h"
#include "refusedrows.h"

namespace InvoiceDesk {

/**
 * What the importers of one run share: the ledger, the options, the report, the rows refused
 * so far (for the error file) and the receipt book for customers and receipts.
 */
class ImportContext
{
public:
    ImportContext(Ledger &ledger, const ImportOptions &options, ImportReport &report)
        : ledger(ledger)
        , options(options)
        , report(report)
        , book(ledger)
    {
    }

    /** Counts the record as rejected and keeps its rows, with their problems, for the error file.
     */
    void reject(const QList<CsvRow> &rows, const QList<ImportIssue> &issues);
    /** The ledger's problems as issues on the rows (by line item index, else the first row). */
    void addProblems(const Problems &problems, const QList<CsvRow> &rows,
        const QList<int> &itemLines, QList<ImportIssue> &issues) const;
    /** Stops the run: the database failed. Always false. */
    bool fail(const QString &error);

    Ledger &ledger;
    const ImportOptions &options;
    ImportReport &report;
    ReceiptBook book;
    RefusedRows refused;
};

} // namespace InvoiceDesk
