// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crmcomadapter.h"
#include "adapterutil.h"
#include "jsonwriter.h"

#include <QCoreApplication>

namespace InvoiceDesk {

using namespace AdapterUtil;

namespace {

QUrl endpoint(const SyncContext &context, const QString &resource)
{
    return join(context.connection.url, QStringLiteral("/crmapi/rest/v2/") + resource);
}

QString statusMessage(const QJsonObject &body)
{
    const QJsonObject status = body.value(QStringLiteral("status")).toObject();
    QStringList parts {status.value(QStringLiteral("message")).toString(),
        status.value(QStringLiteral("description")).toString()};
    parts.removeAll(QString());
    return parts.isEmpty() ? status.value(QStringLiteral("code")).toString()
                           : parts.join(QStringLiteral(" — "));
}

bool ok(const QJsonObject &body)
{
    return body.value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toString()
        == QLatin1String("OK");
}

} // namespace

Capabilities CrmComAdapter::capabilities() const
{
    Capabilities capabilities;
    capabilities.systemName = QStringLiteral("CRM.COM");
    // back_office_code is unique there, and payments/show finds a payment by it.
    capabilities.markerField = QStringLiteral("back_office_code");
    capabilities.canReadBack = true;
    capabilities.needsLogin = true; // authentication/token or web_api_key/token: a session token
    // Seed 003: invoices are CRM.COM's own (billing runs); ours are linked by number.
    capabilities.pushesInvoices = false;
    // Seed 003's pay_invoice pays the whole outstanding amount of an invoice and nothing
    // else: no part payment, no refund, no reversal of what it posted; invoices are not
    // deleted through the API, and no credit note call is documented.
    capabilities.notTaken = RemoteOperation::DeleteInvoice | RemoteOperation::ReversePayment
        | RemoteOperation::Refund | RemoteOperation::PartialPayment | RemoteOperation::CreditNote;
    return capabilities;
}

QList<ConnectionField> CrmComAdapter::fields() const
{
    return {{"username", QT_TRANSLATE_NOOP("ConnectionsDialog", "User name")},
        {"password", QT_TRANSLATE_NOOP("ConnectionsDialog", "Password"), true},
        {"organisation", QT_TRANSLATE_NOOP("ConnectionsDialog", "Organisation")},
        {"accountsReceivable",
            QT_TRANSLATE_NOOP("ConnectionsDialog", "Accounts receivable number")},
        {"paymentType", QT_TRANSLATE_NOOP("ConnectionsDialog", "Payment type (default Payment)")}};
}

QStringList CrmComAdapter::secretNames(const Connection &connection) const
{
    // Signed in with a Web API key when one is named (or no user is), else user and password.
    const bool apiKey = connection.settings.contains(QStringLiteral("apiKeyEnv"))
        || connection.settings.value(QStringLiteral("username")).toString().isEmpty();
    return {apiKey ? QStringLiteral("apiKey") : QStringLiteral("password")};
}

bool CrmComAdapter::takesMethod(PaymentMethod method, const Connection &connection) const
{
    return !methodName(method, connection.settings).isEmpty();
}

QString CrmComAdapter::methodName(PaymentMethod method, const QJsonObject &settings)
{
    const QJsonObject names = settings.value(QStringLiteral("methodNames")).toObject();
    if (names.contains(methodKey(method)))
        return names.value(methodKey(method)).toString();
    switch (method) {
    case PaymentMethod::Cash:
        return QStringLiteral("Cash");
    case PaymentMethod::Cheque:
        return QStringLiteral("Cheque");
    case PaymentMethod::CreditCard:
        return QStringLiteral("Credit Card");
    case PaymentMethod::DebitCard:
        return QStringLiteral("Debit Card");
    case PaymentMethod::Eft:
    case PaymentMethod::WireTransfer:
        return QStringLiteral("Bank Transfer");
    default:
        return {};
    }
}

Result<RemoteRequest> CrmComAdapter::buildLogin(const SyncContext &context) const
{
    const QString apiKey = context.secrets.value(QStringLiteral("apiKey"));
    if (!apiKey.isEmpty()) {
        RemoteRequest request = jsonRequest(
            "POST", endpoint(context, QStringLiteral("authentication/web_api_key/token")), "{}");
        request.addHeader("Authorization", "Basic " + QByteArray(apiKey.toUtf8() + ":").toBase64());
        return request;
    }
    JsonWriter body;
    body.beginObject()
        .string(
            "username", context.connection.settings.value(QStringLiteral("username")).toString())
        .string("password", context.secrets.value(QStringLiteral("password")))
        .string("organisation",
            context.connection.settings.value(QStringLiteral("organisation")).toString())
        .endObject();
    return jsonRequest(
        "POST", endpoint(context, QStringLiteral("authentication/token")), body.take());
}

Result<QString> CrmComAdapter::parseLogin(const RemoteResponse &response) const
{
    const auto body = object(response.body);
    if (!body)
        return Error {
            QCoreApplication::translate("CrmCom", "CRM.COM's login answered HTTP %1 without JSON")
                .arg(response.httpStatus)};
    if (!ok(*body))
        return Error {statusMessage(*body)};
    const QString token
        = body->value(QStringLiteral("data")).toObject().value(QStringLiteral("token")).toString();
    if (token.isEmpty())
        return Error {QCoreApplication::translate("CrmCom", "CRM.COM's login returned no token")};
    return token;
}

Result<std::optional<RemoteRequest>> CrmComAdapter::buildRequest(const SyncContext &context) const
{
    if (context.kind == OpKind::AddPayment)
        return paymentRequest(context);
    if (context.kind != OpKind::CreateInvoice)
        return Error {QCoreApplication::translate("CrmCom", "unknown operation")};
    // The invoice is CRM.COM's: "create" looks ours up by number, and learns its id and what it
    // owes (pay_invoice pays exactly that).
    QUrl url = endpoint(context, QStringLiteral("invoices/show"));
    url.setQuery(QUrlQuery {{QStringLiteral("token"), context.sessionToken},
        {QStringLiteral("invoice_identifier"), QStringLiteral("number=") + context.invoice->number},
        {QStringLiteral("fields_set"), QStringLiteral("id,number,outstanding_amount")}});
    return std::optional<RemoteRequest>(jsonRequest("GET", url));
}

Result<std::optional<RemoteRequest>> CrmComAdapter::paymentRequest(const SyncContext &context) const
{
    const Payment &p = *context.payment;
    const QJsonObject &settings = context.connection.settings;
    const QString method = methodName(p.method, settings);
    if (method.isEmpty())
        return Error {QCoreApplication::translate("CrmCom",
            "this CRM.COM connection has no payment method name for \"%1\"; set methodNames on the "
            "connection")
                          .arg(methodKey(p.method))};
    JsonWriter body;
    body.beginObject();
    body.string("token", context.sessionToken); // seed 003: the token goes in the body of a POST
    const QString receivable = settings.value(QStringLiteral("accountsReceivable")).toString();
    if (!receivable.isEmpty())
        body.beginObject("accounts_receivable_identifier").string("number", receivable).endObject();
    body.beginObject("type_identifier")
        .string("name",
            settings.value(QStringLiteral("paymentType")).toString(QStringLiteral("Payment")))
        .endObject();
    body.beginObject("payment_method_identifier").string("name", method).endObject();
    body.beginObject("invoice_identifier").string("number", context.invoice->number).endObject();
    body.string("received_on", p.date.toString(Qt::ISODate) + QStringLiteral("T00:00:00"));
    // Unique per payment there: a resend that landed before is refused, which is evidence.
    body.string("back_office_code", context.marker);
    body.optionalString("notes", p.notes);
    body.endObject();
    return std::optional<RemoteRequest>(jsonRequest(
        "POST", endpoint(context, QStringLiteral("payments/pay_invoice")), body.take()));
}

Outcome CrmComAdapter::classify(const RemoteResponse &response, const SyncContext &context) const
{
    const auto body = object(response.body);
    if (!body)
        return {Outcome::InDoubt, {},
            QCoreApplication::translate("CrmCom", "the response was not JSON"), {},
            QStringLiteral("malformed_2xx")};
    const QString statusCode
        = body->value(QStringLiteral("status")).toObject().value(QStringLiteral("code")).toString();
    if (statusCode.isEmpty()) {
        // No envelope: neither a confirmation nor a refusal (remote-apis.md: every answer
        // carries status.code). A payment may have been posted, so it is read back.
        if (is2xx(response))
            return {Outcome::InDoubt, {},
                QCoreApplication::translate(
                    "CrmCom", "the answer carried no status, so it confirms nothing"),
                {}, QStringLiteral("unconfirmed_2xx")};
        return {Outcome::NeedsAttention, {},
            QCoreApplication::translate("CrmCom", "HTTP %1 without a status")
                .arg(response.httpStatus),
            {}, QStringLiteral("http_%1").arg(response.httpStatus)};
    }
    if (!ok(*body)) {
        const QString message = statusMessage(*body);
        const QString code = body->value(QStringLiteral("status"))
                                 .toObject()
                                 .value(QStringLiteral("code"))
                                 .toString();
        if (code.contains(QStringLiteral("TOKEN"), Qt::CaseInsensitive)
            || code.contains(QStringLiteral("AUTH"), Qt::CaseInsensitive))
            return {Outcome::AuthFailed, {}, message, {}, QStringLiteral("crmcom_auth")};
        if (context.attemptNo > 1
            && (message.contains(QStringLiteral("back_office_code"), Qt::CaseInsensitive)
                || message.contains(QStringLiteral("unique"), Qt::CaseInsensitive)))
            return {Outcome::Evidence, {}, message, {}, QStringLiteral("duplicate_on_retry")};
        return {Outcome::NeedsAttention, {}, message, {}, QStringLiteral("crmcom_") + code};
    }
    const QString id
        = idText(body->value(QStringLiteral("data")).toObject().value(QStringLiteral("id")));
    if (id.isEmpty())
        return {Outcome::InDoubt, {},
            QCoreApplication::translate("CrmCom", "CRM.COM returned no id"), {},
            QStringLiteral("no_id")};
    return {Outcome::Acked, id, {}, {}, {}};
}

Result<RemoteRequest> CrmComAdapter::buildReadBack(const SyncContext &context) const
{
    if (context.kind == OpKind::CreateInvoice)
        return linkReadBack(context);
    QUrl url = endpoint(context, QStringLiteral("payments/show"));
    url.setQuery(QUrlQuery {{QStringLiteral("token"), context.sessionToken},
        {QStringLiteral("payment_identifier"),
            QStringLiteral("back_office_code=") + context.marker}});
    return jsonRequest("GET", url);
}

ReadBack CrmComAdapter::parseReadBack(
    const RemoteResponse &response, const SyncContext &context) const
{
    const auto body = object(response.body);
    if (!is2xx(response) || !body)
        return {ReadBack::Unknown, {},
            QCoreApplication::translate("CrmCom", "the read-back failed (HTTP %1)")
                .arg(response.httpStatus)};
    if (!ok(*body)) {
        const QString code = body->value(QStringLiteral("status"))
                                 .toObject()
                                 .value(QStringLiteral("code"))
                                 .toString();
        // GUESS (remote-apis.md): a missing record answers with a "not found" code; anything else
        // stays unknown.
        if (code.contains(QStringLiteral("NOT_FOUND"), Qt::CaseInsensitive)
            || code.contains(QStringLiteral("NOTFOUND"), Qt::CaseInsensitive))
            return {ReadBack::NotFound, {}, statusMessage(*body)};
        return {ReadBack::Unknown, {}, statusMessage(*body)};
    }
    const QJsonObject data = body->value(QStringLiteral("data")).toObject();
    // A payment cancelled in CRM.COM is there but no longer money: a person decides.
    if (context.kind != OpKind::CreateInvoice
        && data.value(QStringLiteral("life_cycle_state")).toString() == QLatin1String("CANCELLED"))
        return {ReadBack::Removed, idText(data.value(QStringLiteral("id"))),
            QCoreApplication::translate("CrmCom", "the payment was cancelled in CRM.COM")};
    return {ReadBack::Found, idText(data.value(QStringLiteral("id"))), {}};
}

} // namespace InvoiceDesk
