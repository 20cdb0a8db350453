// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capabilities.h"
#include "connectionrepository.h"
#include "invoice.h"
#include "outbox.h"
#include "payment.h"
#include "remotecall.h"
#include "result.h"

#include <QDateTime>
#include <QHash>

#include <memory>
#include <optional>

namespace InvoiceDesk {

/** Everything an adapter needs to build one operation's request, read from the store at send time.
 */
struct SyncContext
{
    QString opId;
    OpKind kind = OpKind::CreateInvoice;
    QString marker;
    QJsonObject payload;
    int attemptNo = 1; ///< of this send; >1 means an earlier send may have landed
    Connection connection;
    QHash<QString, QString>
        secrets; ///< "token", "key", "secret", "password", "apiKey", "appSecret"
    QString sessionToken; ///< from the adapter's login, for systems that have one
    std::optional<Invoice> invoice; ///< the invoice as it is now (absent for a delete)
    std::optional<Payment> payment; ///< for payment operations
    qint64 outstandingBefore = 0; ///< what the invoice owed before this payment (CRM.COM)
    QString remoteInvoiceId;
    QString remotePaymentId; ///< of the payment a void reverses
    QString originalPaymentMarker; ///< of the payment a void reverses
    QDateTime now;
};

/** What an exchange showed about an operation (sync-design.md 5.3). */
struct Outcome
{
    enum Verdict {
        Acked, ///< done; remoteId names the record
        InDoubt, ///< may have landed: read back before anything else
        RetryWait, ///< certainly not applied: send again after backoff
        NeedsAttention, ///< rejected: a person must act; the lane waits
        AuthFailed, ///< credentials refused: the connection pauses
        Evidence, ///< a "duplicate"/"overpay" refusal on a resend: read back now
        Conflict, ///< the remote record changed under us: a person merges
    };
    Verdict verdict = InDoubt;
    QString remoteId;
    QString message; ///< the server's own words where it gave any
    std::optional<qint64> retryAfterSecs;
    QString errorClass; ///< short key for the record: "http_500", "timeout", ...
};

/** What a read-back found. */
struct ReadBack
{
    enum Verdict { Found, NotFound, Ambiguous, Removed, Unknown };
    Verdict verdict = Unknown;
    QString remoteId;
    QString message;
    /** Found not by reading the record but by the remote's refusal to create it twice. */
    bool byEvidence = false;
};

/** One payment as a remote system shows it (for sync verify). */
struct RemotePayment
{
    QString id;
    QString marker; ///< the InvoiceDesk marker it carries, if any
    QString amount; ///< decimal text as the remote gave it
    QDate date;
    bool removed = false;
};

/** What the one harmless authenticated call of a connection test showed. */
struct TestVerdict
{
    enum Verdict {
        Accepted, ///< the system accepted the credentials
        Refused, ///< it refused them; the message is the server's own words
        Failed, ///< it could not say (5xx): the message says what came back
    };
    Verdict verdict = Failed;
    QString message;
};

/** One setting or secret a kind of connection takes, in the order a form shows them. */
struct ConnectionField
{
    const char *name; ///< settings key; a secret's name (its variable goes in name + "Env")
    const char *label; ///< translated in the "ConnectionsDialog" context
    bool secret = false;
    /** A fixed set of values (value, label translated as above); empty: free text. */
    QList<std::pair<const char *, const char *>> choices = {};
};

/** The fields every kind of connection has: its lanes and its rate (ConnectionPace). */
QList<ConnectionField> paceFields();

/** The first InvoiceDesk marker ("BK-" and 12 base32 characters) in `text`, or empty. */
QString findMarker(const QString &text);

/**
 * One remote system: builds requests, classifies responses and reads back.
 * Stateless; the engine owns timing, order and persistence, and derives its
 * policy from capabilities().
 */
class SyncAdapter
{
public:
    using Capabilities = InvoiceDesk::Capabilities;

    virtual ~SyncAdapter() = default;
    virtual QString kind() const = 0;
    /** What the system can do and what it does not take; the engine's policy follows it. */
    virtual Capabilities capabilities() const = 0;
    /** The settings and secrets a connection of this kind takes. */
    virtual QList<ConnectionField> fields() const = 0;
    /** The secrets a connection needs ("token", "key", ...): its secret fields by default. */
    virtual QStringList secretNames(const Connection &connection) const;
    /** Whether the system takes payments by `method` on this connection. */
    virtual bool takesMethod(PaymentMethod, const Connection &) const { return true; }

    /** A login request when the system issues session tokens. */
    virtual Result<RemoteRequest> buildLogin(const SyncContext &) const
    {
        return Error {QStringLiteral("no login")};
    }
    virtual Result<QString> parseLogin(const RemoteResponse &) const
    {
        return Error {QStringLiteral("no login")};
    }

    /**
     * The one harmless authenticated call that shows whether the connection can sign in (the
     * Connections dialog's Test): the login where the system has one.
     */
    virtual Result<RemoteRequest> buildTest(const SyncContext &context) const
    {
        return buildLogin(context);
    }
    /** What the answer to buildTest() says about the credentials. */
    virtual TestVerdict parseTest(const RemoteResponse &response) const;

    /**
     * The request for the operation. nullopt means the operation needs no request
     * (resolved by resolveLocally); an Error is a local refusal shown as is. The engine
     * asks only for what the capabilities say the system takes (refusal()), and only with the
     * records the operation needs: context.invoice for an invoice's create or update, and
     * context.payment with context.invoice for a payment's.
     */
    virtual Result<std::optional<RemoteRequest>> buildRequest(const SyncContext &context) const = 0;
    /**
     * For operations with no request (an update of an invoice that lives remotely): the outcome
     * without sending. Acknowledged, still linked to the same remote invoice, by default.
     */
    virtual Outcome resolveLocally(const SyncContext &context) const
    {
        return {Outcome::Acked, context.remoteInvoiceId, {}, {}, {}};
    }
    /** The body-level verdict on a response the engine did not already classify. */
    virtual Outcome classify(const RemoteResponse &response, const SyncContext &context) const = 0;

    virtual Result<RemoteRequest> buildReadBack(const SyncContext &context) const = 0;
    /**
     * True when the read-back is the same request sent again, safe only because the remote
     * refuses a second copy (a unique invoice number). The engine then waits out the quiet
     * period first, as it does before trusting a NOT_FOUND.
     */
    virtual bool readBackResends(const SyncContext &) const { return false; }

    /**
     * For sync verify: true when the read-back of a payment lists all the invoice's payments,
     * which parsePaymentList() then reads; else each payment is read back by its marker.
     */
    virtual bool listsPayments() const { return false; }
    virtual Result<QList<RemotePayment>> parsePaymentList(
        const RemoteResponse &response, const SyncContext &context) const;
    virtual ReadBack parseReadBack(
        const RemoteResponse &response, const SyncContext &context) const = 0;

protected:
    /** The usual verdict on a test call: 401/403 refused, 5xx failed, anything else accepted. */
    static TestVerdict httpTestVerdict(const RemoteResponse &response, const QString &message);
    /**
     * For systems whose "create" only links to an invoice that lives remotely: reading back
     * the link is asking the same question again.
     */
    Result<RemoteRequest> linkReadBack(const SyncContext &context) const;
};

} // namespace InvoiceDesk
