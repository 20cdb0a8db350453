// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booksreference.h"
#include "csvimporter.h"
#include "invoicestatus.h"
#include "recordsource.h"
#include "result.h"
#include "textencoding.h"

#include <QDate>

#include <functional>
#include <optional>

class QIODevice;

namespace InvoiceDesk {

class Ledger;
class RecordSink;

/** How an export file is written: its kind and, for CSV, its encoding. */
struct ExportOptions
{
    std::optional<FileFormat> format; ///< from the path's extension when empty
    /** UTF-8 by default; UTF-8 with BOM for Excel on Windows; UTF-16 (LE with BOM). */
    TextEncoding encoding = TextEncoding::Utf8;
    /** The books only: asked after each file is written; false stops the export (Cancel). */
    std::function<bool(ImportKind written)> continueAfterFile;
};

/**
 * Writes invoices.csv, payments.csv and creditnotes.csv exactly in the format the importer
 * reads, so export -> import -> export is byte-identical. Voided payments and receipts are
 * not exported: they are not part of the ledger's money. A receipt's allocations are written
 * together, keyed by the receipt's stored key, followed by its unallocated credit; a receipt
 * with no allocation standing is written before every payment (its credit may be applied by
 * a later row); a payment from credit has the key "credit".
 */
class CsvExporter
{
public:
    explicit CsvExporter(Ledger &ledger)
        : mLedger(ledger)
    {
    }

    /** Which records an export takes: all by default. */
    struct Filter
    {
        std::optional<InvoiceStatus> status; ///< invoices only
        QDate from; ///< invoice date, or payment date, inclusive
        QDate to;
    };

    using Options = ExportOptions;

    Result<int> exportInvoices(QIODevice *device, const Filter &filter = {});
    Result<int> exportPayments(QIODevice *device, const Filter &filter = {});
    Result<int> exportCreditNotes(QIODevice *device, const Filter &filter = {});
    /** Writes CSV to a device in the given encoding. */
    Result<int> exportCsv(
        QIODevice *device, ImportKind kind, const Filter &filter, TextEncoding encoding);
    Result<int> exportCsv(
        QIODevice *device, bool invoices, const Filter &filter, TextEncoding encoding)
    {
        return exportCsv(device, kindOf(invoices), filter, encoding);
    }

    /**
     * Writes to a file through QSaveFile (all or nothing), or to stdout for "-";
     * CSV or XLSX as the options or the extension say.
     */
    Result<int> exportToPath(const QString &path, ImportKind kind, const Filter &filter = {},
        const Options &options = {});
    Result<int> exportToPath(
        const QString &path, bool invoices, const Filter &filter = {}, const Options &options = {})
    {
        return exportToPath(path, kindOf(invoices), filter, options);
    }

    /**
     * What an export of the whole books wrote: the count of each file, as kinds says, and of
     * the tax codes and customers, as tables says.
     */
    struct BooksCounts
    {
        QList<ImportKind> kinds;
        QList<int> counts;
        QList<BooksTable> tables;
        QList<int> tableCounts;
    };
    /**
     * Writes the whole books into folder `dir` (created when missing): taxcodes.csv,
     * customers.csv, invoices.csv, payments.csv and creditnotes.csv, all records, as CSV in the
     * options' encoding, each file all or nothing; what `import books` reads back.
     */
    Result<BooksCounts> exportBooks(const QString &dir, const Options &options = {});
    /**
     * The whole books written into a hidden folder inside `dir`, then moved in: a failure while
     * writing leaves the files in `dir` as they were (the command line's `export books`).
     */
    Result<BooksCounts> exportBooksInPlace(const QString &dir, const Options &options = {});
    /** A new hidden folder inside `dir` (created when missing) to write the books into first. */
    static QString booksStagingFolder(const QString &dir);
    /** Moves the books' files from `staging` into `dir`, each a rename on one disk. */
    static Status moveBooksInPlace(const QString &staging, const QString &dir);

private:
    static ImportKind kindOf(bool invoices)
    {
        return invoices ? ImportKind::Invoices : ImportKind::Payments;
    }
    Result<int> write(RecordSink &sink, ImportKind kind, const Filter &filter);
    Result<int> writeInvoices(RecordSink &sink, const Filter &filter);
    Result<int> writePayments(RecordSink &sink, const Filter &filter);
    Result<int> writeCreditNotes(RecordSink &sink, const Filter &filter);
    Result<int> exportTable(const QString &path, BooksTable table, TextEncoding encoding);
    Result<int> exportXlsx(const QString &path, ImportKind kind, const Filter &filter);

    Ledger &mLedger;
};

} // namespace InvoiceDesk
