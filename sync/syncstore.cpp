// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace InvoiceDesk {

namespace {

QVariant ts(const QDateTime &when)
{
    return when.isValid() ? QVariant(Sql::timestamp(when))
                          : QVariant(QMetaType::fromType<QString>());
}

QDateTime parseTs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant optionalId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

const QString kOpSelect = QStringLiteral(
    "SELECT o.seq, o.op_id, o.connection_id, o.kind, o.entity_type, o.entity_uuid, o.lane_key, "
    "o.marker, o.payload, o.state, o.attempts, o.resends, o.last_sent_at, o.in_doubt_since, "
    "o.not_found_at, o.last_error_class, o.next_attempt_at FROM outbox o ");

/** An active op of an earlier position in the same lane: the lane waits for it. */
QString laneIsFree()
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM outbox p WHERE p.lane_key = o.lane_key AND "
                          "p.seq < o.seq AND ")
        + activeOpCondition(QStringLiteral("p")) + QStringLiteral(")");
}

OpRow opFrom(const QSqlQuery &q)
{
    const auto v = [&q](const char *column) { return q.value(QLatin1String(column)); };
    OpRow op;
    op.seq = v("seq").toLongLong();
    op.opId = v("op_id").toString();
    op.connectionId = v("connection_id").toLongLong();
    op.kind = opKindFromKey(v("kind").toString()).value_or(OpKind::CreateInvoice);
    op.entityType = v("entity_type").toString();
    op.entityUuid = v("entity_uuid").toString();
    op.laneKey = v("lane_key").toString();
    op.marker = v("marker").toString();
    op.payload = QJsonDocument::fromJson(v("payload").toString().toUtf8()).object();
    op.state = opStateFromKey(v("state").toString()).value_or(OpState::NeedsAttention);
    op.attempts = v("attempts").toInt();
    op.resends = v("resends").toInt();
    op.lastSentAt = parseTs(v("last_sent_at"));
    op.inDoubtSince = parseTs(v("in_doubt_since"));
    op.notFoundAt = parseTs(v("not_found_at"));
    op.lastErrorClass = v("last_error_class").toString();
    return op;
}

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

SyncStore::SyncStore(QSqlDatabase db)
    : mDb(db)
    , mQueries(db)
    , mInvoices(mQueries)
    , mPayments(mQueries)
    , mConnections(mQueries)
{
}

SyncStore::Group::Group(SyncStore &store)
    : mStore(store)
    , mTransaction(store.mDb)
{
}

SyncStore::Group::~Group()
{
    if (mStore.mGroupDepth > 0)
        --mStore.mGroupDepth; // not committed: the transaction's guard rolls it back
}

Status SyncStore::Group::begin()
{
    if (auto s = mTransaction.begin(); !s)
        return s;
    ++mStore.mGroupDepth;
    return {};
}

Status SyncStore::Group::commit()
{
    --mStore.mGroupDepth;
    return mTransaction.commit();
}

/** Runs `work` in one IMMEDIATE transaction, or inside the open group. */
template <typename Work> Status SyncStore::inTransaction(Work &&work)
{
    if (mGroupDepth > 0)
        return work();
    Sql::Transaction transaction(mDb);
    if (auto s = transaction.begin(); !s)
        return s;
    if (auto s = work(); !s)
        return s;
    return transaction.commit();
}

Result<PreparedQuery> SyncStore::prepared(const QString &sql)
{
    // A missing table (a damaged or foreign file) is an error to show, never an abort.
    return mQueries.get(sql);
}

Status SyncStore::run(const QString &sql, const QVariantMap &values, const char *what)
{
    auto q = prepared(sql);
    if (!q)
        return Error {q.error()};
    for (auto it = values.begin(); it != values.end(); ++it)
        (*q)->bindValue(QLatin1Char(':') + it.key(), it.value());
    if (!(*q)->exec())
        return Sql::error(**q, QCoreApplication::translate("SyncStore", what));
    return {};
}

Result<int> SyncStore::recover(const QDateTime &now)
{
    int recovered = 0;
    auto status = inTransaction([&]() -> Status {
        auto q = prepared(
            QStringLiteral("UPDATE outbox SET state = 'in_doubt', in_doubt_since = "
                           "coalesce(in_doubt_since, :now), "
                           "next_attempt_at = :now, lease_until = NULL, updated_at = :now "
                           "WHERE state IN ('sending', 'reconciling')"));
        if (!q)
            return Error {q.error()};
        (*q)->bindValue(QStringLiteral(":now"), ts(now));
        if (!(*q)->exec())
            return Sql::error(
                **q, QCoreApplication::translate("SyncStore", "Recovering the sync queue"));
        recovered = (*q)->numRowsAffected();
        return {};
    });
    if (!status)
        return Error {status.error()};
    return recovered;
}

Status SyncStore::resume(std::optional<qint64> connectionId)
{
    return inTransaction([&]() -> Status {
        return run(QStringLiteral("UPDATE connections SET paused_reason = '' "
                                  "WHERE paused_reason <> '' AND (:id IS NULL OR id = :id)"),
            {{QStringLiteral("id"), optionalId(connectionId)}},
            QT_TRANSLATE_NOOP("SyncStore", "Resuming connections"));
    });
}

Status SyncStore::pauseConnection(qint64 connectionId, const QString &reason)
{
    return inTransaction([&]() -> Status {
        return run(QStringLiteral("UPDATE connections SET paused_reason = :reason WHERE id = :id"),
            {{QStringLiteral("reason"),
                 reason.isEmpty()
                     ? QCoreApplication::translate("SyncStore", "the credentials were refused")
                     : reason},
                {QStringLiteral("id"), connectionId}},
            QT_TRANSLATE_NOOP("SyncStore", "Pausing a connection"));
    });
}

Result<QList<OpRow>> SyncStore::readyOps(
    const QDateTime &now, int limit, std::optional<qint64> connectionId, qint64 afterSeq)
{
    auto q = prepared(kOpSelect
        + QStringLiteral(
            "JOIN connections c ON c.id = o.connection_id "
            "WHERE o.state IN ('pending', 'retry_wait', 'in_doubt') AND o.seq > :after "
            "AND ")
        + laneIsFree()
        + QStringLiteral(" AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= :now) "
                         "AND c.paused_reason = '' AND (:connection IS NULL OR o.connection_id = "
                         ":connection) ORDER BY o.seq LIMIT :limit"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":after"), afterSeq);
    (*q)->bindValue(QStringLiteral(":now"), ts(now));
    (*q)->bindValue(QStringLiteral(":connection"), optionalId(connectionId));
    (*q)->bindValue(QStringLiteral(":limit"), limit);
    if (!(*q)->exec())
        return Sql::error(**q, QCoreApplication::translate("SyncStore", "Reading the sync queue"));
    QList<OpRow> ops;
    while ((*q)->next())
        ops.append(opFrom(**q));
    return ops;
}

Result<std::optional<OpRow>> SyncStore::readyOpInLane(const QString &laneKey, const QDateTime &now)
{
    auto q = prepared(QString(kOpSelect).replace(QStringLiteral(" FROM outbox o "),
                          QStringLiteral(", c.paused_reason FROM outbox o "))
        + QStringLiteral(
            "JOIN connections c ON c.id = o.connection_id WHERE o.lane_key = :lane AND ")
        + activeOpCondition(QStringLiteral("o")) + QStringLiteral(" ORDER BY o.seq LIMIT 1"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":lane"), laneKey);
    if (!(*q)->exec())
        return Sql::error(**q, QCoreApplication::translate("SyncStore", "Reading the sync queue"));
    if (!(*q)->next())
        return std::optional<OpRow>();
    const OpRow op = opFrom(**q);
    const QDateTime next = parseTs((*q)->value(QStringLiteral("next_attempt_at")));
    const bool paused = !(*q)->value(QStringLiteral("paused_reason")).toString().isEmpty();
    const bool waiting = op.state != OpState::Pending && op.state != OpState::RetryWait
        && op.state != OpState::InDoubt;
    if (paused || waiting || (next.isValid() && next > now))
        return std::optional<OpRow>();
    return std::optional<OpRow>(op);
}

Result<std::optional<QDateTime>> SyncStore::nextWake(
    const QDateTime &now, std::optional<qint64> connectionId)
{
    auto q = prepared(QStringLiteral("SELECT min(coalesce(o.next_attempt_at, :now)) AS wake "
                                     "FROM outbox o JOIN connections c ON c.id = o.connection_id "
                                     "WHERE o.state IN ('pending', 'retry_wait', 'in_doubt') "
                                     "AND c.paused_reason = '' AND (:connection IS NULL OR "
                                     "o.connection_id = :connection) AND ")
        + laneIsFree());
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":now"), ts(now));
    (*q)->bindValue(QStringLiteral(":connection"), optionalId(connectionId));
    if (!(*q)->exec() || !(*q)->next())
        return Sql::error(**q, QCoreApplication::translate("SyncStore", "Reading the sync queue"));
    const QVariant wake = (*q)->value(QStringLiteral("wake"));
    if (wake.isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(parseTs(wake));
}

Result<std::optional<OpRow>> SyncStore::op(const QString &opId)
{
    auto q = prepared(kOpSelect + QStringLiteral("WHERE o.op_id = :op"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":op"), opId);
    if (!(*q)->exec())
        return Sql::error(**q, QCoreApplication::translate("SyncStore", "Reading the sync queue"));
    if (!(*q)->next())
        return std::optional<OpRow>();
    return std::optional<OpRow>(opFrom(**q));
}

Result<std::optional<Connection>> SyncStore::connection(qint64 id)
{
    return mConnections.findById(id);
}

Result<OpRecords> SyncStore::records(const OpRow &op)
{
    OpRecords records;
    auto q = prepared(
        QStringLiteral("SELECT i.id AS invoice_id, p.id AS payment_id FROM invoices i "
                       "LEFT JOIN payments p ON p.uuid = :payment WHERE i.uuid = :invoice"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":invoice"), op.laneKey);
    (*q)->bindValue(QStringLiteral(":payment"), op.movesMoney() ? op.entityUuid : QString());
    if (!(*q)->exec())
        return Sql::error(
            **q, QCoreApplication::translate("SyncStore", "Reading an operation's invoice"));
    std::optional<qint64> invoiceId, paymentId;
    if ((*q)->next()) {
        invoiceId = (*q)->value(QStringLiteral("invoice_id")).toLongLong();
        paymentId = Sql::toOptional((*q)->value(QStringLiteral("payment_id")));
    }
    (*q)->finish();
    if (invoiceId) {
        auto invoice = mInvoices.load(*invoiceId);
        if (!invoice)
            return Error {invoice.error()};
        records.invoice = *invoice;
    }
    if (paymentId) {
        auto payment = mPayments.load(*paymentId);
        if (!payment)
            return Error {payment.error()};
        records.payment = *payment;
        auto owed = mPayments.owedBefore(*paymentId);
        if (!owed)
            return Error {owed.error()};
        records.outstandingBefore = *owed;
        records.remotePaymentId
            = remoteId(op.connectionId, QStringLiteral("payment"), op.entityUuid);
    }
    records.remoteInvoiceId = remoteId(op.connectionId, QStringLiteral("invoice"), op.laneKey);
    if (records.remoteInvoiceId.isEmpty())
        records.remoteInvoiceId = op.payload.value(QStringLiteral("remoteId")).toString();
    return records;
}

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
        auto number = prepared(QStringLiteral(
            "SELECT coalesce(max(attempt_no), 0) + 1 AS next FROM op_attempts WHERE op_id = :op"));
        if (!number)
            return Error {number.error()};
        (*number)->bindValue(QStringLiteral(":op"), op.opId);
        if (!(*number)->exec() || !(*number)->next())
            return Sql::error(
                **number, QCoreApplication::translate("SyncStore", "Numbering an attempt"));
        attemptNo = (*number)->value(QStringLiteral("next")).toInt();
        (*number)->finish();
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
        // The claim: only an op that waits may be claimed, so no op is ever on the wire twice.
        const QString sql = readBack
            ? QStringLiteral("UPDATE outbox SET state = 'reconciling', updated_at = :now "
                             "WHERE op_id = :op AND state = 'in_doubt'")
            : QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                             "first_sent_at = coalesce(first_sent_at, :now), last_sent_at = :now, "
                             "updated_at = :now WHERE op_id = :op AND state IN ('pending', "
                             "'retry_wait')");
        auto claim = prepared(sql);
        if (!claim)
            return Error {claim.error()};
        (*claim)->bindValue(QStringLiteral(":op"), op.opId);
        (*claim)->bindValue(QStringLiteral(":now"), ts(now));
        if (!(*claim)->exec())
            return Sql::error(**claim,
                QCoreApplication::translate("SyncStore", "Marking an operation as sending"));
        if ((*claim)->numRowsAffected() != 1)
            return Error {QCoreApplication::translate(
                "SyncStore", "operation %1 was claimed twice; nothing was sent")
                              .arg(op.marker)};
        return {};
    });
    if (!status)
        return Error {status.error()};
    return attemptNo;
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
