// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync store: the outbox as the engine reads it, and its transactions.
#include "syncstore.h"
#include "syncstore_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace InvoiceDesk {

using namespace SyncStoreDetail;

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

Result<PreparedQuery> SyncStore::prepared(const QString &sql)
{
    // A missing table (a damaged or foreign file) is an error to show, never an abort.
    return mQueries.get(sql);
}

Status SyncStore::run(const QString &sql, const QVariantMap &values, const char *what)
{
    // Through SQLite's own API: every op's claim and outcome runs several of these, and
    // QtSql's per-value machinery was a tenth of a sync pass.
    auto statement = mQueries.statement(sql);
    if (!statement)
        return Error {statement.error()};
    for (auto it = values.begin(); it != values.end(); ++it)
        (*statement)->bind(it.key(), it.value());
    return (*statement)->run([what] { return QCoreApplication::translate("SyncStore", what); });
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
        + QStringLiteral("JOIN connections c ON c.id = o.connection_id WHERE ")
        + readyOpCondition(QStringLiteral("o")) + QStringLiteral(" AND o.seq > :after AND ")
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
    const Sql::Row row(**q);
    while ((*q)->next())
        ops.append(opFrom(row));
    return ops;
}

Result<QList<OpRow>> SyncStore::readyOpsInLanes(const QStringList &laneKeys, const QDateTime &now)
{
    // Each lane's first active op, in one query for all the lanes; the lane waits while that op
    // waits (for its time, a person, or its paused connection).
    auto q = prepared(QString(kOpSelect).replace(QStringLiteral(" FROM outbox o "),
                          QStringLiteral(", c.paused_reason FROM json_each(:lanes) j "
                                         "JOIN outbox o ON o.seq = (SELECT min(f.seq) FROM "
                                         "outbox f WHERE f.lane_key = j.value AND ")
                              + activeOpCondition(QStringLiteral("f")) + QStringLiteral(") "))
        + QStringLiteral("JOIN connections c ON c.id = o.connection_id ORDER BY j.key"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":lanes"),
        QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(laneKeys)).toJson(QJsonDocument::Compact)));
    if (!(*q)->exec())
        return Sql::error(**q, QCoreApplication::translate("SyncStore", "Reading the sync queue"));
    QList<OpRow> ops;
    const Sql::Row row(**q);
    while ((*q)->next()) {
        OpRow op = opFrom(row);
        const QDateTime next = parseTs(row.value("next_attempt_at"));
        const bool paused = !row.text("paused_reason").isEmpty();
        const bool waiting = op.state != OpState::Pending && op.state != OpState::RetryWait
            && op.state != OpState::InDoubt;
        if (!paused && !waiting && (!next.isValid() || next <= now))
            ops.append(std::move(op));
    }
    return ops;
}

Result<std::optional<QDateTime>> SyncStore::nextWake(
    const QDateTime &now, std::optional<qint64> connectionId)
{
    auto q = prepared(QStringLiteral("SELECT min(coalesce(o.next_attempt_at, :now)) AS wake "
                                     "FROM outbox o JOIN connections c ON c.id = o.connection_id "
                                     "WHERE ")
        + readyOpCondition(QStringLiteral("o"))
        + QStringLiteral(" AND c.paused_reason = '' AND (:connection IS NULL OR o.connection_id = "
                         ":connection) AND ")
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
    return std::optional<OpRow>(opFrom(Sql::Row(**q)));
}

Result<std::optional<Connection>> SyncStore::connection(qint64 id)
{
    return mConnections.findById(id);
}

} // namespace InvoiceDesk
