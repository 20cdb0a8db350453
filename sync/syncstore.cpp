// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstore.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace InvoiceDesk {

namespace {

QString ts(const QDateTime &when)
{
    return when.isValid() ? Sql::timestamp(when) : QString();
}

QVariant tsValue(const QDateTime &when)
{
    return when.isValid() ? QVariant(Sql::timestamp(when))
                          : QVariant(QMetaType::fromType<QString>());
}

QDateTime parseTs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

const QString kOpColumns
    = QStringLiteral("o.seq, o.op_id, o.connection_id, o.kind, o.entity_type, o.entity_uuid, "
                     "o.lane_key, o.marker, o.payload, o.state, "
                     "o.attempts, o.resends, o.last_sent_at, o.in_doubt_since, o.not_found_at");

OpRow opFrom(const QSqlQuery &q)
{
    OpRow op;
    op.seq = q.value(0).toLongLong();
    op.opId = q.value(1).toString();
    op.connectionId = q.value(2).toLongLong();
    op.kind = opKindFromKey(q.value(3).toString()).value_or(OpKind::CreateInvoice);
    op.entityType = q.value(4).toString();
    op.entityUuid = q.value(5).toString();
    op.laneKey = q.value(6).toString();
    op.marker = q.value(7).toString();
    op.payload = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    op.state = q.value(9).toString();
    op.attempts = q.value(10).toInt();
    op.resends = q.value(11).toInt();
    op.lastSentAt = parseTs(q.value(12));
    op.inDoubtSince = parseTs(q.value(13));
    op.notFoundAt = parseTs(q.value(14));
    return op;
}

Status run(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return Sql::error(query, what);
    return {};
}

} // namespace

/** Runs `work` in one IMMEDIATE transaction, or inside the open group. */
template <typename Work> Status SyncStore::inTransaction(Work &&work)
{
    if (mGroup)
        return work();
    Sql::Transaction transaction(mDb);
    if (auto s = transaction.begin(); !s)
        return s;
    if (auto s = work(); !s)
        return s;
    return transaction.commit();
}

Status SyncStore::beginGroup()
{
    mGroup = std::make_unique<Sql::Transaction>(mDb);
    if (auto s = mGroup->begin(); !s) {
        mGroup.reset();
        return s;
    }
    return {};
}

Status SyncStore::commitGroup()
{
    if (!mGroup)
        return {};
    auto s = mGroup->commit();
    mGroup.reset();
    return s;
}

Result<int> SyncStore::recover(const QDateTime &now)
{
    int recovered = 0;
    auto status = inTransaction([&]() -> Status {
        QSqlQuery &q = prepared(QStringLiteral(
            "UPDATE outbox SET state = 'in_doubt', in_doubt_since = coalesce(in_doubt_since, ?), "
            "next_attempt_at = ?, lease_until = NULL, updated_at = ? "
            "WHERE state IN ('sending', 'reconciling')"));
        q.addBindValue(ts(now));
        q.addBindValue(ts(now));
        q.addBindValue(ts(now));
        if (auto s = run(q, QCoreApplication::translate("SyncStore", "Recovering the sync queue"));
            !s)
            return s;
        recovered = q.numRowsAffected();
        return {};
    });
    if (!status)
        return Error {status.error()};
    return recovered;
}

Status SyncStore::resume(std::optional<qint64> connectionId)
{
    return inTransaction([&]() -> Status {
        QSqlQuery &ops = prepared(QStringLiteral(
            "UPDATE outbox SET state = 'pending', next_attempt_at = NULL WHERE state = 'paused' "
            "AND (? IS NULL OR connection_id = ?)"));
        ops.addBindValue(
            connectionId ? QVariant(*connectionId) : QVariant(QMetaType::fromType<qint64>()));
        ops.addBindValue(
            connectionId ? QVariant(*connectionId) : QVariant(QMetaType::fromType<qint64>()));
        if (auto s = run(ops, QCoreApplication::translate("SyncStore", "Resuming the sync queue"));
            !s)
            return s;
        QSqlQuery &connections = prepared(
            QStringLiteral("UPDATE connections SET paused_reason = '' WHERE ? IS NULL OR id = ?"));
        connections.addBindValue(
            connectionId ? QVariant(*connectionId) : QVariant(QMetaType::fromType<qint64>()));
        connections.addBindValue(
            connectionId ? QVariant(*connectionId) : QVariant(QMetaType::fromType<qint64>()));
        return run(connections, QCoreApplication::translate("SyncStore", "Resuming connections"));
    });
}

QSqlQuery &SyncStore::prepared(const QString &sql)
{
    auto query = mQueries.get(sql);
    if (!query)
        qFatal(
            "%s", qPrintable(query.error())); // our own SQL: a failure here is a programming error
    return **query;
}

Result<QList<OpRow>> SyncStore::readyOps(
    const QDateTime &now, int limit, std::optional<qint64> connectionId, qint64 afterSeq)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kOpColumns
        + QStringLiteral(" FROM outbox o JOIN connections c ON c.id = o.connection_id "
                         "WHERE o.state IN ('pending', 'retry_wait', 'in_doubt') AND o.seq > ? "
                         "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.lane_key = o.lane_key AND "
                         "p.seq < o.seq "
                         "AND p.state NOT IN ('acked', 'discarded', 'superseded')) "
                         "AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?) "
                         "AND c.paused_reason = '' AND (? IS NULL OR o.connection_id = ?) "
                         "ORDER BY o.seq LIMIT ?"));
    q.addBindValue(afterSeq);
    q.addBindValue(ts(now));
    q.addBindValue(
        connectionId ? QVariant(*connectionId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(
        connectionId ? QVariant(*connectionId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(limit);
    if (!q.exec())
        return Sql::error(q, QCoreApplication::translate("SyncStore", "Reading the sync queue"));
    QList<OpRow> ops;
    while (q.next())
        ops.append(opFrom(q));
    return ops;
}

Result<std::optional<QDateTime>> SyncStore::nextWake(
    const QDateTime &now, std::optional<qint64> connectionId)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT min(coalesce(o.next_attempt_at, ?)) FROM outbox o JOIN connections c ON c.id = "
        "o.connection_id "
        "WHERE o.state IN ('pending', 'retry_wait', 'in_doubt') AND c.paused_reason = '' AND (? IS "
        "NULL OR o.connection_id = ?) "
        "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.lane_key = o.lane_key AND p.seq < o.seq "
        "AND p.state NOT IN ('acked', 'discarded', 'superseded'))"));
    q.addBindValue(ts(now));
    q.addBindValue(
        connectionId ? QVariant(*connectionId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(
        connectionId ? QVariant(*connectionId) : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec() || !q.next())
        return Sql::error(q, QCoreApplication::translate("SyncStore", "Reading the sync queue"));
    if (q.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(parseTs(q.value(0)));
}

Result<std::optional<OpRow>> SyncStore::op(const QString &opId)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT ") + kOpColumns
        + QStringLiteral(" FROM outbox o WHERE o.op_id = ?"));
    q.addBindValue(opId);
    if (!q.exec())
        return Sql::error(q, QCoreApplication::translate("SyncStore", "Reading the sync queue"));
    if (!q.next())
        return std::optional<OpRow>();
    return std::optional<OpRow>(opFrom(q));
}

Result<int> SyncStore::beginAttempt(const OpRow &op, const RemoteRequest &request,
    const QDateTime &now, bool readBack, const QByteArray &preSendSnapshot)
{
    int attemptNo = 0;
    auto status = inTransaction([&]() -> Status {
        QSqlQuery &number = prepared(QStringLiteral(
            "SELECT coalesce(max(attempt_no), 0) + 1 FROM op_attempts WHERE op_id = ?"));
        number.addBindValue(op.opId);
        if (!number.exec() || !number.next())
            return Sql::error(
                number, QCoreApplication::translate("SyncStore", "Numbering an attempt"));
        attemptNo = number.value(0).toInt();

        QSqlQuery &attempt
            = prepared(QStringLiteral("INSERT INTO op_attempts (op_id, attempt_no, request_method, "
                                      "request_url, request_headers, request_body, "
                                      "pre_send_snapshot, intent_committed_at, outcome_class) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        attempt.addBindValue(op.opId);
        attempt.addBindValue(attemptNo);
        attempt.addBindValue(QString::fromLatin1(request.method));
        attempt.addBindValue(request.url.toString());
        attempt.addBindValue(request.headersForRecord());
        attempt.addBindValue(request.body);
        attempt.addBindValue(preSendSnapshot.isEmpty()
                ? QVariant(QMetaType::fromType<QString>())
                : QVariant(QString::fromUtf8(preSendSnapshot)));
        attempt.addBindValue(ts(now));
        attempt.addBindValue(readBack ? QStringLiteral("read_back") : QStringLiteral("send"));
        if (auto s = run(attempt, QCoreApplication::translate("SyncStore", "Recording an attempt"));
            !s)
            return s;

        QSqlQuery state(mDb);
        if (readBack) {
            state.prepare(QStringLiteral(
                "UPDATE outbox SET state = 'reconciling', updated_at = ? WHERE op_id = ?"));
            state.addBindValue(ts(now));
        } else {
            state.prepare(QStringLiteral(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                "first_sent_at = coalesce(first_sent_at, ?), last_sent_at = ?, updated_at = ? "
                "WHERE op_id = ?"));
            state.addBindValue(ts(now));
            state.addBindValue(ts(now));
            state.addBindValue(ts(now));
        }
        state.addBindValue(op.opId);
        return run(
            state, QCoreApplication::translate("SyncStore", "Marking an operation as sending"));
    });
    if (!status)
        return Error {status.error()};
    return attemptNo;
}

Status SyncStore::saveResponse(
    const QString &opId, int attemptNo, const RemoteResponse &response, const QDateTime &now)
{
    return inTransaction([&]() -> Status {
        QSqlQuery &q = prepared(QStringLiteral(
            "UPDATE op_attempts SET finished_at = ?, http_status = ?, response_body = ?, "
            "transport_error = ? WHERE op_id = ? AND attempt_no = ?"));
        q.addBindValue(ts(now));
        q.addBindValue(response.httpStatus ? QVariant(response.httpStatus)
                                           : QVariant(QMetaType::fromType<int>()));
        q.addBindValue(response.body);
        q.addBindValue(Sql::text(response.errorText));
        q.addBindValue(opId);
        q.addBindValue(attemptNo);
        return run(q, QCoreApplication::translate("SyncStore", "Saving a response"));
    });
}

namespace {

Status setAttemptOutcome(
    const QSqlDatabase &db, const QString &opId, int attemptNo, const QString &outcome)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE op_attempts SET outcome_class = ? WHERE op_id = ? AND attempt_no = ?"));
    q.addBindValue(outcome);
    q.addBindValue(opId);
    q.addBindValue(attemptNo);
    return run(q, QCoreApplication::translate("SyncStore", "Recording an outcome"));
}

} // namespace

Status SyncStore::applyOutcome(const OpRow &op, int attemptNo, const Outcome &outcome,
    const QDateTime &now, const QDateTime &nextAttempt)
{
    static const char *const stateFor[]
        = {"acked", "in_doubt", "retry_wait", "needs_attention", "paused", "in_doubt", "conflict"};
    static const char *const outcomeNames[] = {"acked", "in_doubt", "retry_wait", "needs_attention",
        "auth_failed", "evidence", "conflict"};
    const QString state = QLatin1String(stateFor[outcome.verdict]);
    return inTransaction([&]() -> Status {
        if (attemptNo > 0) {
            if (auto s = setAttemptOutcome(
                    mDb, op.opId, attemptNo, QLatin1String(outcomeNames[outcome.verdict]));
                !s)
                return s;
        }
        QSqlQuery &q = prepared(QStringLiteral(
            "UPDATE outbox SET state = ?, next_attempt_at = ?, updated_at = ?, last_error_class = "
            "?, last_error_text = ?, "
            "in_doubt_since = CASE WHEN ? = 'in_doubt' THEN coalesce(in_doubt_since, ?) ELSE "
            "in_doubt_since END, "
            "not_found_at = CASE WHEN ? = 'in_doubt' THEN not_found_at ELSE NULL END, "
            "result_remote_id = CASE WHEN ? = 'acked' THEN ? ELSE result_remote_id END WHERE op_id "
            "= ?"));
        q.addBindValue(state);
        q.addBindValue(tsValue(nextAttempt));
        q.addBindValue(ts(now));
        q.addBindValue(Sql::text(outcome.errorClass));
        q.addBindValue(Sql::text(outcome.message));
        q.addBindValue(state);
        q.addBindValue(ts(now));
        q.addBindValue(state);
        q.addBindValue(state);
        q.addBindValue(Sql::text(outcome.remoteId));
        q.addBindValue(op.opId);
        if (auto s = run(q, QCoreApplication::translate("SyncStore", "Recording an outcome")); !s)
            return s;
        if (outcome.verdict != Outcome::Acked || outcome.remoteId.isEmpty())
            return {};
        // The local <-> remote id mapping commits with the acknowledgement.
        const bool isInvoice = op.kind == OpKind::CreateInvoice || op.kind == OpKind::UpdateInvoice;
        if (op.kind == OpKind::DeleteInvoice || op.kind == OpKind::VoidPayment)
            return {};
        QSqlQuery &link
            = prepared(QStringLiteral("INSERT OR REPLACE INTO remote_links (connection_id, "
                                      "entity_type, local_uuid, remote_id) "
                                      "VALUES (?, ?, ?, ?)"));
        link.addBindValue(op.connectionId);
        link.addBindValue(isInvoice ? QStringLiteral("invoice") : QStringLiteral("payment"));
        link.addBindValue(op.entityUuid);
        link.addBindValue(outcome.remoteId);
        if (auto s = run(link, QCoreApplication::translate("SyncStore", "Recording the remote id"));
            !s)
            return s;
        if (op.kind == OpKind::CreateInvoice) {
            QSqlQuery &invoice
                = prepared(QStringLiteral("UPDATE invoices SET remote_id = ? WHERE uuid = ?"));
            invoice.addBindValue(outcome.remoteId);
            invoice.addBindValue(op.entityUuid);
            return run(
                invoice, QCoreApplication::translate("SyncStore", "Recording the remote id"));
        }
        return {};
    });
}

Status SyncStore::recordNotFound(const OpRow &op, int attemptNo, const QDateTime &notFoundAt,
    const QDateTime &nextAttempt, bool resend)
{
    return inTransaction([&]() -> Status {
        if (auto s
            = setAttemptOutcome(mDb, op.opId, attemptNo, QStringLiteral("read_back_not_found"));
            !s)
            return s;
        QSqlQuery q(mDb);
        if (resend) {
            // Two agreeing reads after the quiet period: it did not land. Send it again.
            q.prepare(QStringLiteral(
                "UPDATE outbox SET state = 'pending', not_found_at = NULL, in_doubt_since = NULL, "
                "next_attempt_at = NULL, resends = resends + 1, last_error_class = 'not_found', "
                "updated_at = ? WHERE op_id = ?"));
            q.addBindValue(ts(notFoundAt));
        } else {
            q.prepare(QStringLiteral(
                "UPDATE outbox SET state = 'in_doubt', not_found_at = coalesce(not_found_at, ?), "
                "next_attempt_at = ?, updated_at = ? WHERE op_id = ?"));
            q.addBindValue(ts(notFoundAt));
            q.addBindValue(tsValue(nextAttempt));
            q.addBindValue(ts(notFoundAt));
        }
        q.addBindValue(op.opId);
        return run(q, QCoreApplication::translate("SyncStore", "Recording a read-back"));
    });
}

Status SyncStore::stayInDoubt(
    const OpRow &op, int attemptNo, const QString &why, const QDateTime &nextAttempt)
{
    return inTransaction([&]() -> Status {
        if (attemptNo > 0) {
            if (auto s
                = setAttemptOutcome(mDb, op.opId, attemptNo, QStringLiteral("read_back_unknown"));
                !s)
                return s;
        }
        QSqlQuery &q
            = prepared(QStringLiteral("UPDATE outbox SET state = 'in_doubt', next_attempt_at = ?, "
                                      "last_error_text = ? WHERE op_id = ?"));
        q.addBindValue(tsValue(nextAttempt));
        q.addBindValue(Sql::text(why));
        q.addBindValue(op.opId);
        return run(q, QCoreApplication::translate("SyncStore", "Recording a read-back"));
    });
}

Status SyncStore::pauseConnection(qint64 connectionId, const QString &reason, const OpRow &op)
{
    return inTransaction([&]() -> Status {
        QSqlQuery &c
            = prepared(QStringLiteral("UPDATE connections SET paused_reason = ? WHERE id = ?"));
        c.addBindValue(reason.isEmpty()
                ? QCoreApplication::translate("SyncStore", "the credentials were refused")
                : reason);
        c.addBindValue(connectionId);
        if (auto s = run(c, QCoreApplication::translate("SyncStore", "Pausing a connection")); !s)
            return s;
        QSqlQuery &o
            = prepared(QStringLiteral("UPDATE outbox SET state = 'paused', last_error_class = "
                                      "'auth', last_error_text = ? WHERE op_id = ?"));
        o.addBindValue(Sql::text(reason));
        o.addBindValue(op.opId);
        return run(o, QCoreApplication::translate("SyncStore", "Pausing a connection"));
    });
}

Status SyncStore::markLanded(const QString &opId, const QString &remoteId, const QDateTime &now)
{
    auto found = op(opId);
    if (!found || !found->has_value())
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
        QSqlQuery q(mDb);
        // A person's re-post is a new generation (sync-design.md T15); the marker stays.
        q.prepare(QStringLiteral(
            "UPDATE outbox SET state = 'pending', generation = generation + 1, next_attempt_at = "
            "NULL, "
            "in_doubt_since = NULL, not_found_at = NULL, last_error_class = "
            "'confirmed_not_landed', "
            "updated_at = ? WHERE op_id = ? AND state IN ('in_doubt', 'needs_attention')"));
        q.addBindValue(ts(now));
        q.addBindValue(opId);
        return run(q, QCoreApplication::translate("SyncStore", "Recording a decision"));
    });
}

Status SyncStore::retryNow(const QString &opId, const QDateTime &now)
{
    return inTransaction([&]() -> Status {
        QSqlQuery &q = prepared(QStringLiteral(
            "UPDATE outbox SET next_attempt_at = NULL, updated_at = ?, "
            "state = CASE WHEN state = 'needs_attention' AND last_error_class NOT LIKE 'decide%' "
            "THEN 'pending' ELSE state END "
            "WHERE op_id = ? AND state IN ('retry_wait', 'in_doubt', 'needs_attention')"));
        q.addBindValue(ts(now));
        q.addBindValue(opId);
        return run(q, QCoreApplication::translate("SyncStore", "Retrying an operation"));
    });
}

Status SyncStore::discard(const QString &opId, const QDateTime &now)
{
    return inTransaction([&]() -> Status {
        QSqlQuery &q
            = prepared(QStringLiteral("UPDATE outbox SET state = 'discarded', last_error_class = "
                                      "'discarded_by_user', updated_at = ? "
                                      "WHERE op_id = ? AND state NOT IN ('acked', 'discarded', "
                                      "'superseded', 'sending', 'reconciling')"));
        q.addBindValue(ts(now));
        q.addBindValue(opId);
        if (auto s = run(q, QCoreApplication::translate("SyncStore", "Discarding an operation"));
            !s)
            return s;
        QSqlQuery &audit = prepared(
            QStringLiteral("INSERT INTO audit_log (at, entity_type, entity_uuid, action, details) "
                           "SELECT ?, entity_type, entity_uuid, 'sync_discarded', "
                           "json_object('opId', op_id, 'kind', kind, 'marker', marker) "
                           "FROM outbox WHERE op_id = ?"));
        audit.addBindValue(ts(now));
        audit.addBindValue(opId);
        return run(audit, QCoreApplication::translate("SyncStore", "Discarding an operation"));
    });
}

QString SyncStore::remoteId(
    qint64 connectionId, const QString &entityType, const QString &localUuid)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT remote_id FROM remote_links WHERE connection_id "
                                           "= ? AND entity_type = ? AND local_uuid = ?"));
    q.addBindValue(connectionId);
    q.addBindValue(entityType);
    q.addBindValue(localUuid);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace InvoiceDesk
