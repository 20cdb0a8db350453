// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ivvyadapter.h"
#include "adapterutil.h"
#include "ivvysigner.h"
#include "jsonbody.h"

#include <QCoreApplication>

namespace InvoiceDesk {

using namespace AdapterUtil;

namespace {

QString ivvyDateTime(const QDate &date)
{
    return date.toString(Qt::ISODate) + QStringLiteral(" 00:00:00");
}

/** "message (errorCode/specificCode): additional messages" from an iVvy error body. */
QString ivvyError(const QJsonObject &body)
{
    QString text = body.value(QStringLiteral("message")).toString();
    const QString codes
        = QStringLiteral("%1/%2").arg(idText(body.value(QStringLiteral("errorCode"))),
            idText(body.value(QStringLiteral("specificCode"))));
    QStringList more;
    for (const QJsonValue &v : body.value(QStringLiteral("additionalMessages")).toArray())
        more.append(v.toString());
    text += QStringLiteral(" (") + codes + QLatin1Char(')');
    if (!more.isEmpty())
        text += QStringLiteral(": ") + more.join(QStringLiteral("; "));
    return text;
}

} // namespace

std::optional<int> IvvyAdapter::methodCode(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Unknown:
        return 0;
    case PaymentMethod::CreditCard:
        return 1;
    case PaymentMethod::Bpay:
        return 2;
    case PaymentMethod::Eft:
        return 3;
    case PaymentMethod::Paypal:
        return 4;
    case PaymentMethod::Cheque:
        return 5;
    case PaymentMethod::Cash:
        return 6;
    case PaymentMethod::AccountsReceivable:
        return 8;
    case PaymentMethod::Eftpos:
        return 9;
    case PaymentMethod::WriteOff:
        return 10;
    case PaymentMethod::WireTransfer:
        return 12;
    case PaymentMethod::Custom:
        return 13;
    case PaymentMethod::DebitCard:
    case PaymentMethod::Upi:
    case PaymentMethod::DemandDraft:
        return std::nullopt;
    }
    return std::nullopt;
}

RemoteRequest IvvyAdapter::signedCall(
    const SyncContext &context, const QString &action, const QByteArray &body) const
{
    QUrl url = join(context.connection.url, QStringLiteral("/api/1.0/invoice"));
    url.setQuery(QStringLiteral("action=") + action);
    RemoteRequest request = jsonRequest("POST", url, body);
    IvvySigner::sign(request, context.secrets.value(QStringLiteral("key")).toUtf8(),
        context.secrets.value(QStringLiteral("secret")).toUtf8(), context.now);
    return request;
}

Result<std::optional<RemoteRequest>> IvvyAdapter::buildRequest(const SyncContext &context) const
{
    switch (context.kind) {
    case OpKind::CreateInvoice: {
        // Link: find the invoice iVvy issued under this number.
        JsonBody body;
        body.beginObject().beginObject("filter").string(
            "reference", context.invoice ? context.invoice->number : QString());
        body.endObject().integer("perPage", 2).integer("start", 0).endObject();
        return std::optional<RemoteRequest>(
            signedCall(context, QStringLiteral("getInvoiceList"), body.take()));
    }
    case OpKind::UpdateInvoice:
        return std::optional<RemoteRequest>(); // iVvy owns its invoices: nothing to push
    case OpKind::DeleteInvoice:
        return Error {QCoreApplication::translate("Ivvy",
            "iVvy has no way to delete an invoice through its API; delete or cancel it in iVvy")};
    case OpKind::VoidPayment:
        return Error {QCoreApplication::translate("Ivvy",
            "iVvy offers no reversal through its API: reverse payment %1 in iVvy, then confirm "
            "here")
                          .arg(context.originalPaymentMarker)};
    case OpKind::AddPayment:
        break;
    }
    if (!context.payment || !context.invoice)
        return Error {QCoreApplication::translate(
            "Ivvy", "the payment or its invoice no longer exists locally")};
    const Payment &p = *context.payment;
    const Currency &c = context.invoice->currency;
    if (p.amount < 0)
        return Error {QCoreApplication::translate(
            "Ivvy", "iVvy takes no refunds through addPayment; record the refund in iVvy")};
    if (context.remoteInvoiceId.isEmpty())
        return Error {
            QCoreApplication::translate("Ivvy", "invoice %1 is not linked to an iVvy invoice yet")
                .arg(context.invoice->number)};
    const auto method = methodCode(p.method);
    if (!method)
        return Error {QCoreApplication::translate("Ivvy", "iVvy has no payment method for \"%1\"")
                          .arg(methodKey(p.method))};
    JsonBody body;
    body.beginObject();
    body.integer("invoiceId", context.remoteInvoiceId.toLongLong());
    body.string("paidDate", ivvyDateTime(p.date));
    body.money("amountPaid", p.amount, c);
    body.integer("paymentMethod", *method);
    if (p.method == PaymentMethod::Custom) {
        const QString custom
            = context.connection.settings.value(QStringLiteral("customPaymentMethodId")).toString();
        if (custom.isEmpty())
            return Error {QCoreApplication::translate("Ivvy",
                "iVvy needs customPaymentMethodId for a custom payment; set it on the connection")};
        body.integer("customPaymentMethodId", custom.toLongLong());
    }
    body.string("receiptNum", context.marker);
    if (p.reconciledDate.isValid())
        body.string("reconciledDate", ivvyDateTime(p.reconciledDate));
    if (familyOf(p.method) == PaymentMethodFamily::Card && p.method == PaymentMethod::CreditCard) {
        const int card[] = {1, 2, 3, 4, 0}; // Visa, Mastercard, Amex, Diners, Unknown
        body.integer("cardType", card[int(p.card.type.value_or(CardType::Unknown))]);
        if (p.card.feeAmount)
            body.money("feeAmount", *p.card.feeAmount, c);
        else if (p.card.feePercentage)
            body.decimal("feePercentage", p.card.feePercentage->toString());
    }
    if (p.method == PaymentMethod::Cheque) {
        body.string("chequeNumber", p.cheque.number);
        body.optionalString("chequeDrawerName", p.cheque.drawer);
        body.optionalString("chequeBankBranch", p.cheque.bankBranch);
    }
    if (p.method == PaymentMethod::Eft) {
        if (p.eft.transferDate.isValid())
            body.string("eftTransferDate", ivvyDateTime(p.eft.transferDate));
        body.optionalString("eftPaymentReference", p.eft.reference);
    }
    body.optionalString("notes", p.notes);
    body.endObject();
    return std::optional<RemoteRequest>(
        signedCall(context, QStringLiteral("addPayment"), body.take()));
}

Outcome IvvyAdapter::resolveLocally(const SyncContext &context) const
{
    return {Outcome::Acked, context.remoteInvoiceId, {}, {}, {}};
}

Outcome IvvyAdapter::classify(const RemoteResponse &response, const SyncContext &context) const
{
    const auto body = object(response.body);
    if (!body)
        return {Outcome::InDoubt, {},
            QCoreApplication::translate("Ivvy", "the response was not JSON"), {},
            QStringLiteral("malformed_2xx")};
    if (body->contains(QStringLiteral("errorCode"))) {
        const QString message = ivvyError(*body);
        const QString specific = idText(body->value(QStringLiteral("specificCode")));
        if (specific
            == QLatin1String("24240")) // "an unknown error has occurred": it may have applied
            return {Outcome::InDoubt, {}, message, {}, QStringLiteral("ivvy_24240")};
        if (specific == QLatin1String("24239")
            && context.attemptNo > 1) // overpay on a resend: it landed before
            return {Outcome::Evidence, {}, message, {}, QStringLiteral("ivvy_24239_on_retry")};
        return {Outcome::NeedsAttention, {}, message, {}, QStringLiteral("ivvy_") + specific};
    }
    if (context.kind == OpKind::CreateInvoice) {
        const QJsonArray results = body->value(QStringLiteral("results")).toArray();
        if (results.isEmpty())
            return {Outcome::NeedsAttention, {},
                QCoreApplication::translate("Ivvy", "iVvy has no invoice numbered %1")
                    .arg(context.invoice->number),
                {}, QStringLiteral("not_linked")};
        if (results.size() > 1)
            return {Outcome::NeedsAttention, {},
                QCoreApplication::translate("Ivvy", "iVvy has several invoices numbered %1")
                    .arg(context.invoice->number),
                {}, QStringLiteral("ambiguous_link")};
        return {Outcome::Acked, idText(results.first().toObject().value(QStringLiteral("id"))), {},
            {}, {}};
    }
    const QString id = idText(anyCase(*body, QStringLiteral("id")));
    if (!anyCase(*body, QStringLiteral("success")).toBool() || id.isEmpty())
        return {Outcome::InDoubt, {},
            QCoreApplication::translate("Ivvy", "iVvy did not confirm the payment"), {},
            QStringLiteral("no_id")};
    return {Outcome::Acked, id, {}, {}, {}};
}

Result<RemoteRequest> IvvyAdapter::buildReadBack(const SyncContext &context) const
{
    if (context.kind == OpKind::CreateInvoice)
        return linkReadBack(context);
    JsonBody body;
    body.beginObject().integer("id", context.remoteInvoiceId.toLongLong()).endObject();
    return signedCall(context, QStringLiteral("getInvoice"), body.take());
}

ReadBack IvvyAdapter::parseReadBack(
    const RemoteResponse &response, const SyncContext &context) const
{
    const auto body = object(response.body);
    if (!is2xx(response) || !body || body->contains(QStringLiteral("errorCode")))
        return {ReadBack::Unknown, {},
            body ? ivvyError(*body)
                 : QCoreApplication::translate("Ivvy", "the read-back failed (HTTP %1)")
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
            QCoreApplication::translate("Ivvy", "the invoice's answer lists no payments")};
    QStringList matches;
    for (const QJsonValue &value : body->value(QStringLiteral("payments")).toArray()) {
        const QJsonObject payment = value.toObject();
        if (payment.value(QStringLiteral("receiptNum")).toString() == context.marker)
            matches.append(idText(payment.value(QStringLiteral("id"))));
    }
    if (matches.isEmpty())
        return {ReadBack::NotFound, {}, {}};
    if (matches.size() > 1)
        return {ReadBack::Ambiguous, {},
            QCoreApplication::translate("Ivvy", "%1 payments carry receipt number %2")
                .arg(matches.size())
                .arg(context.marker)};
    return {ReadBack::Found, matches.first(), {}};
}

Result<QList<RemotePayment>> IvvyAdapter::parsePaymentList(
    const RemoteResponse &response, const SyncContext &) const
{
    const auto body = object(response.body);
    if (!is2xx(response) || !body || !body->value(QStringLiteral("payments")).isArray())
        return Error {
            QCoreApplication::translate("Ivvy", "the invoice's answer lists no payments (HTTP %1)")
                .arg(response.httpStatus)};
    QList<RemotePayment> payments;
    for (const QJsonValue &value : body->value(QStringLiteral("payments")).toArray()) {
        const QJsonObject p = value.toObject();
        payments.append({idText(p.value(QStringLiteral("id"))),
            findMarker(p.value(QStringLiteral("receiptNum")).toString()),
            decimalText(p.value(QStringLiteral("amountPaid"))),
            QDate::fromString(p.value(QStringLiteral("paidDate")).toString().left(10), Qt::ISODate),
            false});
    }
    return payments;
}

} // namespace InvoiceDesk
