// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The SyncEngine's preparation of one claimed operation: its connection, secrets, sign-in and
// the exact request (or read-back) built from the records the batch read.
#include "adapterfactory.h"
#include "syncengine.h"
#include "syncengine_p.h"

#include <QCoreApplication>

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

std::unique_ptr<SyncEngine::Work> SyncEngine::prepare(
    Pass &pass, const OpRow &op, const OpRecords &records)
{
    pass.handled.insert(op.opId);
    if (!knownConnection(pass, op))
        return nullptr;
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
    SyncContext &context = work->context;
    context.invoice = records.invoice;
    context.payment = records.payment;
    context.outstandingBefore = records.outstandingBefore;
    context.remoteInvoiceId = records.remoteInvoiceId;
    context.remotePaymentId = records.remotePaymentId;
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

} // namespace InvoiceDesk
