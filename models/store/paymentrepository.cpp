// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentrepository.h"
#include "sqlutil.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.uuid, p.invoice_id, i.number, p.paid_on, p.amount, p.method, p.reference, "
    "p.notes, "
    "p.cheque_number, p.cheque_drawer, p.cheque_bank_branch, p.card_type, "
    "p.card_fee_percentage_e4, "
    "p.card_fee_amount, p.gateway_name, p.gateway_transaction_id, p.eft_transfer_date, "
    "p.eft_reference, "
    "p.tds, p.transaction_charge, p.reconciled_on, p.marker, p.voided_at, p.void_reason "
    "FROM payments p JOIN invoices i ON i.id = p.invoice_id ");

Payment paymentFrom(const QSqlQuery &q)
{
    Payment p;
    p.id = q.value(0).toLongLong();
    p.uuid = q.value(1).toString();
    p.invoiceId = q.value(2).toLongLong();
    p.invoiceNumber = q.value(3).toString();
    p.date = Sql::toDate(q.value(4));
    p.amount = q.value(5).toLongLong();
    p.method = methodFromKey(q.value(6).toString()).value_or(PaymentMethod::Unknown);
    p.reference = q.value(7).toString();
    p.notes = q.value(8).toString();
    p.cheque = {q.value(9).toString(), q.value(10).toString(), q.value(11).toString()};
    if (!q.value(12).isNull())
        p.card.type = cardTypeFromKey(q.value(12).toString());
    if (const auto fee = Sql::toOptional(q.value(13)))
        p.card.feePercentage = Percentage::fromScaled(*fee);
    p.card.feeAmount = Sql::toOptional(q.value(14));
    p.gateway = {q.value(15).toString(), q.value(16).toString()};
    p.eft = {Sql::toDate(q.value(17)), q.value(18).toString()};
    p.tds = Sql::toOptional(q.value(19));
    p.transactionCharge = Sql::toOptional(q.value(20));
    p.reconciledDate = Sql::toDate(q.value(21));
    p.marker = q.value(22).toString();
    if (!q.value(23).isNull())
        p.voidedAt = QDateTime::fromString(q.value(23).toString(), Qt::ISODateWithMs);
    p.voidReason = q.value(24).toString();
    return p;
}

} // namespace

Status PaymentRepository::insert(Payment &p)
{
    auto q = mQueries.get(QStringLiteral("INSERT INTO payments (uuid, invoice_id, marker, paid_on, "
                                         "amount, method, reference, notes, "
                                         "cheque_number, cheque_drawer, cheque_bank_branch, "
                                         "card_type, card_fee_percentage_e4, card_fee_amount, "
                                         "gateway_name, gateway_transaction_id, eft_transfer_date, "
                                         "eft_reference, tds, transaction_charge, "
                                         "reconciled_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                         "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return Error {q.error()};
    QSqlQuery &s = **q;
    s.addBindValue(p.uuid);
    s.addBindValue(p.invoiceId);
    s.addBindValue(p.marker);
    s.addBindValue(Sql::dateValue(p.date));
    s.addBindValue(p.amount);
    s.addBindValue(methodKey(p.method));
    s.addBindValue(Sql::text(p.reference));
    s.addBindValue(Sql::text(p.notes));
    s.addBindValue(Sql::text(p.cheque.number));
    s.addBindValue(Sql::text(p.cheque.drawer));
    s.addBindValue(Sql::text(p.cheque.bankBranch));
    s.addBindValue(p.card.type ? QVariant(cardTypeKey(*p.card.type))
                               : QVariant(QMetaType::fromType<QString>()));
    s.addBindValue(
        Sql::optional(p.card.feePercentage ? std::optional<qint64>(p.card.feePercentage->scaled())
                                           : std::nullopt));
    s.addBindValue(Sql::optional(p.card.feeAmount));
    s.addBindValue(Sql::text(p.gateway.name));
    s.addBindValue(Sql::text(p.gateway.transactionId));
    s.addBindValue(Sql::dateValue(p.eft.transferDate));
    s.addBindValue(Sql::text(p.eft.reference));
    s.addBindValue(Sql::optional(p.tds));
    s.addBindValue(Sql::optional(p.transactionCharge));
    s.addBindValue(Sql::dateValue(p.reconciledDate));
    s.addBindValue(Sql::timestampNow());
    if (auto status = Sql::exec(s,
            [&] {
                return QCoreApplication::translate("Database", "Saving a payment on invoice %1")
                    .arg(p.invoiceNumber);
            });
        !status)
        return status;
    p.id = s.lastInsertId().toLongLong();
    return {};
}

Status PaymentRepository::markVoided(qint64 id, const QString &reason, const QDateTime &at)
{
    auto q = mQueries.get(QStringLiteral(
        "UPDATE payments SET voided_at = ?, void_reason = ? WHERE id = ? AND voided_at IS NULL"));
    if (!q)
        return Error {q.error()};
    (*q)->addBindValue(Sql::timestamp(at));
    (*q)->addBindValue(Sql::text(reason));
    (*q)->addBindValue(id);
    return Sql::exec(
        **q, [&] { return QCoreApplication::translate("Database", "Voiding a payment"); });
}

Result<std::optional<Payment>> PaymentRepository::load(qint64 id)
{
    auto q = mQueries.get(kSelect + QStringLiteral("WHERE p.id = ?"));
    if (!q)
        return Error {q.error()};
    (*q)->addBindValue(id);
    if (auto s = Sql::exec(
            **q, [&] { return QCoreApplication::translate("Database", "Reading a payment"); });
        !s)
        return Error {s.error()};
    if (!(*q)->next())
        return std::optional<Payment>();
    return std::optional<Payment>(paymentFrom(**q));
}

Result<QList<Payment>> PaymentRepository::forInvoice(qint64 invoiceId)
{
    auto q = mQueries.get(kSelect + QStringLiteral("WHERE p.invoice_id = ? ORDER BY p.id"));
    if (!q)
        return Error {q.error()};
    (*q)->addBindValue(invoiceId);
    if (auto s = Sql::exec(
            **q, [&] { return QCoreApplication::translate("Database", "Reading payments"); });
        !s)
        return Error {s.error()};
    QList<Payment> payments;
    while ((*q)->next())
        payments.append(paymentFrom(**q));
    return payments;
}

Result<int> PaymentRepository::countLookalikes(const Payment &p)
{
    auto q = mQueries.get(QStringLiteral("SELECT count(*) FROM payments WHERE invoice_id = ? AND "
                                         "paid_on = ? AND amount = ? AND method = ? "
                                         "AND reference = ? AND voided_at IS NULL"));
    if (!q)
        return Error {q.error()};
    (*q)->addBindValue(p.invoiceId);
    (*q)->addBindValue(Sql::dateValue(p.date));
    (*q)->addBindValue(p.amount);
    (*q)->addBindValue(methodKey(p.method));
    (*q)->addBindValue(Sql::text(p.reference));
    if (auto s = Sql::exec(**q,
            [&] {
                return QCoreApplication::translate("Database", "Looking for a duplicate payment");
            });
        !s)
        return Error {s.error()};
    return (*q)->next() ? (*q)->value(0).toInt() : 0;
}

Result<QList<PaymentRef>> PaymentRepository::list(const PaymentListFilter &filter)
{
    QStringList conditions {QStringLiteral("1")};
    QVariantMap values;
    if (filter.voided)
        conditions.append(*filter.voided ? QStringLiteral("p.voided_at IS NOT NULL")
                                         : QStringLiteral("p.voided_at IS NULL"));
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("p.paid_on >= :from"));
        values.insert(QStringLiteral("from"), Sql::dateValue(filter.from));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("p.paid_on <= :to"));
        values.insert(QStringLiteral("to"), Sql::dateValue(filter.to));
    }
    QSqlQuery q(mQueries.database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT p.id, i.currency FROM payments p JOIN invoices i ON "
                                  "i.id = p.invoice_id WHERE ")
            + conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY p.id")))
        return Sql::error(q, QCoreApplication::translate("Database", "Listing payments"));
    Sql::bind(q, values);
    if (!q.exec())
        return Sql::error(q, QCoreApplication::translate("Database", "Listing payments"));
    QList<PaymentRef> payments;
    const Sql::Row row(q);
    while (q.next())
        payments.append(
            {row.integer("id"), Currency::fromCode(row.text("currency")).value_or(Currency())});
    return payments;
}

Result<qint64> PaymentRepository::owedBefore(qint64 paymentId)
{
    auto q = mQueries.get(QStringLiteral(
        "SELECT i.grand_total - (SELECT coalesce(sum(e.amount), 0) FROM payments e "
        "WHERE e.invoice_id = p.invoice_id AND e.id < p.id AND e.voided_at IS NULL) AS owed "
        "FROM payments p JOIN invoices i ON i.id = p.invoice_id WHERE p.id = :payment"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":payment"), paymentId);
    if (!(*q)->exec())
        return Sql::error(**q, QCoreApplication::translate("Database", "Reading a payment"));
    if (!(*q)->next())
        return Error {QCoreApplication::translate("Ledger", "the payment no longer exists")};
    return Sql::Row(**q).integer("owed");
}

Result<PaymentCounts> PaymentRepository::counts()
{
    QSqlQuery q(mQueries.database());
    if (!q.exec(
            QStringLiteral("SELECT count(*) AS recorded, count(voided_at) AS voided FROM payments"))
        || !q.next())
        return Sql::error(q, QCoreApplication::translate("Database", "Counting payments"));
    const Sql::Row row(q);
    return PaymentCounts {int(row.integer("recorded")), int(row.integer("voided"))};
}

Result<QStringList> PaymentRepository::zeroLedReferences()
{
    QSqlQuery q(mQueries.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT cheque_number AS value FROM payments WHERE cheque_number GLOB '0[0-9]*' "
            "UNION SELECT reference FROM payments WHERE reference GLOB '0[0-9]*' "
            "UNION SELECT eft_reference FROM payments WHERE eft_reference GLOB '0[0-9]*'")))
        return Sql::error(
            q, QCoreApplication::translate("CsvImport", "Reading the stored numbers"));
    QStringList references;
    const Sql::Row row(q);
    while (q.next())
        references.append(row.text("value"));
    return references;
}

} // namespace InvoiceDesk
