// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "refrensadapter.h"
#include "adapterutil.h"
#include "jsonwriter.h"

#include <QCoreApplication>

namespace InvoiceDesk {

using namespace AdapterUtil;

namespace {

QString businessPath(const SyncContext &context)
{
    return QStringLiteral("/businesses/%1")
        .arg(context.connection.settings.value(QStringLiteral("urlKey")).toString());
}

RemoteRequest bearer(RemoteRequest request, const SyncContext &context)
{
    request.addHeader("Authorization", "Bearer " + context.sessionToken.toUtf8());
    return request;
}

/** Feathers errors: {name, message, code, className, data, errors}. */
QString feathersError(const QJsonObject &body)
{
    QString message = body.value(QStringLiteral("message")).toString();
    const QString name = body.value(QStringLiteral("name")).toString();
    if (!name.isEmpty())
        message = name + QStringLiteral(": ") + message;
    return message;
}

} // namespace

Capabilities RefrensAdapter::capabilities() const
{
    Capabilities capabilities;
    capabilities.systemName = QStringLiteral("Refrens");
    // The payment list may not show refId, so the marker is also a tag at the end of notes.
    capabilities.markerField = QStringLiteral("refId + notes tag");
    capabilities.canReadBack = true;
    capabilities.needsLogin = true; // POST /authentication (app-secret) gives an access token
    // Seed 004: invoices are made in Refrens; ours are linked by number.
    capabilities.pushesInvoices = false;
    // Seed 004: a payment is money received (amount, TDS, charge), never negative; payments
    // are removed and invoices cancelled in Refrens itself, and credit notes are not offered.
    capabilities.notTaken = RemoteOperation::DeleteInvoice | RemoteOperation::ReversePayment
        | RemoteOperation::Refund | RemoteOperation::CreditNote;
    return capabilities;
}

QList<ConnectionField> RefrensAdapter::fields() const
{
    return {{"urlKey", QT_TRANSLATE_NOOP("ConnectionsDialog", "Business URL key")},
        {"appId", QT_TRANSLATE_NOOP("ConnectionsDialog", "App id")},
        {"appSecret", QT_TRANSLATE_NOOP("ConnectionsDialog", "App secret"), true}};
}

bool RefrensAdapter::takesMethod(PaymentMethod method, const Connection &) const
{
    return methodCode(method).has_value();
}

std::optional<QString> RefrensAdapter::methodCode(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QStringLiteral("CASH");
    case PaymentMethod::Cheque:
        return QStringLiteral("CHEQUE");
    case PaymentMethod::CreditCard:
        return QStringLiteral("CREDIT_CARD");
    case PaymentMethod::DebitCard:
        return QStringLiteral("DEBIT_CARD");
    case PaymentMethod::DemandDraft:
        return QStringLiteral("DD");
    case PaymentMethod::Upi:
        return QStringLiteral("UPI");
    case PaymentMethod::Eft:
    case PaymentMethod::WireTransfer:
        return QStringLiteral("ACCOUNT_TRANSFER");
    default:
        return std::nullopt;
    }
}

Result<RemoteRequest> RefrensAdapter::buildLogin(const SyncContext &context) const
{
    JsonWriter body;
    body.beginObject()
        .string("strategy", QStringLiteral("app-secret"))
        .string("appId", context.connection.settings.value(QStringLiteral("appId")).toString())
        .string("appSecret", context.secrets.value(QStringLiteral("appSecret")))
        .endObject();
    return jsonRequest(
        "POST", join(context.connection.url, QStringLiteral("/authentication")), body.take());
}

Result<QString> RefrensAdapter::parseLogin(const RemoteResponse &response) const
{
    const auto body = object(response.body);
    if (!is2xx(response))
        return Error {body
                ? feathersError(*body)
                : QCoreApplication::translate("Refrens", "Refrens refused the login (HTTP %1)")
                      .arg(response.httpStatus)};
    const QString token = body ? body->value(QStringLiteral("accessToken")).toString() : QString();
    if (token.isEmpty())
        return Error {QCoreApplication::translate("Refrens", "Refrens returned no access token")};
    return token;
}

Result<std::optional<RemoteRequest>> RefrensAdapter::buildRequest(const SyncContext &context) const
{
    if (context.kind == OpKind::AddPayment)
        return paymentRequest(context);
    if (context.kind != OpKind::CreateInvoice)
        return Error {QCoreApplication::translate("Refrens", "unknown operation")};
    // GUESS (remote-apis.md): a Feathers equality filter finds an invoice by number. $limit 2,
    // so that two invoices with our number show as ambiguous instead of one being picked.
    QUrl url = join(context.connection.url, businessPath(context) + QStringLiteral("/invoices"));
    url.setQuery(QUrlQuery {{QStringLiteral("invoiceNumber"), context.invoice->number},
        {QStringLiteral("$limit"), QStringLiteral("2")}});
    return std::optional<RemoteRequest>(bearer(jsonRequest("GET", url), context));
}

Result<std::optional<RemoteRequest>> RefrensAdapter::paymentRequest(
    const SyncContext &context) const
{
    const Payment &p = *context.payment;
    const Currency &c = context.invoice->currency;
    if (context.remoteInvoiceId.isEmpty())
        return Error {QCoreApplication::translate(
            "Refrens", "invoice %1 is not linked to a Refrens invoice yet")
                          .arg(context.invoice->number)};
    const auto method = methodCode(p.method);
    if (!method)
        return Error {methodRefusal(capabilities(), methodKey(p.method))};
    // The tag goes last, where the read-back looks for it (endsWith).
    const QString notes
        = (p.notes.isEmpty() ? QString() : p.notes + QLatin1Char(' ')) + markerTag(context.marker);
    JsonWriter body;
    body.beginObject();
    // Seed 004: amount + tds + transactionCharge is what the invoice is credited with.
    body.money("tds", p.tds.value_or(0), c);
    body.money("transactionCharge", p.transactionCharge.value_or(0), c);
    body.money("amount", p.amount, c);
    body.string("paymentDate", p.date.toString(Qt::ISODate));
    body.string("paymentMethod", *method);
    body.string("notes", notes);
    body.string("refId", context.marker);
    body.endObject();
    const QUrl url = join(context.connection.url,
        businessPath(context)
            + QStringLiteral("/invoices/%1/payments").arg(context.remoteInvoiceId));
    return std::optional<RemoteRequest>(bearer(jsonRequest("POST", url, body.take()), context));
}

Outcome RefrensAdapter::classify(const RemoteResponse &response, const SyncContext &context) const
{
    const auto body = object(response.body);
    // Feathers refuses with a 4xx and {name, message}: nothing was created. (The engine has
    // already taken 5xx, 408 and 429 as "may have landed".)
    if (!is2xx(response)) {
        const QString message = body
            ? feathersError(*body)
            : QCoreApplication::translate("Refrens", "HTTP %1").arg(response.httpStatus);
        return {Outcome::NeedsAttention, {}, message, {},
            QStringLiteral("http_%1").arg(response.httpStatus)};
    }
    if (!body)
        return {Outcome::InDoubt, {},
            QCoreApplication::translate("Refrens", "the response was not JSON"), {},
            QStringLiteral("malformed_2xx")};
    if (context.kind == OpKind::CreateInvoice) {
        const QJsonArray data = body->value(QStringLiteral("data")).toArray();
        if (data.isEmpty())
            return {Outcome::NeedsAttention, {},
                QCoreApplication::translate("Refrens", "Refrens has no invoice numbered %1")
                    .arg(context.invoice->number),
                {}, QStringLiteral("not_linked")};
        if (data.size() > 1)
            return {Outcome::NeedsAttention, {},
                QCoreApplication::translate("Refrens", "Refrens has several invoices numbered %1")
                    .arg(context.invoice->number),
                {}, QStringLiteral("ambiguous_link")};
        return {Outcome::Acked, data.first().toObject().value(QStringLiteral("_id")).toString(), {},
            {}, {}};
    }
    const QString id = body->value(QStringLiteral("_id")).toString();
    if (id.isEmpty())
        return {Outcome::InDoubt, {},
            QCoreApplication::translate("Refrens", "Refrens returned no payment id"), {},
            QStringLiteral("no_id")};
    return {Outcome::Acked, id, {}, {}, {}};
}

Result<RemoteRequest> RefrensAdapter::buildReadBack(const SyncContext &context) const
{
    if (context.kind == OpKind::CreateInvoice)
        return linkReadBack(context);
    const QUrl url = join(context.connection.url,
        businessPath(context)
            + QStringLiteral("/invoices/%1/payments").arg(context.remoteInvoiceId));
    return bearer(jsonRequest("GET", url), context);
}

ReadBack RefrensAdapter::parseReadBack(
    const RemoteResponse &response, const SyncContext &context) const
{
    const auto body = object(response.body);
    if (!is2xx(response) || !body)
        return {ReadBack::Unknown, {},
            body ? feathersError(*body)
                 : QCoreApplication::translate("Refrens", "the read-back failed (HTTP %1)")
                       .arg(response.httpStatus)};
    if (context.kind == OpKind::CreateInvoice) {
        const Outcome outcome = classify(response, context);
        return outcome.verdict == Outcome::Acked
            ? ReadBack {ReadBack::Found, outcome.remoteId, {}}
            : ReadBack {ReadBack::NotFound, {}, outcome.message};
    }
    if (!body->value(QStringLiteral("payments"))
             .isArray()) // an answer that lists nothing proves nothing
        return {ReadBack::Unknown, {},
            QCoreApplication::translate("Refrens", "the answer lists no payments")};
    const QString tag = markerTag(context.marker);
    QList<QJsonObject> matches;
    for (const QJsonValue &value : body->value(QStringLiteral("payments")).toArray()) {
        const QJsonObject payment = value.toObject();
        if (payment.value(QStringLiteral("notes")).toString().endsWith(tag)
            || payment.value(QStringLiteral("refId")).toString() == context.marker)
            matches.append(payment);
    }
    if (matches.isEmpty())
        return {ReadBack::NotFound, {}, {}};
    if (matches.size() > 1)
        return {ReadBack::Ambiguous, {},
            QCoreApplication::translate("Refrens", "%1 payments carry marker %2")
                .arg(matches.size())
                .arg(context.marker)};
    const QJsonObject &found = matches.first();
    // Seed 004 keeps removed payments with isRemoved: there, but not money any more. Never
    // posted again by itself (sync-design.md 5.4.6): a person decides.
    if (found.value(QStringLiteral("isRemoved")).toBool())
        return {ReadBack::Removed, found.value(QStringLiteral("_id")).toString(),
            QCoreApplication::translate("Refrens", "the payment was removed in Refrens")};
    return {ReadBack::Found, found.value(QStringLiteral("_id")).toString(), {}};
}

Result<QList<RemotePayment>> RefrensAdapter::parsePaymentList(
    const RemoteResponse &response, const SyncContext &) const
{
    const auto body = object(response.body);
    if (!is2xx(response) || !body || !body->value(QStringLiteral("payments")).isArray())
        return Error {
            QCoreApplication::translate("Refrens", "the answer lists no payments (HTTP %1)")
                .arg(response.httpStatus)};
    QList<RemotePayment> payments;
    for (const QJsonValue &value : body->value(QStringLiteral("payments")).toArray()) {
        const QJsonObject p = value.toObject();
        QString marker = findMarker(p.value(QStringLiteral("refId")).toString());
        if (marker.isEmpty())
            marker = findMarker(p.value(QStringLiteral("notes")).toString());
        payments.append({p.value(QStringLiteral("_id")).toString(), marker,
            decimalText(p.value(QStringLiteral("amount"))),
            QDate::fromString(
                p.value(QStringLiteral("paymentDate")).toString().left(10), Qt::ISODate),
            p.value(QStringLiteral("isRemoved")).toBool()});
    }
    return payments;
}

} // namespace InvoiceDesk
