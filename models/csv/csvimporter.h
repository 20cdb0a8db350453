// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvfields.h"
#include "importprofile.h"
#include "recordsource.h"
#include "textencoding.h"

#include <QHash>

#include <functional>
#include <optional>

namespace InvoiceDesk {

class ImportFile;
class ImportRun;
class Ledger;
struct ReplayWindow;

/** Which file an import reads: invoices.csv, payments.csv or creditnotes.csv. */
enum class ImportKind { Invoices, Payments, CreditNotes };
/** What to do with an invoice whose number is already in the database. */
enum class OnExisting { Fail, Update, Skip };

struct ImportOptions
{
    ImportKind kind = ImportKind::Invoices;
    std::optional<TextEncoding> encoding; ///< detected when empty
    std::optional<QChar> separator; ///< detected when empty
    FieldFormat format;
    QHash<QString, QString> columnMapping; ///< file header -> canonical column ("" ignores it)
    OnExisting onExisting = OnExisting::Fail;
    bool dryRun = false;
    bool skipInvalid = false;
    bool allowDuplicatePayments = false;
    bool writeErrorFile = true;
    std::optional<FileFormat> fileFormat; ///< from the file's extension when empty
    QString sheet; ///< XLSX: the sheet to read (the first when empty)
    /** Decide format.decimal from the file's values (refused when they allow both marks). */
    bool detectDecimalMark = false;
    /** Decide format.dateFormat from the file's values (refused when they allow two orders). */
    bool detectDateFormat = false;
    /** Refuse identifiers a spreadsheet changed (00123 -> 123, 1E5 -> 1.00E+05). */
    bool checkSpreadsheetDamage = true;
    /**
     * Another tool's file, read through a profile (columns, constants, number formats, tax
     * codes); its mapping comes before columnMapping's. format should be its fieldFormat().
     */
    std::optional<ImportProfile> profile;
    /**
     * A file of the whole books (import books), which holds each invoice exactly as it was:
     * a line keeps the rate it was issued at where its tax code has another rate now, and no
     * customer record fills what an invoice leaves out (another tool's file: an invoice naming
     * an existing customer takes the billing address when it gives none of its own, and the due
     * date from the terms).
     */
    bool booksOwnFile = false;
};

/** The columns a file of that kind may have, and those it must have. */
const QStringList &importColumns(ImportKind kind);
const QStringList &requiredImportColumns(ImportKind kind);

struct ImportReport
{
    QString file;
    TextEncoding encoding = TextEncoding::Utf8;
    QChar separator;
    int records = 0; ///< data rows read
    int created = 0; ///< invoices or payments written (or that would be, on a dry run)
    int updated = 0;
    int skipped = 0; ///< existing invoices left alone (--on-existing skip)
    int rejected = 0; ///< invoices or payments with problems
    QList<ImportIssue> issues;
    bool committed = false;
    bool cancelled = false;
    QString fatalError; ///< the file could not be read at all, or the database failed
    QString errorFilePath;
    FileFormat fileFormat = FileFormat::Csv;
    FieldFormat format; ///< the decimal mark and date format the rows were read with
    /** What detection could not decide (the fatal error then says where). */
    enum class Ambiguity { None, DecimalMark, DateFormat };
    Ambiguity ambiguity = Ambiguity::None;
    int headerProblems = 0; ///< issues of the header row (nothing is read after them)
    QStringList unknownColumns; ///< header cells that name no column
    QStringList createdTaxCodes; ///< the company's codes a profile's table created on first use
    QStringList addedCustomers; ///< on a dry run: the customers the import would add, in order

    bool succeeded() const { return fatalError.isEmpty() && !cancelled && issues.isEmpty(); }
};

/**
 * Imports invoices, payments or credit notes, from CSV or XLSX, through the Ledger, all or nothing:
 * every row is validated, and nothing is kept while any row is bad unless
 * skipInvalid is set. Bad rows also go to "<file>.errors.csv", with the
 * original columns and an "error" column, ready to fix and re-import.
 */
class CsvImporter
{
public:
    using Progress = std::function<void(qint64 bytesDone, qint64 bytesTotal)>;
    using CancelCheck = std::function<bool()>;

    explicit CsvImporter(Ledger &ledger)
        : mLedger(ledger)
    {
    }

    ImportReport run(const QString &path, const ImportOptions &options,
        const Progress &progress = {}, const CancelCheck &cancelled = {});

    /** Where the error file of an import of `path` goes. */
    static QString errorFilePathFor(const QString &path);

    /**
     * How many payment records an import of payments listed out of date order holds in memory
     * at once: it reads the file once per window of dates of about this many records.
     */
    void setRecordsPerWindow(qsizetype records) { mRecordsPerWindow = records; }

private:
    bool readInFileOrder(
        ImportFile &file, ImportRun &run, const Progress &progress, const CancelCheck &cancelled);
    /** How a file out of date order is read again: its windows, and its bytes when counted. */
    struct ByDate
    {
        QList<ReplayWindow> windows;
        QByteArray fingerprint; ///< ImportFile::fingerprint() after the reading that counted
    };
    /**
     * Reads the file once per window of dates and imports each window's records by date; stops
     * when the file is no longer the one counted.
     */
    bool readByDate(const QString &path, ImportFile &first, ImportRun &run, const ByDate &byDate,
        const Progress &progress, const CancelCheck &cancelled);
    bool importWindow(ImportRun &run, const Progress &progress, const CancelCheck &cancelled);

    Ledger &mLedger;
    qsizetype mRecordsPerWindow = 20000;
};

} // namespace InvoiceDesk
