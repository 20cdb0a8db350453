// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"
#include "recorduuid.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <array>

namespace InvoiceDesk {

namespace {

constexpr std::array<const char *, 5> kOpKinds
    = {"create_invoice", "update_invoice", "delete_invoice", "add_payment", "void_payment"};

QString kindList(const QList<OpKind> &kinds)
{
    QStringList quoted;
    for (OpKind kind : kinds)
        quoted.append(QLatin1Char('\'') + opKindKey(kind) + QLatin1Char('\''));
    return quoted.join(QLatin1Char(','));
}

} // namespace

QString opKindKey(OpKind kind)
{
    return QLatin1String(kOpKinds.at(size_t(kind)));
}

std::optional<OpKind> opKindFromKey(QStringView key)
{
    for (size_t i = 0; i < kOpKinds.size(); ++i) {
        if (key == QLatin1String(kOpKinds.at(i)))
            return OpKind(i);
    }
    return std::nullopt;
}

QString Outbox::mintMarker()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    quint64 bits = QRandomGenerator::system()->generate64();
    QString marker = QStringLiteral("BK-");
    for (int i = 0; i < 12; ++i) {
        marker.append(QLatin1Char(alphabet[bits & 31]));
        bits >>= 5;
    }
    return marker;
}

Status Outbox::enqueue(OutboxOp &op)
{
    if (op.opId.isEmpty())
        op.opId = RecordUuid::create();
    if (op.marker.isEmpty())
        op.marker = mintMarker();
    const bool isPayment = op.kind == OpKind::AddPayment || op.kind == OpKind::VoidPayment;
    const QString now = Sql::timestampNow();
    const Sql::Values values {{QStringLiteral("op_id"), op.opId},
        {QStringLiteral("connection_id"), op.connectionId},
        {QStringLiteral("kind"), opKindKey(op.kind)},
        {QStringLiteral("entity_type"),
            isPayment ? QStringLiteral("payment") : QStringLiteral("invoice")},
        {QStringLiteral("entity_uuid"), op.entityUuid}, {QStringLiteral("lane_key"), op.laneKey},
        {QStringLiteral("depends_on_op_id"),
            op.dependsOnOpId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                       : QVariant(op.dependsOnOpId)},
        {QStringLiteral("marker"), op.marker},
        {QStringLiteral("payload"),
            QString::fromUtf8(QJsonDocument(op.payload).toJson(QJsonDocument::Compact))},
        {QStringLiteral("state"), QStringLiteral("pending")}, {QStringLiteral("created_at"), now},
        {QStringLiteral("updated_at"), now}};
    static const QString sql = Sql::insertInto(QStringLiteral("outbox"), values);
    auto q = mQueries.statement(sql);
    if (!q)
        return Error {q.error()};
    (*q)->bind(values);
    return (*q)->run([&] {
        return QCoreApplication::translate("Database", "Queueing %1 for sync")
            .arg(opKindKey(op.kind));
    });
}

Result<std::optional<QString>> Outbox::unsentOp(
    const QString &laneKey, const QList<OpKind> &kinds, const QString &entityUuid)
{
    auto q = mQueries.get(
        QStringLiteral("SELECT op_id FROM outbox WHERE lane_key = :lane AND state = 'pending' "
                       "AND attempts = 0 AND (:entity = '' OR entity_uuid = :entity) AND kind IN (")
        + kindList(kinds) + QStringLiteral(") ORDER BY seq DESC LIMIT 1"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":lane"), laneKey);
    (*q)->bindValue(QStringLiteral(":entity"), Sql::text(entityUuid));
    if (auto s = Sql::exec(
            **q, [&] { return QCoreApplication::translate("Database", "Reading the sync queue"); });
        !s)
        return Error {s.error()};
    if (!(*q)->next())
        return std::optional<QString>();
    return std::optional<QString>(Sql::Row(**q).text("op_id"));
}

Result<std::optional<QString>> Outbox::unackedCreate(const QString &laneKey)
{
    auto q = mQueries.get(
        QStringLiteral(
            "SELECT op_id FROM outbox WHERE lane_key = :lane AND kind = 'create_invoice' AND ")
        + activeOpCondition() + QStringLiteral(" ORDER BY seq DESC LIMIT 1"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":lane"), laneKey);
    if (auto s = Sql::exec(
            **q, [&] { return QCoreApplication::translate("Database", "Reading the sync queue"); });
        !s)
        return Error {s.error()};
    if (!(*q)->next())
        return std::optional<QString>();
    return std::optional<QString>(Sql::Row(**q).text("op_id"));
}

Result<int> Outbox::supersedeUnsent(
    const QString &laneKey, const QList<OpKind> &kinds, const QString &entityUuid)
{
    auto q
        = mQueries.get(QStringLiteral("UPDATE outbox SET state = 'superseded', updated_at = :now "
                                      "WHERE lane_key = :lane AND state = 'pending' AND "
                                      "attempts = 0 AND (:entity = '' OR entity_uuid = :entity) "
                                      "AND kind IN (")
            + kindList(kinds) + QStringLiteral(")"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":now"), Sql::timestampNow());
    (*q)->bindValue(QStringLiteral(":lane"), laneKey);
    (*q)->bindValue(QStringLiteral(":entity"), Sql::text(entityUuid));
    if (auto s = Sql::exec(**q,
            [&] { return QCoreApplication::translate("Database", "Updating the sync queue"); });
        !s)
        return Error {s.error()};
    return (*q)->numRowsAffected();
}

Result<bool> Outbox::hasCreate(const QString &laneKey)
{
    auto q = mQueries.get(QStringLiteral(
        "SELECT count(*) AS creates FROM outbox WHERE lane_key = :lane AND kind = 'create_invoice' "
        "AND state NOT IN ('superseded', 'discarded')"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":lane"), laneKey);
    if (!(*q)->exec() || !(*q)->next())
        return Sql::error(**q, QCoreApplication::translate("Ledger", "Reading the sync queue"));
    return Sql::Row(**q).integer("creates") > 0;
}

Result<QMap<OpState, int>> Outbox::activeCountsByState()
{
    QSqlQuery q(mQueries.database());
    if (!q.exec(QStringLiteral("SELECT state, count(*) AS operations FROM outbox WHERE ")
            + activeOpCondition() + QStringLiteral(" GROUP BY state")))
        return Sql::error(q, QCoreApplication::translate("Database", "Counting the sync queue"));
    QMap<OpState, int> counts;
    const Sql::Row row(q);
    while (q.next()) {
        // A state this program does not know (a newer program wrote it) waits for a person.
        const OpState state = opStateFromKey(row.text("state")).value_or(OpState::NeedsAttention);
        counts[state] += int(row.integer("operations"));
    }
    return counts;
}

Status AuditLog::record(const QString &entityType, const QString &entityUuid, const QString &action,
    const QByteArray &details)
{
    const Sql::Values values {{QStringLiteral("at"), Sql::timestampNow()},
        {QStringLiteral("entity_type"), entityType},
        {QStringLiteral("entity_uuid"), Sql::text(entityUuid)}, {QStringLiteral("action"), action},
        {QStringLiteral("details"), QVariant()}};
    static const QString sql = Sql::insertInto(QStringLiteral("audit_log"), values);
    auto q = mQueries.statement(sql);
    if (!q)
        return Error {q.error()};
    (*q)->bind(values);
    // The JSON as the UTF-8 it already is, not decoded and encoded again (issue 16).
    (*q)->bindUtf8(u"details", details);
    return (*q)->run(
        [] { return QCoreApplication::translate("Database", "Writing the audit log"); });
}

Result<QByteArray> Outbox::operationJson(const QString &opId)
{
    QSqlQuery q(mQueries.database());
    q.prepare(QStringLiteral(
        "SELECT json_object('opId', op_id, 'kind', kind, 'marker', marker, 'state', state, "
        "'payload', json(payload), 'lastError', last_error_text) AS operation "
        "FROM outbox WHERE op_id = :op"));
    q.bindValue(QStringLiteral(":op"), opId);
    if (!q.exec() || !q.next())
        return Sql::error(q, QCoreApplication::translate("Ledger", "Reading the sync queue"));
    return q.value(QStringLiteral("operation")).toString().toUtf8();
}

} // namespace InvoiceDesk
