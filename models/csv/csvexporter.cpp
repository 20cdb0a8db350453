// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"
#include "csvreader.h"
#include "invoicecsv.h"
#include "ledger.h"
#include "paymentcsv.h"
#include "recordsink.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTemporaryDir>

#include <cstdio>

namespace InvoiceDesk {

Result<int> CsvExporter::exportInvoices(QIODevice *device, const Filter &filter)
{
    return exportCsv(device, true, filter, TextEncoding::Utf8);
}

Result<int> CsvExporter::exportPayments(QIODevice *device, const Filter &filter)
{
    return exportCsv(device, false, filter, TextEncoding::Utf8);
}

Result<int> CsvExporter::exportCsv(
    QIODevice *device, bool invoices, const Filter &filter, TextEncoding encoding)
{
    CsvRecordSink sink(device, encoding);
    return invoices ? writeInvoices(sink, filter) : writePayments(sink, filter);
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

    if (auto written = sink.writeHeader(InvoiceCsv::columns()); !written)
        return Error {written.error()};
    for (const InvoiceListRow &listedRow : *listed) {
        auto invoice = mLedger.invoice(listedRow.id);
        if (!invoice)
            return Error {invoice.error()};
        for (const QStringList &row : InvoiceCsv::toRows(**invoice, listedRow.status)) {
            if (auto written = sink.writeRecord(row, (*invoice)->currency); !written)
                return Error {written.error()};
        }
    }
    if (auto finished = sink.finish(); !finished)
        return Error {finished.error()};
    return int(listed->size());
}

Result<int> CsvExporter::writePayments(RecordSink &sink, const Filter &filter)
{
    PaymentListFilter listFilter;
    listFilter.voided = false;
    listFilter.from = filter.from;
    listFilter.to = filter.to;
    const auto listed = mLedger.paymentRepository().list(listFilter);
    if (!listed)
        return Error {listed.error()};

    if (auto written = sink.writeHeader(PaymentCsv::columns()); !written)
        return Error {written.error()};
    for (const PaymentRef &listedPayment : *listed) {
        auto payment = mLedger.paymentRepository().load(listedPayment.id);
        if (!payment)
            return Error {payment.error()};
        const Currency &currency = listedPayment.currency;
        if (auto written = sink.writeRecord(PaymentCsv::toRow(**payment, currency), currency);
            !written)
            return Error {written.error()};
    }
    if (auto finished = sink.finish(); !finished)
        return Error {finished.error()};
    return int(listed->size());
}

Result<int> CsvExporter::exportXlsx(const QString &path, bool invoices, const Filter &filter)
{
    // libxlsxwriter writes to a file of its own; the result is then copied whole to the
    // target through QSaveFile (or to stdout), so a failed export leaves nothing behind.
    const QTemporaryDir scratch;
    const QString workbook = scratch.filePath(QStringLiteral("export.xlsx"));
    Result<int> count = 0;
    {
        XlsxRecordSink sink(
            workbook, invoices ? QStringLiteral("invoices") : QStringLiteral("payments"));
        count = invoices ? writeInvoices(sink, filter) : writePayments(sink, filter);
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

Result<int> CsvExporter::exportToPath(
    const QString &path, bool invoices, const Filter &filter, const Options &options)
{
    if (options.format.value_or(fileFormatOf(path)) == FileFormat::Xlsx)
        return exportXlsx(path, invoices, filter);
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return Error {
                QCoreApplication::translate("CsvExport", "Cannot write to standard output")};
        return exportCsv(&out, invoices, filter, options.encoding);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QCoreApplication::translate("CsvExport", "Cannot write %1: %2")
                          .arg(path, file.errorString())};
    auto count = exportCsv(&file, invoices, filter, options.encoding);
    if (!count) {
        file.cancelWriting();
        return count;
    }
    if (!file.commit())
        return Error {QCoreApplication::translate("CsvExport", "Cannot write %1: %2")
                          .arg(path, file.errorString())};
    return count;
}

} // namespace InvoiceDesk
