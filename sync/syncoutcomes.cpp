// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The SyncEngine's verdicts: what an answer (or its absence) means for an operation
// (sync-design.md 5.3 and 5.4).
#include "syncengine.h"
#include "syncengine_p.h"

#include "crashpoint.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

QString locationOf(const RemoteResponse &response)
{
    const QByteArray location = response.header("Location");
    return location.isEmpty()
        ? QCoreApplication::translate("SyncEngine", "an address it did not give")
        : QString::fromUtf8(location);
}

} // namespace

Outcome SyncEngine::classifyTransport(const Work &work) const
{
    const RemoteResponse &response = work.response();
    const bool idempotent = work.request.method != "POST";
    if (!response.requestWritten) // refused, host not found, TLS handshake: nothing left us
        return {Outcome::RetryWait, {}, response.errorText, {}, QStringLiteral("not_sent")};
    if (response.httpStatus == 0) {
        const QString why
            = response.timedOut ? QStringLiteral("timeout") : QStringLiteral("connection_lost");
        return {
            idempotent ? Outcome::RetryWait : Outcome::InDoubt, {}, response.errorText, {}, why};
    }
    const int status = response.httpStatus;
    const QString errorClass = QStringLiteral("http_%1").arg(status);
    if (status >= 300 && status < 400) {
        // Not an answer to the request, and not followed: the connection's address is wrong.
        // Whether a POST was acted on before the redirect is unknown, so it is read back.
        const QString message = tr("the server answered with a redirect (HTTP %1) to %2; check "
                                   "the connection's address")
                                    .arg(status)
                                    .arg(locationOf(response));
        return {
            idempotent ? Outcome::NeedsAttention : Outcome::InDoubt, {}, message, {}, errorClass};
    }
    const QString serverMessage = work.adapter->classify(response, work.context).message;
    const QString message = serverMessage.isEmpty() ? tr("HTTP %1").arg(status) : serverMessage;
    if (status == 401 || status == 403)
        return {Outcome::AuthFailed, {}, message, {}, errorClass};
    if (status == 409 || status == 412) {
        // A create may have landed before (read it back); an update met a newer remote version
        // and is not forced over it.
        return {idempotent ? Outcome::Conflict : Outcome::Evidence, {}, message, {}, errorClass};
    }
    if (status == 408 || status == 429 || status == 503 || status >= 500) {
        // Not certain either way for a POST: read back before anything is sent again.
        return {idempotent ? Outcome::RetryWait : Outcome::InDoubt, {}, message,
            response.retryAfterSeconds(mClock.now()), errorClass};
    }
    return work.adapter->classify(response, work.context);
}

void SyncEngine::finishSend(Pass &pass, Work &work)
{
    record(pass, work, classifyTransport(work));
}

void SyncEngine::record(Pass &pass, Work &work, const Outcome &outcome)
{
    const QDateTime now = mClock.now();
    QDateTime next;
    Summary &summary = pass.summary;
    switch (outcome.verdict) {
    case Outcome::Acked:
        ++summary.acked;
        pass.freedLanes.append(work.op.laneKey);
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
        next = backoff(work.op.attempts + 1, outcome.retryAfterSecs);
        ++summary.retrying;
        break;
    case Outcome::Conflict:
    case Outcome::NeedsAttention:
        ++summary.needsAttention;
        summary.problems.append(
            tr("%1 on %2: %3").arg(work.label(), work.connection.name, outcome.message));
        break;
    case Outcome::AuthFailed:
        return recordAuthFailure(pass, work, outcome);
    }
    pass.keep(mStore.applyOutcome(work.op, work.attemptNo, outcome, now, next));
}

void SyncEngine::recordAuthFailure(Pass &pass, Work &work, const Outcome &outcome)
{
    const QDateTime now = mClock.now();
    const qint64 connectionId = work.connection.id;
    if (work.adapter->capabilities().needsLogin && !pass.relogged.contains(connectionId)) {
        // The session may simply have expired: one fresh sign-in, then the same request again.
        // The refusal proves the request was not applied.
        pass.relogged.insert(connectionId);
        pass.staleSession.insert(connectionId);
        mSessionTokens.remove(connectionId);
        ++pass.summary.retrying;
        pass.keep(mStore.applyOutcome(work.op, work.attemptNo,
            {Outcome::RetryWait, {}, outcome.message, {}, outcome.errorClass}, now, now));
        return;
    }
    // A money operation is read back before it is sent again (sync-design.md 5.3); the
    // connection waits for new credentials.
    pass.keep(mStore.applyOutcome(work.op, work.attemptNo, outcome, now, {}));
    connectionCannotRun(pass, work,
        tr("%1 refused the credentials: %2").arg(work.connection.name, outcome.message), true);
}

void SyncEngine::finishReadBack(Pass &pass, Work &work)
{
    const OpRow &op = work.op;
    const RemoteResponse &response = work.response();
    const QDateTime now = mClock.now();
    if (response.httpStatus == 401 || response.httpStatus == 403) {
        mSessionTokens.remove(work.connection.id);
        pass.staleSession.insert(work.connection.id);
        pass.keep(mStore.stayInDoubt(op, work.attemptNo,
            tr("the read-back was refused (HTTP %1)").arg(response.httpStatus), now));
        ++pass.summary.inDoubt;
        if (!work.adapter->capabilities().needsLogin || pass.relogged.contains(work.connection.id))
            connectionCannotRun(pass, work,
                tr("%1 refused the credentials (HTTP %2)")
                    .arg(work.connection.name)
                    .arg(response.httpStatus),
                true);
        pass.relogged.insert(work.connection.id);
        return;
    }
    const ReadBack found = response.httpStatus == 0
        ? ReadBack {ReadBack::Unknown, {}, response.errorText}
        : work.adapter->parseReadBack(response, work.context);
    crashPoint("after_read_back");
    switch (found.verdict) {
    case ReadBack::Found:
        crashPoint("after_found");
        record(pass, work,
            {Outcome::Acked, found.remoteId,
                found.message.isEmpty() ? tr("found by read-back") : found.message, {},
                found.byEvidence ? QStringLiteral("found_by_evidence") : QStringLiteral("found")});
        return;
    case ReadBack::Removed:
        return record(pass, work,
            {Outcome::NeedsAttention, found.remoteId, found.message, {},
                QStringLiteral("decide_removed")});
    case ReadBack::Ambiguous:
        return record(pass, work,
            {Outcome::NeedsAttention, {}, found.message, {}, QStringLiteral("decide_ambiguous")});
    case ReadBack::Unknown:
        pass.keep(mStore.stayInDoubt(
            op, work.attemptNo, found.message, backoff(op.attempts, std::nullopt)));
        ++pass.summary.inDoubt;
        return;
    case ReadBack::NotFound:
        return judgeNotFound(pass, work);
    }
}

void SyncEngine::judgeNotFound(Pass &pass, Work &work)
{
    // NOT_FOUND is trusted only after the quiet period, and when two reads far enough apart agree.
    const OpRow &op = work.op;
    const QDateTime now = mClock.now();
    const bool quietOver
        = !op.lastSentAt.isValid() || op.lastSentAt.secsTo(now) >= mPolicy.quietPeriodSecs;
    if (!quietOver) {
        pass.keep(mStore.stayInDoubt(op, work.attemptNo,
            tr("not found yet; waiting out the quiet period"),
            op.lastSentAt.addSecs(mPolicy.quietPeriodSecs)));
        ++pass.summary.inDoubt;
    } else if (!op.notFoundAt.isValid()) {
        pass.keep(mStore.recordNotFound(
            op, work.attemptNo, now, now.addSecs(mPolicy.readBackSpacingSecs), false));
        ++pass.summary.inDoubt;
    } else if (op.notFoundAt.secsTo(now) < mPolicy.readBackSpacingSecs) {
        pass.keep(mStore.stayInDoubt(op, work.attemptNo, tr("not found; checking again"),
            op.notFoundAt.addSecs(mPolicy.readBackSpacingSecs)));
        ++pass.summary.inDoubt;
    } else if (op.resends >= mPolicy.maxResendsAfterNotFound) {
        record(pass, work,
            {Outcome::NeedsAttention, {},
                tr("%1 was not found after %2 sends; decide what to do")
                    .arg(work.label())
                    .arg(op.resends + 1),
                {}, QStringLiteral("decide_not_found_repeatedly")});
    } else {
        pass.keep(mStore.recordNotFound(op, work.attemptNo, now, {}, true));
        ++pass.summary.retrying;
    }
}

} // namespace InvoiceDesk
