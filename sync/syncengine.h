// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncadapter.h"
#include "syncpolicy.h"
#include "syncstore.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace InvoiceDesk {

class CredentialStore;
class Database;
class HttpTransport;
class Ledger;

/**
 * Works the outbox (sync-design.md): sends each ready operation once its
 * exact request is committed, classifies what came back, reads back what
 * may have landed before sending anything again, keeps order per invoice,
 * backs off with full jitter, and pauses a connection whose credentials were
 * refused. Nothing is dropped without a person's decision.
 */
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        int sent = 0;
        int acked = 0;
        int inDoubt = 0;
        int retrying = 0;
        int needsAttention = 0;
        int paused = 0;
        QStringList problems; ///< one line per op that needs a person, with the server's message
        QString fatalError; ///< the engine could not work at all (damaged database, ...)
    };

    SyncEngine(
        Database &database, const Clock &clock, SyncPolicy policy, QObject *parent = nullptr);
    ~SyncEngine() override;

    /** Integrity check and start-up recovery; call once before the first pass. */
    Result<int> start();
    /** Sends what is ready now, in batches, until nothing is ready; optionally for one connection.
     */
    Summary runOnce(std::optional<qint64> connectionId = std::nullopt);
    /** When the next waiting operation becomes ready, if any waits. */
    std::optional<QDateTime> nextWake(std::optional<qint64> connectionId = std::nullopt);

    SyncStore &store() { return mStore; }
    const SyncPolicy &policy() const { return mPolicy; }

Q_SIGNALS:
    void progress(int done, int total);
    void operationChanged(const QString &opId);

private:
    struct Work;

    Result<SyncContext> contextFor(const OpRow &op, const Connection &connection);
    bool ensureLogin(Work &work, Summary &summary);
    void processBatch(QList<Work> &batch, Summary &summary);
    void finishSend(Work &work, const RemoteResponse &response, Summary &summary);
    void finishReadBack(Work &work, const RemoteResponse &response, Summary &summary);
    void record(Work &work, const Outcome &outcome, Summary &summary);
    Outcome classifyTransport(
        const RemoteRequest &request, const RemoteResponse &response, const Work &work) const;
    QDateTime backoff(int attempts, std::optional<qint64> retryAfterSecs) const;
    double random() const;

    Database &mDatabase;
    const Clock &mClock;
    SyncPolicy mPolicy;
    SyncStore mStore;
    std::unique_ptr<Ledger> mLedger;
    std::unique_ptr<CredentialStore> mCredentials;
    HttpTransport *mTransport;
    QHash<qint64, QString> mSessionTokens;
    QHash<qint64, bool> mReloggedThisPass;
};

} // namespace InvoiceDesk
