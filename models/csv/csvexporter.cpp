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
#include <QSqlQuery>
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
    QSqlQuery ids(mLedger.database().connection());
    ids.setForwardOnly(true);
    ids.prepare(QStringLiteral("SELECT id, status FROM invoices WHERE (? = '' OR status = ?) AND "
                               "(? = '' OR issue_date >= ?) "
                               "AND (? = '' OR issue_date <= ?) ORDER BY id"));
    const QString status = filter.status ? statusName(*filter.status) : QStringLiteral("");
    const QString from
        = filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QStringLiteral("");
    const QString to = filter.to.isValid() ? filter.to.toString(Qt::ISODate) : QStringLiteral("");
    for (const QString &value : {status, status, from, from, to, to})
        ids.addBindValue(value);
    if (!ids.exec())
        return Sql::error(ids, QCoreApplication::translate("CsvExport", "Listing invoices"));
    QList<std::pair<qint64, InvoiceStatus>> list;
    while (ids.next())
        list.append({ids.value(0).toLongLong(),
            statusFromName(ids.value(1).toString()).value_or(InvoiceStatus::Pending)});
    ids.finish();

    if (auto written = sink.writeHeader(InvoiceCsv::columns()); !written)
        return Error {written.error()};
    for (const auto &[id, invoiceStatus] : list) {
        auto invoice = mLedger.invoice(id);
        if (!invoice)
            return Error {invoice.error()};
        for (const QStringList &row : InvoiceCsv::toRows(**invoice, invoiceStatus)) {
            if (auto written = sink.writeRecord(row, (*invoice)->currency); !written)
                return Error {written.error()};
        }
    }
    if (auto finished = sink.finish(); !finished)
        return Error {finished.error()};
    return int(list.size());
}

Result<int> CsvExporter::writePayments(RecordSink &sink, const Filter &filter)
{
    QSqlQuery ids(mLedger.database().connection());
    ids.setForwardOnly(true);
    ids.prepare(QStringLiteral(
        "SELECT p.id, i.currency FROM payments p JOIN invoices i ON i.id = p.invoice_id "
        "WHERE p.voided_at IS NULL AND (? = '' OR p.paid_on >= ?) AND (? = '' OR p.paid_on <= ?) "
        "ORDER BY p.id"));
    const QString from
        = filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QStringLiteral("");
    const QString to = filter.to.isValid() ? filter.to.toString(Qt::ISODate) : QStringLiteral("");
    for (const QString &value : {from, from, to, to})
        ids.addBindValue(value);
    if (!ids.exec())
        return Sql::error(ids, QCoreApplication::translate("CsvExport", "Listing payments"));
    QList<std::pair<qint64, QString>> list;
    while (ids.next())
        list.append({ids.value(0).toLongLong(), ids.value(1).toString()});
    ids.finish();

    if (auto written = sink.writeHeader(PaymentCsv::columns()); !written)
        return Error {written.error()};
    for (const auto &[id, code] : list) {
        auto payment = mLedger.paymentRepository().load(id);
        if (!payment)
            return Error {payment.error()};
        const Currency currency = Currency::fromCode(code).value_or(Currency());
        if (auto written = sink.writeRecord(PaymentCsv::toRow(**payment, currency), currency);
            !written)
            return Error {written.error()};
    }
    if (auto finished = sink.finish(); !finished)
        return Error {finished.error()};
    return int(list.size());
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
