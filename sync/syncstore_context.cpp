// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync store: what the books say about a batch of operations as they are claimed.
#include "syncstore.h"
#include "syncstore_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace InvoiceDesk {

using namespace SyncStoreDetail;

namespace {

/** Each op as the context query reads it: [lane (invoice uuid), payment uuid, connection]. */
QString batchJson(const QList<OpRow> &ops)
{
    QJsonArray rows;
    for (const OpRow &op : ops)
        rows.append(
            QJsonArray {op.laneKey, op.movesMoney() ? op.entityUuid : QString(), op.connectionId});
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

const QString kContextSql = QStringLiteral(
    "SELECT j.key AS position, i.id AS invoice_id, p.id AS payment_id, "
    "CASE WHEN p.id IS NULL THEN NULL ELSE (SELECT pi.grand_total - (SELECT "
    "coalesce(sum(e.amount), 0) FROM payments e WHERE e.invoice_id = p.invoice_id AND e.id < "
    "p.id AND e.voided_at IS NULL) FROM invoices pi WHERE pi.id = p.invoice_id) END AS owed, "
    "(SELECT l.remote_id FROM remote_links l WHERE l.connection_id = j.value ->> 2 AND "
    "l.entity_type = 'invoice' AND l.local_uuid = j.value ->> 0) AS remote_invoice, "
    "(SELECT l.remote_id FROM remote_links l WHERE l.connection_id = j.value ->> 2 AND "
    "l.entity_type = 'payment' AND l.local_uuid = j.value ->> 1) AS remote_payment "
    "FROM json_each(:ops) j LEFT JOIN invoices i ON i.uuid = j.value ->> 0 "
    "LEFT JOIN payments p ON i.id IS NOT NULL AND p.uuid = j.value ->> 1 ORDER BY j.key");

/** What the context query found for one op of the batch. */
struct ContextIds
{
    std::optional<qint64> invoice, payment;
    qint64 owed = 0;
    QString remoteInvoice, remotePayment;
};

Result<QList<ContextIds>> contextIds(QSqlQuery &q, const QList<OpRow> &ops)
{
    q.bindValue(QStringLiteral(":ops"), batchJson(ops));
    if (!q.exec())
        return Sql::error(
            q, QCoreApplication::translate("SyncStore", "Reading an operation's invoice"));
    QList<ContextIds> ids(ops.size());
    const Sql::Row row(q);
    while (q.next()) {
        const qsizetype at = row.integer("position");
        if (at < 0 || at >= ids.size())
            continue;
        ContextIds &found = ids[at];
        found.invoice = row.optionalInteger("invoice_id");
        found.payment = row.optionalInteger("payment_id");
        found.owed = row.integer("owed");
        found.remoteInvoice = row.text("remote_invoice");
        found.remotePayment = row.text("remote_payment");
    }
    q.finish();
    return ids;
}

} // namespace

Result<OpRecords> SyncStore::records(const OpRow &op)
{
    auto batch = records(QList<OpRow> {op});
    if (!batch)
        return Error {batch.error()};
    return batch->value(op.opId);
}

Result<QHash<QString, OpRecords>> SyncStore::records(const QList<OpRow> &ops)
{
    // One query for the whole batch: which invoice and payment, what the invoice owed before the
    // payment, and the remote ids already known (not one query per op and per field); then one
    // query each for the invoices, their lines, their addresses and the payments.
    auto q = prepared(kContextSql);
    if (!q)
        return Error {q.error()};
    auto read = contextIds(**q, ops);
    if (!read)
        return Error {read.error()};
    const QList<ContextIds> &ids = *read;
    // The invoices and payments themselves, a few queries for the whole batch.
    QList<qint64> invoiceIds, paymentIds;
    for (const ContextIds &row : ids) {
        if (row.invoice)
            invoiceIds.append(*row.invoice);
        if (row.payment)
            paymentIds.append(*row.payment);
    }
    auto invoices = mInvoices.loadMany(invoiceIds);
    if (!invoices)
        return Error {invoices.error()};
    auto payments = mPayments.loadMany(paymentIds);
    if (!payments)
        return Error {payments.error()};
    QHash<QString, OpRecords> found;
    for (qsizetype at = 0; at < ops.size(); ++at) {
        const OpRow &op = ops.at(at);
        const ContextIds &row = ids.at(at);
        OpRecords records;
        if (row.invoice && invoices->contains(*row.invoice))
            records.invoice = invoices->value(*row.invoice);
        if (row.payment && payments->contains(*row.payment)) {
            records.payment = payments->value(*row.payment);
            records.outstandingBefore = row.owed;
            records.remotePaymentId = row.remotePayment;
        }
        records.remoteInvoiceId = row.remoteInvoice.isEmpty()
            ? op.payload.value(QStringLiteral("remoteId")).toString()
            : row.remoteInvoice;
        found.insert(op.opId, records);
    }
    return found;
}

} // namespace InvoiceDesk
