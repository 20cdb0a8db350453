// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "booksreference.h"
#include "csvfields.h"
#include "csvreader.h"
#include "importsource.h"
#include "ledger.h"
#include "receiptbook.h"
#include "recordsink.h"
#include "refusedrows.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace InvoiceDesk {

namespace {

QStringList addressColumns(const QString &prefix)
{
    QStringList names;
    for (const Address::Field &field : Address::fields())
        names.append(prefix + QLatin1Char('.') + QLatin1String(field.name));
    return names;
}

QStringList addressCells(const Address &address)
{
    QStringList cells;
    for (const Address::Field &field : Address::fields())
        cells.append(FormulaGuard::neutralise(address.*field.member));
    return cells;
}

Address addressOf(const CsvRow &row, const QString &prefix)
{
    Address address;
    for (const Address::Field &field : Address::fields())
        address.*field.member = row.text(prefix + QLatin1Char('.') + QLatin1String(field.name));
    return address;
}

QStringList taxCodeCells(const TaxCode &code)
{
    return {FormulaGuard::neutralise(code.name), code.rate.toString(), code.category,
        FormulaGuard::neutralise(code.exemptionReason)};
}

QStringList customerCells(const Customer &customer)
{
    const auto text = [](const QString &value) { return FormulaGuard::neutralise(value); };
    QStringList cells = {text(customer.displayName), text(customer.email), customer.defaultCurrency,
        customer.paymentTermsDays ? QString::number(*customer.paymentTermsDays) : QString(),
        text(customer.taxId)};
    return cells + addressCells(customer.billing) + addressCells(customer.shipping);
}

/** The column of a customer's or code's field, as validate() names the field. */
QString columnOfField(const QString &field)
{
    return field == QLatin1String("terms") ? QStringLiteral("paymentTermsDays") : field;
}

/** Equal but for the stored identity (id, uuid). */
bool sameFields(TaxCode a, TaxCode b)
{
    a.id = b.id;
    a.uuid = b.uuid;
    return a == b;
}

bool sameFields(Customer a, const Customer &b)
{
    a.id = b.id;
    return a == b;
}

/** The name a row of codes or customers is known by; none for the company profile. */
QString nameOf(const std::variant<CompanyProfile, TaxCode, Customer> &value)
{
    if (const auto *code = std::get_if<TaxCode>(&value))
        return code->name;
    if (const auto *customer = std::get_if<Customer>(&value))
        return customer->displayName;
    return {};
}

QStringList companyCells(const CompanyProfile &profile)
{
    QStringList cells;
    for (const QString &key : CompanyProfile::keys())
        cells.append(FormulaGuard::neutralise(profile.value(key)));
    return cells;
}

} // namespace

namespace BooksTables {

const QList<BooksTable> &all()
{
    static const QList<BooksTable> tables
        = {BooksTable::Company, BooksTable::TaxCodes, BooksTable::Customers};
    return tables;
}

QString fileNameOf(BooksTable table)
{
    switch (table) {
    case BooksTable::Company:
        return QStringLiteral("company.csv");
    case BooksTable::TaxCodes:
        return QStringLiteral("taxcodes.csv");
    case BooksTable::Customers:
        break;
    }
    return QStringLiteral("customers.csv");
}

QString contentsOf(BooksTable table)
{
    switch (table) {
    case BooksTable::Company:
        return QCoreApplication::translate("BooksTables", "company profile");
    case BooksTable::TaxCodes:
        return QCoreApplication::translate("BooksTables", "tax codes");
    case BooksTable::Customers:
        break;
    }
    return QCoreApplication::translate("BooksTables", "customers");
}

const QStringList &columns(BooksTable table)
{
    static const QStringList taxCodes = {QStringLiteral("name"), QStringLiteral("rate"),
        QStringLiteral("category"), QStringLiteral("exemptionReason")};
    static const QStringList customers
        = QStringList {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("currency"),
              QStringLiteral("paymentTermsDays"), QStringLiteral("taxId")}
        + addressColumns(QStringLiteral("billing")) + addressColumns(QStringLiteral("shipping"));
    if (table == BooksTable::Company)
        return CompanyProfile::keys();
    return table == BooksTable::TaxCodes ? taxCodes : customers;
}

Result<int> write(Ledger &ledger, BooksTable table, QIODevice *device, TextEncoding encoding)
{
    QList<QStringList> rows;
    if (table == BooksTable::Company) {
        auto profile = ledger.companyProfile();
        if (!profile)
            return Error {profile.error()};
        if (!profile->values().isEmpty())
            rows.append(companyCells(*profile));
    } else if (table == BooksTable::TaxCodes) {
        auto codes = ledger.taxCodes().all();
        if (!codes)
            return Error {codes.error()};
        for (const TaxCode &code : std::as_const(*codes))
            rows.append(taxCodeCells(code));
    } else {
        auto customers = ReceiptBook(ledger).customers().all();
        if (!customers)
            return Error {customers.error()};
        for (const Customer &customer : std::as_const(*customers))
            rows.append(customerCells(customer));
    }
    CsvRecordSink sink(device, encoding);
    if (auto written = sink.writeHeader(columns(table)); !written)
        return Error {written.error()};
    for (const QStringList &row : std::as_const(rows)) {
        if (auto written = sink.writeRecord(row, Currency()); !written)
            return Error {written.error()};
    }
    return int(rows.size());
}

} // namespace BooksTables

BooksTableImport::BooksTableImport(
    Ledger &ledger, BooksTable table, const ImportOptions &options, ImportReport &report)
    : mLedger(ledger)
    , mTable(table)
    , mOptions(options)
    , mReport(report)
{
}

BooksTableImport::~BooksTableImport() = default;

void BooksTableImport::addIssue(
    int line, const QString &column, const QString &value, const QString &why)
{
    mReport.issues.append({line, column, value, why});
    if (!mBadLines.contains(line)) {
        mBadLines.insert(line);
        ++mReport.rejected;
    }
}

bool BooksTableImport::read(const QString &path)
{
    mReport.file = path;
    auto source = ImportSource::open(
        path, {FileFormat::Csv, mOptions.encoding, mOptions.separator, QString()});
    if (!source) {
        mReport.fatalError = source.error();
        return false;
    }
    mReport.encoding = (*source)->encoding();
    mReport.separator = (*source)->separator();
    RecordSource &records = (*source)->records();
    QStringList fields;
    const bool read = records.readRecord(fields);
    if (!fields.isEmpty() && fields.first().startsWith(QChar(0xFEFF)))
        fields.first().remove(0, 1);
    if (records.hasError() || !read) {
        mReport.fatalError = records.hasError()
            ? QCoreApplication::translate("CsvImport", "%1: %2").arg(path, records.errorString())
            : QCoreApplication::translate("CsvImport", "%1 holds no rows: it is empty").arg(path);
        return false;
    }
    mHeader = fields;
    const QStringList required = mTable == BooksTable::TaxCodes
        ? QStringList {QStringLiteral("name"), QStringLiteral("rate")}
        : mTable == BooksTable::Customers ? QStringList {QStringLiteral("name")}
                                          : QStringList();
    const CsvHeader header = CsvHeader::map(fields, BooksTables::columns(mTable), required, {},
        mReport.issues, &mReport.unknownColumns);
    mReport.headerProblems = int(mReport.issues.size());
    if (mReport.headerProblems > 0)
        return true;
    const FieldFormat format; // the books' own files: decimal point, ISO dates
    while (records.readRecord(fields)) {
        ++mReport.records;
        const int line = records.recordLine();
        mFieldsOfLine.insert(line, fields);
        if (fields.size() != header.columnCount()) {
            addIssue(line, QString(), QString(),
                QCoreApplication::translate("CsvImport",
                    "the row has a different number of fields from the header (%1 here, %2 in "
                    "the header)")
                    .arg(fields.size())
                    .arg(header.columnCount()));
            continue;
        }
        readRow(CsvRow(header, fields, line, format));
    }
    if (records.hasError()) {
        mReport.fatalError
            = QCoreApplication::translate("CsvImport", "%1: %2").arg(path, records.errorString());
        return false;
    }
    return true;
}

void BooksTableImport::readRow(const CsvRow &row)
{
    QList<ImportIssue> issues;
    Problems problems;
    Row read {row.line(), readRecord(row, issues, problems)};
    for (const Problem &problem : std::as_const(problems)) {
        const QString column = columnOfField(problem.field);
        row.addIssue(issues, column, problem.message);
    }
    checkAgainstEarlierRows(row, issues);
    for (const ImportIssue &issue : std::as_const(issues))
        addIssue(issue.line, issue.column, issue.value, issue.reason);
    if (issues.isEmpty())
        mRows.append(read);
}

BooksTableImport::Row::Value BooksTableImport::readRecord(
    const CsvRow &row, QList<ImportIssue> &issues, Problems &problems) const
{
    if (mTable == BooksTable::Company) {
        // A key the file has no column for keeps the company's value.
        auto stored = mLedger.companyProfile();
        CompanyProfile profile = stored ? *stored : CompanyProfile();
        for (const QString &key : CompanyProfile::keys()) {
            if (row.indexOf(key) >= 0)
                profile.setValue(key, row.text(key));
        }
        problems = profile.validate();
        return profile;
    }
    if (mTable == BooksTable::TaxCodes) {
        TaxCode code;
        code.name = row.text(QStringLiteral("name"));
        const auto rate = row.percentage(QStringLiteral("rate"), issues);
        if (row.isBlank(QStringLiteral("rate")))
            row.addIssue(issues, QStringLiteral("rate"),
                QCoreApplication::translate("CsvImport", "a tax code needs a rate"));
        code.rate = rate.value_or(Percentage());
        code.category = row.raw(QStringLiteral("category")).trimmed();
        if (code.category.isEmpty())
            code.category = TaxCodes::defaultCategory(code.rate);
        code.exemptionReason = row.text(QStringLiteral("exemptionReason"));
        if (issues.isEmpty())
            problems = code.validate();
        return code;
    }
    Customer customer;
    customer.displayName = row.text(QStringLiteral("name"));
    customer.email = row.text(QStringLiteral("email"));
    customer.defaultCurrency = row.raw(QStringLiteral("currency")).trimmed();
    if (const auto days = row.integer(QStringLiteral("paymentTermsDays"), issues))
        customer.paymentTermsDays = int(std::clamp<qint64>(*days, -1, 3651));
    customer.taxId = row.text(QStringLiteral("taxId"));
    customer.billing = addressOf(row, QStringLiteral("billing"));
    customer.shipping = addressOf(row, QStringLiteral("shipping"));
    problems = customer.validate();
    return customer;
}

void BooksTableImport::checkAgainstEarlierRows(const CsvRow &row, QList<ImportIssue> &issues) const
{
    if (mTable == BooksTable::Company) {
        if (mFieldsOfLine.size() > 1) // this row's fields are in already
            row.addIssue(issues, QString(),
                QCoreApplication::translate("CsvImport",
                    "the company has one profile, on the first row: this row is another"));
        return;
    }
    const QString name = row.text(QStringLiteral("name")).toCaseFolded();
    for (const Row &earlier : std::as_const(mRows)) {
        if (!name.isEmpty() && nameOf(earlier.value).toCaseFolded() == name)
            row.addIssue(issues, QStringLiteral("name"),
                QCoreApplication::translate("CsvImport", "line %1 has this name too")
                    .arg(earlier.line));
    }
}

bool BooksTableImport::write()
{
    // The good rows are written even when others are bad: the books import then keeps nothing,
    // and the invoices are checked against the codes and customers the file does have.
    for (const Row &row : std::as_const(mRows)) {
        const Status written = std::visit(
            [&](const auto &record) -> Status {
                using Record = std::decay_t<decltype(record)>;
                if constexpr (std::is_same_v<Record, CompanyProfile>)
                    return writeCompany(record, row.line);
                else if constexpr (std::is_same_v<Record, TaxCode>)
                    return writeTaxCode(record, row.line);
                else
                    return writeCustomer(record, row.line);
            },
            row.value);
        if (!written) {
            mReport.fatalError = written.error();
            return false;
        }
    }
    return true;
}

void BooksTableImport::writeErrors()
{
    if (mReport.issues.isEmpty() || !mOptions.writeErrorFile || mReport.headerProblems > 0)
        return;
    QMap<int, QStringList> whyOfLine;
    for (const ImportIssue &issue : std::as_const(mReport.issues))
        whyOfLine[issue.line].append(issue.toString());
    RefusedRows refused;
    for (auto it = whyOfLine.cbegin(); it != whyOfLine.cend(); ++it)
        refused.add(mFieldsOfLine.value(it.key()), it.key(), it.value().join(QStringLiteral("; ")));
    mReport.errorFilePath = CsvImporter::errorFilePathFor(mReport.file);
    if (auto written = refused.write(mReport.errorFilePath, mHeader, mReport.separator); !written) {
        mReport.fatalError = written.error();
        mReport.errorFilePath.clear();
    }
}

bool BooksTableImport::mayReplace(
    int line, const QString &column, const QString &value, const QString &refusal)
{
    if (mOptions.onExisting == OnExisting::Skip) {
        ++mReport.skipped;
        return false;
    }
    if (mOptions.onExisting == OnExisting::Fail) {
        addIssue(line, column, value, refusal);
        return false;
    }
    return true;
}

Status BooksTableImport::writeCompany(const CompanyProfile &profile, int line)
{
    auto stored = mLedger.companyProfile();
    if (!stored)
        return Error {stored.error()};
    if (*stored == profile) {
        ++mReport.skipped;
        return {};
    }
    const bool adding = stored->values().isEmpty();
    if (!adding) {
        const QStringList &keys = CompanyProfile::keys();
        const QString key = *std::find_if(keys.cbegin(), keys.cend(),
            [&](const QString &k) { return stored->value(k) != profile.value(k); });
        if (!mayReplace(line, key, profile.value(key),
                QCoreApplication::translate("CsvImport",
                    "the company profile here has \"%1\" (choose update or skip for existing "
                    "records)")
                    .arg(stored->value(key))))
            return {};
    }
    if (auto saved = mLedger.saveCompanyProfile(profile); !saved) {
        addIssue(line, QString(), QString(), saved.error());
        return {};
    }
    ++(adding ? mReport.created : mReport.updated);
    return {};
}

Status BooksTableImport::writeTaxCode(const TaxCode &code, int line)
{
    auto stored = mLedger.taxCodes().all();
    if (!stored)
        return Error {stored.error()};
    TaxCode saved = code;
    if (const auto existing = TaxCodes::byName(*stored, code.name)) {
        if (sameFields(code, *existing)) {
            ++mReport.skipped;
            return {};
        }
        if (!mayReplace(line, QStringLiteral("name"), code.name,
                QCoreApplication::translate("CsvImport",
                    "there is already a tax code of that name with other fields (choose update "
                    "or skip for existing records)")))
            return {};
        saved.id = existing->id;
    }
    const bool adding = saved.id == 0;
    if (auto result = mLedger.saveTaxCode(saved); !result) {
        addIssue(line, QString(), QString(), result.error());
        return {};
    }
    ++(adding ? mReport.created : mReport.updated);
    return {};
}

Status BooksTableImport::writeCustomer(const Customer &customer, int line)
{
    ReceiptBook book(mLedger);
    auto existing = book.customers().byName(customer.displayName);
    if (!existing)
        return Error {existing.error()};
    Customer saved = customer;
    if (existing->has_value()) {
        if (sameFields(customer, **existing)) {
            ++mReport.skipped;
            mWrittenCustomers.append(**existing); // as the file has it, after the invoices too
            return {};
        }
        if (!mayReplace(line, QStringLiteral("name"), customer.displayName,
                QCoreApplication::translate("CsvImport",
                    "there is already a customer of that name with other fields (choose update "
                    "or skip for existing records)")))
            return {};
        saved.id = (*existing)->id;
    }
    const bool adding = saved.id == 0;
    const Status written = book.saveCustomer(saved);
    if (!written) {
        addIssue(line, QString(), QString(), written.error());
        return {};
    }
    ++(adding ? mReport.created : mReport.updated);
    mWrittenCustomers.append(saved);
    return {};
}

bool BooksTableImport::restoreCustomers()
{
    ReceiptBook book(mLedger);
    for (const Customer &customer : std::as_const(mWrittenCustomers)) {
        auto stored = book.customers().byId(customer.id);
        if (!stored) {
            mReport.fatalError = stored.error();
            return false;
        }
        if (stored->has_value() && sameFields(customer, **stored))
            continue;
        if (auto written = book.customers().update(customer); !written) {
            mReport.fatalError = written.error();
            return false;
        }
    }
    return true;
}

} // namespace InvoiceDesk
