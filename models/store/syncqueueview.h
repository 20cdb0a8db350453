// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace InvoiceDesk {

/** The groups a person sees the sync queue in (sync-design.md 5.7). */
enum class SyncQueueGroup {
    NeedsDecision, ///< in doubt, or a decision only a person can make
    Rejected, ///< the remote said no
    WaitingForSignIn, ///< active operations of a connection that cannot run
    Conflicts,
    Active,
    All,
};

/** One operation of the sync queue as the sync panel lists it. */
struct SyncQueueEntry
{
    QString opId;
    qint64 invoiceId = 0; ///< 0 when the invoice is gone (deleted)
    QString invoiceNumber;
    QString kind;
    QString connection;
    QString state;
    int attempts = 0;
    QDateTime nextAttempt; ///< invalid when none is planned
    QString message; ///< the remote's or the engine's last word on it
    QString marker;
    QString errorClass;
};

/** One attempt to send an operation: the exact request and what came back. */
struct SyncAttempt
{
    int number = 0;
    QString outcomeClass;
    QString committedAt; ///< when the request was committed, before it left
    QString method;
    QString url;
    QString headers;
    QByteArray body;
    int httpStatus = 0; ///< 0 when no answer came
    QByteArray responseBody;
    QString transportError;
};

/**
 * Reads the sync queue for people: the operations of a group, how many a group holds, and
 * every attempt of one operation. Read-only; the sync store changes the queue.
 */
class SyncQueueView
{
public:
    explicit SyncQueueView(QSqlDatabase db)
        : mDb(std::move(db))
    {
    }

    /** The group's operations, oldest first (at most `limit`). */
    Result<QList<SyncQueueEntry>> operations(SyncQueueGroup group, int limit = 5000) const;
    /** How many operations the group holds. */
    Result<int> count(SyncQueueGroup group) const;
    /** Every attempt of the operation, first first. */
    Result<QList<SyncAttempt>> attempts(const QString &opId) const;

private:
    QSqlDatabase mDb;
};

} // namespace InvoiceDesk
