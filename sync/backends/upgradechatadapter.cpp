// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "upgradechatadapter.h"
#include "adapterutil.h"
#include "jsonbody.h"

#include <QCoreApplication>

namespace InvoiceDesk {

using namespace AdapterUtil;

namespace {

const QString kService = QStringLiteral("/api/services/CRM/Invoice/");

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z") : QString();
}

QString statusFor(const Invoice &invoice, const Connection &connection)
{
    // Seed 001's names by default; a connection can map them to the live system's
    // (Final, Sent, Canceled...), see remote-apis.md.
    QString status;
    switch (invoice.lifecycle) {
    case InvoiceLifecycle::Draft:
        status = QStringLiteral("Draft");
        break;
    case InvoiceLifecycle::Cancelled:
        status = QStringLiteral("Cancelled");
        break;
    case InvoiceLifecycle::Issued:
        status = QStringLiteral("Pending");
        break;
    }
    const QJsonObject map = connection.settings.value(QStringLiteral("statusMap")).toObject();
    return map.value(status).toString(status);
}

void address(JsonBody &body, const char *key, const Address &address)
{
    body.beginObject(key);
    for (const Address::Field &field : Address::fields())
        body.optionalString(field.name, address.*field.member);
    body.endObject();
}

/** The ABP envelope's error text: message, details and validation messages. */
QString abpError(const QJsonObject &envelope)
{
    const QJsonObject error = envelope.value(QStringLiteral("error")).toObject();
    QStringList parts;
    if (!error.value(QStringLiteral("message")).toString().isEmpty())
        parts.append(error.value(QStringLiteral("message")).toString());
    if (!error.value(QStringLiteral("details")).toString().isEmpty())
        parts.append(error.value(QStringLiteral("details")).toString());
    for (const QJsonValue &v : error.value(QStringLiteral("validationErrors")).toArray())
        parts.append(v.toObject().value(QStringLiteral("message")).toString());
    return parts.join(QStringLiteral(" — "));
}

} // namespace

RemoteRequest UpgradeChatAdapter::authorized(
    RemoteRequest request, const SyncContext &context) const
{
    const QString token = context.secrets.value(QStringLiteral("token"));
    if (context.connection.settings.value(QStringLiteral("auth")).toString()
        == QLatin1String("api-key"))
        request.addHeader("api-key", token.toUtf8());
    else
        request.addHeader("Authorization", "Bearer " + token.toUtf8());
    return request;
}

Result<QByteArray> UpgradeChatAdapter::invoiceBody(
    const Invoice &invoice, const Connection &connection, const QString &remoteId)
{
    const auto totals = invoice.totals();
    if (!totals)
        return Error {totals.error()};
    const Currency &c = invoice.currency;
    JsonBody body;
    body.beginObject();
    if (!remoteId.isEmpty())
        body.integer("id", remoteId.toLongLong());
    if (invoice.contactId)
        body.integer("contactId", *invoice.contactId);
    body.optionalString("groupId", invoice.groupId);
    if (invoice.orderId)
        body.integer("orderId", *invoice.orderId);
    body.optionalString("orderNumber", invoice.orderNumber);
    if (invoice.leadId)
        body.integer("leadId", *invoice.leadId);
    body.string("status", statusFor(invoice, connection));
    body.string("number", invoice.number);
    body.string("date", isoDate(invoice.date));
    body.optionalString("dueDate", isoDate(invoice.dueDate));
    body.optionalString("subscriptionStartOn", isoDate(invoice.subscriptionStartOn));
    body.optionalString("couponCode", invoice.couponCode);
    body.string("currencyId", c.code());
    body.money("grandTotal", totals->grandTotal, c);
    body.money("discountTotal", totals->discount, c);
    body.money("shippingTotal", totals->shipping, c);
    body.money("taxTotal", totals->tax, c);
    address(body, "billingAddress", invoice.billing);
    address(
        body, "shippingAddress", invoice.shipping.isEmpty() ? invoice.billing : invoice.shipping);
    body.optionalString("description", invoice.description);
    body.optionalString("note", invoice.note);
    if (invoice.forbiddenPaymentMethods)
        body.integer("forbiddenPaymentMethods", *invoice.forbiddenPaymentMethods);
    body.beginArray("lines");
    for (int i = 0; i < invoice.lines.size(); ++i) {
        const LineItem &line = invoice.lines.at(i);
        // Seed 001: lines[].quantity is an Integer. Nothing is rounded silently.
        if (!line.quantity.isWhole()) {
            return Error {QCoreApplication::translate("UpgradeChat",
                "line %1: quantity %2 is not a whole number, and this system only takes whole "
                "quantities")
                              .arg(i + 1)
                              .arg(line.quantity.toString())};
        }
        body.beginObject();
        body.integer("quantity", line.quantity.thousandths() / 1000);
        body.money("rate", line.rate, c);
        body.money("total", line.total().value_or(0), c);
        if (line.commissionableAmount)
            body.money("commissionableAmount", *line.commissionableAmount, c);
        if (line.unit != LineUnit::None)
            body.string("unitId", lineUnitName(line.unit));
        body.optionalString("productCode", line.productCode);
        body.optionalString("description", line.description);
        body.integer("sortOrder", i);
        body.endObject();
    }
    body.endArray();
    body.boolean("bypassValidation", false);
    body.endObject();
    return body.take();
}

Result<std::optional<RemoteRequest>> UpgradeChatAdapter::buildRequest(
    const SyncContext &context) const
{
    const QUrl base = context.connection.url;
    switch (context.kind) {
    case OpKind::CreateInvoice:
    case OpKind::UpdateInvoice: {
        if (!context.invoice)
            return Error {
                QCoreApplication::translate("UpgradeChat", "the invoice no longer exists locally")};
        const bool update = context.kind == OpKind::UpdateInvoice;
        if (update && context.remoteInvoiceId.isEmpty())
            return Error {
                QCoreApplication::translate("UpgradeChat", "the invoice has no remote id yet")};
        auto body = invoiceBody(
            *context.invoice, context.connection, update ? context.remoteInvoiceId : QString());
        if (!body)
            return Error {body.error()};
        return std::optional<RemoteRequest>(authorized(
            jsonRequest(update ? "PUT" : "POST",
                join(base,
                    kService + (update ? QStringLiteral("Update") : QStringLiteral("Create"))),
                *body),
            context));
    }
    case OpKind::DeleteInvoice: {
        const QString remoteId = context.remoteInvoiceId.isEmpty()
            ? context.payload.value(QStringLiteral("remoteId")).toString()
            : context.remoteInvoiceId;
        if (remoteId.isEmpty())
            return Error {QCoreApplication::translate("UpgradeChat",
                "the invoice was never acknowledged by the remote, so there is nothing to delete")};
        QUrl url = join(base, kService + QStringLiteral("DeleteInvoice"));
        url.setQuery(QUrlQuery {{QStringLiteral("id"), remoteId}});
        return std::optional<RemoteRequest>(authorized(jsonRequest("DELETE", url), context));
    }
    case OpKind::AddPayment:
    case OpKind::VoidPayment: {
        if (!context.payment || !context.invoice)
            return Error {QCoreApplication::translate(
                "UpgradeChat", "the payment or its invoice no longer exists locally")};
        const Payment &p = *context.payment;
        const Currency &c = context.invoice->currency;
        const bool reversal = context.kind == OpKind::VoidPayment || p.amount < 0;
        const qint64 amount = context.kind == OpKind::VoidPayment ? -p.amount : p.amount;
        JsonBody body;
        body.beginObject();
        body.string("invoiceNumber", context.invoice->number);
        if (!context.remoteInvoiceId.isEmpty())
            body.integer("invoiceId", context.remoteInvoiceId.toLongLong());
        body.string("date", isoDate(p.date));
        body.string(
            "orderStage", reversal ? QStringLiteral("Refunded") : QStringLiteral("Complete"));
        body.money("amount", amount, c);
        const bool typedTransaction
            = context.kind == OpKind::AddPayment && !p.gateway.transactionId.isEmpty();
        body.optionalString("gatewayName", p.gateway.name);
        body.string(
            "gatewayTransactionId", typedTransaction ? p.gateway.transactionId : context.marker);
        if (context.kind == OpKind::VoidPayment)
            body.string("gatewayOriginTransactionId", context.originalPaymentMarker);
        body.string(
            "transactionType", reversal ? QStringLiteral("Refund") : QStringLiteral("Sale"));
        body.boolean("hasRecurringBilling", false);
        body.string("description", QStringLiteral("InvoiceDesk %1").arg(context.marker));
        body.endObject();
        return std::optional<RemoteRequest>(authorized(
            jsonRequest(
                "POST", join(base, kService + QStringLiteral("AddBankCardPayment")), body.take()),
            context));
    }
    }
    return Error {QCoreApplication::translate("UpgradeChat", "unknown operation")};
}

Outcome UpgradeChatAdapter::classify(
    const RemoteResponse &response, const SyncContext &context) const
{
    const auto envelope = object(response.body);
    if (!envelope)
        return {Outcome::InDoubt, {},
            QCoreApplication::translate("UpgradeChat", "the response was not JSON"), {},
            QStringLiteral("malformed_2xx")};
    const bool success = envelope->value(QStringLiteral("success")).toBool(is2xx(response));
    if (!is2xx(response) || !success) {
        const QString message = abpError(*envelope);
        const bool duplicate = message.contains(QStringLiteral("already"), Qt::CaseInsensitive)
            || message.contains(QStringLiteral("duplicate"), Qt::CaseInsensitive);
        if (duplicate && context.attemptNo > 1)
            return {Outcome::Evidence, {}, message, {}, QStringLiteral("duplicate_on_retry")};
        return {Outcome::NeedsAttention, {},
            message.isEmpty()
                ? QCoreApplication::translate("UpgradeChat", "the server refused the request")
                : message,
            {}, QStringLiteral("rejected")};
    }
    const QJsonValue result = envelope->value(QStringLiteral("result"));
    QString id = idText(result);
    if (id.isEmpty() && result.isObject())
        id = idText(result.toObject().value(QStringLiteral("id")));
    if (context.kind == OpKind::CreateInvoice && id.isEmpty())
        return {Outcome::InDoubt, {},
            QCoreApplication::translate("UpgradeChat", "the response carried no invoice id"), {},
            QStringLiteral("no_id")};
    if (context.kind == OpKind::UpdateInvoice)
        id = context.remoteInvoiceId;
    if (id.isEmpty())
        id = context.kind == OpKind::DeleteInvoice ? context.remoteInvoiceId : context.marker;
    return {Outcome::Acked, id, {}, {}, {}};
}

Result<RemoteRequest> UpgradeChatAdapter::buildReadBack(const SyncContext &context) const
{
    const QUrl base = context.connection.url;
    if (context.kind == OpKind::CreateInvoice || context.remoteInvoiceId.isEmpty()) {
        // GUESS (remote-apis.md): invoices can be found by number through OData.
        QUrl url = join(base, QStringLiteral("/odata/Invoice"));
        const QString number = context.invoice
            ? context.invoice->number
            : context.payload.value(QStringLiteral("number")).toString();
        QString quoted = number;
        quoted.replace(QLatin1Char('\''), QLatin1String("''"));
        url.setQuery(
            QUrlQuery {{QStringLiteral("$filter"), QStringLiteral("Number eq '%1'").arg(quoted)},
                {QStringLiteral("$select"), QStringLiteral("Id,Number,Status,GrandTotal")}});
        return authorized(jsonRequest("GET", url), context);
    }
    QUrl url = join(base, kService + QStringLiteral("GetInvoiceInfo"));
    url.setQuery(QUrlQuery {{QStringLiteral("id"), context.remoteInvoiceId}});
    return authorized(jsonRequest("GET", url), context);
}

ReadBack UpgradeChatAdapter::parseReadBack(
    const RemoteResponse &response, const SyncContext &context) const
{
    const auto body = object(response.body);
    if (response.httpStatus == 404 && context.kind == OpKind::DeleteInvoice)
        return {ReadBack::Found, context.remoteInvoiceId, {}};
    if (!is2xx(response) || !body)
        return {ReadBack::Unknown, {},
            QCoreApplication::translate("UpgradeChat", "the read-back failed (HTTP %1)")
                .arg(response.httpStatus)};
    if (body->contains(QStringLiteral("value"))) { // OData list of invoices by number
        const QJsonArray found = body->value(QStringLiteral("value")).toArray();
        if (found.isEmpty())
            return {ReadBack::NotFound, {}, {}};
        if (found.size() > 1)
            return {ReadBack::Ambiguous, {},
                QCoreApplication::translate("UpgradeChat", "%1 invoices carry this number")
                    .arg(found.size())};
        return {ReadBack::Found, idText(found.first().toObject().value(QStringLiteral("Id"))), {}};
    }
    const QJsonObject invoice = body->value(QStringLiteral("result")).toObject();
    if (context.kind == OpKind::UpdateInvoice || context.kind == OpKind::DeleteInvoice)
        return {ReadBack::NotFound, {}, {}};
    QStringList matches;
    for (const QJsonValue &value : invoice.value(QStringLiteral("payments")).toArray()) {
        const QJsonObject payment = value.toObject();
        const QString description = payment.value(QStringLiteral("description")).toString();
        if (payment.value(QStringLiteral("gatewayTransactionId")).toString() == context.marker
            || description.contains(context.marker))
            matches.append(idText(payment.value(QStringLiteral("id"))));
    }
    if (matches.isEmpty())
        return {ReadBack::NotFound, {}, {}};
    if (matches.size() > 1)
        return {ReadBack::Ambiguous, {},
            QCoreApplication::translate("UpgradeChat", "%1 payments carry marker %2")
                .arg(matches.size())
                .arg(context.marker)};
    return {ReadBack::Found, matches.first(), {}};
}

} // namespace InvoiceDesk
