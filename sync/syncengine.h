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
 * Up to SyncPolicy::maxParallel lanes are in flight at once, and a lane is
 * refilled as soon as its exchange ends, so one slow answer holds only its own
 * lane. Nothing is dropped without a person's decision, and an operation in
 * doubt leaves that state only through a read-back verdict or a person's
 * decision (SyncStore and the database enforce it too).
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
    std::unique_ptr<Work> prepare(Pass &pass, const OpRow &op);
    bool prepareRequest(Pass &pass, Work &work);
    bool prepareReadBack(Pass &pass, Work &work);
    void startAll(Pass &pass, std::vector<std::unique_ptr<Work>> &starting);
    void waitForAnswers(Pass &pass);
    void settle(Pass &pass);
    void abandon(Pass &pass);

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
};

} // namespace InvoiceDesk
