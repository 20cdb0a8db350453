// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimporter.h"
#include "creditnotecsv.h"
#include "creditnoteimport.h"
#include "csvreader.h"
#include "formatdetector.h"
#include "importsource.h"
#include "invoicecsv.h"
#include "ledger.h"
#include "paymentcsv.h"
#include "paymentimport.h"
#include "profiledrecords.h"
#include "profiletaxcodes.h"
#include "spreadsheetdamage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

#include <utility>

namespace InvoiceDesk {

namespace {

/** The work of one import run; the importer itself stays stateless. */
class ImportRun
{
public:
    ImportRun(Ledger &ledger, const ImportOptions &options, ImportReport &report)
        : context(ledger, options, report)
        , mPayments(context)
        , mTaxCodes(ledger, options.profile)
    {
    }

    /**
     * Takes the next row with the problems already found in it (its structure, a
     * spreadsheet's damage). Returns false when the database failed and the run must stop.
     */
    bool feed(const CsvRow &row, const QList<ImportIssue> &rowIssues);
    /** Imports what is still gathered (the last invoice, credit note or receipt). */
    bool finish() { return flushGroup(); }

    ImportContext context;

private:
    bool flushGroup();
    bool feedGroupedRow(const CsvRow &row, const QList<ImportIssue> &rowIssues, const QString &key,
        bool blankContinues);
    bool importInvoice(const QList<CsvRow> &rows, QList<ImportIssue> issues);
    /** Makes the invoice belong to the customer its `customer` cell names, if any. */
    bool assignCustomer(const CsvRow &first, const Invoice &invoice);
    QString togetherMessage(const QString &key, int line) const;

    PaymentImport mPayments;
    QList<CsvRow> mGroup;
    QList<ImportIssue> mGroupIssues;
    QString mGroupKey;
    QHash<QString, int> mSeenAt;
    ProfileTaxCodes::Cache mTaxCodes; ///< the company's, read once per run
};

bool ImportRun::feed(const CsvRow &row, const QList<ImportIssue> &rowIssues)
{
    switch (context.options.kind) {
    case ImportKind::Invoices:
        return feedGroupedRow(row, rowIssues, InvoiceCsv::numberOf(row), true);
    case ImportKind::CreditNotes:
        return feedGroupedRow(row, rowIssues, CreditNoteCsv::numberOf(row), true);
    case ImportKind::Payments:
        break;
    }
    const QString receipt = PaymentImport::receiptKeyOf(row);
    if (!receipt.isEmpty())
        return feedGroupedRow(row, rowIssues, receipt, false);
    return flushGroup() && mPayments.importRows({row}, rowIssues);
}

bool ImportRun::flushGroup()
{
    if (mGroup.isEmpty())
        return true;
    const QList<CsvRow> rows = std::exchange(mGroup, {});
    const QList<ImportIssue> issues = std::exchange(mGroupIssues, {});
    switch (context.options.kind) {
    case ImportKind::Invoices:
        return importInvoice(rows, issues);
    case ImportKind::CreditNotes:
        return importCreditNote(context, rows, issues);
    case ImportKind::Payments:
        break;
    }
    return mPayments.importRows(rows, issues);
}

QString ImportRun::togetherMessage(const QString &key, int line) const
{
    switch (context.options.kind) {
    case ImportKind::Invoices:
        break;
    case ImportKind::CreditNotes:
        return QCoreApplication::translate("CsvImport",
            "the rows of credit note %1 must be together; it already appeared at line %2")
            .arg(key)
            .arg(line);
    case ImportKind::Payments:
        return QCoreApplication::translate(
            "CsvImport", "the rows of receipt %1 must be together; it already appeared at line %2")
            .arg(key)
            .arg(line);
    }
    return QCoreApplication::translate(
        "CsvImport", "the rows of invoice %1 must be together; it already appeared at line %2")
        .arg(key)
        .arg(line);
}

bool ImportRun::feedGroupedRow(
    const CsvRow &row, const QList<ImportIssue> &rowIssues, const QString &key, bool blankContinues)
{
    if (!mGroup.isEmpty() && ((blankContinues && key.isEmpty()) || key == mGroupKey)) {
        mGroup.append(row);
        mGroupIssues += rowIssues;
        return true;
    }
    const bool ok = flushGroup();
    if (mSeenAt.contains(key)) {
        QList<ImportIssue> issues;
        row.addIssue(issues,
            context.options.kind == ImportKind::Payments ? QStringLiteral("receipt")
                                                         : QStringLiteral("number"),
            togetherMessage(key, mSeenAt.value(key)));
        context.reject({row}, issues);
        return ok;
    }
    mSeenAt.insert(key, row.line());
    mGroupKey = key;
    mGroup.append(row);
    mGroupIssues += rowIssues;
    return ok;
}

bool ImportRun::importInvoice(const QList<CsvRow> &rows, QList<ImportIssue> issues)
{
    ImportReport &report = context.report;
    const auto codes = mTaxCodes.codesFor(rows, report.createdTaxCodes);
    if (!codes)
        return context.fail(codes.error());
    const TaxRounding rounding
        = context.options.profile ? context.options.profile->taxRounding : TaxRounding::PerLine;
    ParsedInvoice parsed = InvoiceCsv::fromRows(rows, issues, *codes, rounding);
    if (!issues.isEmpty()) {
        context.reject(rows, issues);
        return true;
    }
    Invoice &invoice = parsed.invoice;
    auto existing = context.ledger.invoices().headerByNumber(invoice.number);
    if (!existing)
        return context.fail(existing.error());
    if (existing->has_value()) {
        switch (context.options.onExisting) {
        case OnExisting::Skip:
            ++report.skipped;
            return true;
        case OnExisting::Fail:
            rows.first().addIssue(issues, QStringLiteral("number"),
                QCoreApplication::translate("CsvImport",
                    "invoice %1 already exists (choose update or skip for existing invoices)")
                    .arg(invoice.number));
            context.reject(rows, issues);
            return true;
        case OnExisting::Update:
            invoice.id = (*existing)->id;
            invoice.uuid = (*existing)->uuid;
            break;
        }
    }
    Problems problems;
    auto saved = invoice.id == 0 ? context.ledger.createInvoice(invoice, &problems)
                                 : context.ledger.updateInvoice(invoice, &problems);
    if (!problems.isEmpty()) {
        context.addProblems(problems, rows, parsed.itemLines, issues);
        context.reject(rows, issues);
        return true;
    }
    if (!saved)
        return context.fail(QCoreApplication::translate("CsvImport", "line %1: %2")
                                .arg(parsed.firstLine)
                                .arg(saved.error()));
    if (!assignCustomer(rows.first(), *saved))
        return false;
    ++(invoice.id == 0 ? report.created : report.updated);
    return true;
}

bool ImportRun::assignCustomer(const CsvRow &first, const Invoice &invoice)
{
    // Blank: the invoice keeps the customer its billing name derives (the store's rule).
    const QString name = first.text(QStringLiteral("customer")).trimmed();
    if (name.isEmpty())
        return true;
    CustomerRepository &customers = context.book.customers();
    auto customer = customers.findOrCreate(name, invoice.currency.code());
    if (!customer)
        return context.fail(QCoreApplication::translate("CsvImport", "line %1: %2")
                                .arg(first.line())
                                .arg(customer.error()));
    if (auto s = customers.assignInvoice(invoice.id, customer->id); !s)
        return context.fail(s.error());
    return true;
}

/** Problems of a row's shape: a field count unlike the header's, or a NUL character. */
QList<ImportIssue> structureIssues(
    const QStringList &fields, const CsvHeader &header, int line, bool rowsMayBeShort)
{
    QList<ImportIssue> issues;
    const int count = int(fields.size());
    if (count > header.columnCount() || (count < header.columnCount() && !rowsMayBeShort))
        issues.append({line, QString(), QString(),
            QCoreApplication::translate("CsvImport",
                "the row has a different number of fields from the header (%1 here, %2 in the "
                "header)")
                .arg(count)
                .arg(header.columnCount())});
    for (int i = 0; i < count; ++i) {
        if (!fields.at(i).contains(QChar(0)))
            continue;
        const QString name = header.nameAt(i);
        issues.append({line, name.isEmpty() ? QString::number(i + 1) : name, QString(),
            QCoreApplication::translate(
                "CsvImport", "holds a NUL character (a zero byte), which text cannot contain")});
    }
    return issues;
}

/** Reads the header row; a file with none (empty, only a BOM, blank cells) holds no rows. */
bool readHeader(
    RecordSource &records, const QString &path, QStringList &headerRow, ImportReport &report)
{
    const bool read = records.readRecord(headerRow);
    // A byte order mark on its own decodes as U+FEFF rather than as a BOM followed by text.
    if (!headerRow.isEmpty() && headerRow.first().startsWith(QChar(0xFEFF)))
        headerRow.first().remove(0, 1);
    if (records.hasError()) {
        report.fatalError
            = QCoreApplication::translate("CsvImport", "%1: %2").arg(path, records.errorString());
        return false;
    }
    bool blank = true;
    for (const QString &cell : std::as_const(headerRow))
        blank = blank && cell.trimmed().isEmpty();
    if (!read || blank) {
        report.fatalError
            = QCoreApplication::translate("CsvImport", "%1 holds no rows: it is empty").arg(path);
        return false;
    }
    return true;
}

ImportSource::Settings sourceSettings(const ImportOptions &options)
{
    return {options.fileFormat, options.encoding, options.separator, options.sheet};
}

/**
 * Decides the decimal mark and the date format from the first rows of the file,
 * where the options ask for it; false (with the report's fatal error) when the
 * values allow more than one reading.
 */
bool detectFormat(
    const QString &path, const ImportOptions &options, FieldFormat &format, ImportReport &report)
{
    auto source = ImportSource::open(path, sourceSettings(options));
    QStringList fields;
    if (!source || !(*source)->records().readRecord(fields))
        return true; // the import itself reports why
    QList<ImportIssue> ignored;
    const CsvHeader header
        = CsvHeader::map(fields, importColumns(options.kind), {}, options.columnMapping, ignored);
    QStringList names;
    for (qsizetype i = 0; i < fields.size(); ++i)
        names.append(header.nameAt(int(i)));
    FormatDetector detector;
    detector.addRecords((*source)->records(), names);
    using Ambiguous = FormatDetector::Ambiguous;
    const auto where = [&](const Ambiguous &a) {
        return QCoreApplication::translate("CsvImport", "line %1, column %2: \"%3\"")
            .arg(a.line)
            .arg(a.column, a.value);
    };
    if (options.detectDecimalMark) {
        const auto decimal = detector.decimalFormat();
        if (const auto *open = std::get_if<Ambiguous>(&decimal)) {
            report.ambiguity = ImportReport::Ambiguity::DecimalMark;
            report.fatalError = QCoreApplication::translate("CsvImport",
                "%1: the numbers could be read with a decimal point or with a decimal comma (%2)")
                                    .arg(path, where(*open));
            return false;
        }
        format.decimal = std::get<DecimalFormat>(decimal);
    }
    if (options.detectDateFormat) {
        const auto dates = detector.dateFormat();
        if (const auto *open = std::get_if<Ambiguous>(&dates)) {
            report.ambiguity = ImportReport::Ambiguity::DateFormat;
            report.fatalError = QCoreApplication::translate(
                "CsvImport", "%1: the dates could be read as day/month or as month/day (%2)")
                                    .arg(path, where(*open));
            return false;
        }
        format.dateFormat = std::get<QString>(dates);
    }
    return true;
}

Status writeErrorFile(const QString &path, const QStringList &header,
    const QList<QStringList> &rows, const QStringList &errors, QChar separator)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QCoreApplication::translate("CsvImport", "Cannot write %1: %2")
                          .arg(path, file.errorString())};
    CsvWriter writer(&file, separator);
    writer.writeRecord(QStringList(header) << QStringLiteral("error"));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QStringList row = rows.at(i);
        while (row.size() < header.size())
            row.append(QString());
        writer.writeRecord(row << errors.at(i));
    }
    if (!file.commit())
        return Error {QCoreApplication::translate("CsvImport", "Cannot write %1: %2")
                          .arg(path, file.errorString())};
    return {};
}

bool readRows(RecordSource &records, const CsvHeader &header,
    const std::optional<SpreadsheetDamage> &damage, ImportRun &run, ImportReport &report,
    const CsvImporter::Progress &progress, const CsvImporter::CancelCheck &cancelled)
{
    QStringList fields;
    while (records.readRecord(fields)) {
        ++report.records;
        const int line = records.recordLine();
        QList<ImportIssue> issues = structureIssues(fields, header, line, records.rowsMayBeShort());
        while (fields.size() < header.columnCount())
            fields.append(QString());
        const CsvRow row(header, fields, line, report.format);
        if (damage)
            damage->check(row, issues);
        if (!run.feed(row, issues))
            return false;
        if (cancelled && cancelled()) {
            report.cancelled = true;
            return true;
        }
        if (progress && report.records % 1000 == 0)
            progress(records.progressDone(), records.progressTotal());
    }
    return true;
}

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

/** Writes the bad rows with their problems beside the file (always CSV, fix and import it). */
void writeErrors(
    const QString &path, const QStringList &headerRow, const ImportRun &run, ImportReport &report)
{
    report.errorFilePath = CsvImporter::errorFilePathFor(path);
    const QChar separator
        = report.fileFormat == FileFormat::Csv ? report.separator : QLatin1Char(',');
    if (auto written = writeErrorFile(report.errorFilePath, headerRow, run.context.badRows,
            run.context.badRowErrors, separator);
        !written) {
        report.fatalError = written.error();
        report.errorFilePath.clear();
    }
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
    ImportReport report;
    report.file = path;
    report.format = options.format;
    auto source = ImportSource::open(path, sourceSettings(options));
    if (!source) {
        report.fatalError = source.error();
        return report;
    }
    report.fileFormat = (*source)->format();
    std::tie(report.encoding, report.separator)
        = std::pair((*source)->encoding(), (*source)->separator());
    if ((options.detectDecimalMark || options.detectDateFormat)
        && !detectFormat(path, options, report.format, report))
        return report;
    const QStringList &columns = importColumns(options.kind);
    const auto profiled = ProfiledRecords::wrap((*source)->records(), options.profile, columns);
    RecordSource &records = profiled ? *profiled : (*source)->records();
    QStringList headerRow;
    if (!readHeader(records, path, headerRow, report))
        return report;
    const CsvHeader header = CsvHeader::map(headerRow, columns, requiredImportColumns(options.kind),
        ProfiledRecords::mappingFor(profiled.get(), options.columnMapping), report.issues,
        &report.unknownColumns);
    report.headerProblems = int(report.issues.size());
    if (!report.issues.isEmpty())
        return report;
    const auto damage = SpreadsheetDamage::loadIf(
        options.checkSpreadsheetDamage, mLedger.invoices(), mLedger.paymentRepository());
    if (!damage) {
        report.fatalError = damage.error();
        return report;
    }
    if (auto begun = mLedger.beginBatch(); !begun) {
        report.fatalError = begun.error();
        return report;
    }
    ImportRun run(mLedger, options, report);
    bool ok = readRows(records, header, *damage, run, report, progress, cancelled);
    if (ok && !report.cancelled)
        ok = run.finish();
    if (records.hasError())
        report.fatalError
            = QCoreApplication::translate("CsvImport", "%1: %2").arg(path, records.errorString());
    else if (ok && report.records == 0 && !report.cancelled)
        report.fatalError
            = QCoreApplication::translate("CsvImport", "%1 holds no rows, only its header")
                  .arg(path);
    if (progress)
        progress(records.progressTotal(), records.progressTotal());
    finishBatch(mLedger, ok, options, report);
    if (!report.issues.isEmpty() && options.writeErrorFile && !run.context.badRows.isEmpty())
        writeErrors(path, headerRow, run, report);
    return report;
}

} // namespace InvoiceDesk
