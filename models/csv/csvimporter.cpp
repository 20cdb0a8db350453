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

#include <QCoreApplication>
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

/** Progress is reported in steps of a ten-thousandth where it is put together from parts. */
constexpr qint64 Steps = 10000;

/** `done` of `total` as a share of `span` steps (all of them when there is no total). */
qint64 shareOf(qint64 span, qint64 done, qint64 total)
{
    return total > 0 ? span * std::clamp(done, qint64(0), total) / total : span;
}

/** Progress of one part of `parts` equal parts of the work. */
CsvImporter::Progress partOf(const CsvImporter::Progress &progress, qint64 part, qint64 parts)
{
    if (!progress)
        return {};
    return [=](qint64 done, qint64 total) {
        progress(part * Steps + shareOf(Steps, done, total), parts * Steps);
    };
}

/**
 * The progress of an import's attempts, never going back: an attempt that will be made again by
 * date stops reporting once that is known, and the next goes on from where it stopped.
 */
class ForwardProgress
{
public:
    explicit ForwardProgress(const CsvImporter::Progress &progress)
        : mProgress(progress)
    {
    }

    /** The next attempt's progress; nothing is reported once `discarded` is true. */
    CsvImporter::Progress attempt(const std::function<bool()> &discarded)
    {
        if (!mProgress)
            return {};
        const qint64 from = mShown;
        return [this, from, discarded](qint64 done, qint64 total) {
            if (discarded())
                return;
            mShown = from + shareOf(Steps - from, done, total);
            // The first attempt in the reader's own units (bytes of the file, as before).
            if (from == 0)
                mProgress(done, total);
            else
                mProgress(mShown, Steps);
        };
    }
    /** The next attempt starts from nothing again. */
    void restart() { mShown = 0; }

private:
    CsvImporter::Progress mProgress;
    qint64 mShown = 0;
};

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
    std::optional<ByDate> byDate;
    ForwardProgress shown(progress);
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
        const bool inFileOrder = !byDate;
        const Progress attempt = shown.attempt([&] { return inFileOrder && run.outOfDateOrder(); });
        bool ok = byDate ? readByDate(path, *file, run, *byDate, attempt, cancelled)
                         : readInFileOrder(*file, run, attempt, cancelled);
        // A record whose rows are apart was taken from its first rows before the later ones
        // came: the file is imported again with it refused whole, so that skipping invalid
        // records never keeps part of one, and a check counts and lists it as one record.
        if (ok && report.fatalError.isEmpty() && !report.cancelled
            && !refused.contains(run.splitKeys())) {
            mLedger.rollbackBatch();
            refused.unite(run.splitKeys());
            shown.restart();
            continue;
        }
        // Payments listed out of date order (a bank's newest first) are imported again by date,
        // as the books replay them, so a refund comes after the payment it takes back.
        if (ok && report.fatalError.isEmpty() && !report.cancelled && !byDate
            && run.outOfDateOrder()) {
            mLedger.rollbackBatch();
            byDate
                = ByDate {run.census().windows(mRecordsPerWindow), ImportFile::fingerprint(path)};
            continue;
        }
        if (ok && options.dryRun)
            ok = listAddedCustomers(added, report.addedCustomers, report.fatalError);
        finishBatch(mLedger, ok, options, report);
        file->writeErrors(run);
        return report;
    }
}

bool CsvImporter::readInFileOrder(
    ImportFile &file, ImportRun &run, const Progress &progress, const CancelCheck &cancelled)
{
    bool ok = file.readRows(mLedger, run, progress, cancelled);
    if (ok && !run.context.report.cancelled)
        ok = run.finish();
    file.close(ok, progress);
    return ok;
}

bool CsvImporter::readByDate(const QString &path, ImportFile &first, ImportRun &run,
    const ByDate &byDate, const Progress &progress, const CancelCheck &cancelled)
{
    const QList<ReplayWindow> &windows = byDate.windows;
    ImportReport &report = run.context.report;
    const ImportOptions options = ImportFile::optionsToReadAgain(run.context.options, report);
    const qint64 parts = 2 * qint64(windows.size());
    for (qsizetype i = 0; i < windows.size(); ++i) {
        run.beginWindow(windows.at(i), i == 0);
        // The file read again lives until its window's records, which refer to its header, are
        // imported; its facts are the first reading's, its refusals the run's.
        ImportReport reread;
        std::unique_ptr<ImportFile> again
            = i == 0 ? nullptr : ImportFile::open(path, options, reread);
        if (again)
            again->checkDamageAs(first);
        ImportFile *file = i == 0 ? &first : again.get();
        if (file && !readInFileOrder(*file, run, partOf(progress, 2 * i, parts), cancelled))
            return false;
        if (i > 0) {
            report.cancelled = reread.cancelled;
            report.fatalError = reread.fatalError;
        }
        if (report.fatalError.isEmpty() && !report.cancelled
            && ((i > 0 && (!again || reread.records != report.records))
                || ImportFile::fingerprint(path) != byDate.fingerprint))
            report.fatalError = ImportFile::changedWhileImported(path);
        if (!report.fatalError.isEmpty() || report.cancelled)
            return true;
        if (!importWindow(run, partOf(progress, 2 * i + 1, parts), cancelled))
            return false;
        if (report.cancelled)
            return true;
    }
    // Listed in the file's order, as its errors file lists them.
    std::stable_sort(report.issues.begin(), report.issues.end(),
        [](const ImportIssue &a, const ImportIssue &b) { return a.line < b.line; });
    return true;
}

bool CsvImporter::importWindow(
    ImportRun &run, const Progress &progress, const CancelCheck &cancelled)
{
    const QList<ImportRecord> records = run.takeWindow();
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!run.importRecord(records.at(i).rows, records.at(i).issues))
            return false;
        if (cancelled && cancelled()) {
            run.context.report.cancelled = true;
            return true;
        }
        if (progress && (i % 100 == 0 || i + 1 == records.size()))
            progress(i + 1, records.size());
    }
    return true;
}

} // namespace InvoiceDesk
