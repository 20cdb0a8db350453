// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booksreference.h"
#include "csvimporter.h"

namespace InvoiceDesk {

/** What an import of the whole books did: one report per file read, in the order read. */
struct BooksReport
{
    QList<ImportKind> kinds; ///< the kind of each file, as `files`
    QList<ImportReport> files;
    /** The tax codes' and customers' files read (before the others), and their reports. */
    QList<BooksTable> tables;
    QList<ImportReport> tableFiles;
    QString fatalError; ///< the folder holds none of the files, or the database failed
    bool committed = false;
    bool cancelled = false;
    QStringList addedCustomers; ///< on a dry run: the customers the books would add, in order

    bool succeeded() const;
    /**
     * The files' reports as one (for a window that shows one): counts added up, issues in
     * file order, the first fatal error named by its file.
     */
    ImportReport summary() const;
    /** Every problem as "file: line N, column C (\"value\"): why", in file order. */
    QStringList problemTexts() const;
};

/**
 * Imports the whole books from a folder (issue 13 item 5): company.csv, taxcodes.csv,
 * customers.csv, invoices.csv, payments.csv and creditnotes.csv, those present, in ONE
 * transaction, all or nothing across the files. The company profile, tax codes and customers
 * come first (BooksTableImport), then the invoices; then the payments and receipts of
 * payments.csv and the credit notes of creditnotes.csv are replayed by date, and on one date:
 * money in and refunds, then credit notes, then applications of credit (receipt = "credit"),
 * the order in which the credit an application draws on exists, and every credit note finds
 * what its invoice owed. The payments and credit notes are read once to count their records by
 * date, then again for each window of dates holding at most setRecordsPerWindow() records,
 * whose records alone are held and replayed (issue 16's bound on the import's memory). Each
 * file is read and its records imported by the one-file import's own code (ImportFile,
 * ImportRun), so every problem names its file and line as there.
 */
class BooksImporter
{
public:
    explicit BooksImporter(Ledger &ledger)
        : mLedger(ledger)
    {
    }

    /** The file of the books a kind is kept in ("invoices.csv", …). */
    static QString fileNameOf(ImportKind kind);
    /** The kinds whose file is in `dir`, in the order they are read. */
    static QList<ImportKind> kindsIn(const QString &dir);
    /** The tables (tax codes, customers) whose file is in `dir`, in the order they are read. */
    static QList<BooksTable> tablesIn(const QString &dir);

    /**
     * Imports the files of `dir` with `options` (its kind is each file's). Progress counts the
     * bytes read and then the records replayed; a cancelled import writes nothing.
     */
    BooksReport run(const QString &dir, const ImportOptions &options,
        const CsvImporter::Progress &progress = {}, const CsvImporter::CancelCheck &cancelled = {});

    /**
     * The most records of payments and credit notes held at once: the replay reads their files
     * again for each window of dates holding this many (20,000 unless set; tests set fewer).
     */
    void setRecordsPerWindow(qsizetype records)
    {
        mRecordsPerWindow = std::max<qsizetype>(1, records);
    }

private:
    Ledger &mLedger;
    qsizetype mRecordsPerWindow = 20000; // 70,000 payments: 157 MB at the peak
};

} // namespace InvoiceDesk
