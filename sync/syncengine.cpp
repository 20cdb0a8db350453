// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"
#include "httptransport.h"
#include "syncengine_p.h"

#include "crashpoint.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <cmath>

namespace InvoiceDesk {

SyncEngine::SyncEngine(SyncStore &store, Transport &transport, const SecretSource &secrets,
    const Clock &clock, SyncPolicy policy, QObject *parent)
    : QObject(parent)
    , mStore(store)
    , mTransport(transport)
    , mSecrets(secrets)
    , mClock(clock)
    , mPolicy(std::move(policy))
{
}

SyncEngine::~SyncEngine() = default;

Result<int> SyncEngine::start()
{
    return mStore.recover(mClock.now());
}

double SyncEngine::random() const
{
    return mPolicy.random ? mPolicy.random() : QRandomGenerator::global()->generateDouble();
}

QDateTime SyncEngine::backoff(int attempts, std::optional<qint64> retryAfterSecs) const
{
    // Full jitter: rand(0, min(cap, base · 2^n)), never sooner than Retry-After.
    const double ceiling = std::min(double(mPolicy.backoffCapSecs),
        double(mPolicy.backoffBaseSecs) * std::pow(2.0, std::min(attempts, 30)));
    qint64 delayMs = qint64(random() * ceiling * 1000.0);
    if (retryAfterSecs)
        delayMs = std::max(delayMs, *retryAfterSecs * 1000 + qint64(random() * 1000.0));
    return mClock.now().addMSecs(delayMs);
}

std::optional<QDateTime> SyncEngine::nextWake(std::optional<qint64> connectionId)
{
    auto wake = mStore.nextWake(mClock.now(), connectionId);
    return wake ? *wake : std::nullopt;
}

SyncEngine::Summary SyncEngine::runOnce(std::optional<qint64> connectionId)
{
    Pass pass;
    pass.connectionId = connectionId;
    const int lowWater = std::max(1, mPolicy.intentBatch / 4);
    // Lanes are refilled as soon as one frees up, so one slow answer holds only its own lane
    // (issue 9.3); the books catch up (outcomes committed, the next batch claimed) while the
    // lanes are out, so that their work overlaps the remote's. An error of the books themselves
    // stops the pass at once.
    while (!pass.fatal()) {
        launch(pass);
        if (int(pass.ready.size()) < lowWater && !pass.exhausted && !pass.saturated) {
            // The claim commits the outcomes that wait too. Claims read only what is committed
            // (a lane freed by an acknowledgement goes to the next fill), so when nothing could
            // be claimed the outcomes commit on their own and the freed lanes are read at once.
            const std::size_t claimed = pass.ready.size();
            fill(pass);
            if (pass.ready.size() > claimed)
                continue; // launch what was just claimed
            if (!pass.answered.empty() && !pass.fatal()) {
                settle(pass);
                continue;
            }
        }
        if (pass.fatal())
            break;
        // Answers commit once enough of them wait, or at once when nothing claimed is left to
        // send: an acknowledgement may free its lane's next op (one slow answer holds only its
        // own lane).
        if (!pass.answered.empty()
            && (pass.ready.empty() || pass.inFlight.empty()
                || int(pass.answered.size()) >= mPolicy.outcomeBatch)) {
            settle(pass);
            continue;
        }
        const std::optional<QDateTime> tokenAt = nextToken(pass);
        if (pass.inFlight.empty() && !tokenAt) {
            if (pass.exhausted || pass.saturated)
                break; // nothing out, nothing claimed, nothing left to claim
            continue;
        }
        waitForAnswers(pass, tokenAt);
        collect(pass);
    }
    settle(pass);
    abandon(pass);
    return pass.summary;
}

int SyncEngine::lanesFor(const Connection &connection) const
{
    const int lanes = ConnectionPace::from(connection.settings).lanes;
    return lanes > 0 ? lanes : std::max(1, mPolicy.maxParallel);
}

TokenBucket &SyncEngine::bucket(const Connection &connection)
{
    TokenBucket &bucket = mBuckets[connection.id];
    bucket.configure(ConnectionPace::from(connection.settings).requestsPerSecond);
    return bucket;
}

QList<OpRow> SyncEngine::candidates(Pass &pass)
{
    QList<OpRow> found;
    const int room = std::max(1, mPolicy.intentBatch);
    // A lane whose op was just acknowledged (and committed) goes first: its next op (an
    // invoice's payments after its create) may go now; order per invoice is kept by the
    // store's readiness.
    if (!pass.freedLanes.isEmpty()) {
        const QStringList lanes = pass.freedLanes.mid(0, room);
        pass.freedLanes.remove(0, lanes.size());
        auto next = mStore.readyOpsInLanes(lanes, mClock.now());
        if (!next) {
            pass.keep(Error {next.error()});
            return {};
        }
        for (const OpRow &op : *next) {
            if (!pass.handled.contains(op.opId)
                && (!pass.connectionId || op.connectionId == *pass.connectionId))
                found.append(op);
        }
    }
    if (found.size() >= room)
        return found;
    // Past the queue position already seen: each op is considered once per pass.
    auto ready
        = mStore.readyOps(mClock.now(), room - int(found.size()), pass.connectionId, pass.afterSeq);
    if (!ready) {
        pass.keep(Error {ready.error()});
        return {};
    }
    if (ready->isEmpty() && found.isEmpty())
        pass.exhausted = true;
    for (const OpRow &op : *ready) {
        op.fromQueue = true;
        found.append(op);
    }
    return found;
}

const Connection *SyncEngine::knownConnection(Pass &pass, const OpRow &op)
{
    if (!pass.connections.contains(op.connectionId)) {
        auto connection = mStore.connection(op.connectionId);
        if (!connection || !connection->has_value()) {
            pass.keep(
                Error {connection ? tr("the connection of operation %1 is missing").arg(op.marker)
                                  : connection.error()});
            return nullptr;
        }
        pass.connections.insert(op.connectionId, **connection);
    }
    return &pass.connections[op.connectionId];
}

bool SyncEngine::mayClaim(Pass &pass, const OpRow &op, QHash<qint64, int> &allowance)
{
    // Each connection gets no more claims than its lanes and its bucket can use soon: a claimed
    // op that a crash catches before its send is read back, never re-sent on a guess.
    const Connection *connection = knownConnection(pass, op);
    if (!connection)
        return false;
    if (!allowance.contains(op.connectionId)) {
        const double rate = bucket(*connection).rate();
        const int soon
            = rate > 0 ? lanesFor(*connection) + int(rate * 2) : std::max(1, mPolicy.intentBatch);
        allowance.insert(op.connectionId, soon - pass.claimedFor(op.connectionId));
    }
    return allowance[op.connectionId]-- > 0;
}

void SyncEngine::fill(Pass &pass)
{
    const QList<OpRow> found = candidates(pass);
    QHash<qint64, int> allowance;
    QList<OpRow> taken;
    const QDateTime now = mClock.now();
    for (const OpRow &op : found) {
        if (pass.fatal())
            return;
        if (pass.handled.contains(op.opId) || taken.contains(op)) {
            if (op.fromQueue)
                pass.afterSeq = std::max(pass.afterSeq, op.seq);
            continue;
        }
        if (!mayClaim(pass, op, allowance)) {
            pass.saturated = !pass.fatal();
            break; // the rest waits for an answer, in queue order
        }
        const QDateTime slot = bucket(pass.connections[op.connectionId]).nextSlot(now);
        if (now.msecsTo(slot) > mPolicy.maxPaceWaitMs) {
            // The target asked for a long pause: the op waits for it outside this pass.
            pass.handled.insert(op.opId);
            pass.keep(mStore.defer(op, tr("the remote asked to slow down"), slot));
        } else {
            taken.append(op);
        }
        if (op.fromQueue)
            pass.afterSeq = std::max(pass.afterSeq, op.seq);
    }
    if (taken.isEmpty() || pass.fatal())
        return;
    // The operations' records, in a few queries for the whole batch.
    auto records = mStore.records(taken);
    if (!records)
        return pass.keep(Error {records.error()});
    std::vector<std::unique_ptr<Work>> starting;
    for (const OpRow &op : taken) {
        if (auto work = prepare(pass, op, records->value(op.opId)))
            starting.push_back(std::move(work));
        if (pass.fatal())
            return;
    }
    if (!starting.empty())
        claimAll(pass, starting);
}

void SyncEngine::claimAll(Pass &pass, std::vector<std::unique_ptr<Work>> &starting)
{
    // Write-ahead intent: the exact requests of the whole batch commit in one transaction
    // before the first byte of any of them leaves. The outcomes of the answers that wait commit
    // in the same transaction: one durable commit instead of two. Their lanes' next ops were not
    // ready when this batch was chosen; they are read after the commit, by the next fill.
    SyncStore::Group group(mStore);
    if (auto s = group.begin(); !s)
        return pass.keep(s);
    Settling settling = recordAnswers(pass);
    if (pass.fatal())
        return;
    for (auto &work : starting) {
        auto attempt = mStore.beginAttempt(
            work->op, work->request.forRecord(work->secrets), mClock.now(), work->readBack);
        if (!attempt)
            return pass.keep(Error {attempt.error()});
        work->attemptNo = *attempt;
        crashPoint("inside_intent_group"); // some intents written, none committed
    }
    if (auto s = group.commit(); !s)
        return pass.keep(s);
    crashPoint("after_intent");
    if (!settling.done.empty())
        crashPoint("after_ack");
    answersCommitted(pass, settling);
    for (auto &work : starting)
        pass.ready.push_back(std::move(work));
}

void SyncEngine::launch(Pass &pass)
{
    // In claim order, as far as each connection's lanes and bucket allow; an op of another
    // connection may overtake one that waits for its target.
    const QDateTime now = mClock.now();
    for (auto it = pass.ready.begin(); it != pass.ready.end();) {
        Work &work = **it;
        const qint64 connectionId = work.connection.id;
        TokenBucket &pace = bucket(work.connection);
        const QDateTime slot = pace.nextSlot(now);
        if (pass.staleSession.contains(connectionId) && work.adapter->capabilities().needsLogin) {
            release(pass, work, tr("the session expired; signing in again"), now);
            it = pass.ready.erase(it);
            continue;
        }
        if (pass.blocked.contains(connectionId) || now.msecsTo(slot) > mPolicy.maxPaceWaitMs) {
            release(pass, work,
                pass.blocked.value(connectionId, tr("the remote asked to slow down")),
                std::max(slot, backoff(work.op.attempts, {})));
            it = pass.ready.erase(it);
            continue;
        }
        if (pass.busy.value(connectionId) >= lanesFor(work.connection) || slot > now) {
            ++it;
            continue;
        }
        pace.take(now);
        crashPoint("before_send"); // this intent is committed; the batch is partly sent
        work.exchange = mTransport.start(work.request);
        connect(work.exchange.get(), &PendingExchange::finished, this, [&pass] {
            if (pass.loop)
                pass.loop->quit();
        });
        ++pass.busy[connectionId];
        pass.inFlight.push_back(std::move(*it));
        it = pass.ready.erase(it);
    }
}

void SyncEngine::release(Pass &pass, Work &work, const QString &why, const QDateTime &next)
{
    // Claimed, never sent: provably not applied. A send waits again, a read-back stays in doubt.
    if (work.readBack) {
        pass.keep(mStore.stayInDoubt(work.op, work.attemptNo, why, next));
        ++pass.summary.inDoubt;
        return;
    }
    pass.keep(mStore.applyOutcome(work.op, work.attemptNo,
        {Outcome::RetryWait, {}, why, {}, QStringLiteral("not_sent")}, mClock.now(), next));
    ++pass.summary.retrying;
}

std::optional<QDateTime> SyncEngine::nextToken(Pass &pass)
{
    // When the first claimed op that only waits for its bucket may go.
    std::optional<QDateTime> earliest;
    const QDateTime now = mClock.now();
    for (const auto &work : pass.ready) {
        if (pass.busy.value(work->connection.id) >= lanesFor(work->connection))
            continue;
        const QDateTime slot = bucket(work->connection).nextSlot(now);
        if (!earliest || slot < *earliest)
            earliest = slot;
    }
    return earliest;
}

void SyncEngine::waitForAnswers(Pass &pass, std::optional<QDateTime> tokenAt)
{
    // The engine runs in the sync worker's thread (or the command line's), never the GUI's:
    // waiting here for the first answer (or the next token of a bucket) blocks nobody.
    const auto anyFinished = [&pass] {
        return std::any_of(pass.inFlight.begin(), pass.inFlight.end(),
            [](const auto &work) { return work->exchange->isFinished(); });
    };
    if (anyFinished())
        return;
    const qint64 tokenInMs = tokenAt ? mClock.realMsUntil(*tokenAt) : -1;
    if (tokenAt && tokenInMs <= 0)
        return;
    QEventLoop loop;
    QTimer timer;
    if (tokenAt) {
        timer.setSingleShot(true);
        timer.setTimerType(Qt::PreciseTimer); // never early: the token is there when it fires
        connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(std::chrono::milliseconds(tokenInMs + 1));
    }
    pass.loop = &loop;
    loop.exec();
    pass.loop = nullptr;
    // A clock that did not move while we waited (a test's) would hold them for ever.
    if (tokenAt && !anyFinished() && mClock.now() < *tokenAt)
        holdBack(pass);
}

void SyncEngine::holdBack(Pass &pass)
{
    // The claims that still wait for their bucket go back unsent, due when their token is.
    const QDateTime now = mClock.now();
    for (auto it = pass.ready.begin(); it != pass.ready.end();) {
        Work &work = **it;
        const QDateTime slot = bucket(work.connection).nextSlot(now);
        if (slot <= now) {
            ++it;
            continue;
        }
        release(pass, work, tr("the remote asked to slow down"), slot);
        it = pass.ready.erase(it);
    }
}

void SyncEngine::collect(Pass &pass)
{
    const QDateTime now = mClock.now();
    for (auto it = pass.inFlight.begin(); it != pass.inFlight.end();) {
        Work &work = **it;
        if (!work.exchange->isFinished()) {
            ++it;
            continue;
        }
        --pass.busy[work.connection.id];
        pass.saturated = false; // a lane is free: more may be claimed
        // The target says it is overwhelmed: every later request to it slows down at once.
        const int status = work.response().httpStatus;
        if (status == 429 || status == 503)
            bucket(work.connection).throttle(now, work.response().retryAfterSeconds(now));
        pass.answered.push_back(std::move(*it));
        it = pass.inFlight.erase(it);
    }
}

void SyncEngine::settle(Pass &pass)
{
    if (pass.answered.empty() || pass.fatal())
        return;
    SyncStore::Group group(mStore);
    if (auto s = group.begin(); !s)
        return pass.keep(s); // the ops stay SENDING and are recovered as IN_DOUBT
    Settling settling = recordAnswers(pass);
    if (pass.fatal())
        return;
    if (auto s = group.commit(); !s)
        return pass.keep(s);
    crashPoint("after_ack");
    answersCommitted(pass, settling);
}

SyncEngine::Settling SyncEngine::recordAnswers(Pass &pass)
{
    // Inside the caller's group: responses and outcomes of many answers commit together, each
    // response saved before it is parsed. Until the commit nothing depends on them: the next op
    // of their lanes is read only after it, and a crash before it leaves them SENDING, recovered
    // as IN_DOUBT.
    Settling settling;
    settling.done.swap(pass.answered);
    settling.freedBefore.swap(pass.freedLanes);
    for (auto &work : settling.done) {
        if (work->response().requestWritten)
            crashPoint("after_send"); // the request is out; nothing about its answer is recorded
        crashPoint("after_response");
        if (auto saved = mStore.saveResponse(work->op.opId, work->attemptNo,
                work->response().forRecord(work->secrets), mClock.now());
            !saved) {
            pass.keep(saved); // boardsesh#5305: never dead-lettered, recovered in doubt
            return settling;
        }
        crashPoint("after_response_saved");
        if (work->readBack) {
            finishReadBack(pass, *work);
        } else {
            pass.summary.sent += work->response().requestWritten;
            finishSend(pass, *work);
        }
        if (pass.fatal())
            return settling;
        crashPoint("inside_outcome_group"); // some outcomes written, none committed
    }
    crashPoint("during_ack"); // outcomes and id mappings recorded, not committed
    return settling;
}

void SyncEngine::answersCommitted(Pass &pass, Settling &settling)
{
    settling.freedBefore.append(pass.freedLanes);
    pass.freedLanes.swap(settling.freedBefore);
    pass.exhausted = false; // a lane whose op just ended may have its next op ready
    for (const auto &work : settling.done)
        Q_EMIT operationChanged(work->op.opId);
}

void SyncEngine::abandon(Pass &pass)
{
    if (!pass.fatal() && pass.ready.empty())
        return;
    // Exchanges still out, claims not sent, or answers that could not be recorded: their ops
    // are in doubt, exactly as after a crash (best effort; a restart's recovery does the same).
    pass.inFlight.clear();
    pass.ready.clear();
    pass.answered.clear();
    (void)mStore.recover(mClock.now());
}

} // namespace InvoiceDesk
