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
        bool ok = file->readRows(mLedger, run, progress, cancelled);
        if (ok && !report.cancelled)
            ok = run.finish();
        file->close(ok, progress);
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
