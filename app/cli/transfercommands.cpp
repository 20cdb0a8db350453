// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// import and export: the CSV side of the command line.
#include "commands.h"

#include "addedcustomers.h"
#include "booksimporter.h"
#include "csvexporter.h"
#include "csvimporter.h"
#include "demodata.h"
#include "ledger.h"
#include "profileoptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace InvoiceDesk::Cli {

namespace {

std::optional<ImportKind> kindOf(const QString &word)
{
    if (word == QLatin1String("invoices"))
        return ImportKind::Invoices;
    if (word == QLatin1String("payments"))
        return ImportKind::Payments;
    if (word == QLatin1String("creditnotes"))
        return ImportKind::CreditNotes;
    return std::nullopt;
}

/** What the file holds, for the summary lines ("Imported x.csv (credit notes): ..."). */
QString nounOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Invoices:
        break;
    case ImportKind::Payments:
        return QCoreApplication::translate("Cli", "payments");
    case ImportKind::CreditNotes:
        return QCoreApplication::translate("Cli", "credit notes");
    }
    return QCoreApplication::translate("Cli", "invoices");
}

/** --format csv|xlsx for import and export; false (reported) when it names neither. */
bool fileFormatOption(const Arguments &args, std::optional<FileFormat> &format, Output &io)
{
    if (!args.values.contains(QStringLiteral("format")))
        return true;
    format = fileFormatFromName(args.value(QStringLiteral("format")));
    if (!format)
        io.err << QCoreApplication::translate("Cli", "--format must be csv or xlsx") << Qt::endl;
    return format.has_value();
}

/**
 * The decimal mark and date format: as the options say, else detected from the file
 * (which refuses a file its values leave ambiguous).
 */
bool numberAndDateOptions(const Arguments &args, ImportOptions &options, Output &io)
{
    const bool comma = args.has(QStringLiteral("decimal-comma"));
    const bool point = args.has(QStringLiteral("decimal-point"));
    if (comma && point) {
        io.err << QCoreApplication::translate(
            "Cli", "--decimal-comma and --decimal-point exclude each other")
               << Qt::endl;
        return false;
    }
    if (comma)
        options.format.decimal = DecimalFormat::decimalComma();
    else if (point)
        options.format.decimal = DecimalFormat::pointWithThousands();
    options.detectDecimalMark = !comma && !point;
    options.format.dateFormat = args.value(QStringLiteral("date-format"));
    options.detectDateFormat = !args.values.contains(QStringLiteral("date-format"));
    if (options.format.dateFormat == QLatin1String("yyyy-MM-dd"))
        options.format.dateFormat.clear();
    return true;
}

/** Reads the import options; a bad value is reported and gives nothing. */
std::optional<ImportOptions> importOptions(const Arguments &args, ImportKind kind, Output &io)
{
    ImportOptions options;
    options.kind = kind;
    options.dryRun = args.has(QStringLiteral("dry-run"));
    options.skipInvalid = args.has(QStringLiteral("skip-invalid"));
    options.allowDuplicatePayments = args.has(QStringLiteral("allow-duplicates"));
    options.sheet = args.value(QStringLiteral("sheet"));
    if (!numberAndDateOptions(args, options, io) || !fileFormatOption(args, options.fileFormat, io)
        || !profileOptions(args, options, io))
        return std::nullopt;

    const QString onExisting = args.value(QStringLiteral("on-existing"), QStringLiteral("fail"));
    if (onExisting == QLatin1String("update"))
        options.onExisting = OnExisting::Update;
    else if (onExisting == QLatin1String("skip"))
        options.onExisting = OnExisting::Skip;
    else if (onExisting != QLatin1String("fail")) {
        io.err << QCoreApplication::translate(
            "Cli", "--on-existing must be update, skip or fail, not \"%1\"")
                      .arg(onExisting)
               << Qt::endl;
        return std::nullopt;
    }

    if (args.values.contains(QStringLiteral("separator"))) {
        QString separator = args.value(QStringLiteral("separator"));
        if (separator == QLatin1String("\\t") || separator == QLatin1String("tab"))
            separator = QStringLiteral("\t");
        if (separator.size() != 1) {
            io.err << QCoreApplication::translate(
                "Cli", "--separator must be one character (use \"tab\" for a tab)")
                   << Qt::endl;
            return std::nullopt;
        }
        options.separator = separator.front();
    }
    if (args.values.contains(QStringLiteral("encoding"))) {
        options.encoding = encodingFromName(args.value(QStringLiteral("encoding")));
        if (!options.encoding) {
            io.err << QCoreApplication::translate(
                "Cli", "--encoding must be utf-8, utf-8-bom, utf-16le, utf-16be or windows-1252")
                   << Qt::endl;
            return std::nullopt;
        }
    }
    return options;
}

/** --format and --encoding of an export; a bad value is reported and gives nothing. */
std::optional<ExportOptions> exportOptions(const Arguments &args, Output &io)
{
    ExportOptions options;
    if (!fileFormatOption(args, options.format, io))
        return std::nullopt;
    if (!args.values.contains(QStringLiteral("encoding")))
        return options;
    const QString name = args.value(QStringLiteral("encoding")).toLower();
    if (name == QLatin1String("utf-8"))
        options.encoding = TextEncoding::Utf8;
    else if (name == QLatin1String("utf-8-bom"))
        options.encoding = TextEncoding::Utf8Bom;
    else if (name == QLatin1String("utf-16"))
        options.encoding = TextEncoding::Utf16LE;
    else if (name == QLatin1String("windows-1252"))
        options.encoding = TextEncoding::Windows1252;
    else {
        io.err << QCoreApplication::translate(
            "Cli", "--encoding must be utf-8, utf-8-bom, utf-16 or windows-1252")
               << Qt::endl;
        return std::nullopt;
    }
    return options;
}

} // namespace

/** Where the file came from: the books' files take no --map or --ignore-column. */
enum class ImportedFrom { OwnFile, Books };

/** `noun` says what the file holds when it is none of the kinds ("tax codes", "customers"). */
int reportImport(const ImportReport &report, const ImportOptions &options, const QString &fileName,
    Output &io, ImportedFrom from = ImportedFrom::OwnFile, const QString &noun = {});

/** The customers a dry run would add, the first ten by name. */
void reportAddedCustomers(const QStringList &names, Output &io)
{
    if (!names.isEmpty())
        io.out << QCoreApplication::translate(
            "Cli", "The import would add these customers (%n): %1.", nullptr, int(names.size()))
                      .arg(shortNameList(names))
               << Qt::endl;
}

/** The tax codes a profile's table created on first use (issue 12 item 3). */
void reportCreatedTaxCodes(const ImportReport &report, Output &io)
{
    for (const QString &code : report.committed ? report.createdTaxCodes : QStringList())
        io.out << QCoreApplication::translate("Cli", "Tax code \"%1\" was created.").arg(code)
               << Qt::endl;
}

/** The terminal's progress line of an import ("Importing… 42%"), when stderr is a terminal. */
CsvImporter::Progress progressLine(Output &io)
{
    if (!io.errIsTerminal)
        return {};
    return [&io](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        io.err << QStringLiteral("\r")
               << QCoreApplication::translate("Cli", "Importing… %1%").arg(percent) << Qt::flush;
    };
}

/**
 * `import books DIR`: the files of the books in one transaction. Each file's problems are
 * reported as its one-file import reports them; then, when all was well, each file's counts.
 */
int runImportBooks(Ledger &ledger, const Arguments &args, Output &io)
{
    const auto options = importOptions(args, ImportKind::Invoices, io);
    if (!options)
        return BadUsage;
    const BooksReport books
        = BooksImporter(ledger).run(args.words.at(2), *options, progressLine(io));
    if (io.errIsTerminal)
        io.err << QStringLiteral("\r") << Qt::flush;
    if (!books.fatalError.isEmpty()) {
        io.err << books.fatalError << Qt::endl;
        return Failure;
    }
    int exitCode = Success;
    const qsizetype tables = books.tableFiles.size();
    for (const bool problemsFirst : {true, false}) {
        for (qsizetype i = 0; i < tables + books.files.size(); ++i) {
            const ImportReport &report
                = i < tables ? books.tableFiles.at(i) : books.files.at(i - tables);
            const bool bad = !report.fatalError.isEmpty() || report.headerProblems > 0
                || (!report.issues.isEmpty() && !options->skipInvalid);
            if (bad != problemsFirst)
                continue;
            if (i < tables) {
                const BooksTable table = books.tables.at(i);
                exitCode = std::max(exitCode,
                    reportImport(report, *options, BooksTables::fileNameOf(table), io,
                        ImportedFrom::Books, BooksTables::contentsOf(table)));
                continue;
            }
            ImportOptions fileOptions = *options;
            fileOptions.kind = books.kinds.at(i - tables);
            exitCode = std::max(exitCode,
                reportImport(report, fileOptions, BooksImporter::fileNameOf(fileOptions.kind), io,
                    ImportedFrom::Books));
            reportCreatedTaxCodes(report, io);
        }
        if (exitCode != Success && problemsFirst)
            return exitCode; // nothing was written: the other files' counts would mislead
    }
    reportAddedCustomers(books.addedCustomers, io);
    return exitCode;
}

int runImport(Ledger &ledger, const Arguments &args, Output &io)
{
    if (args.words.size() == 3 && args.words.at(1) == QLatin1String("books"))
        return runImportBooks(ledger, args, io);
    if (args.words.size() != 3 || !kindOf(args.words.at(1))) {
        io.err << QCoreApplication::translate("Cli",
            "usage: import invoices|payments|creditnotes FILE [options], or import books DIR")
               << Qt::endl;
        return BadUsage;
    }
    const ImportKind kind = *kindOf(args.words.at(1));
    const auto options = importOptions(args, kind, io);
    if (!options)
        return BadUsage;
    const QString path = args.words.at(2);
    const QString fileName = QFileInfo(path).fileName();

    const ImportReport report = CsvImporter(ledger).run(path, *options, progressLine(io));
    if (io.errIsTerminal)
        io.err << QStringLiteral("\r") << Qt::flush;

    const int exitCode = reportImport(report, *options, fileName, io);
    reportCreatedTaxCodes(report, io);
    return exitCode;
}

/** A file that could not be read, or whose header names columns wrongly: what to do about it. */
void reportUnreadFile(const ImportReport &report, ImportedFrom from, Output &io)
{
    if (!report.fatalError.isEmpty()) {
        io.err << report.fatalError << Qt::endl;
        if (report.ambiguity == ImportReport::Ambiguity::DecimalMark)
            io.err << QCoreApplication::translate(
                "Cli", "Say which with --decimal-comma or --decimal-point.")
                   << Qt::endl;
        else if (report.ambiguity == ImportReport::Ambiguity::DateFormat)
            io.err << QCoreApplication::translate("Cli",
                "Say which with --date-format, e.g. --date-format d/M/yyyy (day first) or "
                "--date-format M/d/yyyy (month first).")
                   << Qt::endl;
        return;
    }
    if (!report.unknownColumns.isEmpty())
        io.err << (from == ImportedFrom::Books
                ? QCoreApplication::translate("Cli",
                    "The books' files name their columns as export books writes them: rename "
                    "or remove the column.")
                : QCoreApplication::translate("Cli",
                    "To read a column under one of these names use --map \"Their "
                    "Column=ourColumn\"; to leave a column out use --ignore-column \"Their "
                    "Column\"."))
               << Qt::endl;
    io.err << QCoreApplication::translate(
        "Cli", "Nothing was imported: problems in the header row: %1.")
                  .arg(report.headerProblems)
           << Qt::endl;
}

int reportImport(const ImportReport &report, const ImportOptions &options, const QString &fileName,
    Output &io, ImportedFrom from, const QString &nounOfTable)
{
    for (const ImportIssue &issue : report.issues)
        io.err << fileName << QStringLiteral(": ") << issue.toString() << Qt::endl;
    if (!report.fatalError.isEmpty() || report.headerProblems > 0) {
        reportUnreadFile(report, from, io);
        return Failure;
    }
    const QString noun = nounOfTable.isEmpty() ? nounOf(options.kind) : nounOfTable;
    if (!report.issues.isEmpty() && !options.skipInvalid) {
        io.err << QCoreApplication::translate("Cli", "Nothing was imported: %1 with problems: %2.")
                      .arg(noun)
                      .arg(report.rejected);
        if (!report.errorFilePath.isEmpty())
            io.err << QLatin1Char(' ')
                   << QCoreApplication::translate("Cli", "The rows and their problems are in %1.")
                          .arg(report.errorFilePath);
        io.err << Qt::endl;
        return Failure;
    }
    const QString counts
        = QCoreApplication::translate("Cli", "%1 created, %2 updated, %3 skipped, %4 rejected")
              .arg(report.created)
              .arg(report.updated)
              .arg(report.skipped)
              .arg(report.rejected);
    if (options.dryRun) {
        io.out << QCoreApplication::translate("Cli", "Dry run of %1 (%2): %3; nothing was written.")
                      .arg(fileName, noun, counts)
               << Qt::endl;
        if (from == ImportedFrom::OwnFile) // the books list theirs once, after every file
            reportAddedCustomers(report.addedCustomers, io);
    } else
        io.out << QCoreApplication::translate("Cli", "Imported %1 (%2): %3.")
                      .arg(fileName, noun, counts)
               << Qt::endl;
    return report.rejected > 0 ? Failure : Success;
}

/**
 * `export books DIR`: company.csv, taxcodes.csv, customers.csv, invoices.csv, payments.csv
 * and creditnotes.csv into the folder.
 */
int runExportBooks(Ledger &ledger, const Arguments &args, Output &io)
{
    const auto options = exportOptions(args, io);
    if (!options)
        return BadUsage;
    if (options->format == FileFormat::Xlsx) {
        io.err << QCoreApplication::translate("Cli", "the books are exported as CSV files")
               << Qt::endl;
        return BadUsage;
    }
    const QString dir = args.words.at(2);
    auto written = CsvExporter(ledger).exportBooksInPlace(dir, *options);
    if (!written) {
        io.err << written.error() << Qt::endl;
        return Failure;
    }
    for (qsizetype i = 0; i < written->tables.size(); ++i) {
        const BooksTable table = written->tables.at(i);
        io.out << QCoreApplication::translate("Cli", "Exported %1 %2 to %3.")
                      .arg(written->tableCounts.at(i))
                      .arg(BooksTables::contentsOf(table),
                          QDir(dir).filePath(BooksTables::fileNameOf(table)))
               << Qt::endl;
    }
    for (qsizetype i = 0; i < written->kinds.size(); ++i)
        io.out << QCoreApplication::translate("Cli", "Exported %1 %2 to %3.")
                      .arg(written->counts.at(i))
                      .arg(nounOf(written->kinds.at(i)),
                          QDir(dir).filePath(BooksImporter::fileNameOf(written->kinds.at(i))))
               << Qt::endl;
    return Success;
}

int runExport(Ledger &ledger, const Arguments &args, Output &io)
{
    if (args.words.size() == 3 && args.words.at(1) == QLatin1String("books")
        && !args.values.contains(QStringLiteral("status")))
        return runExportBooks(ledger, args, io);
    if (args.words.size() != 3 || !kindOf(args.words.at(1))) {
        io.err << QCoreApplication::translate(
            "Cli", "usage: export invoices|payments|creditnotes FILE|-, or export books DIR")
               << Qt::endl;
        return BadUsage;
    }
    const ImportKind kind = *kindOf(args.words.at(1));
    const bool invoices = kind == ImportKind::Invoices;
    CsvExporter::Filter filter;
    if (args.values.contains(QStringLiteral("status"))) {
        filter.status = statusFromName(args.value(QStringLiteral("status")));
        if (!filter.status || !invoices) {
            io.err << QCoreApplication::translate(
                "Cli", "--status must be Draft, Pending, Paid, Cancelled or Refunded, for invoices")
                   << Qt::endl;
            return BadUsage;
        }
    }
    const auto options = exportOptions(args, io);
    if (!options)
        return BadUsage;
    io.out.flush();
    auto count = CsvExporter(ledger).exportToPath(args.words.at(2), kind, filter, *options);
    if (!count) {
        io.err << count.error() << Qt::endl;
        return Failure;
    }
    if (args.words.at(2) != QLatin1String("-"))
        io.out << QCoreApplication::translate("Cli", "Exported %1 %2 to %3.")
                      .arg(*count)
                      .arg(nounOf(kind), args.words.at(2))
               << Qt::endl;
    return Success;
}

int runDemo(Ledger &ledger, const Arguments &args, Output &io)
{
    const auto invoices = ledger.invoiceListing().count({});
    if (!invoices) {
        io.err << invoices.error() << Qt::endl;
        return Failure;
    }
    if (*invoices > 0) {
        io.err << QCoreApplication::translate(
            "Cli", "%1 already holds invoices; demo data goes into a new database (use --db).")
                      .arg(ledger.databasePath())
               << Qt::endl;
        return Failure;
    }
    DemoData::Options options;
    bool ok = true;
    options.invoiceCount = args.value(QStringLiteral("count"), QStringLiteral("60")).toInt(&ok);
    if (!ok || options.invoiceCount <= 0) {
        io.err << QCoreApplication::translate("Cli", "--count must be a positive whole number")
               << Qt::endl;
        return BadUsage;
    }
    auto filled = DemoData::fill(ledger, options);
    if (!filled) {
        io.err << filled.error() << Qt::endl;
        return Failure;
    }
    io.out << QCoreApplication::translate(
        "Cli", "Added %1 sample invoices with their payments to %2.")
                  .arg(*filled)
                  .arg(ledger.databasePath())
           << Qt::endl;
    return Success;
}

} // namespace InvoiceDesk::Cli
