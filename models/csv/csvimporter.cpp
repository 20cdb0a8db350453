// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimporter.h"
#include "addedcustomers.h"
#include "creditnotecsv.h"
#include "importfile.h"
#include "importrun.h"
#include "invoicecsv.h"
#include "ledger.h"
#include "paymentcsv.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace InvoiceDesk {

namespace {

void finishBatch(Ledger &ledger, bool ok, const ImportOptions &options, ImportReport &report)
{
    const bool keep = ok && report.fatalError.isEmpty() && !report.cancelled && !options.dryRun
        && (report.issues.isEmpty() || options.skipInvalid);
    if (!keep) {
        ledger.rollbackBatch();
        return;
    }
    if (auto committed = ledger.commitBatch(); !committed)
        report.fatalError = committed.error();
    else
        report.committed = true;
}

/**
 * Imports the payments and receipts `run` kept in the order `import books` replays them (by
 * date, credit applied after the money of its date), so a file listed newest first, as banks
 * often write them, imports as one listed oldest first. The second half of the progress.
 */
bool importInDateOrder(ImportRun &run, const QList<ImportRecord> &records,
    const CsvImporter::Progress &progress, const CsvImporter::CancelCheck &cancelled,
    ImportReport &report)
{
    QList<const CsvRow *> firstRows;
    firstRows.reserve(records.size());
    for (const ImportRecord &record : records)
        firstRows.append(&record.rows.first());
    const QList<qsizetype> order = PaymentCsv::replayOrder(firstRows);
    for (qsizetype i = 0; i < order.size(); ++i) {
        const ImportRecord &record = records.at(order.at(i));
        if (!run.importRecord(record.rows, record.issues))
            return false;
        if (cancelled && cancelled()) {
            report.cancelled = true;
            return true;
        }
        if (progress && (i % 100 == 0 || i + 1 == order.size()))
            progress(order.size() + i + 1, 2 * order.size());
    }
    // Reported in the file's order, as its errors file lists them.
    std::stable_sort(report.issues.begin(), report.issues.end(),
        [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    return true;
}

} // namespace

const QStringList &importColumns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Invoices:
        break;
    case ImportKind::Payments:
        return PaymentCsv::columns();
    case ImportKind::CreditNotes:
        return CreditNoteCsv::columns();
    }
    return InvoiceCsv::columns();
}

const QStringList &requiredImportColumns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Invoices:
        break;
    case ImportKind::Payments:
        return PaymentCsv::requiredColumns();
    case ImportKind::CreditNotes:
        return CreditNoteCsv::requiredColumns();
    }
    return InvoiceCsv::requiredColumns();
}

QString CsvImporter::errorFilePathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".errors.csv"));
}

ImportReport CsvImporter::run(const QString &path, const ImportOptions &options,
    const Progress &progress, const CancelCheck &cancelled)
{
    QSet<QString> refused;
    for (;;) {
        ImportReport report;
        const auto file = ImportFile::open(path, options, report);
        if (!file)
            return report;
        // An import into a file smaller than itself rebuilds the invoices' indexes once (issue
        // 16).
        if (auto begun = mLedger.beginBatch(Ledger::IndexUpkeep::RebuildWhenLarge); !begun) {
            report.fatalError = begun.error();
            return report;
        }
        AddedCustomers added(mLedger);
        if (auto marked = added.mark(); !marked) {
            mLedger.rollbackBatch();
            report.fatalError = marked.error();
            return report;
        }
        ImportRun run(mLedger, options, report);
        run.refuseWhole(refused);
        const bool inDateOrder = options.kind == ImportKind::Payments;
        QList<ImportRecord> kept;
        if (inDateOrder)
            run.keepRecordsIn(&kept);
        // Reading is the first half of the work when the records are imported after it.
        const Progress reading = !inDateOrder || !progress
            ? progress
            : Progress([&](qint64 done, qint64 total) { progress(done, 2 * total); });
        bool ok = file->readRows(mLedger, run, reading, cancelled);
        if (ok && !report.cancelled)
            ok = run.finish();
        file->close(ok, reading);
        if (ok && inDateOrder && !report.cancelled)
            ok = importInDateOrder(run, kept, progress, cancelled, report);
        // A record whose rows are apart was taken from its first rows before the later ones
        // came: the file is imported again with it refused whole, so that skipping invalid
        // records never keeps part of one, and a check counts and lists it as one record.
        if (ok && report.fatalError.isEmpty() && !report.cancelled
            && !refused.contains(run.splitKeys())) {
            mLedger.rollbackBatch();
            refused.unite(run.splitKeys());
            continue;
        }
        if (ok && options.dryRun)
            ok = listAddedCustomers(added, report.addedCustomers, report.fatalError);
        finishBatch(mLedger, ok, options, report);
        file->writeErrors(run);
        return report;
    }
}

} // namespace InvoiceDesk
