// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "booksimporter.h"
#include "addedcustomers.h"
#include "datedbalance.h"
#include "importfile.h"
#include "importrun.h"
#include "ledger.h"
#include "paymentcsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QScopeGuard>

#include <algorithm>
#include <memory>
#include <vector>

namespace InvoiceDesk {

namespace {

/** One file of the books: its path, options, report, reader and run. */
struct BooksFile
{
    QString path;
    ImportOptions options;
    ImportReport *report = nullptr;
    std::unique_ptr<ImportFile> file;
    std::unique_ptr<ImportRun> run;
    QByteArray fingerprint; ///< ImportFile::fingerprint() after the reading that counted
};

/**
 * A file of the books read again for one window: what it was opened with lives as long as the
 * window's records, which refer to its header.
 */
struct Reread
{
    ImportOptions options;
    ImportReport report; ///< a scratch report: the file's facts are the first reading's
    std::unique_ptr<ImportFile> file;
};

/** A record of one window of the replay, with its place in the books' order. */
struct Replay
{
    PaymentCsv::ReplayKey key;
    BooksFile *file = nullptr;
    ImportRecord record;
};

/** One import of the books: its files, the transaction, the reading and the replay. */
class BooksRun
{
public:
    BooksRun(Ledger &ledger, BooksReport &books, const ImportOptions &options,
        const CsvImporter::Progress &progress, const CsvImporter::CancelCheck &cancelled,
        QList<QSet<QString>> &refused, qsizetype recordsPerWindow)
        : mLedger(ledger)
        , mBooks(books)
        , mOptions(options)
        , mProgress(progress)
        , mCancelled(cancelled)
        , mRefused(refused)
        , mRecordsPerWindow(recordsPerWindow)
    {
    }

    /** Opens every file and reads its header; false when one cannot be read. */
    bool open(const QString &dir);
    /** Reads the tax codes and customers and writes their good rows; false on a failure. */
    bool readTables(const QString &dir);
    /** After replay(): the customers back as their file has them (see restoreCustomers). */
    bool restoreCustomers();
    /**
     * Reads the files in the transaction: the invoices imported, the payments' and credit
     * notes' records counted by date for replay().
     */
    bool read();
    /**
     * After read(): whether a file held a record whose rows are apart that is not yet in
     * `refused` (each file's, in the books' order); it is added there. The books are then read
     * again with those records refused whole (ImportRun::refuseWhole).
     */
    bool foundRecordsApart();
    /**
     * Imports the payments' and credit notes' records in replay order, a window of dates at a
     * time: each file is read again for each window, and only that window's records are held
     * (issue 16's bound on the import's memory).
     */
    bool replay();
    /** Commits when nothing went wrong (and it is no dry run), else rolls back. */
    void finish(bool ok);

private:
    bool keeps() const;
    /**
     * Reads `file` again and holds its records of `window` in `records`; the file read lives in
     * `readers` until they are imported (they refer to its header). False on a failure.
     */
    bool readWindow(BooksFile &file, const ReplayWindow &window,
        std::vector<std::unique_ptr<Reread>> &readers, std::vector<Replay> &records);
    bool importWindow(std::vector<Replay> &records, qint64 done, qint64 share);
    void report(qint64 done) const
    {
        if (mProgress)
            mProgress(done, std::max<qint64>(1, 2 * mBytes));
    }

    Ledger &mLedger;
    BooksReport &mBooks;
    const ImportOptions &mOptions;
    const CsvImporter::Progress &mProgress;
    const CsvImporter::CancelCheck &mCancelled;
    std::vector<std::unique_ptr<BooksFile>> mFiles;
    std::vector<std::unique_ptr<BooksTableImport>> mTables;
    QList<QSet<QString>> &mRefused;
    const qsizetype mRecordsPerWindow;
    ReplayCensus mCensus; ///< the payments' and credit notes' records by replay key
    qint64 mBytes = 0; ///< of all the files: reading is the first half of the work
};

bool BooksRun::open(const QString &dir)
{
    mBooks.files.resize(mBooks.kinds.size()); // never resized again: the runs keep references
    bool opened = true;
    for (qsizetype i = 0; i < mBooks.kinds.size(); ++i) {
        auto &file = mFiles.emplace_back(std::make_unique<BooksFile>());
        file->options = mOptions;
        file->options.kind = mBooks.kinds.at(i);
        file->options.booksOwnFile = true;
        file->report = &mBooks.files[i];
        file->path = QDir(dir).filePath(BooksImporter::fileNameOf(file->options.kind));
        file->file = ImportFile::open(file->path, file->options, *file->report);
        opened = opened && file->file;
        if (file->file)
            file->file->allowNoRows();
        mBytes += file->file ? file->file->progressTotal() : 0;
    }
    return opened;
}

bool BooksRun::readTables(const QString &dir)
{
    mBooks.tableFiles.resize(mBooks.tables.size()); // never resized again, as files
    for (qsizetype i = 0; i < mBooks.tables.size(); ++i) {
        const BooksTable table = mBooks.tables.at(i);
        auto &import = mTables.emplace_back(
            std::make_unique<BooksTableImport>(mLedger, table, mOptions, mBooks.tableFiles[i]));
        if (!import->read(QDir(dir).filePath(BooksTables::fileNameOf(table))) || !import->write())
            return false;
    }
    return true;
}

bool BooksRun::restoreCustomers()
{
    return std::all_of(mTables.begin(), mTables.end(),
        [](const std::unique_ptr<BooksTableImport> &table) { return table->restoreCustomers(); });
}

bool BooksRun::read()
{
    qint64 read = 0;
    for (std::size_t i = 0; i < mFiles.size(); ++i) {
        auto &file = mFiles.at(i);
        file->run = std::make_unique<ImportRun>(mLedger, file->options, *file->report);
        file->run->refuseWhole(mRefused.value(qsizetype(i)));
        if (file->options.kind != ImportKind::Invoices)
            file->run->countRecordsIn(&mCensus);
        const CsvImporter::Progress fileProgress
            = [&](qint64 done, qint64) { report(read + done); };
        bool ok = file->file->readRows(mLedger, *file->run, fileProgress, mCancelled);
        mBooks.cancelled = mBooks.cancelled || file->report->cancelled;
        if (ok && !mBooks.cancelled)
            ok = file->run->finish();
        file->file->close(ok, fileProgress);
        read += file->file->progressTotal();
        if (file->options.kind != ImportKind::Invoices)
            file->fingerprint = ImportFile::fingerprint(file->path);
        if (!ok || mBooks.cancelled)
            return ok;
    }
    return true;
}

bool BooksRun::replay()
{
    const QList<ReplayWindow> windows = mCensus.windows(mRecordsPerWindow);
    for (qsizetype i = 0; i < windows.size(); ++i) {
        std::vector<std::unique_ptr<Reread>> readers;
        std::vector<Replay> records;
        for (auto &file : mFiles) {
            if (file->options.kind == ImportKind::Invoices)
                continue;
            if (!readWindow(*file, windows.at(i), readers, records))
                return false;
            if (mBooks.cancelled || !file->report->fatalError.isEmpty())
                return true;
        }
        const qint64 share = mBytes / std::max<qsizetype>(1, windows.size());
        if (!importWindow(records, mBytes + share * i, share))
            return false;
        if (mBooks.cancelled)
            return true;
    }
    return true;
}

bool BooksRun::readWindow(BooksFile &file, const ReplayWindow &window,
    std::vector<std::unique_ptr<Reread>> &readers, std::vector<Replay> &records)
{
    // Its refusals are the run's, said on the first reading.
    Reread &reread = *readers.emplace_back(std::make_unique<Reread>());
    reread.options = ImportFile::optionsToReadAgain(file.options, *file.report);
    reread.file = ImportFile::open(file.path, reread.options, reread.report);
    // Only the payments' file was followed for being newest first (BooksRun::read()).
    ReplayWindow fileWindow = window;
    fileWindow.newestFirst = window.newestFirst && file.options.kind == ImportKind::Payments;
    file.run->beginWindow(fileWindow, false);
    bool ok = true;
    if (reread.file) {
        reread.file->allowNoRows();
        reread.file->checkDamageAs(*file.file);
        ok = reread.file->readRows(mLedger, *file.run, {}, mCancelled);
        if (ok && !reread.report.cancelled)
            ok = file.run->finish();
        reread.file->close(ok, {});
    }
    mBooks.cancelled = mBooks.cancelled || reread.report.cancelled;
    if (ok && !mBooks.cancelled
        && (!reread.file || reread.report.records != file.report->records
            || ImportFile::fingerprint(file.path) != file.fingerprint))
        file.report->fatalError = ImportFile::changedWhileImported(file.path);
    for (ImportRecord &record : file.run->takeWindow())
        records.push_back({file.run->replayKeyOf(record.rows), &file, std::move(record)});
    return ok;
}

bool BooksRun::importWindow(std::vector<Replay> &records, qint64 done, qint64 share)
{
    // The files' records in the order they are replayed (stable within a rank).
    std::stable_sort(records.begin(), records.end(),
        [](const Replay &a, const Replay &b) { return a.key < b.key; });
    for (std::size_t i = 0; i < records.size(); ++i) {
        Replay &replay = records[i];
        if (!replay.file->run->importRecord(replay.record.rows, replay.record.issues))
            return false;
        if (mCancelled && mCancelled()) {
            mBooks.cancelled = true;
            return true;
        }
        if (i % 100 == 0 || i + 1 == records.size())
            report(done + share * qint64(i + 1) / qint64(records.size()));
    }
    return true;
}

bool BooksRun::foundRecordsApart()
{
    bool found = false;
    for (std::size_t i = 0; i < mFiles.size(); ++i) {
        const QSet<QString> &apart = mFiles.at(i)->run->splitKeys();
        if (!mRefused[qsizetype(i)].contains(apart)) {
            mRefused[qsizetype(i)].unite(apart);
            found = true;
        }
    }
    return found;
}

bool BooksRun::keeps() const
{
    if (!mBooks.fatalError.isEmpty() || mBooks.cancelled || mOptions.dryRun)
        return false;
    const auto good = [&](const ImportReport &r) {
        return r.fatalError.isEmpty() && !r.cancelled
            && (r.issues.isEmpty() || mOptions.skipInvalid) && r.headerProblems == 0;
    };
    return std::all_of(mBooks.tableFiles.cbegin(), mBooks.tableFiles.cend(), good)
        && std::all_of(mBooks.files.cbegin(), mBooks.files.cend(), good);
}

void BooksRun::finish(bool ok)
{
    if (ok && keeps()) {
        if (auto committed = mLedger.commitBatch(); !committed)
            mBooks.fatalError = committed.error();
        else
            mBooks.committed = true;
    } else {
        mLedger.rollbackBatch();
    }
    for (ImportReport &table : mBooks.tableFiles)
        table.committed = mBooks.committed;
    for (auto &table : mTables)
        table->writeErrors();
    for (auto &file : mFiles) {
        file->report->committed = mBooks.committed;
        if (file->run)
            file->file->writeErrors(*file->run);
    }
}

} // namespace

bool BooksReport::succeeded() const
{
    const auto good = [](const ImportReport &r) { return r.succeeded(); };
    return fatalError.isEmpty() && !cancelled
        && std::all_of(tableFiles.cbegin(), tableFiles.cend(), good)
        && std::all_of(files.cbegin(), files.cend(), good);
}

ImportReport BooksReport::summary() const
{
    ImportReport all;
    all.committed = committed;
    all.cancelled = cancelled;
    all.fatalError = fatalError;
    all.addedCustomers = addedCustomers;
    for (qsizetype i = 0; i < tableFiles.size() + files.size(); ++i) {
        const bool table = i < tableFiles.size();
        const ImportReport &file = table ? tableFiles.at(i) : files.at(i - tableFiles.size());
        const QString name = table ? BooksTables::fileNameOf(tables.at(i))
                                   : BooksImporter::fileNameOf(kinds.at(i - tableFiles.size()));
        all.records += file.records;
        all.created += file.created;
        all.updated += file.updated;
        all.skipped += file.skipped;
        all.rejected += file.rejected;
        all.headerProblems += file.headerProblems;
        all.issues += file.issues;
        all.createdTaxCodes += file.createdTaxCodes;
        if (all.fatalError.isEmpty() && !file.fatalError.isEmpty())
            all.fatalError
                = QCoreApplication::translate("CsvImport", "%1: %2").arg(name, file.fatalError);
        if (all.errorFilePath.isEmpty())
            all.errorFilePath = file.errorFilePath;
    }
    return all;
}

QStringList BooksReport::problemTexts() const
{
    QStringList texts;
    for (qsizetype i = 0; i < tableFiles.size(); ++i) {
        for (const ImportIssue &issue : tableFiles.at(i).issues)
            texts.append(QCoreApplication::translate("CsvImport", "%1: %2")
                             .arg(BooksTables::fileNameOf(tables.at(i)), issue.toString()));
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        for (const ImportIssue &issue : files.at(i).issues)
            texts.append(QCoreApplication::translate("CsvImport", "%1: %2")
                             .arg(BooksImporter::fileNameOf(kinds.at(i)), issue.toString()));
    }
    return texts;
}

QString BooksImporter::fileNameOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Invoices:
        break;
    case ImportKind::Payments:
        return QStringLiteral("payments.csv");
    case ImportKind::CreditNotes:
        return QStringLiteral("creditnotes.csv");
    }
    return QStringLiteral("invoices.csv");
}

QList<ImportKind> BooksImporter::kindsIn(const QString &dir)
{
    QList<ImportKind> kinds;
    for (const ImportKind kind :
        {ImportKind::Invoices, ImportKind::Payments, ImportKind::CreditNotes}) {
        if (QFileInfo(QDir(dir).filePath(fileNameOf(kind))).isFile())
            kinds.append(kind);
    }
    return kinds;
}

QList<BooksTable> BooksImporter::tablesIn(const QString &dir)
{
    QList<BooksTable> tables;
    for (const BooksTable table : BooksTables::all()) {
        if (QFileInfo(QDir(dir).filePath(BooksTables::fileNameOf(table))).isFile())
            tables.append(table);
    }
    return tables;
}

BooksReport BooksImporter::run(const QString &dir, const ImportOptions &options,
    const CsvImporter::Progress &progress, const CsvImporter::CancelCheck &cancelled)
{
    BooksReport books;
    books.kinds = kindsIn(dir);
    books.tables = tablesIn(dir);
    if (books.kinds.isEmpty() && books.tables.isEmpty()) {
        books.fatalError = QCoreApplication::translate("CsvImport",
            "%1 holds none of the files of the books (company.csv, taxcodes.csv, customers.csv, "
            "invoices.csv, payments.csv, creditnotes.csv)")
                               .arg(QDir::toNativeSeparators(dir));
        return books;
    }
    QList<QSet<QString>> refused(books.kinds.size());
    for (;;) {
        const QList<ImportKind> kinds = books.kinds;
        const QList<BooksTable> tables = books.tables;
        books = BooksReport(); // each attempt reports afresh
        books.kinds = kinds;
        books.tables = tables;
        BooksRun run(mLedger, books, options, progress, cancelled, refused, mRecordsPerWindow);
        if (!run.open(dir))
            return books;
        // The invoices' indexes are kept row by row and the page cache is the usual one: the
        // replay's receipts find invoices by those indexes, and setting them aside with a bulk
        // load's cache saved no time but cost 46 MB at the peak (issue 16's bound).
        if (auto begun = mLedger.beginBatch(); !begun) {
            books.fatalError = begun.error();
            return books;
        }
        AddedCustomers added(mLedger);
        if (auto marked = added.mark(); !marked) {
            mLedger.rollbackBatch();
            books.fatalError = marked.error();
            return books;
        }
        // The books hold what each invoice said: a line keeps the rate it was issued at.
        const auto keepRates = qScopeGuard([this] { mLedger.keepIssuedRates(false); });
        mLedger.keepIssuedRates(true);
        bool ok = run.readTables(dir) && run.read();
        if (ok && !books.cancelled && run.foundRecordsApart()) {
            mLedger.rollbackBatch();
            continue;
        }
        if (ok && !books.cancelled)
            ok = run.replay() && run.restoreCustomers();
        if (ok && options.dryRun)
            ok = listAddedCustomers(added, books.addedCustomers, books.fatalError);
        run.finish(ok);
        return books;
    }
}

} // namespace InvoiceDesk
