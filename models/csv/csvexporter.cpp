// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"
#include "../ledger.h"
#include "csvreader.h"
#include "invoicecsv.h"
#include "paymentcsv.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>

#include <cstdio>

namespace InvoiceDesk {

Result<int> CsvExporter::exportInvoices(QIODevice *device, const Filter &filter)
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

    CsvWriter writer(device);
    writer.writeRecord(InvoiceCsv::columns());
    for (const auto &[id, invoiceStatus] : list) {
        auto invoice = mLedger.invoice(id);
        if (!invoice)
            return Error {invoice.error()};
        for (const QStringList &row : InvoiceCsv::toRows(**invoice, invoiceStatus))
            writer.writeRecord(row);
    }
    return int(list.size());
}

Result<int> CsvExporter::exportPayments(QIODevice *device, const Filter &filter)
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

    CsvWriter writer(device);
    writer.writeRecord(PaymentCsv::columns());
    for (const auto &[id, code] : list) {
        auto payment = mLedger.paymentRepository().load(id);
        if (!payment)
            return Error {payment.error()};
        writer.writeRecord(
            PaymentCsv::toRow(**payment, Currency::fromCode(code).value_or(Currency())));
    }
    return int(list.size());
}

Result<int> CsvExporter::exportToPath(const QString &path, bool invoices, const Filter &filter)
{
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return Error {
                QCoreApplication::translate("CsvExport", "Cannot write to standard output")};
        return invoices ? exportInvoices(&out, filter) : exportPayments(&out, filter);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QCoreApplication::translate("CsvExport", "Cannot write %1: %2")
                          .arg(path, file.errorString())};
    auto count = invoices ? exportInvoices(&file, filter) : exportPayments(&file, filter);
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
