// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync store: each attempt written ahead of its send, and what its outcome does to the op.
#include "syncstore.h"
#include "syncstore_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace InvoiceDesk {

using namespace SyncStoreDetail;

namespace {

/** The state a verdict leads to; an op in doubt never goes back to waiting for a send. */
OpState stateAfter(const OpRow &op, Outcome::Verdict verdict)
{
    switch (verdict) {
    case Outcome::Acked:
        return OpState::Acked;
    case Outcome::InDoubt:
    case Outcome::Evidence:
        return OpState::InDoubt;
    case Outcome::RetryWait:
        return op.inDoubt() ? OpState::InDoubt : OpState::RetryWait;
    case Outcome::NeedsAttention:
        return OpState::NeedsAttention;
    case Outcome::Conflict:
        return OpState::Conflict;
    case Outcome::AuthFailed:
        // sync-design.md 5.3: a refused money operation is re-checked by read-back before any
        // resend; the connection waits for new credentials.
        return op.inDoubt() || op.movesMoney() ? OpState::InDoubt : OpState::Pending;
    }
    return OpState::NeedsAttention;
}

const char *outcomeKey(Outcome::Verdict verdict)
{
    static const char *const keys[] = {"acked", "in_doubt", "retry_wait", "needs_attention",
        "auth_failed", "evidence", "conflict"};
    return keys[verdict];
}

} // namespace

Result<int> SyncStore::beginAttempt(
    const OpRow &op, const RemoteRequest &recorded, const QDateTime &now, bool readBack)
{
    // Defence in depth: the database refuses it too (migration 0003).
    if (op.inDoubt() && !readBack)
        return Error {QCoreApplication::translate(
            "SyncStore", "operation %1 is in doubt and may only be read back")
                          .arg(op.marker)};
    int attemptNo = 0;
    auto status = inTransaction([&]() -> Status {
        auto number = mQueries.statement(QStringLiteral(
            "SELECT coalesce(max(attempt_no), 0) + 1 AS next FROM op_attempts WHERE op_id = :op"));
        if (!number)
            return Error {number.error()};
        (*number)->bind(u"op", op.opId);
        if (auto s = (*number)->query(
                [] { return QCoreApplication::translate("SyncStore", "Numbering an attempt"); },
                [&](const SqliteStatement::Row &row) { attemptNo = int(row.integer("next")); });
            !s)
            return s;
        if (auto s
            = run(QStringLiteral("INSERT INTO op_attempts (op_id, attempt_no, request_method, "
                                 "request_url, request_headers, request_body, intent_committed_at, "
                                 "outcome_class) VALUES (:op, :no, :method, :url, :headers, :body, "
                                 ":now, :class)"),
                {{QStringLiteral("op"), op.opId}, {QStringLiteral("no"), attemptNo},
                    {QStringLiteral("method"), QString::fromLatin1(recorded.method)},
                    {QStringLiteral("url"), recorded.url.toString()},
                    {QStringLiteral("headers"), recorded.headersForRecord()},
                    {QStringLiteral("body"), recorded.body}, {QStringLiteral("now"), ts(now)},
                    {QStringLiteral("class"),
                        readBack ? QStringLiteral("read_back") : QStringLiteral("send")}},
                QT_TRANSLATE_NOOP("SyncStore", "Recording an attempt"));
            !s)
            return s;
        return claim(op, now, readBack);
    });
    if (!status)
        return Error {status.error()};
    return attemptNo;
}

Status SyncStore::claim(const OpRow &op, const QDateTime &now, bool readBack)
{
    // The claim: only an op that waits may be claimed, so no op is ever on the wire twice.
    const QString sql = readBack
        ? QStringLiteral("UPDATE outbox SET state = 'reconciling', updated_at = :now "
                         "WHERE op_id = :op AND state = 'in_doubt'")
        : QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                         "first_sent_at = coalesce(first_sent_at, :now), last_sent_at = :now, "
                         "updated_at = :now WHERE op_id = :op AND state IN ('pending', "
                         "'retry_wait')");
    auto update = mQueries.statement(sql);
    if (!update)
        return Error {update.error()};
    (*update)->bind(u"op", op.opId);
    (*update)->bind(u"now", ts(now));
    if (auto s = (*update)->run([] {
            return QCoreApplication::translate("SyncStore", "Marking an operation as sending");
        });
        !s)
        return s;
    if ((*update)->changes() != 1)
        return Error {QCoreApplication::translate(
            "SyncStore", "operation %1 was claimed twice; nothing was sent")
                          .arg(op.marker)};
    return {};
}

Status SyncStore::saveResponse(
    const QString &opId, int attemptNo, const RemoteResponse &recorded, const QDateTime &now)
{
    return inTransaction([&]() -> Status {
        return run(
            QStringLiteral("UPDATE op_attempts SET finished_at = :now, http_status = :status, "
                           "response_body = :body, transport_error = :error "
                           "WHERE op_id = :op AND attempt_no = :no"),
            {{QStringLiteral("now"), ts(now)},
                {QStringLiteral("status"),
                    recorded.httpStatus ? QVariant(recorded.httpStatus)
                                        : QVariant(QMetaType::fromType<int>())},
                {QStringLiteral("body"), recorded.body},
                {QStringLiteral("error"), Sql::text(recorded.errorText)},
                {QStringLiteral("op"), opId}, {QStringLiteral("no"), attemptNo}},
            QT_TRANSLATE_NOOP("SyncStore", "Saving a response"));
    });
}

Status SyncStore::applyOutcome(const OpRow &op, int attemptNo, const Outcome &outcome,
    const QDateTime &now, const QDateTime &nextAttempt)
{
    const QString state = opStateKey(stateAfter(op, outcome.verdict));
    return inTransaction([&]() -> Status {
        if (attemptNo > 0) {
            if (auto s = run(QStringLiteral("UPDATE op_attempts SET outcome_class = :class WHERE "
                                            "op_id = :op AND attempt_no = :no"),
                    {{QStringLiteral("class"), QLatin1String(outcomeKey(outcome.verdict))},
                        {QStringLiteral("op"), op.opId}, {QStringLiteral("no"), attemptNo}},
                    QT_TRANSLATE_NOOP("SyncStore", "Recording an outcome"));
                !s)
                return s;
        }
        if (auto s = run(
                QStringLiteral("UPDATE outbox SET state = :state, next_attempt_at = :next, "
                               "updated_at = :now, last_error_class = :class, last_error_text = "
                               ":message, in_doubt_since = CASE WHEN :state = 'in_doubt' THEN "
                               "coalesce(in_doubt_since, :now) ELSE in_doubt_since END, "
                               "not_found_at = CASE WHEN :state = 'in_doubt' THEN not_found_at "
                               "ELSE NULL END, result_remote_id = CASE WHEN :state = 'acked' THEN "
                               ":remote ELSE result_remote_id END WHERE op_id = :op"),
                {{QStringLiteral("state"), state}, {QStringLiteral("next"), ts(nextAttempt)},
                    {QStringLiteral("now"), ts(now)},
                    {QStringLiteral("class"), Sql::text(outcome.errorClass)},
                    {QStringLiteral("message"), Sql::text(outcome.message)},
                    {QStringLiteral("remote"), Sql::text(outcome.remoteId)},
                    {QStringLiteral("op"), op.opId}},
                QT_TRANSLATE_NOOP("SyncStore", "Recording an outcome"));
            !s)
            return s;
        if (outcome.verdict != Outcome::Acked)
            return {};
        return linkRemote(op, outcome.remoteId);
    });
}

Status SyncStore::linkRemote(const OpRow &op, const QString &remoteId)
{
    // The local <-> remote id mapping commits with the acknowledgement. An invoice linked by a
    // "number already exists" answer has its id still to be learned (an empty remote id).
    if (op.kind == OpKind::DeleteInvoice || op.kind == OpKind::VoidPayment)
        return {};
    if (remoteId.isEmpty() && op.kind != OpKind::CreateInvoice)
        return {};
    const bool isInvoice = op.kind == OpKind::CreateInvoice || op.kind == OpKind::UpdateInvoice;
    if (auto s = run(QStringLiteral("INSERT OR REPLACE INTO remote_links (connection_id, "
                                    "entity_type, local_uuid, remote_id) VALUES (:connection, "
                                    ":type, :uuid, :remote)"),
            {{QStringLiteral("connection"), op.connectionId},
                {QStringLiteral("type"),
                    isInvoice ? QStringLiteral("invoice") : QStringLiteral("payment")},
                {QStringLiteral("uuid"), op.entityUuid},
                {QStringLiteral("remote"), Sql::text(remoteId)}},
            QT_TRANSLATE_NOOP("SyncStore", "Recording the remote id"));
        !s)
        return s;
    if (op.kind != OpKind::CreateInvoice || remoteId.isEmpty())
        return {};
    return run(QStringLiteral("UPDATE invoices SET remote_id = :remote WHERE uuid = :uuid"),
        {{QStringLiteral("remote"), remoteId}, {QStringLiteral("uuid"), op.entityUuid}},
        QT_TRANSLATE_NOOP("SyncStore", "Recording the remote id"));
}

Status SyncStore::recordNotFound(const OpRow &op, int attemptNo, const QDateTime &notFoundAt,
    const QDateTime &nextAttempt, bool resend)
{
    return inTransaction([&]() -> Status {
        if (auto s
            = run(QStringLiteral("UPDATE op_attempts SET outcome_class = "
                                 "'read_back_not_found' WHERE op_id = :op AND attempt_no = :no"),
                {{QStringLiteral("op"), op.opId}, {QStringLiteral("no"), attemptNo}},
                QT_TRANSLATE_NOOP("SyncStore", "Recording a read-back"));
            !s)
            return s;
        // Two agreeing reads after the quiet period: it did not land, and may be sent again.
        const QString sql = resend
            ? QStringLiteral(
                "UPDATE outbox SET state = 'pending', not_found_at = NULL, "
                "in_doubt_since = NULL, next_attempt_at = NULL, resends = resends + 1, "
                "last_error_class = 'not_found', updated_at = :at WHERE op_id = :op")
            : QStringLiteral("UPDATE outbox SET state = 'in_doubt', not_found_at = "
                             "coalesce(not_found_at, :at), next_attempt_at = :next, updated_at = "
                             ":at WHERE op_id = :op");
        return run(sql,
            {{QStringLiteral("at"), ts(notFoundAt)}, {QStringLiteral("next"), ts(nextAttempt)},
                {QStringLiteral("op"), op.opId}},
            QT_TRANSLATE_NOOP("SyncStore", "Recording a read-back"));
    });
}

Status SyncStore::stayInDoubt(
    const OpRow &op, int attemptNo, const QString &why, const QDateTime &nextAttempt)
{
    return inTransaction([&]() -> Status {
        if (attemptNo > 0) {
            if (auto s = run(QStringLiteral("UPDATE op_attempts SET outcome_class = "
                                            "'read_back_unknown' WHERE op_id = :op AND attempt_no "
                                            "= :no"),
                    {{QStringLiteral("op"), op.opId}, {QStringLiteral("no"), attemptNo}},
                    QT_TRANSLATE_NOOP("SyncStore", "Recording a read-back"));
                !s)
                return s;
        }
        return run(QStringLiteral("UPDATE outbox SET state = 'in_doubt', next_attempt_at = :next, "
                                  "last_error_text = :why WHERE op_id = :op"),
            {{QStringLiteral("next"), ts(nextAttempt)}, {QStringLiteral("why"), Sql::text(why)},
                {QStringLiteral("op"), op.opId}},
            QT_TRANSLATE_NOOP("SyncStore", "Recording a read-back"));
    });
}

Status SyncStore::defer(const OpRow &op, const QString &why, const QDateTime &nextAttempt)
{
    return inTransaction([&]() -> Status {
        return run(QStringLiteral("UPDATE outbox SET next_attempt_at = :next, last_error_text = "
                                  ":why WHERE op_id = :op"),
            {{QStringLiteral("next"), ts(nextAttempt)}, {QStringLiteral("why"), Sql::text(why)},
                {QStringLiteral("op"), op.opId}},
            QT_TRANSLATE_NOOP("SyncStore", "Postponing an operation"));
    });
}

} // namespace InvoiceDesk
