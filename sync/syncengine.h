// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncadapter.h"
#include "syncpolicy.h"
#include "syncstore.h"
#include "tokenbucket.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace InvoiceDesk {

class PendingExchange;
class Transport;

/** Where the engine reads a connection's secrets (the credential store, or a test's). */
class SecretSource
{
public:
    virtual ~SecretSource() = default;
    /** Every secret of the connection; an error says, in plain words, what to do. */
    virtual Result<QHash<QString, QString>> secretsFor(const Connection &connection) const = 0;
};

/**
 * Works the outbox (sync-design.md): sends each ready operation once its
 * exact request is committed, classifies what came back, reads back what
 * may have landed before sending anything again, keeps order per invoice,
 * backs off with full jitter, and pauses a connection that cannot run.
 * Up to SyncPolicy::maxParallel lanes per connection (or the connection's
 * "lanes" setting) are in flight at once, and a lane is refilled as soon as its
 * exchange ends, so one slow answer holds only its own lane; each connection's
 * requests are paced by its TokenBucket. The intents of a batch of operations
 * commit in one transaction before any of them is sent, and the outcomes of
 * several answers commit together, always before a step that depends on them. Nothing is dropped
 * without a person's decision, and an operation in doubt leaves that state only through a read-back
 * verdict or a person's decision (SyncStore and the database enforce it too).
 */
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        int sent = 0; ///< requests that were written to a remote
        int acked = 0;
        int inDoubt = 0;
        int retrying = 0;
        int needsAttention = 0;
        int paused = 0;
        QStringList problems; ///< one line per op or connection that needs a person
        QString fatalError; ///< the engine could not work at all (damaged database, ...)
    };

    SyncEngine(SyncStore &store, Transport &transport, const SecretSource &secrets,
        const Clock &clock, SyncPolicy policy, QObject *parent = nullptr);
    ~SyncEngine() override;

    /** Start-up recovery; call once before the first pass (after the file's integrity check). */
    Result<int> start();
    /** Sends what is ready now until nothing is ready; optionally for one connection. */
    Summary runOnce(std::optional<qint64> connectionId = std::nullopt);
    /** When the next waiting operation becomes ready, if any waits. */
    std::optional<QDateTime> nextWake(std::optional<qint64> connectionId = std::nullopt);

    SyncStore &store() { return mStore; }
    const SyncPolicy &policy() const { return mPolicy; }

Q_SIGNALS:
    void operationChanged(const QString &opId);

private:
    struct Work;
    struct Pass;

    void fill(Pass &pass);
    QList<OpRow> candidates(Pass &pass);
    const Connection *knownConnection(Pass &pass, const OpRow &op);
    bool mayClaim(Pass &pass, const OpRow &op, QHash<qint64, int> &allowance);
    int lanesFor(const Connection &connection) const;
    std::unique_ptr<Work> prepare(Pass &pass, const OpRow &op, const OpRecords &records);
    bool prepareRequest(Pass &pass, Work &work);
    bool prepareReadBack(Pass &pass, Work &work);
    void claimAll(Pass &pass, std::vector<std::unique_ptr<Work>> &starting);
    void launch(Pass &pass);
    void release(Pass &pass, Work &work, const QString &why, const QDateTime &next);
    std::optional<QDateTime> nextToken(Pass &pass);
    void waitForAnswers(Pass &pass, std::optional<QDateTime> tokenAt);
    void holdBack(Pass &pass);
    void collect(Pass &pass);
    /** Answers whose outcomes are written in the open group, and the lanes freed before. */
    struct Settling
    {
        std::vector<std::unique_ptr<Work>> done;
        QStringList freedBefore;
    };
    void settle(Pass &pass);
    Settling recordAnswers(Pass &pass);
    void answersCommitted(Pass &pass, Settling &settling);
    void abandon(Pass &pass);
    TokenBucket &bucket(const Connection &connection);

    bool ensureSecrets(Pass &pass, Work &work);
    bool ensureLogin(Pass &pass, Work &work);
    void connectionCannotRun(Pass &pass, const Work &work, const QString &reason, bool pause);

    void finishSend(Pass &pass, Work &work);
    void finishReadBack(Pass &pass, Work &work);
    void judgeNotFound(Pass &pass, Work &work);
    void record(Pass &pass, Work &work, const Outcome &outcome);
    void recordAuthFailure(Pass &pass, Work &work, const Outcome &outcome);
    Outcome classifyTransport(const Work &work) const;
    QDateTime backoff(int attempts, std::optional<qint64> retryAfterSecs) const;
    double random() const;

    SyncStore &mStore;
    Transport &mTransport;
    const SecretSource &mSecrets;
    const Clock &mClock;
    SyncPolicy mPolicy;
    QHash<qint64, QString> mSessionTokens;
    QHash<qint64, TokenBucket> mBuckets; ///< per connection, kept from pass to pass
};

} // namespace InvoiceDesk
