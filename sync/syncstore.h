// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionrepository.h"
#include "invoicerepository.h"
#include "outbox.h"
#include "paymentrepository.h"
#include "preparedqueries.h"
#include "remotecall.h"
#include "result.h"
#include "sqlutil.h"
#include "syncadapter.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <memory>
#include <optional>

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
    OpState state = OpState::Pending;
    int attempts = 0;
    int resends = 0;
    QDateTime lastSentAt;
    QDateTime inDoubtSince;
    QDateTime notFoundAt;
    QString lastErrorClass;
    /** Read from the queue in order (not as a freed lane's next op): the engine's pass moves
     * its queue position past it. Not stored. */
    mutable bool fromQueue = false;

    bool operator==(const OpRow &other) const { return opId == other.opId; }

    /** May have landed: nothing is sent for it again before a read-back or a person decides. */
    bool inDoubt() const { return inDoubtSince.isValid(); }
    /** Money moves on the remote when this operation lands. */
    bool movesMoney() const { return kind == OpKind::AddPayment || kind == OpKind::VoidPayment; }
};

/** What the local books say about an operation's records, read when it is sent. */
struct OpRecords
{
    std::optional<Invoice> invoice;
    std::optional<Payment> payment;
    qint64 outstandingBefore = 0; ///< what the invoice owed before this payment
    QString remoteInvoiceId;
    QString remotePaymentId;
};

/** What the books say reached a remote for one invoice: the basis of sync verify. */
struct AcknowledgedInvoice
{
    QString uuid;
    QString number;
    QString remoteId;
    Currency currency;
    struct Payment
    {
        QString marker;
        qint64 amount = 0; ///< minor units; a refund or a void's reversal is negative
        QDate date;
    };
    QList<Payment> payments;
};

/**
 * The engine's SQL: which operations are ready, the write-ahead attempt row,
 * the saved response and the outcome. Every step commits on its own, or
 * inside a Group that commits the steps of many operations at once.
 */
class SyncStore
{
public:
    explicit SyncStore(QSqlDatabase db);

    /**
     * One transaction around the steps of many operations (one durable commit instead of
     * one per operation). Rolled back unless committed, whatever path leaves the scope.
     */
    class Group
    {
    public:
        explicit Group(SyncStore &store);
        ~Group();
        Group(const Group &) = delete;
        Group &operator=(const Group &) = delete;
        Status begin();
        Status commit();

    private:
        SyncStore &mStore;
        Sql::Transaction mTransaction;
    };

    /** Start-up recovery: SENDING or RECONCILING ops become IN_DOUBT; returns how many. */
    Result<int> recover(const QDateTime &now);
    /** Lets paused connections (or one) try again. Operations keep their states. */
    Status resume(std::optional<qint64> connectionId);
    /** Pauses a connection that cannot run (credentials refused, a secret missing). */
    Status pauseConnection(qint64 connectionId, const QString &reason);

    /** The first active op of each lane that may go now, oldest first, after queue position
     * `afterSeq`. */
    Result<QList<OpRow>> readyOps(
        const QDateTime &now, int limit, std::optional<qint64> connectionId, qint64 afterSeq = 0);
    /** The first active op of each lane that may go now, in the lanes' order. */
    Result<QList<OpRow>> readyOpsInLanes(const QStringList &laneKeys, const QDateTime &now);
    /** The earliest time a waiting op becomes ready (now for a pending one), if any waits. */
    Result<std::optional<QDateTime>> nextWake(
        const QDateTime &now, std::optional<qint64> connectionId);
    Result<std::optional<OpRow>> op(const QString &opId);
    Result<std::optional<Connection>> connection(qint64 id);
    Result<QList<Connection>> connections() { return mConnections.all(); }
    /** The invoice, payment and remote ids the operation's request is built from. */
    Result<OpRecords> records(const OpRow &op);
    /** The same for a batch, by op id: the amounts owed and remote ids in one query. */
    Result<QHash<QString, OpRecords>> records(const QList<OpRow> &ops);

    /** Commits the exact request (secrets masked) and marks the op SENDING, or RECONCILING. */
    Result<int> beginAttempt(
        const OpRow &op, const RemoteRequest &recorded, const QDateTime &now, bool readBack);
    /** Saves what came back on the attempt row, before anything parses it. */
    Status saveResponse(
        const QString &opId, int attemptNo, const RemoteResponse &recorded, const QDateTime &now);
    /** Records the outcome of a send (or of a read-back that decided) and moves the op on. */
    Status applyOutcome(const OpRow &op, int attemptNo, const Outcome &outcome,
        const QDateTime &now, const QDateTime &nextAttempt);
    /** A read-back found nothing: the first finding, or (resend) the second that agrees. */
    Status recordNotFound(const OpRow &op, int attemptNo, const QDateTime &notFoundAt,
        const QDateTime &nextAttempt, bool resend);
    /** A read-back could not decide: the op stays in doubt until `nextAttempt`. */
    Status stayInDoubt(
        const OpRow &op, int attemptNo, const QString &why, const QDateTime &nextAttempt);
    /** The op cannot go now for a reason outside it (its connection): its state is kept. */
    Status defer(const OpRow &op, const QString &why, const QDateTime &nextAttempt);

    /** A person's decision on an op that waits for one. */
    Status markLanded(const QString &opId, const QString &remoteId, const QDateTime &now);
    Status markNotLanded(const QString &opId, const QDateTime &now);
    Status retryNow(const QString &opId, const QDateTime &now);
    /** Gives up on an op at a person's request (after its record was exported). */
    Status discard(const QString &opId, const QDateTime &now);
    /** The op's record as JSON (id, kind, marker, state, payload, last error): what a person
     * keeps before discarding it. */
    Result<QByteArray> operationExport(const QString &opId);

    QString remoteId(qint64 connectionId, const QString &entityType, const QString &localUuid);

    /**
     * A person supplies the remote id of an invoice linked without one (by a remote's
     * "already exists" answer); refused when the invoice is linked to an id already.
     */
    Status learnRemoteId(qint64 connectionId, const QString &invoiceNumber, const QString &remoteId,
        const QDateTime &now);

    /** Every invoice of the connection whose link was acknowledged, with its acknowledged payments.
     */
    Result<QList<AcknowledgedInvoice>> acknowledged(qint64 connectionId);

private:
    template <typename Work> Status inTransaction(Work &&work);
    Result<PreparedQuery> prepared(const QString &sql);
    Status run(const QString &sql, const QVariantMap &values, const char *what);
    Status linkRemote(const OpRow &op, const QString &remoteId);
    /** Marks a waiting op SENDING (or an op in doubt RECONCILING), or says it was not waiting. */
    Status claim(const OpRow &op, const QDateTime &now, bool readBack);

    QSqlDatabase mDb;
    PreparedQueries mQueries;
    InvoiceRepository mInvoices;
    PaymentRepository mPayments;
    ConnectionRepository mConnections;
    int mGroupDepth = 0;
};

} // namespace InvoiceDesk
