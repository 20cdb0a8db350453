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

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvExport", text);
}

} // namespace

Result<int> CsvExporter::exportInvoices(QIODevice *device, const std::optional<InvoiceStatus> &status)
{
    QSqlQuery ids(mLedger.database().connection());
    ids.setForwardOnly(true);
    ids.prepare(status ? QStringLiteral("SELECT id, status FROM invoices WHERE status = ? ORDER BY id")
                       : QStringLiteral("SELECT id, status FROM invoices ORDER BY id"));
    if (status)
        ids.addBindValue(statusName(*status));
    if (!ids.exec())
        return Sql::error(ids, tr("Listing invoices"));
    QList<std::pair<qint64, InvoiceStatus>> list;
    while (ids.next())
        list.append({ids.value(0).toLongLong(), statusFromName(ids.value(1).toString()).value_or(InvoiceStatus::Pending)});
    ids.finish();

    CsvWriter writer(device);
    writer.writeRecord(InvoiceCsv::columns());
    for (const auto &[id, invoiceStatus] : list) {
        auto invoice = mLedger.invoice(id);
        if (!invoice)
            return Error{invoice.error()};
        for (const QStringList &row : InvoiceCsv::toRows(**invoice, invoiceStatus))
            writer.writeRecord(row);
    }
    return int(list.size());
}

Result<int> CsvExporter::exportPayments(QIODevice *device)
{
    QSqlQuery ids(mLedger.database().connection());
    ids.setForwardOnly(true);
    if (!ids.exec(QStringLiteral("SELECT p.id, i.currency FROM payments p JOIN invoices i ON i.id = p.invoice_id "
                                 "WHERE p.voided_at IS NULL ORDER BY p.id")))
        return Sql::error(ids, tr("Listing payments"));
    QList<std::pair<qint64, QString>> list;
    while (ids.next())
        list.append({ids.value(0).toLongLong(), ids.value(1).toString()});
    ids.finish();

    CsvWriter writer(device);
    writer.writeRecord(PaymentCsv::columns());
    for (const auto &[id, code] : list) {
        auto payment = mLedger.paymentRepository().load(id);
        if (!payment)
            return Error{payment.error()};
        writer.writeRecord(PaymentCsv::toRow(**payment, Currency::fromCode(code).value_or(Currency())));
    }
    return int(list.size());
}

Result<int> CsvExporter::exportToPath(const QString &path, bool invoices)
{
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return Error{tr("Cannot write to standard output")};
        return invoices ? exportInvoices(&out) : exportPayments(&out);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    auto count = invoices ? exportInvoices(&file) : exportPayments(&file);
    if (!count) {
        file.cancelWriting();
        return count;
    }
    if (!file.commit())
        return Error{tr("Cannot write %1: %2").arg(path, file.errorString())};
    return count;
}

} // namespace InvoiceDesk
