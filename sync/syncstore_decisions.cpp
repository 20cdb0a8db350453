// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync store: a person's decisions on an operation, links a person supplies, and what
// sync verify compares.
#include "syncstore.h"
#include "syncstore_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace InvoiceDesk {

using namespace SyncStoreDetail;

Status SyncStore::markLanded(const QString &opId, const QString &remoteId, const QDateTime &now)
{
    auto found = op(opId);
    if (!found)
        return Error {found.error()};
    if (!found->has_value())
        return Error {
            QCoreApplication::translate("SyncStore", "there is no operation %1").arg(opId)};
    return applyOutcome(**found, 0,
        {Outcome::Acked, remoteId.isEmpty() ? (*found)->marker : remoteId,
            QCoreApplication::translate("SyncStore", "confirmed by hand"), {},
            QStringLiteral("confirmed")},
        now, {});
}

Status SyncStore::markNotLanded(const QString &opId, const QDateTime &now)
{
    return inTransaction([&]() -> Status {
        // A person's re-post is a new generation (sync-design.md T15); the marker stays.
        return run(
            QStringLiteral("UPDATE outbox SET state = 'pending', generation = generation + 1, "
                           "next_attempt_at = NULL, in_doubt_since = NULL, not_found_at = NULL, "
                           "last_error_class = 'confirmed_not_landed', updated_at = :now "
                           "WHERE op_id = :op AND state IN ('in_doubt', 'needs_attention')"),
            {{QStringLiteral("now"), ts(now)}, {QStringLiteral("op"), opId}},
            QT_TRANSLATE_NOOP("SyncStore", "Recording a decision"));
    });
}

Status SyncStore::retryNow(const QString &opId, const QDateTime &now)
{
    return inTransaction([&]() -> Status {
        // A rejected op goes again; one that may have landed is read back again, never resent.
        return run(QStringLiteral(
                       "UPDATE outbox SET next_attempt_at = NULL, updated_at = :now, state = "
                       "CASE WHEN state <> 'needs_attention' OR last_error_class LIKE 'decide%' "
                       "THEN state WHEN in_doubt_since IS NOT NULL THEN 'in_doubt' ELSE 'pending' "
                       "END WHERE op_id = :op AND state IN ('retry_wait', 'in_doubt', "
                       "'needs_attention')"),
            {{QStringLiteral("now"), ts(now)}, {QStringLiteral("op"), opId}},
            QT_TRANSLATE_NOOP("SyncStore", "Retrying an operation"));
    });
}

Status SyncStore::discard(const QString &opId, const QDateTime &now)
{
    return inTransaction([&]() -> Status {
        if (auto s = run(QStringLiteral("UPDATE outbox SET state = 'discarded', last_error_class = "
                                        "'discarded_by_user', updated_at = :now WHERE op_id = :op "
                                        "AND state NOT IN ('sending', 'reconciling') AND ")
                    + activeOpCondition(),
                {{QStringLiteral("now"), ts(now)}, {QStringLiteral("op"), opId}},
                QT_TRANSLATE_NOOP("SyncStore", "Discarding an operation"));
            !s)
            return s;
        return run(QStringLiteral("INSERT INTO audit_log (at, entity_type, entity_uuid, action, "
                                  "details) SELECT :now, entity_type, entity_uuid, "
                                  "'sync_discarded', json_object('opId', op_id, 'kind', kind, "
                                  "'marker', marker) FROM outbox WHERE op_id = :op"),
            {{QStringLiteral("now"), ts(now)}, {QStringLiteral("op"), opId}},
            QT_TRANSLATE_NOOP("SyncStore", "Discarding an operation"));
    });
}

Result<QByteArray> SyncStore::operationExport(const QString &opId)
{
    return Outbox(mQueries).operationJson(opId);
}

QString SyncStore::remoteId(
    qint64 connectionId, const QString &entityType, const QString &localUuid)
{
    auto q = prepared(QStringLiteral("SELECT remote_id FROM remote_links WHERE connection_id = "
                                     ":connection AND entity_type = :type AND local_uuid = :uuid"));
    if (!q)
        return {};
    (*q)->bindValue(QStringLiteral(":connection"), connectionId);
    (*q)->bindValue(QStringLiteral(":type"), entityType);
    (*q)->bindValue(QStringLiteral(":uuid"), localUuid);
    return (*q)->exec() && (*q)->next() ? (*q)->value(QStringLiteral("remote_id")).toString()
                                        : QString();
}

Status SyncStore::learnRemoteId(qint64 connectionId, const QString &invoiceNumber,
    const QString &remoteId, const QDateTime &now)
{
    return inTransaction([&]() -> Status {
        auto q = prepared(QStringLiteral("SELECT i.uuid, l.remote_id FROM invoices i JOIN "
                                         "remote_links l ON l.local_uuid = i.uuid "
                                         "AND l.entity_type = 'invoice' AND l.connection_id = "
                                         ":connection WHERE i.number = :number"));
        if (!q)
            return Error {q.error()};
        (*q)->bindValue(QStringLiteral(":connection"), connectionId);
        (*q)->bindValue(QStringLiteral(":number"), invoiceNumber);
        if (!(*q)->exec())
            return Sql::error(**q, QCoreApplication::translate("SyncStore", "Reading a link"));
        if (!(*q)->next())
            return Error {QCoreApplication::translate(
                "SyncStore", "invoice %1 is not linked to this connection")
                              .arg(invoiceNumber)};
        const QString uuid = (*q)->value(QStringLiteral("uuid")).toString();
        const QString current = (*q)->value(QStringLiteral("remote_id")).toString();
        (*q)->finish();
        if (!current.isEmpty())
            return Error {QCoreApplication::translate(
                "SyncStore", "invoice %1 is linked to remote id %2 already")
                              .arg(invoiceNumber, current)};
        if (auto s = run(QStringLiteral("UPDATE remote_links SET remote_id = :remote WHERE "
                                        "connection_id = :connection AND entity_type = 'invoice' "
                                        "AND local_uuid = :uuid"),
                {{QStringLiteral("remote"), remoteId}, {QStringLiteral("connection"), connectionId},
                    {QStringLiteral("uuid"), uuid}},
                QT_TRANSLATE_NOOP("SyncStore", "Recording the remote id"));
            !s)
            return s;
        if (auto s
            = run(QStringLiteral("UPDATE invoices SET remote_id = :remote WHERE uuid = :uuid"),
                {{QStringLiteral("remote"), remoteId}, {QStringLiteral("uuid"), uuid}},
                QT_TRANSLATE_NOOP("SyncStore", "Recording the remote id"));
            !s)
            return s;
        return run(QStringLiteral("INSERT INTO audit_log (at, entity_type, entity_uuid, action, "
                                  "details) VALUES (:now, 'invoice', :uuid, 'remote_id_learned', "
                                  "json_object('connectionId', :connection, 'remoteId', :remote))"),
            {{QStringLiteral("now"), ts(now)}, {QStringLiteral("uuid"), uuid},
                {QStringLiteral("connection"), connectionId}, {QStringLiteral("remote"), remoteId}},
            QT_TRANSLATE_NOOP("SyncStore", "Recording the remote id"));
    });
}

Result<QList<AcknowledgedInvoice>> SyncStore::acknowledged(qint64 connectionId)
{
    // One row per acknowledged money operation (or per invoice without any), invoice order.
    auto q = prepared(QStringLiteral(
        "SELECT i.uuid, i.number, i.currency, l.remote_id, o.marker, o.kind, p.amount, p.paid_on "
        "FROM remote_links l JOIN invoices i ON i.uuid = l.local_uuid "
        "LEFT JOIN outbox o ON o.lane_key = i.uuid AND o.connection_id = l.connection_id "
        " AND o.state = 'acked' AND o.kind IN ('add_payment', 'void_payment') "
        "LEFT JOIN payments p ON p.uuid = o.entity_uuid "
        "WHERE l.connection_id = :connection AND l.entity_type = 'invoice' ORDER BY i.id, o.seq"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":connection"), connectionId);
    if (!(*q)->exec())
        return Sql::error(**q, QCoreApplication::translate("SyncStore", "Reading what was synced"));
    QList<AcknowledgedInvoice> invoices;
    while ((*q)->next()) {
        const auto v = [&q](const char *column) { return (*q)->value(QLatin1String(column)); };
        if (invoices.isEmpty() || invoices.last().uuid != v("uuid").toString())
            invoices.append(
                {v("uuid").toString(), v("number").toString(), v("remote_id").toString(),
                    Currency::fromCode(v("currency").toString()).value_or(Currency()), {}});
        if (v("marker").isNull())
            continue;
        const qint64 amount = v("amount").toLongLong();
        invoices.last().payments.append({v("marker").toString(),
            v("kind").toString() == QLatin1String("void_payment") ? -amount : amount,
            QDate::fromString(v("paid_on").toString(), Qt::ISODate)});
    }
    return invoices;
}

} // namespace InvoiceDesk
