// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SyncEngine's working state, shared by syncengine.cpp (the pass) and syncoutcomes.cpp
// (the verdicts). Not part of the engine's interface.

#include "httptransport.h"
#include "syncengine.h"

#include <QEventLoop>
#include <QSet>

#include <deque>

namespace InvoiceDesk {

struct SyncEngine::Work
{
    OpRow op;
    Connection connection;
    std::shared_ptr<SyncAdapter> adapter;
    SyncContext context;
    QStringList secrets; ///< masked wherever the request or its answer is recorded
    bool readBack = false;
    RemoteRequest request;
    int attemptNo = 0;
    std::unique_ptr<PendingExchange> exchange;

    const RemoteResponse &response() const { return exchange->response(); }
    QString label() const
    {
        const QString number = context.invoice
            ? context.invoice->number
            : op.payload.value(QStringLiteral("number")).toString();
        return QStringLiteral("%1 %2 (%3)").arg(opKindKey(op.kind), number, op.marker);
    }
};

/** What one runOnce() knows while it works. */
struct SyncEngine::Pass
{
    std::optional<qint64> connectionId;
    Summary summary;
    qint64 afterSeq = 0;
    bool exhausted = false;
    bool saturated = false; ///< every connection with work has claimed what it can use soon
    QSet<QString> handled; ///< each op at most once per pass
    QStringList freedLanes; ///< lanes whose op was acknowledged: their next op may go now
    QHash<qint64, Connection> connections;
    QHash<QString, std::shared_ptr<SyncAdapter>> adapters;
    QHash<qint64, QString> blocked; ///< connections that cannot run in this pass, and why
    QSet<qint64> relogged;
    /** Connections whose session token was refused: their claimed requests carry it, so they
     * are released unsent and built again in the next pass, after a fresh sign-in. */
    QSet<qint64> staleSession;
    /** Claimed, their intents committed in one group, not yet sent (waiting for a lane or a
     * token of their target's bucket). */
    std::deque<std::unique_ptr<Work>> ready;
    std::vector<std::unique_ptr<Work>> inFlight;
    /** Answered: the responses are in memory, their outcomes not yet committed. */
    std::vector<std::unique_ptr<Work>> answered;
    QHash<qint64, int> busy; ///< exchanges in flight per connection
    QEventLoop *loop = nullptr;

    int claimedFor(qint64 connectionId) const
    {
        return busy.value(connectionId)
            + int(std::count_if(ready.begin(), ready.end(),
                [connectionId](const auto &work) { return work->connection.id == connectionId; }));
    }

    bool fatal() const { return !summary.fatalError.isEmpty(); }
    void keep(const Status &status)
    {
        if (!status && summary.fatalError.isEmpty())
            summary.fatalError = status.error();
    }
};

} // namespace InvoiceDesk
