// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentrepository.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace InvoiceDesk {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT p.id, p.uuid, p.invoice_id, i.number AS invoice_number, p.paid_on, p.amount, "
    "p.method, p.reference, p.notes, p.cheque_number, p.cheque_drawer, p.cheque_bank_branch, "
    "p.card_type, p.card_fee_percentage_e4, p.card_fee_amount, p.gateway_name, "
    "p.gateway_transaction_id, p.eft_transfer_date, p.eft_reference, p.tds, "
    "p.transaction_charge, p.reconciled_on, p.marker, p.voided_at, p.void_reason "
    "FROM payments p JOIN invoices i ON i.id = p.invoice_id ");

/** The card, gateway and bank-transfer details of a payment row. */
void readMethodDetails(const Sql::Row &row, Payment &p)
{
    p.cheque
        = {row.text("cheque_number"), row.text("cheque_drawer"), row.text("cheque_bank_branch")};
    if (!row.value("card_type").isNull())
        p.card.type = cardTypeFromKey(row.text("card_type"));
    if (const auto fee = row.optionalInteger("card_fee_percentage_e4"))
        p.card.feePercentage = Percentage::fromScaled(*fee);
    p.card.feeAmount = row.optionalInteger("card_fee_amount");
    p.gateway = {row.text("gateway_name"), row.text("gateway_transaction_id")};
    p.eft = {row.date("eft_transfer_date"), row.text("eft_reference")};
}

/** The payment on the current row; `row` is made once per query. */
Payment paymentFrom(const Sql::Row &row)
{
    Payment p;
    p.id = row.integer("id");
    p.uuid = row.text("uuid");
    p.invoiceId = row.integer("invoice_id");
    p.invoiceNumber = row.text("invoice_number");
    p.date = row.date("paid_on");
    p.amount = row.integer("amount");
    p.method = methodFromKey(row.text("method")).value_or(PaymentMethod::Unknown);
    p.reference = row.text("reference");
    p.notes = row.text("notes");
    readMethodDetails(row, p);
    p.tds = row.optionalInteger("tds");
    p.transactionCharge = row.optionalInteger("transaction_charge");
    p.reconciledDate = row.date("reconciled_on");
    p.marker = row.text("marker");
    if (!row.value("voided_at").isNull())
        p.voidedAt = QDateTime::fromString(row.text("voided_at"), Qt::ISODateWithMs);
    p.voidReason = row.text("void_reason");
    return p;
}

/** The payments row of `p`, column by column. */
Sql::Values paymentValues(const Payment &p)
{
    const auto feePercentage = p.card.feePercentage
        ? std::optional<qint64>(p.card.feePercentage->scaled())
        : std::nullopt;
    return {{QStringLiteral("uuid"), p.uuid}, {QStringLiteral("invoice_id"), p.invoiceId},
        {QStringLiteral("marker"), p.marker}, {QStringLiteral("paid_on"), Sql::dateValue(p.date)},
        {QStringLiteral("amount"), p.amount}, {QStringLiteral("method"), methodKey(p.method)},
        {QStringLiteral("reference"), Sql::text(p.reference)},
        {QStringLiteral("notes"), Sql::text(p.notes)},
        {QStringLiteral("cheque_number"), Sql::text(p.cheque.number)},
        {QStringLiteral("cheque_drawer"), Sql::text(p.cheque.drawer)},
        {QStringLiteral("cheque_bank_branch"), Sql::text(p.cheque.bankBranch)},
        {QStringLiteral("card_type"),
            p.card.type ? QVariant(cardTypeKey(*p.card.type))
                        : QVariant(QMetaType::fromType<QString>())},
        {QStringLiteral("card_fee_percentage_e4"), Sql::optional(feePercentage)},
        {QStringLiteral("card_fee_amount"), Sql::optional(p.card.feeAmount)},
        {QStringLiteral("gateway_name"), Sql::text(p.gateway.name)},
        {QStringLiteral("gateway_transaction_id"), Sql::text(p.gateway.transactionId)},
        {QStringLiteral("eft_transfer_date"), Sql::dateValue(p.eft.transferDate)},
        {QStringLiteral("eft_reference"), Sql::text(p.eft.reference)},
        {QStringLiteral("tds"), Sql::optional(p.tds)},
        {QStringLiteral("transaction_charge"), Sql::optional(p.transactionCharge)},
        {QStringLiteral("reconciled_on"), Sql::dateValue(p.reconciledDate)},
        {QStringLiteral("created_at"), Sql::timestampNow()}};
}

} // namespace

Status PaymentRepository::insert(Payment &p)
{
    const Sql::Values values = paymentValues(p);
    static const QString sql = Sql::insertInto(QStringLiteral("payments"), values);
    auto q = mQueries.statement(sql);
    if (!q)
        return Error {q.error()};
    (*q)->bind(values);
    if (auto status = (*q)->run([&] {
            return QCoreApplication::translate("Database", "Saving a payment on invoice %1")
                .arg(p.invoiceNumber);
        });
        !status)
        return status;
    p.id = (*q)->lastInsertId();
    return {};
}

Status PaymentRepository::markVoided(qint64 id, const QString &reason, const QDateTime &at)
{
    auto q = mQueries.get(QStringLiteral(
        "UPDATE payments SET voided_at = :at, void_reason = :reason WHERE id = :id AND "
        "voided_at IS NULL"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":at"), Sql::timestamp(at));
    (*q)->bindValue(QStringLiteral(":reason"), Sql::text(reason));
    (*q)->bindValue(QStringLiteral(":id"), id);
    return Sql::exec(
        **q, [&] { return QCoreApplication::translate("Database", "Voiding a payment"); });
}

Result<std::optional<Payment>> PaymentRepository::load(qint64 id)
{
    return loadWhere(QStringLiteral("p.id"), id);
}

Result<std::optional<Payment>> PaymentRepository::byMarker(const QString &marker)
{
    return loadWhere(QStringLiteral("p.marker"), marker.trimmed());
}

Result<std::optional<Payment>> PaymentRepository::loadWhere(
    const QString &column, const QVariant &value)
{
    auto q = mQueries.get(kSelect + QStringLiteral("WHERE %1 = :value").arg(column));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":value"), value);
    if (auto s = Sql::exec(
            **q, [&] { return QCoreApplication::translate("Database", "Reading a payment"); });
        !s)
        return Error {s.error()};
    if (!(*q)->next())
        return std::optional<Payment>();
    return std::optional<Payment>(paymentFrom(Sql::Row(**q)));
}

Result<QHash<qint64, Payment>> PaymentRepository::loadMany(const QList<qint64> &ids)
{
    QJsonArray list;
    for (const qint64 id : ids)
        list.append(id);
    auto q = mQueries.get(
        kSelect + QStringLiteral("WHERE p.id IN (SELECT value FROM json_each(:ids))"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":ids"),
        QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    if (auto s = Sql::exec(
            **q, [&] { return QCoreApplication::translate("Database", "Reading a payment"); });
        !s)
        return Error {s.error()};
    QHash<qint64, Payment> payments;
    const Sql::Row row(**q);
    while ((*q)->next()) {
        const Payment payment = paymentFrom(row);
        payments.insert(payment.id, payment);
    }
    return payments;
}

Result<QList<Payment>> PaymentRepository::forInvoice(qint64 invoiceId)
{
    auto q = mQueries.get(kSelect + QStringLiteral("WHERE p.invoice_id = :invoice ORDER BY p.id"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":invoice"), invoiceId);
    if (auto s = Sql::exec(
            **q, [&] { return QCoreApplication::translate("Database", "Reading payments"); });
        !s)
        return Error {s.error()};
    QList<Payment> payments;
    const Sql::Row row(**q);
    while ((*q)->next())
        payments.append(paymentFrom(row));
    return payments;
}

Result<int> PaymentRepository::countLookalikes(const Payment &p, Voided voided)
{
    // Asked before every payment is recorded (an import asks 70,000 times): SQLite's own API.
    auto q = mQueries.statement(voided == Voided::Counted
            ? QStringLiteral("SELECT count(*) AS lookalikes FROM payments WHERE invoice_id = "
                             ":invoice AND paid_on = :date AND amount = :amount AND method = "
                             ":method AND reference = :reference")
            : QStringLiteral("SELECT count(*) AS lookalikes FROM payments WHERE invoice_id = "
                             ":invoice AND paid_on = :date AND amount = :amount AND method = "
                             ":method AND reference = :reference AND voided_at IS NULL"));
    if (!q)
        return Error {q.error()};
    (*q)->bind(
        {{QStringLiteral("invoice"), p.invoiceId}, {QStringLiteral("date"), Sql::dateValue(p.date)},
            {QStringLiteral("amount"), p.amount}, {QStringLiteral("method"), methodKey(p.method)},
            {QStringLiteral("reference"), Sql::text(p.reference)}});
    int lookalikes = 0;
    if (auto s = (*q)->query(
            [&] {
                return QCoreApplication::translate("Database", "Looking for a duplicate payment");
            },
            [&](const SqliteStatement::Row &row) { lookalikes = int(row.integer("lookalikes")); });
        !s)
        return Error {s.error()};
    return lookalikes;
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

Result<QList<InvoiceMoneyEvent>> PaymentRepository::moneyEvents(qint64 invoiceId)
{
    auto q = mQueries.get(QStringLiteral(
        "SELECT p.paid_on AS day, "
        " CASE WHEN a.payment_id IS NOT NULL AND a.receipt_id IS NULL THEN 2 ELSE 0 END AS rank, "
        " p.id AS ord, p.amount, 0 AS applied FROM payments p "
        " LEFT JOIN allocations a ON a.payment_id = p.id "
        "WHERE p.invoice_id = :invoice AND p.voided_at IS NULL "
        "UNION ALL "
        "SELECT issue_date, 1, id, grand_total, applied FROM credit_notes "
        "WHERE invoice_id = :invoice"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":invoice"), invoiceId);
    if (!(*q)->exec())
        return Sql::error(**q, QCoreApplication::translate("Database", "Reading payments"));
    QList<InvoiceMoneyEvent> events;
    while ((*q)->next()) {
        const Sql::Row row(**q);
        events.append({row.date("day"), DayRank(row.integer("rank")), row.integer("ord"),
            row.integer("amount"), row.integer("applied")});
    }
    return events;
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
