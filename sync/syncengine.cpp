// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"
#include "adapterfactory.h"
#include "httptransport.h"
#include "syncengine_p.h"

#include "crashpoint.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QSet>

#include <cmath>

namespace InvoiceDesk {

namespace {

/** What an operation needs from the books that is no longer there, if anything. */
std::optional<QString> missingRecords(const SyncContext &context)
{
    switch (context.kind) {
    case OpKind::CreateInvoice:
    case OpKind::UpdateInvoice:
        if (!context.invoice)
            return SyncEngine::tr("the invoice no longer exists locally");
        break;
    case OpKind::AddPayment:
    case OpKind::VoidPayment:
        if (!context.payment || !context.invoice)
            return SyncEngine::tr("the payment or its invoice no longer exists locally");
        break;
    case OpKind::DeleteInvoice:
        break; // the invoice is gone by design; its payload says what to delete
    }
    return std::nullopt;
}

} // namespace

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
    // Lanes are refilled as soon as one frees up, so one slow answer holds only its own lane
    // (issue 9.3); an error of the books themselves stops the pass at once.
    for (;;) {
        while (!pass.exhausted && !pass.fatal() && int(pass.inFlight.size()) < mPolicy.maxParallel)
            fill(pass);
        if (pass.fatal() || pass.inFlight.empty())
            break;
        waitForAnswers(pass);
        settle(pass);
        pass.exhausted = false; // a lane whose op just ended may have its next op ready
    }
    abandon(pass);
    return pass.summary;
}

void SyncEngine::fill(Pass &pass)
{
    const int room = mPolicy.maxParallel - int(pass.inFlight.size());
    QList<OpRow> candidates;
    // A lane whose op was just acknowledged goes first: its next op (an invoice's payments
    // after its create) may go now, and order per invoice is kept by the store's readiness.
    while (!pass.freedLanes.isEmpty() && candidates.size() < room) {
        auto next = mStore.readyOpInLane(pass.freedLanes.takeFirst(), mClock.now());
        if (!next)
            return pass.keep(Error {next.error()});
        if (next->has_value() && !pass.handled.contains((*next)->opId)
            && (!pass.connectionId || (*next)->connectionId == *pass.connectionId))
            candidates.append(**next);
    }
    if (candidates.size() < room) {
        // Past the queue position already seen: each op is considered once per pass.
        auto ready = mStore.readyOps(
            mClock.now(), room - int(candidates.size()), pass.connectionId, pass.afterSeq);
        if (!ready)
            return pass.keep(Error {ready.error()});
        if (ready->isEmpty() && candidates.isEmpty())
            pass.exhausted = true;
        for (const OpRow &op : *ready) {
            pass.afterSeq = std::max(pass.afterSeq, op.seq);
            const bool listed = std::any_of(candidates.begin(), candidates.end(),
                [&op](const OpRow &candidate) { return candidate.opId == op.opId; });
            if (!listed && !pass.handled.contains(op.opId))
                candidates.append(op);
        }
    }
    std::vector<std::unique_ptr<Work>> starting;
    for (const OpRow &op : candidates) {
        if (auto work = prepare(pass, op))
            starting.push_back(std::move(work));
        if (pass.fatal())
            return;
    }
    if (!starting.empty())
        startAll(pass, starting);
}

std::unique_ptr<SyncEngine::Work> SyncEngine::prepare(Pass &pass, const OpRow &op)
{
    pass.handled.insert(op.opId);
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
    auto work = std::make_unique<Work>();
    work->op = op;
    work->connection = pass.connections.value(op.connectionId);
    if (pass.blocked.contains(op.connectionId)) {
        // Unreachable in this pass: the op waits, in whatever state it is in.
        pass.keep(mStore.defer(op, pass.blocked.value(op.connectionId), backoff(op.attempts, {})));
        return nullptr;
    }
    const QString &kind = work->connection.kind;
    if (!pass.adapters.contains(kind))
        pass.adapters.insert(kind, std::shared_ptr<SyncAdapter>(createAdapter(kind)));
    work->adapter = pass.adapters.value(kind);
    if (!work->adapter) {
        record(pass, *work,
            {Outcome::NeedsAttention, {}, tr("unknown connection kind \"%1\"").arg(kind), {},
                QStringLiteral("unknown_kind")});
        return nullptr;
    }
    if (!ensureSecrets(pass, *work))
        return nullptr;
    auto records = mStore.records(op);
    if (!records) {
        pass.keep(Error {records.error()});
        return nullptr;
    }
    SyncContext &context = work->context;
    context.invoice = records->invoice;
    context.payment = records->payment;
    context.outstandingBefore = records->outstandingBefore;
    context.remoteInvoiceId = records->remoteInvoiceId;
    context.remotePaymentId = records->remotePaymentId;
    if (context.payment)
        context.originalPaymentMarker = context.payment->marker;
    if (!ensureLogin(pass, *work))
        return nullptr;
    // An op in doubt is only ever read back (the store and the database refuse a send too).
    work->readBack = op.state == OpState::InDoubt || op.inDoubt();
    const bool ready = work->readBack ? prepareReadBack(pass, *work) : prepareRequest(pass, *work);
    return ready ? std::move(work) : nullptr;
}

bool SyncEngine::ensureSecrets(Pass &pass, Work &work)
{
    // A missing secret pauses the connection, never the op: an op in doubt stays in doubt
    // until it can be read back (issue 9.1).
    auto secrets = mSecrets.secretsFor(work.connection);
    if (!secrets) {
        connectionCannotRun(pass, work, secrets.error(), true);
        return false;
    }
    SyncContext &context = work.context;
    context.opId = work.op.opId;
    context.kind = work.op.kind;
    context.marker = work.op.marker;
    context.payload = work.op.payload;
    context.attemptNo = work.op.attempts + 1;
    context.connection = work.connection;
    context.now = mClock.now();
    context.secrets = *secrets;
    context.sessionToken = mSessionTokens.value(work.connection.id);
    work.secrets = secrets->values();
    return true;
}

bool SyncEngine::ensureLogin(Pass &pass, Work &work)
{
    if (!work.adapter->capabilities().needsLogin)
        return true;
    if (!work.context.sessionToken.isEmpty()) {
        work.secrets.append(work.context.sessionToken);
        return true;
    }
    auto request = work.adapter->buildLogin(work.context);
    if (!request) {
        connectionCannotRun(pass, work, request.error(), true);
        return false;
    }
    // Login bodies carry secrets: they are sent, never recorded. A session token is kept for
    // the pass and masked wherever a request that carries it is recorded (issue 9.4).
    const RemoteResponse response = mTransport.send(*request);
    auto token = work.adapter->parseLogin(response);
    if (token) {
        mSessionTokens.insert(work.connection.id, *token);
        work.context.sessionToken = *token;
        work.secrets.append(*token);
        return true;
    }
    // Unreachable or busy: try later, the connection is fine. Refused: pause the connection
    // until a person fixes its credentials. Either way the ops keep their states.
    const int status = response.httpStatus;
    const bool unreachable = status == 0 || status == 408 || status == 429 || status >= 500;
    if (unreachable) {
        const QString why
            = status == 0 ? response.errorText : tr("HTTP %1 (%2)").arg(status).arg(token.error());
        connectionCannotRun(
            pass, work, tr("could not sign in to %1: %2").arg(work.connection.name, why), false);
    } else {
        connectionCannotRun(pass, work,
            tr("%1 refused the sign-in: %2").arg(work.connection.name, token.error()), true);
    }
    return false;
}

void SyncEngine::connectionCannotRun(
    Pass &pass, const Work &work, const QString &reason, bool pause)
{
    // A connection problem never touches an op's state: an op in doubt stays in doubt.
    pass.blocked.insert(work.connection.id, reason);
    if (pause) {
        pass.keep(mStore.pauseConnection(work.connection.id, reason));
        ++pass.summary.paused;
        pass.summary.problems.append(reason);
    } else {
        pass.keep(mStore.defer(work.op, reason, backoff(work.op.attempts, {})));
        ++pass.summary.retrying;
        pass.summary.problems.append(reason);
    }
}

bool SyncEngine::prepareReadBack(Pass &pass, Work &work)
{
    const OpRow &op = work.op;
    if (!work.adapter->capabilities().canReadBack) {
        record(pass, work,
            {Outcome::NeedsAttention, {},
                tr("%1 cannot be checked from here: look for marker %2 in %3 and confirm")
                    .arg(work.label(), op.marker, work.connection.name),
                {}, QStringLiteral("decide_no_read_back")});
        return false;
    }
    if (op.inDoubtSince.isValid()
        && op.inDoubtSince.secsTo(mClock.now()) > mPolicy.inDoubtEscalationSecs) {
        record(pass, work,
            {Outcome::NeedsAttention, {},
                tr("%1 has been in doubt too long; decide whether it landed").arg(work.label()), {},
                QStringLiteral("decide_in_doubt_too_long")});
        return false;
    }
    const QDateTime quietUntil = op.lastSentAt.addSecs(mPolicy.quietPeriodSecs);
    if (work.adapter->readBackResends(work.context) && op.lastSentAt.isValid()
        && mClock.now() < quietUntil) {
        pass.keep(mStore.stayInDoubt(
            op, 0, tr("waiting out the quiet period before asking again"), quietUntil));
        ++pass.summary.inDoubt;
        return false;
    }
    auto request = work.adapter->buildReadBack(work.context);
    if (!request) {
        record(pass, work,
            {Outcome::NeedsAttention, {}, request.error(), {},
                QStringLiteral("decide_no_read_back")});
        return false;
    }
    work.request = *request;
    return true;
}

bool SyncEngine::prepareRequest(Pass &pass, Work &work)
{
    const SyncContext &context = work.context;
    const Capabilities capabilities = work.adapter->capabilities();
    // An invoice that lives on the remote has nothing to update there from here.
    if (!capabilities.pushesInvoices && context.kind == OpKind::UpdateInvoice) {
        record(pass, work, work.adapter->resolveLocally(context));
        return false;
    }
    // What the system does not take is refused here, once for every adapter, before a request
    // exists: the lane waits for a person, who does it on the remote system instead.
    std::optional<QString> refused = missingRecords(context);
    if (!refused)
        refused = refusal(capabilities, context);
    if (refused) {
        record(pass, work,
            {Outcome::NeedsAttention, {}, *refused, {}, QStringLiteral("refused_locally")});
        return false;
    }
    auto request = work.adapter->buildRequest(context);
    if (!request) {
        record(pass, work,
            {Outcome::NeedsAttention, {}, request.error(), {}, QStringLiteral("refused_locally")});
        return false;
    }
    if (!request->has_value()) {
        record(pass, work, work.adapter->resolveLocally(work.context));
        return false;
    }
    work.request = **request;
    return true;
}

void SyncEngine::startAll(Pass &pass, std::vector<std::unique_ptr<Work>> &starting)
{
    // Write-ahead intent: each exact request is committed before its first byte leaves.
    {
        SyncStore::Group group(mStore);
        if (auto s = group.begin(); !s)
            return pass.keep(s);
        for (auto &work : starting) {
            auto attempt = mStore.beginAttempt(
                work->op, work->request.forRecord(work->secrets), mClock.now(), work->readBack);
            if (!attempt)
                return pass.keep(Error {attempt.error()});
            work->attemptNo = *attempt;
        }
        if (auto s = group.commit(); !s)
            return pass.keep(s);
    }
    crashPoint("after_intent");
    for (auto &work : starting) {
        work->exchange = mTransport.start(work->request);
        connect(work->exchange.get(), &PendingExchange::finished, this, [&pass] {
            if (pass.loop)
                pass.loop->quit();
        });
        pass.inFlight.push_back(std::move(work));
    }
}

void SyncEngine::waitForAnswers(Pass &pass)
{
    // The engine runs in the sync worker's thread (or the command line's), never the GUI's:
    // waiting here for the first answer blocks nobody.
    const auto anyFinished = [&pass] {
        return std::any_of(pass.inFlight.begin(), pass.inFlight.end(),
            [](const auto &work) { return work->exchange->isFinished(); });
    };
    if (anyFinished())
        return;
    QEventLoop loop;
    pass.loop = &loop;
    loop.exec();
    pass.loop = nullptr;
}

void SyncEngine::settle(Pass &pass)
{
    std::vector<std::unique_ptr<Work>> done;
    for (auto it = pass.inFlight.begin(); it != pass.inFlight.end();) {
        if ((*it)->exchange->isFinished()) {
            done.push_back(std::move(*it));
            it = pass.inFlight.erase(it);
        } else {
            ++it;
        }
    }
    // Responses and outcomes commit together, each response saved before it is parsed.
    SyncStore::Group group(mStore);
    if (auto s = group.begin(); !s)
        return pass.keep(s); // the ops stay SENDING and are recovered as IN_DOUBT
    for (auto &work : done) {
        if (work->response().requestWritten)
            crashPoint("after_send"); // the request is out; nothing about its answer is recorded
        crashPoint("after_response");
        if (auto saved = mStore.saveResponse(work->op.opId, work->attemptNo,
                work->response().forRecord(work->secrets), mClock.now());
            !saved)
            return pass.keep(saved); // boardsesh#5305: never dead-lettered, recovered in doubt
        crashPoint("after_response_saved");
        if (work->readBack) {
            finishReadBack(pass, *work);
        } else {
            pass.summary.sent += work->response().requestWritten;
            finishSend(pass, *work);
        }
        if (pass.fatal())
            return;
    }
    crashPoint("during_ack"); // outcomes and id mappings recorded, not committed
    if (auto s = group.commit(); !s)
        return pass.keep(s);
    crashPoint("after_ack");
    for (const auto &work : done)
        Q_EMIT operationChanged(work->op.opId);
}

void SyncEngine::abandon(Pass &pass)
{
    if (!pass.fatal())
        return;
    // Exchanges still out, or answers that could not be recorded: their ops are in doubt,
    // exactly as after a crash (best effort; a restart's recovery does the same).
    pass.inFlight.clear();
    (void)mStore.recover(mClock.now());
}

} // namespace InvoiceDesk
