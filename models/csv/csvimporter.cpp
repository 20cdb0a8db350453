// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimporter.h"
#include "csvreader.h"
#include "formatdetector.h"
#include "importsource.h"
#include "invoicecsv.h"
#include "ledger.h"
#include "paymentcsv.h"
#include "profiledrecords.h"
#include "profiletaxcodes.h"
#include "spreadsheetdamage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace InvoiceDesk {

namespace {

/** The work of one import run; the importer itself stays stateless. */
class ImportRun
{
public:
    ImportRun(Ledger &ledger, const ImportOptions &options, ImportReport &report)
        : mLedger(ledger)
        , mOptions(options)
        , mReport(report)
        , mTaxCodes(ledger, options.profile)
    {
    }

    /**
     * Takes the next row with the problems already found in it (its structure, a
     * spreadsheet's damage). Returns false when the database failed and the run must stop.
     */
    bool feed(const CsvRow &row, const QList<ImportIssue> &rowIssues);
    /** Imports what is still gathered (the last invoice). */
    bool finish() { return flushGroup(); }

    QList<QStringList> badRows;
    QStringList badRowErrors;

private:
    bool flushGroup();
    bool feedInvoiceRow(const CsvRow &row, const QList<ImportIssue> &rowIssues);
    bool importInvoice(const QList<CsvRow> &rows, QList<ImportIssue> issues);
    bool importPayment(const CsvRow &row, QList<ImportIssue> issues);
    void reject(const QList<CsvRow> &rows, const QList<ImportIssue> &issues);
    void addProblems(const Problems &problems, const QList<CsvRow> &rows,
        const QList<int> &itemLines, QList<ImportIssue> &issues);

    Ledger &mLedger;
    const ImportOptions &mOptions;
    ImportReport &mReport;
    QList<CsvRow> mGroup;
    QList<ImportIssue> mGroupIssues;
    QString mGroupNumber;
    QHash<QString, int> mSeenAt;
    ProfileTaxCodes::Cache mTaxCodes; ///< the company's, read once per run
};

bool ImportRun::feed(const CsvRow &row, const QList<ImportIssue> &rowIssues)
{
    if (mOptions.kind == ImportKind::Invoices)
        return feedInvoiceRow(row, rowIssues);
    return importPayment(row, rowIssues);
}

bool ImportRun::flushGroup()
{
    if (mGroup.isEmpty())
        return true;
    const bool ok = importInvoice(mGroup, mGroupIssues);
    mGroup.clear();
    mGroupIssues.clear();
    return ok;
}

bool ImportRun::feedInvoiceRow(const CsvRow &row, const QList<ImportIssue> &rowIssues)
{
    const QString number = InvoiceCsv::numberOf(row);
    if (!mGroup.isEmpty() && (number.isEmpty() || number == mGroupNumber)) {
        mGroup.append(row);
        mGroupIssues += rowIssues;
        return true;
    }
    const bool ok = flushGroup();
    if (mSeenAt.contains(number)) {
        QList<ImportIssue> issues;
        row.addIssue(issues, QStringLiteral("number"),
            QCoreApplication::translate("CsvImport",
                "the rows of invoice %1 must be together; it already appeared at line %2")
                .arg(number)
                .arg(mSeenAt.value(number)));
        reject({row}, issues);
        return ok;
    }
    mSeenAt.insert(number, row.line());
    mGroupNumber = number;
    mGroup.append(row);
    mGroupIssues += rowIssues;
    return ok;
}

void ImportRun::reject(const QList<CsvRow> &rows, const QList<ImportIssue> &issues)
{
    ++mReport.rejected;
    mReport.issues += issues;
    QStringList texts;
    for (const ImportIssue &issue : issues)
        texts.append(issue.toString());
    for (const CsvRow &row : rows) {
        badRows.append(row.fields());
        badRowErrors.append(texts.join(QStringLiteral("; ")));
    }
}

void ImportRun::addProblems(const Problems &problems, const QList<CsvRow> &rows,
    const QList<int> &itemLines, QList<ImportIssue> &issues)
{
    for (const Problem &problem : problems) {
        int line = rows.first().line();
        if (problem.lineIndex >= 0 && problem.lineIndex < itemLines.size())
            line = itemLines.at(problem.lineIndex);
        QString value;
        for (const CsvRow &row : rows) {
            if (row.line() == line)
                value = row.raw(problem.field);
        }
        issues.append({line, problem.field, value, problem.message});
    }
}

bool ImportRun::importInvoice(const QList<CsvRow> &rows, QList<ImportIssue> issues)
{
    const auto codes = mTaxCodes.codesFor(rows, mReport.createdTaxCodes);
    if (!codes) {
        mReport.fatalError = codes.error();
        return false;
    }
    ParsedInvoice parsed = InvoiceCsv::fromRows(rows, issues, *codes);
    if (!issues.isEmpty()) {
        reject(rows, issues);
        return true;
    }
    Invoice &invoice = parsed.invoice;
    auto existing = mLedger.invoices().headerByNumber(invoice.number);
    if (!existing) {
        mReport.fatalError = existing.error();
        return false;
    }
    if (existing->has_value()) {
        switch (mOptions.onExisting) {
        case OnExisting::Skip:
            ++mReport.skipped;
            return true;
        case OnExisting::Fail:
            rows.first().addIssue(issues, QStringLiteral("number"),
                QCoreApplication::translate("CsvImport",
                    "invoice %1 already exists (choose update or skip for existing invoices)")
                    .arg(invoice.number));
            reject(rows, issues);
            return true;
        case OnExisting::Update:
            invoice.id = (*existing)->id;
            invoice.uuid = (*existing)->uuid;
            break;
        }
    }
    Problems problems;
    auto saved = invoice.id == 0 ? mLedger.createInvoice(invoice, &problems)
                                 : mLedger.updateInvoice(invoice, &problems);
    if (!problems.isEmpty()) {
        addProblems(problems, rows, parsed.itemLines, issues);
        reject(rows, issues);
        return true;
    }
    if (!saved) {
        mReport.fatalError = QCoreApplication::translate("CsvImport", "line %1: %2")
                                 .arg(parsed.firstLine)
                                 .arg(saved.error());
        return false;
    }
    ++(invoice.id == 0 ? mReport.created : mReport.updated);
    return true;
}

bool ImportRun::importPayment(const CsvRow &row, QList<ImportIssue> issues)
{
    const QString number = row.text(QStringLiteral("invoiceNumber")).trimmed();
    auto invoice = mLedger.invoices().headerByNumber(number);
    if (!invoice) {
        mReport.fatalError = invoice.error();
        return false;
    }
    if (!invoice->has_value()) {
        if (!issues.isEmpty()) { // a spreadsheet's damage explains the missing invoice
            reject({row}, issues);
            return true;
        }
        row.addIssue(issues, QStringLiteral("invoiceNumber"),
            number.isEmpty()
                ? QCoreApplication::translate("CsvImport", "a payment needs an invoice number")
                : QCoreApplication::translate("CsvImport", "there is no invoice numbered \"%1\"")
                      .arg(number));
        reject({row}, issues);
        return true;
    }
    Payment payment = PaymentCsv::fromRow(row, (*invoice)->currency, issues);

    if (!issues.isEmpty()) {
        reject({row}, issues);
        return true;
    }
    payment.invoiceId = (*invoice)->id;
    Problems problems;
    auto saved = mLedger.recordPayment(payment, {mOptions.allowDuplicatePayments, true}, &problems);
    if (!problems.isEmpty()) {
        addProblems(problems, {row}, {}, issues);
        reject({row}, issues);
        return true;
    }
    if (!saved) {
        mReport.fatalError = QCoreApplication::translate("CsvImport", "line %1: %2")
                                 .arg(row.line())
                                 .arg(saved.error());
        return false;
    }
    ++mReport.created;
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
    const bool invoices = options.kind == ImportKind::Invoices;
    const CsvHeader header
        = CsvHeader::map(fields, invoices ? InvoiceCsv::columns() : PaymentCsv::columns(), {},
            options.columnMapping, ignored);
    FormatDetector detector;
    RecordSource &records = (*source)->records();
    for (int row = 0; row < 20000 && records.readRecord(fields); ++row) {
        for (int i = 0; i < fields.size(); ++i) {
            const QString name = header.nameAt(i);
            if (!name.isEmpty())
                detector.add(name, FormulaGuard::restore(fields.at(i)), records.recordLine());
        }
    }
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
    if (auto written
        = writeErrorFile(report.errorFilePath, headerRow, run.badRows, run.badRowErrors, separator);
        !written) {
        report.fatalError = written.error();
        report.errorFilePath.clear();
    }
}

} // namespace

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
    const bool invoices = options.kind == ImportKind::Invoices;
    const QStringList &columns = invoices ? InvoiceCsv::columns() : PaymentCsv::columns();
    const auto profiled = ProfiledRecords::wrap((*source)->records(), options.profile, columns);
    RecordSource &records = profiled ? *profiled : (*source)->records();
    QStringList headerRow;
    if (!readHeader(records, path, headerRow, report))
        return report;
    const CsvHeader header = CsvHeader::map(headerRow, columns,
        invoices ? InvoiceCsv::requiredColumns() : PaymentCsv::requiredColumns(),
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
    if (!report.issues.isEmpty() && options.writeErrorFile && !run.badRows.isEmpty())
        writeErrors(path, headerRow, run, report);
    return report;
}

} // namespace InvoiceDesk
