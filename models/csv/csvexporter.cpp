// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"
#include "booksimporter.h"
#include "creditnotecsv.h"
#include "csvreader.h"
#include "invoicecsv.h"
#include "ledger.h"
#include "paymentcsv.h"
#include "receiptbook.h"
#include "recordsink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <system_error>

namespace InvoiceDesk {

namespace {

QString sheetName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Invoices:
        break;
    case ImportKind::Payments:
        return QStringLiteral("payments");
    case ImportKind::CreditNotes:
        return QStringLiteral("creditnotes");
    }
    return QStringLiteral("invoices");
}

} // namespace

Result<int> CsvExporter::exportInvoices(QIODevice *device, const Filter &filter)
{
    return exportCsv(device, ImportKind::Invoices, filter, TextEncoding::Utf8);
}

Result<int> CsvExporter::exportPayments(QIODevice *device, const Filter &filter)
{
    return exportCsv(device, ImportKind::Payments, filter, TextEncoding::Utf8);
}

Result<int> CsvExporter::exportCreditNotes(QIODevice *device, const Filter &filter)
{
    return exportCsv(device, ImportKind::CreditNotes, filter, TextEncoding::Utf8);
}

Result<int> CsvExporter::exportCsv(
    QIODevice *device, ImportKind kind, const Filter &filter, TextEncoding encoding)
{
    CsvRecordSink sink(device, encoding);
    return write(sink, kind, filter);
}

Result<int> CsvExporter::write(RecordSink &sink, ImportKind kind, const Filter &filter)
{
    switch (kind) {
    case ImportKind::Invoices:
        break;
    case ImportKind::Payments:
        return writePayments(sink, filter);
    case ImportKind::CreditNotes:
        return writeCreditNotes(sink, filter);
    }
    return writeInvoices(sink, filter);
}

Result<int> CsvExporter::writeInvoices(RecordSink &sink, const Filter &filter)
{
    InvoiceListFilter listFilter;
    listFilter.status = filter.status;
    listFilter.issuedFrom = filter.from;
    listFilter.issuedTo = filter.to;
    const auto listed = mLedger.invoiceListing().rows(listFilter);
    if (!listed)
        return Error {listed.error()};
    ReceiptBook book(mLedger);
    const auto customers = book.customers().invoiceCustomerNames();
    if (!customers)
        return Error {customers.error()};

    const auto taxCodes = mLedger.taxCodes().all();
    if (!taxCodes)
        return Error {taxCodes.error()};

    if (auto written = sink.writeHeader(InvoiceCsv::columns()); !written)
        return Error {written.error()};
    for (const InvoiceListRow &listedRow : *listed) {
        auto invoice = mLedger.invoice(listedRow.id);
        if (!invoice)
            return Error {invoice.error()};
        // A line typed before the company had its codes is written with the code its rate
        // takes, as an import gives it: the file reads back to the same books, byte for byte.
        if (invoice->has_value())
            TaxCodes::resolve(invoice.value()->lines, *taxCodes);
        for (const QStringList &row :
            InvoiceCsv::toRows(**invoice, listedRow.status, customers->value(listedRow.id))) {
            if (auto written = sink.writeRecord(row, (*invoice)->currency); !written)
                return Error {written.error()};
        }
    }
    if (auto finished = sink.finish(); !finished)
        return Error {finished.error()};
    return int(listed->size());
}

Result<int> CsvExporter::writeCreditNotes(RecordSink &sink, const Filter &filter)
{
    const auto listed = mLedger.creditNotes().list();
    if (!listed)
        return Error {listed.error()};
    // By date (then as issued), the order `import books` replays them in: it keeps the order.
    QList<CreditNote> notes = *listed;
    std::stable_sort(notes.begin(), notes.end(),
        [](const CreditNote &a, const CreditNote &b) { return a.date < b.date; });
    if (auto written = sink.writeHeader(CreditNoteCsv::columns()); !written)
        return Error {written.error()};
    int count = 0;
    for (const CreditNote &note : std::as_const(notes)) {
        if ((filter.from.isValid() && note.date < filter.from)
            || (filter.to.isValid() && note.date > filter.to))
            continue;
        ++count;
        for (const QStringList &row : CreditNoteCsv::toRows(note)) {
            if (auto written = sink.writeRecord(row, note.currency); !written)
                return Error {written.error()};
        }
    }
    if (auto finished = sink.finish(); !finished)
        return Error {finished.error()};
    return count;
}

Result<int> CsvExporter::exportXlsx(const QString &path, ImportKind kind, const Filter &filter)
{
    // libxlsxwriter writes to a file of its own; the result is then copied whole to the
    // target through QSaveFile (or to stdout), so a failed export leaves nothing behind.
    const QTemporaryDir scratch;
    const QString workbook = scratch.filePath(QStringLiteral("export.xlsx"));
    Result<int> count = 0;
    {
        XlsxRecordSink sink(workbook, sheetName(kind));
        count = write(sink, kind, filter);
    }
    if (!count)
        return count;
    QFile written(workbook);
    if (!written.open(QIODevice::ReadOnly))
        return Error {QCoreApplication::translate("CsvExport", "Cannot write %1: %2")
                          .arg(path, written.errorString())};
    const QByteArray bytes = written.readAll();
    QFile out;
    QSaveFile file(path);
    const bool toStdout = path == QLatin1String("-");
    QIODevice *device = toStdout ? static_cast<QIODevice *>(&out) : &file;
    const bool opened
        = toStdout ? out.open(stdout, QIODevice::WriteOnly) : file.open(QIODevice::WriteOnly);
    if (!opened || device->write(bytes) != bytes.size() || (!toStdout && !file.commit()))
        return Error {QCoreApplication::translate("CsvExport", "Cannot write %1: %2")
                          .arg(path, device->errorString())};
    return count;
}

namespace {

/** Writes `path` whole or not at all: what `write` wrote replaces the file only if it succeeded. */
template <typename Write> Result<int> writeWhole(const QString &path, Write write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QCoreApplication::translate("CsvExport", "Cannot write %1: %2")
                          .arg(path, file.errorString())};
    Result<int> count = write(&file);
    if (!count) {
        file.cancelWriting();
        return count;
    }
    if (!file.commit())
        return Error {QCoreApplication::translate("CsvExport", "Cannot write %1: %2")
                          .arg(path, file.errorString())};
    return count;
}

} // namespace

Result<int> CsvExporter::exportToPath(
    const QString &path, ImportKind kind, const Filter &filter, const Options &options)
{
    if (options.format.value_or(fileFormatOf(path)) == FileFormat::Xlsx)
        return exportXlsx(path, kind, filter);
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return Error {
                QCoreApplication::translate("CsvExport", "Cannot write to standard output")};
        return exportCsv(&out, kind, filter, options.encoding);
    }
    return writeWhole(
        path, [&](QIODevice *device) { return exportCsv(device, kind, filter, options.encoding); });
}

Result<CsvExporter::BooksCounts> CsvExporter::exportBooks(
    const QString &dir, const Options &options)
{
    if (!QDir().mkpath(dir))
        return Error {QCoreApplication::translate("CsvExport", "Cannot create the folder %1")
                          .arg(QDir::toNativeSeparators(dir))};
    Options csv = options;
    csv.format = FileFormat::Csv;
    // The three files are one set: a payment recorded meanwhile (the desktop app exports in a
    // worker while the books stay open) is in all of them or in none.
    auto snapshot = mLedger.readSnapshot();
    if (!snapshot)
        return Error {snapshot.error()};
    BooksCounts written;
    for (const BooksTable table : BooksTables::all()) {
        auto count = exportTable(
            QDir(dir).filePath(BooksTables::fileNameOf(table)), table, options.encoding);
        if (!count)
            return Error {
                QStringLiteral("%1: %2").arg(BooksTables::fileNameOf(table), count.error())};
        written.tables.append(table);
        written.tableCounts.append(*count);
    }
    for (const ImportKind kind :
        {ImportKind::Invoices, ImportKind::Payments, ImportKind::CreditNotes}) {
        auto count
            = exportToPath(QDir(dir).filePath(BooksImporter::fileNameOf(kind)), kind, {}, csv);
        if (!count) // named by the file: it may be written in a folder of its own first
            return Error {
                QStringLiteral("%1: %2").arg(BooksImporter::fileNameOf(kind), count.error())};
        written.kinds.append(kind);
        written.counts.append(*count);
        if (options.continueAfterFile && !options.continueAfterFile(kind))
            return Error {QCoreApplication::translate("CsvExport", "The export was cancelled")};
    }
    return written;
}

QString CsvExporter::booksStagingFolder(const QString &dir)
{
    QDir().mkpath(dir);
    return QDir(dir).filePath(
        QStringLiteral(".books.%1.part").arg(QUuid::createUuid().toString(QUuid::Id128)));
}

Result<int> CsvExporter::exportTable(const QString &path, BooksTable table, TextEncoding encoding)
{
    return writeWhole(path,
        [&](QIODevice *device) { return BooksTables::write(mLedger, table, device, encoding); });
}

Status CsvExporter::moveBooksInPlace(const QString &staging, const QString &dir)
{
    QStringList names;
    for (const BooksTable table : BooksTables::all())
        names.append(BooksTables::fileNameOf(table));
    for (const ImportKind kind :
        {ImportKind::Invoices, ImportKind::Payments, ImportKind::CreditNotes})
        names.append(BooksImporter::fileNameOf(kind));
    for (const QString &name : std::as_const(names)) {
        const QString to = QDir(dir).filePath(name);
        std::error_code failure;
        std::filesystem::rename(
            QDir(staging).filePath(name).toStdU16String(), to.toStdU16String(), failure);
        if (failure)
            return Error {QCoreApplication::translate("CsvExport", "Cannot write %1: %2")
                              .arg(to, QString::fromLocal8Bit(failure.message().c_str()))};
    }
    return {};
}

Result<CsvExporter::BooksCounts> CsvExporter::exportBooksInPlace(
    const QString &dir, const Options &options)
{
    const QString staging = booksStagingFolder(dir);
    auto written = exportBooks(staging, options);
    if (written) {
        if (auto moved = moveBooksInPlace(staging, dir); !moved)
            written = Error {moved.error()};
    }
    QDir(staging).removeRecursively();
    return written;
}

} // namespace InvoiceDesk
