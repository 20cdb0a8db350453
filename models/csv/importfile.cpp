// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// How an import reads one file: its source, formats, header and rows (the rows go to an
// ImportRun); and the error file of the rows it refused.
#include "importfile.h"
#include "csvreader.h"
#include "formatdetector.h"
#include "importrun.h"
#include "importsource.h"
#include "ledger.h"
#include "profiledrecords.h"
#include "readahead.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>

#include <algorithm>
#include <limits>

namespace InvoiceDesk {

namespace {

/** A row as the reading thread hands it over, with where the file's reading then stood. */
struct ReadRow
{
    CsvRow row;
    QList<ImportIssue> issues;
    qint64 progressDone = 0;
    qint64 progressTotal = 0;
};

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
    if (!source)
        return true; // the import itself reports why
    // The columns as the import will name them: through the profile's mapping (--map, a file
    // without a header) as well as the wizard's.
    const QStringList &columns = importColumns(options.kind);
    const auto profiled = ProfiledRecords::wrap((*source)->records(), options.profile, columns);
    RecordSource &records = profiled ? *profiled : (*source)->records();
    QStringList fields;
    if (!records.readRecord(fields))
        return true;
    QList<ImportIssue> ignored;
    const CsvHeader header = CsvHeader::map(fields, columns, {},
        ProfiledRecords::mappingFor(profiled.get(), options.columnMapping), ignored);
    QStringList names;
    for (qsizetype i = 0; i < fields.size(); ++i)
        names.append(header.nameAt(int(i)));
    FormatDetector detector;
    detector.addRecords(records, names);
    using Ambiguous = FormatDetector::Ambiguous;
    // The first rows decide nearly every file; where they leave a reading open, the rest of the
    // file is read too: the one value only one reading fits may come last.
    if ((options.detectDecimalMark && detector.decimalMarkOpen())
        || (options.detectDateFormat && std::holds_alternative<Ambiguous>(detector.dateFormat())))
        detector.addRecords(records, names, std::numeric_limits<int>::max());
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

} // namespace

ImportFile::ImportFile(const QString &path, const ImportOptions &options, ImportReport &report)
    : mPath(path)
    , mOptions(options)
    , mReport(report)
{
}

ImportFile::~ImportFile() = default;

ImportOptions ImportFile::optionsToReadAgain(
    const ImportOptions &options, const ImportReport &first)
{
    ImportOptions again = options;
    again.format = first.format;
    again.detectDecimalMark = again.detectDateFormat = false;
    return again;
}

QString ImportFile::changedWhileImported(const QString &path)
{
    return QCoreApplication::translate(
        "CsvImport", "%1 changed while it was being imported: import it again")
        .arg(path);
}

QByteArray ImportFile::fingerprint(const QString &path)
{
    QFile file(path);
    QCryptographicHash digest(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !digest.addData(&file))
        return {};
    return digest.result();
}

std::unique_ptr<ImportFile> ImportFile::open(
    const QString &path, const ImportOptions &options, ImportReport &report)
{
    report.file = path;
    report.format = options.format;
    auto source = ImportSource::open(path, sourceSettings(options));
    if (!source) {
        report.fatalError = source.error();
        return nullptr;
    }
    report.fileFormat = (*source)->format();
    std::tie(report.encoding, report.separator)
        = std::pair((*source)->encoding(), (*source)->separator());
    if ((options.detectDecimalMark || options.detectDateFormat)
        && !detectFormat(path, options, report.format, report))
        return nullptr;
    std::unique_ptr<ImportFile> file(new ImportFile(path, options, report));
    file->mSource = std::move(source).value();
    const QStringList &columns = importColumns(options.kind);
    file->mProfiled = ProfiledRecords::wrap(file->mSource->records(), options.profile, columns);
    file->mRecords = file->mProfiled ? file->mProfiled.get() : &file->mSource->records();
    if (!readHeader(*file->mRecords, path, file->mHeaderRow, report))
        return nullptr;
    file->mHeader = CsvHeader::map(file->mHeaderRow, columns, requiredImportColumns(options.kind),
        ProfiledRecords::mappingFor(file->mProfiled.get(), options.columnMapping), report.issues,
        &report.unknownColumns);
    report.headerProblems = int(report.issues.size());
    if (!report.issues.isEmpty())
        return nullptr;
    return file;
}

bool ImportFile::readRows(Ledger &ledger, ImportRun &run, const CsvImporter::Progress &progress,
    const CsvImporter::CancelCheck &cancelled)
{
    if (!mDamage) {
        auto damage = SpreadsheetDamage::loadIf(
            mOptions.checkSpreadsheetDamage, ledger.invoices(), ledger.paymentRepository());
        if (!damage)
            return run.context.fail(damage.error());
        mDamage
            = std::make_shared<const std::optional<SpreadsheetDamage>>(std::move(damage).value());
    }
    const SpreadsheetDamage *damageCheck = *mDamage ? &**mDamage : nullptr;
    // The rows are read, shaped and checked for damage on a thread of their own while this one
    // imports the rows before them; the file is not touched here until that thread has ended.
    ReadAhead<ReadRow> rows([this, damageCheck](ReadAhead<ReadRow> &queue) {
        constexpr qsizetype ChunkRows = 256;
        RecordSource &records = *mRecords;
        QList<ReadRow> chunk;
        QStringList fields;
        while (records.readRecord(fields)) {
            // A row of empty cells (",,,,", a spreadsheet's blank row) says nothing: skipped as
            // a blank line is, also between the rows of one invoice.
            if (std::all_of(fields.cbegin(), fields.cend(), CsvRow::isBlankText))
                continue;
            const int line = records.recordLine();
            QList<ImportIssue> issues
                = structureIssues(fields, mHeader, line, records.rowsMayBeShort());
            while (fields.size() < mHeader.columnCount())
                fields.append(QString());
            CsvRow row(mHeader, fields, line, mReport.format);
            if (damageCheck)
                damageCheck->check(row, issues);
            chunk.append({std::move(row), std::move(issues), records.progressDone(),
                records.progressTotal()});
            if (chunk.size() == ChunkRows && !queue.push(std::exchange(chunk, {})))
                return;
        }
        queue.push(std::move(chunk));
    });
    while (auto chunk = rows.next()) {
        for (const ReadRow &read : std::as_const(*chunk)) {
            ++mReport.records;
            if (!run.feed(read.row, read.issues))
                return false;
            if (cancelled && cancelled()) {
                mReport.cancelled = true;
                return true;
            }
            if (progress && mReport.records % 1000 == 0)
                progress(read.progressDone, read.progressTotal);
        }
    }
    return true;
}

void ImportFile::close(bool ok, const CsvImporter::Progress &progress)
{
    if (mRecords->hasError())
        mReport.fatalError = QCoreApplication::translate("CsvImport", "%1: %2")
                                 .arg(mPath, mRecords->errorString());
    else if (ok && mReport.records == 0 && !mReport.cancelled && !mNoRowsAllowed)
        mReport.fatalError
            = QCoreApplication::translate("CsvImport", "%1 holds no rows, only its header")
                  .arg(mPath);
    if (progress)
        progress(mRecords->progressTotal(), mRecords->progressTotal());
}

void ImportFile::writeErrors(const ImportRun &run)
{
    if (mReport.issues.isEmpty() || !mOptions.writeErrorFile || run.context.refused.isEmpty())
        return;
    mReport.errorFilePath = CsvImporter::errorFilePathFor(mPath);
    const QChar separator
        = mReport.fileFormat == FileFormat::Csv ? mReport.separator : QLatin1Char(',');
    if (auto written = run.context.refused.write(mReport.errorFilePath, mHeaderRow, separator);
        !written) {
        mReport.fatalError = written.error();
        mReport.errorFilePath.clear();
    }
}

qint64 ImportFile::progressDone() const
{
    return mRecords->progressDone();
}

qint64 ImportFile::progressTotal() const
{
    return mRecords->progressTotal();
}

} // namespace InvoiceDesk
