// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"
#include "credentialstore.h"
#include "httptransport.h"

#include "crashpoint.h"
#include "database.h"
#include "ledger.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cmath>

Q_LOGGING_CATEGORY(lcSync, "invoicedesk.sync")

namespace InvoiceDesk {

namespace {

QString opLabel(const OpRow &op, const SyncContext &context)
{
    const QString invoice = context.invoice ? context.invoice->number
                                            : op.payload.value(QStringLiteral("number")).toString();
    return QStringLiteral("%1 %2 (%3)").arg(opKindKey(op.kind), invoice, op.marker);
}

/** A bookkeeping write that failed stops the pass: the op stays where it is and recovers. */
void keep(SyncEngine::Summary &summary, const Status &status)
{
    if (!status && summary.fatalError.isEmpty())
        summary.fatalError = status.error();
}

} // namespace

struct SyncEngine::Work
{
    OpRow op;
    Connection connection;
    std::shared_ptr<SyncAdapter> adapter;
    SyncContext context;
    bool readBack = false;
    RemoteRequest request;
    int attemptNo = 0;
};

SyncEngine::SyncEngine(Database &database, const Clock &clock, SyncPolicy policy, QObject *parent)
    : QObject(parent)
    , mDatabase(database)
    , mClock(clock)
    , mPolicy(std::move(policy))
    , mStore(database.connection())
    , mLedger(std::make_unique<Ledger>(database))
    , mCredentials(std::make_unique<CredentialStore>())
    , mTransport(new HttpTransport(this))
{
    mTransport->setTimeouts(mPolicy.transferTimeoutMs, mPolicy.attemptWatchdogMs);
}

SyncEngine::~SyncEngine() = default;

Result<int> SyncEngine::start()
{
    // A damaged file is never read as an empty queue (sync-design.md T23).
    if (auto intact = mDatabase.checkIntegrity(); !intact)
        return Error {intact.error()};
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

Result<SyncContext> SyncEngine::contextFor(const OpRow &op, const Connection &connection)
{
    SyncContext context;
    context.opId = op.opId;
    context.kind = op.kind;
    context.marker = op.marker;
    context.payload = op.payload;
    context.attemptNo = op.attempts + 1;
    context.connection = connection;
    context.now = mClock.now();
    context.sessionToken = mSessionTokens.value(connection.id);
    auto secrets = mCredentials->secretsFor(connection);
    if (!secrets)
        return Error {secrets.error()};
    context.secrets = *secrets;

    QSqlQuery lookup(mDatabase.connection());
    lookup.prepare(QStringLiteral("SELECT id, grand_total FROM invoices WHERE uuid = ?"));
    lookup.addBindValue(op.laneKey);
    qint64 grandTotal = 0;
    if (lookup.exec() && lookup.next()) {
        grandTotal = lookup.value(1).toLongLong();
        if (auto invoice = mLedger->invoice(lookup.value(0).toLongLong());
            invoice && invoice->has_value())
            context.invoice = **invoice;
    }
    context.remoteInvoiceId = mStore.remoteId(connection.id, QStringLiteral("invoice"), op.laneKey);
    if (context.remoteInvoiceId.isEmpty())
        context.remoteInvoiceId = op.payload.value(QStringLiteral("remoteId")).toString();

    if (op.kind == OpKind::AddPayment || op.kind == OpKind::VoidPayment) {
        QSqlQuery payment(mDatabase.connection());
        payment.prepare(QStringLiteral("SELECT id FROM payments WHERE uuid = ?"));
        payment.addBindValue(op.entityUuid);
        if (payment.exec() && payment.next()) {
            if (auto loaded = mLedger->paymentRepository().load(payment.value(0).toLongLong());
                loaded && loaded->has_value())
                context.payment = **loaded;
        }
        if (context.payment) {
            context.originalPaymentMarker = context.payment->marker;
            context.remotePaymentId
                = mStore.remoteId(connection.id, QStringLiteral("payment"), op.entityUuid);
            QSqlQuery before(mDatabase.connection());
            before.prepare(QStringLiteral(
                "SELECT coalesce(sum(amount), 0) FROM payments WHERE invoice_id = ? AND id < ? "
                "AND voided_at IS NULL"));
            before.addBindValue(context.payment->invoiceId);
            before.addBindValue(context.payment->id);
            if (before.exec() && before.next())
                context.outstandingBefore = grandTotal - before.value(0).toLongLong();
        }
    }
    return context;
}

bool SyncEngine::ensureLogin(Work &work, Summary &summary)
{
    if (!work.adapter->capabilities().needsLogin || !work.context.sessionToken.isEmpty())
        return true;
    auto request = work.adapter->buildLogin(work.context);
    if (!request)
        return false;
    // Login bodies carry secrets: they are sent, never recorded.
    const RemoteResponse response = mTransport->send(*request);
    auto token = work.adapter->parseLogin(response);
    if (!token) {
        const QString reason = response.httpStatus == 0 && !response.errorText.isEmpty()
            ? tr("could not sign in to %1: %2").arg(work.connection.name, response.errorText)
            : tr("%1 refused the sign-in: %2").arg(work.connection.name, token.error());
        if (response.httpStatus == 0) {
            record(work, {Outcome::RetryWait, {}, reason, {}, QStringLiteral("login_unreachable")},
                summary);
        } else {
            keep(summary, mStore.pauseConnection(work.connection.id, reason, work.op));
            ++summary.paused;
            summary.problems.append(reason);
        }
        return false;
    }
    mSessionTokens.insert(work.connection.id, *token);
    work.context.sessionToken = *token;
    return true;
}

SyncEngine::Summary SyncEngine::runOnce(std::optional<qint64> connectionId)
{
    Summary summary;
    mReloggedThisPass.clear();
    // Each op at most once per pass, in queue order: a zero backoff must not spin, and an
    // op that became ready again waits for the next pass.
    qint64 afterSeq = 0;
    QHash<QString, std::shared_ptr<SyncAdapter>> adapters;
    for (;;) {
        auto ready = mStore.readyOps(mClock.now(), mPolicy.maxParallel, connectionId, afterSeq);
        if (!ready) {
            summary.fatalError = ready.error();
            return summary;
        }
        QList<Work> batch;
        if (ready->isEmpty())
            break;
        for (const OpRow &op : *ready) {
            afterSeq = std::max(afterSeq, op.seq);
            Work work;
            work.op = op;
            auto connection = mLedger->connections().findById(op.connectionId);
            if (!connection || !connection->has_value())
                continue;
            work.connection = **connection;
            if (!adapters.contains(work.connection.kind))
                adapters.insert(work.connection.kind,
                    std::shared_ptr<SyncAdapter>(SyncAdapter::create(work.connection.kind)));
            work.adapter = adapters.value(work.connection.kind);
            if (!work.adapter) {
                record(work,
                    {Outcome::NeedsAttention, {},
                        tr("unknown connection kind \"%1\"").arg(work.connection.kind), {},
                        QStringLiteral("unknown_kind")},
                    summary);
                continue;
            }
            auto context = contextFor(op, work.connection);
            if (!context) {
                keep(summary, mStore.pauseConnection(work.connection.id, context.error(), op));
                ++summary.paused;
                summary.problems.append(context.error());
                continue;
            }
            work.context = *context;
            work.readBack = op.state == OpState::InDoubt;
            if (!ensureLogin(work, summary))
                continue;
            if (work.readBack) {
                if (!work.adapter->capabilities().canReadBack) {
                    record(work,
                        {Outcome::NeedsAttention, {},
                            tr("%1 cannot be checked from here: look for marker %2 in %3 and "
                               "confirm")
                                .arg(opLabel(op, work.context), op.marker, work.connection.name),
                            {}, QStringLiteral("decide_no_read_back")},
                        summary);
                    continue;
                }
                if (op.inDoubtSince.isValid()
                    && op.inDoubtSince.secsTo(mClock.now()) > mPolicy.inDoubtEscalationSecs) {
                    record(work,
                        {Outcome::NeedsAttention, {},
                            tr("%1 has been in doubt too long; decide whether it landed")
                                .arg(opLabel(op, work.context)),
                            {}, QStringLiteral("decide_in_doubt_too_long")},
                        summary);
                    continue;
                }
                auto request = work.adapter->buildReadBack(work.context);
                if (!request) {
                    record(work,
                        {Outcome::NeedsAttention, {}, request.error(), {},
                            QStringLiteral("decide_no_read_back")},
                        summary);
                    continue;
                }
                work.request = *request;
            } else {
                auto request = work.adapter->buildRequest(work.context);
                if (!request) {
                    record(work,
                        {Outcome::NeedsAttention, {}, request.error(), {},
                            QStringLiteral("refused_locally")},
                        summary);
                    continue;
                }
                if (!request->has_value()) {
                    record(work, work.adapter->resolveLocally(work.context), summary);
                    continue;
                }
                work.request = **request;
            }
            batch.append(work);
        }
        if (batch.isEmpty())
            continue;
        processBatch(batch, summary);
        if (!summary.fatalError.isEmpty())
            break;
    }
    return summary;
}

void SyncEngine::processBatch(QList<Work> &batch, Summary &summary)
{
    // Write-ahead intent: each exact request is committed before its first byte leaves.
    QList<RemoteRequest> requests;
    if (auto s = mStore.beginGroup(); !s) {
        summary.fatalError = s.error();
        return;
    }
    for (Work &work : batch) {
        auto attempt = mStore.beginAttempt(work.op, work.request, mClock.now(), work.readBack);
        if (!attempt) {
            summary.fatalError = attempt.error();
            return;
        }
        work.attemptNo = *attempt;
        requests.append(work.request);
    }
    if (auto s = mStore.commitGroup(); !s) {
        summary.fatalError = s.error();
        return;
    }
    crashPoint("after_intent");
    const QList<RemoteResponse> responses = mTransport->send(requests);
    // Responses and outcomes of the batch commit together, after every response is saved.
    if (auto s = mStore.beginGroup(); !s) {
        summary.fatalError = s.error();
        return;
    }
    for (qsizetype i = 0; i < batch.size(); ++i) {
        Work &work = batch[i];
        const RemoteResponse &response = responses.at(i);
        crashPoint("after_response");
        if (auto saved = mStore.saveResponse(work.op.opId, work.attemptNo, response, mClock.now());
            !saved) {
            // The response is in memory; the op stays SENDING and recovers as IN_DOUBT
            // (boardsesh#5305).
            summary.fatalError = saved.error();
            return;
        }
    }
    for (qsizetype i = 0; i < batch.size(); ++i) {
        Work &work = batch[i];
        crashPoint("after_response_saved");
        if (!work.readBack)
            ++summary.sent;
        if (work.readBack)
            finishReadBack(work, responses.at(i), summary);
        else
            finishSend(work, responses.at(i), summary);
    }
    crashPoint("during_ack"); // outcomes and id mappings recorded, not committed
    if (auto s = mStore.commitGroup(); !s && summary.fatalError.isEmpty())
        summary.fatalError = s.error();
    crashPoint("after_ack");
    for (const Work &work : batch)
        Q_EMIT operationChanged(work.op.opId);
}

Outcome SyncEngine::classifyTransport(
    const RemoteRequest &request, const RemoteResponse &response, const Work &work) const
{
    const bool idempotent = request.method != "POST";
    const QDateTime now = mClock.now();
    if (!response.requestWritten)
        return {Outcome::RetryWait, {}, response.errorText, {}, QStringLiteral("not_sent")};
    if (response.httpStatus == 0) {
        const QString why
            = response.timedOut ? QStringLiteral("timeout") : QStringLiteral("connection_lost");
        return {
            idempotent ? Outcome::RetryWait : Outcome::InDoubt, {}, response.errorText, {}, why};
    }
    const int status = response.httpStatus;
    const QString serverMessage = work.adapter->classify(response, work.context).message;
    const QString message = serverMessage.isEmpty() ? tr("HTTP %1").arg(status) : serverMessage;
    if (status == 401 || status == 403)
        return {Outcome::AuthFailed, {}, message, {}, QStringLiteral("http_%1").arg(status)};
    if (status == 409 || status == 412) {
        // sync-design.md 5.3: a create may have landed before (read it back); an update met a
        // newer remote version and is not forced over it.
        if (request.method == "POST")
            return {Outcome::Evidence, {}, message, {}, QStringLiteral("http_%1").arg(status)};
        return {Outcome::Conflict, {}, message, {}, QStringLiteral("http_%1").arg(status)};
    }
    if (status == 408 || status == 429 || status == 503 || status >= 500) {
        // Not certain either way for a POST: read back before anything is sent again.
        return {idempotent ? Outcome::RetryWait : Outcome::InDoubt, {}, message,
            response.retryAfterSeconds(now), QStringLiteral("http_%1").arg(status)};
    }
    return work.adapter->classify(response, work.context);
}

void SyncEngine::finishSend(Work &work, const RemoteResponse &response, Summary &summary)
{
    record(work, classifyTransport(work.request, response, work), summary);
}

void SyncEngine::finishReadBack(Work &work, const RemoteResponse &response, Summary &summary)
{
    const OpRow &op = work.op;
    const QDateTime now = mClock.now();
    if (response.httpStatus == 401 || response.httpStatus == 403) {
        mSessionTokens.remove(work.connection.id);
        keep(summary,
            mStore.stayInDoubt(op, work.attemptNo,
                tr("the read-back was refused (HTTP %1)").arg(response.httpStatus), now));
        ++summary.inDoubt;
        return;
    }
    const ReadBack found = response.httpStatus == 0
        ? ReadBack {ReadBack::Unknown, {}, response.errorText}
        : work.adapter->parseReadBack(response, work.context);
    crashPoint("after_read_back");
    switch (found.verdict) {
    case ReadBack::Found:
        crashPoint("after_found");
        record(work,
            {Outcome::Acked, found.remoteId, tr("found by read-back"), {}, QStringLiteral("found")},
            summary);
        return;
    case ReadBack::Removed:
        record(work,
            {Outcome::NeedsAttention, found.remoteId, found.message, {},
                QStringLiteral("decide_removed")},
            summary);
        return;
    case ReadBack::Ambiguous:
        record(work,
            {Outcome::NeedsAttention, {}, found.message, {}, QStringLiteral("decide_ambiguous")},
            summary);
        return;
    case ReadBack::Unknown:
        keep(summary,
            mStore.stayInDoubt(
                op, work.attemptNo, found.message, backoff(op.attempts, std::nullopt)));
        ++summary.inDoubt;
        return;
    case ReadBack::NotFound:
        break;
    }
    // NOT_FOUND is trusted only after the quiet period, and when two reads far enough apart agree.
    const bool quietOver
        = !op.lastSentAt.isValid() || op.lastSentAt.secsTo(now) >= mPolicy.quietPeriodSecs;
    if (!quietOver) {
        keep(summary,
            mStore.stayInDoubt(op, work.attemptNo,
                tr("not found yet; waiting out the quiet period"),
                op.lastSentAt.addSecs(mPolicy.quietPeriodSecs)));
        ++summary.inDoubt;
    } else if (!op.notFoundAt.isValid()) {
        keep(summary,
            mStore.recordNotFound(
                op, work.attemptNo, now, now.addSecs(mPolicy.readBackSpacingSecs), false));
        ++summary.inDoubt;
    } else if (op.notFoundAt.secsTo(now) >= mPolicy.readBackSpacingSecs) {
        if (op.resends >= mPolicy.maxResendsAfterNotFound) {
            record(work,
                {Outcome::NeedsAttention, {},
                    tr("%1 was not found after %2 sends; decide what to do")
                        .arg(opLabel(op, work.context))
                        .arg(op.resends + 1),
                    {}, QStringLiteral("decide_not_found_repeatedly")},
                summary);
        } else {
            keep(summary, mStore.recordNotFound(op, work.attemptNo, now, {}, true));
            ++summary.retrying;
        }
    } else {
        keep(summary,
            mStore.stayInDoubt(op, work.attemptNo, tr("not found; checking again"),
                op.notFoundAt.addSecs(mPolicy.readBackSpacingSecs)));
        ++summary.inDoubt;
    }
}

void SyncEngine::record(Work &work, const Outcome &outcome, Summary &summary)
{
    const QDateTime now = mClock.now();
    const OpRow &op = work.op;
    QDateTime next;
    Outcome applied = outcome;
    switch (outcome.verdict) {
    case Outcome::Acked:
        ++summary.acked;
        break;
    case Outcome::InDoubt:
        next = now.addSecs(
            std::max<qint64>(mPolicy.firstReadBackSecs, outcome.retryAfterSecs.value_or(0)));
        ++summary.inDoubt;
        break;
    case Outcome::Evidence:
        next = now; // read back at once: the refusal says an earlier send landed
        ++summary.inDoubt;
        break;
    case Outcome::RetryWait:
        next = backoff(op.attempts + 1, outcome.retryAfterSecs);
        ++summary.retrying;
        break;
    case Outcome::Conflict:
    case Outcome::NeedsAttention:
        ++summary.needsAttention;
        summary.problems.append(
            tr("%1 on %2: %3")
                .arg(opLabel(op, work.context), work.connection.name, outcome.message));
        break;
    case Outcome::AuthFailed:
        if (work.adapter && work.adapter->capabilities().needsLogin
            && !mReloggedThisPass.value(work.connection.id)) {
            // One fresh sign-in (the token may simply have expired), then the same request again.
            mReloggedThisPass.insert(work.connection.id, true);
            mSessionTokens.remove(work.connection.id);
            applied.verdict = Outcome::RetryWait;
            next = now;
            ++summary.retrying;
            break;
        }
        keep(summary, mStore.pauseConnection(work.connection.id, outcome.message, op));
        if (work.attemptNo > 0)
            keep(summary, mStore.applyOutcome(op, work.attemptNo, outcome, now, {}));
        // applyOutcome set the op's state; the connection pause needs it 'paused' again.
        keep(summary, mStore.pauseConnection(work.connection.id, outcome.message, op));
        ++summary.paused;
        summary.problems.append(
            tr("%1 refused the credentials: %2").arg(work.connection.name, outcome.message));
        return;
    }
    if (auto s = mStore.applyOutcome(op, work.attemptNo, applied, now, next); !s)
        summary.fatalError = s.error();
}

} // namespace InvoiceDesk
