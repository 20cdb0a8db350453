// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importprofilestore.h"
#include "recordsource.h"
#include "statement.h"

#include <QHash>

#include <optional>

namespace InvoiceDesk {

/** How a bank's CSV (or XLSX) export is read: its columns, numbers and dates. */
struct BankCsvOptions
{
    /** File header (case-insensitive) -> our column; "" ignores the column. */
    QHash<QString, QString> mapping;
    std::optional<DecimalFormat> decimal; ///< detected from the values when empty
    std::optional<QString> dateFormat; ///< "" is yyyy-MM-dd; detected when empty
    std::optional<TextEncoding> encoding;
    std::optional<QChar> separator;
    std::optional<FileFormat> fileFormat;
    QString sheet;
    /** The account's currency, for files without a currency column. */
    Currency currency;
};

/**
 * Reads a bank's CSV export through the CSV import's machinery (ImportSource for encodings,
 * separators and workbooks; CsvHeader and CsvRow for columns and exact values;
 * FormatDetector for decimal marks and dates). Columns are found by our names, by the names
 * banks use in English, German, French, Spanish and Dutch ("Buchungstag", "Betrag",
 * "Verwendungszweck", "Montant", ...), or by a mapping (a saved import profile). A line's
 * amount is one signed column, debit and credit columns, or an amount with a credit/debit
 * column. Rows before the header (an account summary) are skipped; a running balance
 * column gives the statement's opening and closing balances and is checked line by line.
 */
class BankCsvReader
{
public:
    /** Our columns: bookingDate, valueDate, amount, debit, credit, direction, ... */
    static const QStringList &columns();
    /** Our column for a bank's header, or "" when it names none of them. */
    static QString columnForHeader(const QString &header);
    /** Whether a status column's value says the bank has not booked the line yet. */
    static bool isPendingStatus(const QString &status);

    static StatementParse read(const QString &path, const BankCsvOptions &options);
    /**
     * The file's header row as the reader would find it (the first row naming a booking date
     * and an amount, else the first row), for a person to map; an error when unreadable.
     */
    static Result<QStringList> header(const QString &path, const BankCsvOptions &options);
    /** Reads rows from a source that is already open (the fuzz target uses a buffer). */
    static StatementParse read(RecordSource &records, const BankCsvOptions &options);
};

/**
 * A bank's column mapping with its date format and decimal mark, kept as an ImportProfile of
 * the bank-statement kind in the ImportProfileStore the invoice import uses: one store, one
 * file format, shared by `bank import --profile` and the Import Statement dialog.
 */
namespace BankCsvProfile {
/** The options a bank statement profile reads with (no currency: that is the account's). */
BankCsvOptions options(const ImportProfile &profile);
/** A bank statement profile named `name` holding the options' mapping and formats. */
ImportProfile profile(const QString &name, const BankCsvOptions &options);
/** The bank statement profile of that name, moving older ones out of the settings first. */
Result<BankCsvOptions> load(const ImportProfileStore &store, const QString &name);
Status save(const ImportProfileStore &store, const QString &name, const BankCsvOptions &options);
/** The bank statement profiles' names, moving older ones out of the settings first. */
QStringList names(const ImportProfileStore &store);
} // namespace BankCsvProfile

} // namespace InvoiceDesk
