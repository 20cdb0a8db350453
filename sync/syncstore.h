// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox.h"
#include "remotecall.h"
#include "result.h"
#include "syncadapter.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <memory>
#include <optional>

#include "preparedqueries.h"
#include "sqlutil.h"

namespace InvoiceDesk {

/** One outbox row as the engine works on it. */
struct OpRow
{
    qint64 seq = 0;
    QString opId;
    qint64 connectionId = 0;
    OpKind kind = OpKind::CreateInvoice;
    QString entityType;
    QString entityUuid;
    QString laneKey;
    QString marker;
    QJsonObject payload;
    QString state;
    int attempts = 0;
    int resends = 0;
    QDateTime lastSentAt;
    QDateTime inDoubtSince;
    QDateTime notFoundAt;
};

/**
 * The engine's SQL: which operations are ready, the write-ahead attempt row,
 * the saved response and the outcome, each step in its own transaction.
 */
class SyncStore
{
public:
    explicit SyncStore(QSqlDatabase db)
        : mDb(db)
        , mQueries(db)
    {
    }

    /**
     * Groups the steps of a whole batch into one transaction (one durable commit
     * instead of one per operation); each step still commits before the next phase
     * of the batch starts (intents before sending, responses and outcomes after).
     */
    Status beginGroup();
    Status commitGroup();

    /** Start-up recovery: SENDING or RECONCILING ops become IN_DOUBT; returns how many. */
    Result<int> recover(const QDateTime &now);
    /** Lets the ops of paused connections (or one connection) go again. */
    Status resume(std::optional<qint64> connectionId);

    /** The first active op of each lane that may go now, oldest first, after queue position
     * `afterSeq`. */
    Result<QList<OpRow>> readyOps(
        const QDateTime &now, int limit, std::optional<qint64> connectionId, qint64 afterSeq = 0);
    /** The earliest time a waiting op becomes ready (now for a pending one), if any waits. */
    Result<std::optional<QDateTime>> nextWake(
        const QDateTime &now, std::optional<qint64> connectionId);
    Result<std::optional<OpRow>> op(const QString &opId);

    /** Commits the exact request and marks the op SENDING (or RECONCILING for a read-back). */
    Result<int> beginAttempt(const OpRow &op, const RemoteRequest &request, const QDateTime &now,
        bool readBack, const QByteArray &preSendSnapshot = {});
    /** Saves what came back on the attempt row, before anything parses it. */
    Status saveResponse(
        const QString &opId, int attemptNo, const RemoteResponse &response, const QDateTime &now);
    /** Records the outcome of an attempt and moves the op to its next state. */
    Status applyOutcome(const OpRow &op, int attemptNo, const Outcome &outcome,
        const QDateTime &now, const QDateTime &nextAttempt);
    /** Records a read-back's finding (NOT_FOUND bookkeeping, or staying in doubt). */
    Status recordNotFound(const OpRow &op, int attemptNo, const QDateTime &notFoundAt,
        const QDateTime &nextAttempt, bool resend);
    Status stayInDoubt(
        const OpRow &op, int attemptNo, const QString &why, const QDateTime &nextAttempt);
    Status pauseConnection(qint64 connectionId, const QString &reason, const OpRow &op);

    /** A person's decision on an op that waits for one. */
    Status markLanded(const QString &opId, const QString &remoteId, const QDateTime &now);
    Status markNotLanded(const QString &opId, const QDateTime &now);
    Status retryNow(const QString &opId, const QDateTime &now);
    /** Gives up on an op at a person's request (after its record was exported). */
    Status discard(const QString &opId, const QDateTime &now);

    QString remoteId(qint64 connectionId, const QString &entityType, const QString &localUuid);

private:
    template <typename Work> Status inTransaction(Work &&work);
    /** The statement for `sql`, prepared once and reused. */
    QSqlQuery &prepared(const QString &sql);

    QSqlDatabase mDb;
    PreparedQueries mQueries;
    std::unique_ptr<Sql::Transaction> mGroup;
};

} // namespace InvoiceDesk
