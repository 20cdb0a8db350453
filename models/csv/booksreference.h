// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "companyprofile.h"
#include "csvimporter.h"
#include "customer.h"
#include "result.h"
#include "taxcode.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <variant>

class QIODevice;

namespace InvoiceDesk {

class CsvRow;
class Ledger;

/**
 * What the whole books carry besides their records: the company's own profile (company.csv:
 * one row, a column for each of CompanyProfile::keys()), its tax codes (taxcodes.csv: name,
 * rate, category, exemption reason) and its customers (customers.csv: every field of a
 * customer, its billing and shipping address in the columns invoices.csv names them by). The
 * books import reads them first, so the invoices find their codes and customers.
 */
enum class BooksTable { Company, TaxCodes, Customers };

namespace BooksTables {

/** The tables in the order written and read. */
const QList<BooksTable> &all();
/** "company.csv", "taxcodes.csv" or "customers.csv". */
QString fileNameOf(BooksTable table);
/** What the table's rows are, for a count of them: "company profile", "tax codes", "customers". */
QString contentsOf(BooksTable table);
/** The columns of the table's file, in the order written. */
const QStringList &columns(BooksTable table);

/**
 * Writes the company's profile (no row when it has none), codes or customers (by name) as
 * CSV; the count of rows written.
 */
Result<int> write(Ledger &ledger, BooksTable table, QIODevice *device, TextEncoding encoding);

} // namespace BooksTables

/**
 * Reads one table's file of the books and writes its rows through the Ledger, in the batch the
 * books import holds: every bad row is an issue naming its line, column and why, and nothing
 * is written while any row has one (unless skipInvalid). A code or customer the company
 * already has by that name (or a company profile the file already has) is left alone when
 * equal; when it differs, options.onExisting decides (fail: an issue on its row; update:
 * rewritten; skip: kept as it is).
 */
class BooksTableImport
{
public:
    BooksTableImport(
        Ledger &ledger, BooksTable table, const ImportOptions &options, ImportReport &report);
    ~BooksTableImport();

    /** Reads and checks every row of `path`; false when the file cannot be read at all. */
    bool read(const QString &path);
    /** Writes the good rows (none when a row is bad, unless skipInvalid); false on a failure. */
    bool write();
    /**
     * After the invoices: gives the customers written (or found equal) back the file's fields
     * where importing an invoice changed them (a customer with no contact takes its first
     * invoice's address).
     */
    bool restoreCustomers();
    /** Writes the refused rows beside the file ("<file>.errors.csv"), when asked and any. */
    void writeErrors();

private:
    struct Row
    {
        using Value = std::variant<CompanyProfile, TaxCode, Customer>;
        int line = 0;
        Value value;
    };
    void readRow(const CsvRow &row);
    /** The row's record: its problems (and those of its cells) are appended to `problems`. */
    Row::Value readRecord(const CsvRow &row, QList<ImportIssue> &issues, Problems &problems) const;
    /** A second company profile, or a name an earlier row has: an issue on `row`. */
    void checkAgainstEarlierRows(const CsvRow &row, QList<ImportIssue> &issues) const;
    Status writeCompany(const CompanyProfile &profile, int line);
    Status writeTaxCode(const TaxCode &code, int line);
    Status writeCustomer(const Customer &customer, int line);
    /**
     * Whether an existing record that differs from the file's row is replaced, as
     * options.onExisting says: skip counts it skipped, fail puts `refusal` on the row's
     * `column` (its `value`).
     */
    bool mayReplace(int line, const QString &column, const QString &value, const QString &refusal);
    void addIssue(int line, const QString &column, const QString &value, const QString &why);

    Ledger &mLedger;
    BooksTable mTable;
    const ImportOptions &mOptions;
    ImportReport &mReport;
    QList<Row> mRows;
    QList<Customer> mWrittenCustomers;
    QSet<int> mBadLines;
    QStringList mHeader;
    QHash<int, QStringList> mFieldsOfLine; ///< every row read, for the error file
};

} // namespace InvoiceDesk
