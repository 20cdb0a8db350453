// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "upgradechatadapter.h"
#include "adapterutil.h"
#include "jsonwriter.h"

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

void address(JsonWriter &body, const char *key, const Address &address)
{
    body.beginObject(key);
    for (const Address::Field &field : Address::fields())
        body.optionalString(field.name, address.*field.member);
    body.endObject();
}

void writeLine(JsonWriter &body, const LineItem &line, int index, const Currency &c)
{
    body.beginObject();
    // Seed 001 has no line discount: a discounted line goes as its net amount, with a quantity
    // and rate whose product is that amount (the whole quantity when the net divides by it,
    // else 1 × net), so that Upgrade.Chat's own totals equal ours (issue 12 item 5).
    const qint64 quantity = line.quantity.thousandths() / 1000; // whole: see invoiceBody
    const qint64 net = line.total().value_or(0);
    const bool discounted = line.discountPercent || line.discountAmount;
    const bool divides = quantity != 0 && net % quantity == 0;
    body.integer("quantity", !discounted || divides ? quantity : 1);
    body.money("rate", !discounted ? line.rate : divides ? net / quantity : net, c);
    body.money("total", net, c);
    if (line.commissionableAmount)
        body.money("commissionableAmount", *line.commissionableAmount, c);
    if (line.unit != LineUnit::None)
        body.string("unitId", lineUnitName(line.unit));
    body.optionalString("productCode", line.productCode);
    body.optionalString("description", line.description);
    body.integer("sortOrder", index);
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

Capabilities UpgradeChatAdapter::capabilities() const
{
    Capabilities capabilities;
    capabilities.systemName = QStringLiteral("Upgrade.Chat CRM");
    // The marker rides in gatewayTransactionId, which GetInvoiceInfo lists with each payment.
    capabilities.markerField = QStringLiteral("gatewayTransactionId");
    capabilities.canReadBack = true;
    capabilities.needsLogin = false; // a long-lived token, no session
    // Seed 001: invoices are created, updated and deleted here; payments are Sale transactions
    // and refunds Refund transactions of AddBankCardPayment, so voids and refunds go too.
    capabilities.pushesInvoices = true;
    // Seed 001: lines[].quantity is an Integer; no credit note call is documented.
    capabilities.notTaken = RemoteOperation::FractionalQuantity | RemoteOperation::CreditNote
        | RemoteOperation::LineDiscount;
    return capabilities;
}

QList<ConnectionField> UpgradeChatAdapter::fields() const
{
    // Seed 000 shows a Bearer token; the live API also takes it as an api-key header.
    return {
        {"auth", QT_TRANSLATE_NOOP("ConnectionsDialog", "Authentication"), false,
            {{"bearer",
                 QT_TRANSLATE_NOOP("ConnectionsDialog", "Bearer token (Authorization header)")},
                {"api-key", QT_TRANSLATE_NOOP("ConnectionsDialog", "API key (api-key header)")}}},
        {"token", QT_TRANSLATE_NOOP("ConnectionsDialog", "API token"), true}};
}

Result<RemoteRequest> UpgradeChatAdapter::buildTest(const SyncContext &context) const
{
    // The system has no sign-in call: asking for an invoice that cannot exist (id 0) is
    // harmless, and the token is judged before the id is.
    QUrl url = join(context.connection.url, kService + QStringLiteral("GetInvoiceInfo"));
    url.setQuery(QStringLiteral("id=0"));
    return authorized(jsonRequest("GET", url), context);
}

TestVerdict UpgradeChatAdapter::parseTest(const RemoteResponse &response) const
{
    const auto envelope = object(response.body);
    return httpTestVerdict(response, envelope ? abpError(*envelope) : QString());
}

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
    JsonWriter body;
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
    // Seed 001: lines[].quantity is an Integer. The engine refuses a fraction before it asks
    // for this body (capabilities()); nothing is ever truncated here.
    if (auto refused = invoiceRefusal(UpgradeChatAdapter().capabilities(), invoice))
        return Error {*refused};
    body.beginArray("lines");
    for (int i = 0; i < invoice.lines.size(); ++i)
        writeLine(body, invoice.lines.at(i), i, c);
    body.endArray();
    body.boolean("bypassValidation", false);
    body.endObject();
    return body.take();
}

Result<std::optional<RemoteRequest>> UpgradeChatAdapter::buildRequest(
    const SyncContext &context) const
{
    switch (context.kind) {
    case OpKind::CreateInvoice:
    case OpKind::UpdateInvoice:
        return invoiceRequest(context);
    case OpKind::DeleteInvoice:
        return deleteRequest(context);
    case OpKind::AddPayment:
    case OpKind::VoidPayment:
        return paymentRequest(context);
    }
    return Error {QCoreApplication::translate("UpgradeChat", "unknown operation")};
}

Result<std::optional<RemoteRequest>> UpgradeChatAdapter::invoiceRequest(
    const SyncContext &context) const
{
    // Update bodies carry the whole invoice (full state): Qt itself may send a PUT twice.
    const bool update = context.kind == OpKind::UpdateInvoice;
    if (update && context.remoteInvoiceId.isEmpty())
        return Error {
            QCoreApplication::translate("UpgradeChat", "the invoice has no remote id yet")};
    auto body = invoiceBody(
        *context.invoice, context.connection, update ? context.remoteInvoiceId : QString());
    if (!body)
        return Error {body.error()};
    const QString call = update ? QStringLiteral("Update") : QStringLiteral("Create");
    return std::optional<RemoteRequest>(authorized(
        jsonRequest(update ? "PUT" : "POST", join(context.connection.url, kService + call), *body),
        context));
}

Result<std::optional<RemoteRequest>> UpgradeChatAdapter::deleteRequest(
    const SyncContext &context) const
{
    // The local invoice is gone by the time its delete goes: the payload kept its remote id.
    const QString remoteId = context.remoteInvoiceId.isEmpty()
        ? context.payload.value(QStringLiteral("remoteId")).toString()
        : context.remoteInvoiceId;
    if (remoteId.isEmpty())
        return Error {QCoreApplication::translate("UpgradeChat",
            "the invoice was never acknowledged by the remote, so there is nothing to delete")};
    QUrl url = join(context.connection.url, kService + QStringLiteral("DeleteInvoice"));
    url.setQuery(QUrlQuery {{QStringLiteral("id"), remoteId}});
    return std::optional<RemoteRequest>(authorized(jsonRequest("DELETE", url), context));
}

Result<std::optional<RemoteRequest>> UpgradeChatAdapter::paymentRequest(
    const SyncContext &context) const
{
    const Payment &p = *context.payment;
    // Seed 001: money returned is a Refund transaction with the amount as it leaves (positive
    // for a void of a payment, the refund's own amount otherwise), tied to the original by
    // gatewayOriginTransactionId.
    const bool reversal = context.kind == OpKind::VoidPayment || p.amount < 0;
    const qint64 amount = context.kind == OpKind::VoidPayment ? -p.amount : p.amount;
    JsonWriter body;
    body.beginObject();
    body.string("invoiceNumber", context.invoice->number);
    if (!context.remoteInvoiceId.isEmpty())
        body.integer("invoiceId", context.remoteInvoiceId.toLongLong());
    body.string("date", isoDate(p.date));
    body.string("orderStage", reversal ? QStringLiteral("Refunded") : QStringLiteral("Complete"));
    body.money("amount", amount, context.invoice->currency);
    // A transaction id the bookkeeper typed is the card gateway's own, already unique; else the
    // marker takes its place, so that the read-back can find the payment.
    const bool typedTransaction
        = context.kind == OpKind::AddPayment && !p.gateway.transactionId.isEmpty();
    body.optionalString("gatewayName", p.gateway.name);
    body.string(
        "gatewayTransactionId", typedTransaction ? p.gateway.transactionId : context.marker);
    if (context.kind == OpKind::VoidPayment)
        body.string("gatewayOriginTransactionId", context.originalPaymentMarker);
    body.string("transactionType", reversal ? QStringLiteral("Refund") : QStringLiteral("Sale"));
    body.boolean("hasRecurringBilling", false);
    // The marker in the description too: the read-back matches either.
    body.string("description", QStringLiteral("InvoiceDesk %1").arg(context.marker));
    body.endObject();
    const QUrl url = join(context.connection.url, kService + QStringLiteral("AddBankCardPayment"));
    return std::optional<RemoteRequest>(authorized(jsonRequest("POST", url, body.take()), context));
}

namespace {

bool isDuplicateNumber(const QString &message)
{
    return message.contains(QStringLiteral("already"), Qt::CaseInsensitive)
        || message.contains(QStringLiteral("duplicate"), Qt::CaseInsensitive);
}

/**
 * What a successful answer must carry (seed 001 and remote-apis.md): the ABP envelope with
 * success = true and, for a create or a payment, a result (the new invoice's id; for a payment
 * an id or the seed's {leadRequestXref, contactId}). Update and delete answer with an empty
 * result (the seed shows "{}"). Anything else is not a confirmation.
 */
std::optional<QString> confirmedId(const QJsonObject &envelope, OpKind kind)
{
    const QJsonValue success = envelope.value(QStringLiteral("success"));
    const QJsonValue result = envelope.value(QStringLiteral("result"));
    const bool seedShape = envelope.contains(QStringLiteral("leadRequestXref"))
        || envelope.contains(QStringLiteral("contactId"));
    if (kind == OpKind::UpdateInvoice || kind == OpKind::DeleteInvoice) {
        if (success.toBool(false) || envelope.isEmpty())
            return QString();
        return std::nullopt;
    }
    if (kind == OpKind::AddPayment || kind == OpKind::VoidPayment) {
        if (seedShape && !envelope.contains(QStringLiteral("success")))
            return QString();
        if (!success.isBool() || !success.toBool())
            return std::nullopt;
        if (result.isObject() && !result.toObject().isEmpty())
            return AdapterUtil::idText(result.toObject().value(QStringLiteral("id")));
        const QString id = AdapterUtil::idText(result);
        return id.isEmpty() ? std::nullopt : std::optional<QString>(id);
    }
    if (!success.isBool() || !success.toBool())
        return std::nullopt;
    QString id = AdapterUtil::idText(result);
    if (id.isEmpty() && result.isObject())
        id = AdapterUtil::idText(result.toObject().value(QStringLiteral("id")));
    return id.isEmpty() ? std::nullopt : std::optional<QString>(id);
}

} // namespace

Outcome UpgradeChatAdapter::classify(
    const RemoteResponse &response, const SyncContext &context) const
{
    const auto envelope = object(response.body);
    if (!envelope)
        return {Outcome::InDoubt, {},
            QCoreApplication::translate("UpgradeChat", "the response was not JSON"), {},
            QStringLiteral("malformed_2xx")};
    const bool refused
        = !is2xx(response) || envelope->value(QStringLiteral("success")).toBool(true) == false;
    if (refused) {
        const QString message = abpError(*envelope);
        if (isDuplicateNumber(message) && context.attemptNo > 1)
            return {Outcome::Evidence, {}, message, {}, QStringLiteral("duplicate_on_retry")};
        return {Outcome::NeedsAttention, {},
            message.isEmpty()
                ? QCoreApplication::translate("UpgradeChat", "the server refused the request")
                : message,
            {}, QStringLiteral("rejected")};
    }
    const auto id = confirmedId(*envelope, context.kind);
    if (!id)
        return {Outcome::InDoubt, {},
            QCoreApplication::translate("UpgradeChat",
                "the answer did not confirm the operation (it lacks what a success carries)"),
            {}, QStringLiteral("unconfirmed_2xx")};
    switch (context.kind) {
    case OpKind::UpdateInvoice:
    case OpKind::DeleteInvoice:
        return {Outcome::Acked, context.remoteInvoiceId, {}, {}, {}};
    case OpKind::AddPayment:
    case OpKind::VoidPayment:
        return {Outcome::Acked, id->isEmpty() ? context.marker : *id, {}, {}, {}};
    case OpKind::CreateInvoice:
        break;
    }
    return {Outcome::Acked, *id, {}, {}, {}};
}

Result<RemoteRequest> UpgradeChatAdapter::buildReadBack(const SyncContext &context) const
{
    if (context.kind == OpKind::CreateInvoice) {
        // The seed documents no search by number, but the number is unique on this system:
        // sending the same Create again either creates it now (the first never landed) or is
        // refused with "already exists" (it did). Both answer the question exactly once.
        auto request = buildRequest(context);
        if (!request)
            return Error {request.error()};
        return **request;
    }
    if (context.remoteInvoiceId.isEmpty())
        return Error {QCoreApplication::translate("UpgradeChat",
            "invoice %1 was linked by the remote's \"already exists\" answer, so its Upgrade.Chat "
            "id is not known here: look the invoice up in Upgrade.Chat and enter its id (Sync "
            "Issues, or invoicedesk-cli sync link %1 --remote-id ID)")
                          .arg(context.invoice ? context.invoice->number : QString())};
    QUrl url = join(context.connection.url, kService + QStringLiteral("GetInvoiceInfo"));
    url.setQuery(QUrlQuery {{QStringLiteral("id"), context.remoteInvoiceId}});
    return authorized(jsonRequest("GET", url), context);
}

ReadBack UpgradeChatAdapter::parseReadBack(
    const RemoteResponse &response, const SyncContext &context) const
{
    if (context.kind == OpKind::CreateInvoice)
        return parseCreateProbe(response, context);
    const auto body = object(response.body);
    // The invoice is gone: exactly what the delete wanted, whoever did it.
    if (response.httpStatus == 404 && context.kind == OpKind::DeleteInvoice)
        return {ReadBack::Found, context.remoteInvoiceId, {}};
    if (!is2xx(response) || !body || !body->value(QStringLiteral("success")).toBool())
        return {ReadBack::Unknown, {},
            QCoreApplication::translate("UpgradeChat", "the read-back failed (HTTP %1)")
                .arg(response.httpStatus)};
    const QJsonObject invoice = body->value(QStringLiteral("result")).toObject();
    // The invoice is still there: the delete did not land. An update cannot be told from its
    // read-back (no version token in seed 001), so it is sent again: it carries full state.
    if (context.kind == OpKind::UpdateInvoice || context.kind == OpKind::DeleteInvoice)
        return {ReadBack::NotFound, {}, {}};
    if (!invoice.contains(QStringLiteral("payments")))
        return {ReadBack::Unknown, {},
            QCoreApplication::translate("UpgradeChat", "the invoice's answer lists no payments")};
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

Result<QList<RemotePayment>> UpgradeChatAdapter::parsePaymentList(
    const RemoteResponse &response, const SyncContext &) const
{
    const auto body = object(response.body);
    const QJsonObject invoice
        = body ? body->value(QStringLiteral("result")).toObject() : QJsonObject();
    if (!is2xx(response) || !invoice.contains(QStringLiteral("payments")))
        return Error {QCoreApplication::translate(
            "UpgradeChat", "the invoice's answer lists no payments (HTTP %1)")
                          .arg(response.httpStatus)};
    QList<RemotePayment> payments;
    for (const QJsonValue &value : invoice.value(QStringLiteral("payments")).toArray()) {
        const QJsonObject p = value.toObject();
        const QString transaction = p.value(QStringLiteral("gatewayTransactionId")).toString();
        const QString marker = findMarker(transaction).isEmpty()
            ? findMarker(p.value(QStringLiteral("description")).toString())
            : findMarker(transaction);
        payments.append({idText(p.value(QStringLiteral("id"))), marker,
            decimalText(p.value(QStringLiteral("amount"))),
            QDate::fromString(p.value(QStringLiteral("date")).toString().left(10), Qt::ISODate),
            false});
    }
    return payments;
}

ReadBack UpgradeChatAdapter::parseCreateProbe(
    const RemoteResponse &response, const SyncContext &context) const
{
    const auto envelope = object(response.body);
    if (!envelope)
        return {ReadBack::Unknown, {},
            QCoreApplication::translate("UpgradeChat", "the read-back failed (HTTP %1)")
                .arg(response.httpStatus)};
    const QString message = abpError(*envelope);
    if (isDuplicateNumber(message))
        return {ReadBack::Found, {},
            QCoreApplication::translate("UpgradeChat",
                "found by the remote's answer that invoice %1 already exists (this system has no "
                "documented read-back; its id is to be learned)")
                .arg(context.invoice ? context.invoice->number : QString()),
            true};
    if (is2xx(response)) {
        if (const auto id = confirmedId(*envelope, OpKind::CreateInvoice))
            return {ReadBack::Found, *id,
                QCoreApplication::translate(
                    "UpgradeChat", "the first send had not landed; created by the read-back")};
    }
    return {ReadBack::Unknown, {},
        message.isEmpty()
            ? QCoreApplication::translate("UpgradeChat", "the read-back failed (HTTP %1)")
                  .arg(response.httpStatus)
            : message};
}

} // namespace InvoiceDesk
