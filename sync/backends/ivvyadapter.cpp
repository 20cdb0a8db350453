// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ivvyadapter.h"
#include "adapterutil.h"
#include "ivvysigner.h"
#include "jsonwriter.h"

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

/** The fields of addPayment that belong to the method's instrument (seed 002). */
void writeInstrument(JsonWriter &body, const Payment &p, const Currency &c)
{
    if (p.method == PaymentMethod::CreditCard) {
        // cardType is required for a credit card: 1 Visa, 2 Mastercard, 3 Amex, 4 Diners.
        const int card[] = {1, 2, 3, 4, 0};
        body.integer("cardType", card[int(p.card.type.value_or(CardType::Unknown))]);
        // feeAmount overrides feePercentage there, so at most one of them goes.
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
}

} // namespace

Capabilities IvvyAdapter::capabilities() const
{
    Capabilities capabilities;
    capabilities.systemName = QStringLiteral("iVvy");
    // receiptNum is kept on the payment and listed by getInvoice: the read-back matches it.
    capabilities.markerField = QStringLiteral("receiptNum");
    capabilities.canReadBack = true;
    capabilities.needsLogin = false; // every call is signed with the key and secret
    // Seed 002 has no create or update action for invoices: they live in iVvy, and ours are
    // linked to them by number (getInvoiceList).
    capabilities.pushesInvoices = false;
    // Seed 002: no delete, no reversal of a payment, and addPayment takes no negative amount;
    // credit notes can be read (getCreditNoteList) but not written.
    capabilities.notTaken = RemoteOperation::DeleteInvoice | RemoteOperation::ReversePayment
        | RemoteOperation::Refund | RemoteOperation::CreditNote;
    return capabilities;
}

QList<ConnectionField> IvvyAdapter::fields() const
{
    return {{"key", QT_TRANSLATE_NOOP("ConnectionsDialog", "API key"), true},
        {"secret", QT_TRANSLATE_NOOP("ConnectionsDialog", "API secret"), true}};
}

bool IvvyAdapter::takesMethod(PaymentMethod method, const Connection &) const
{
    return methodCode(method).has_value();
}

Result<RemoteRequest> IvvyAdapter::buildTest(const SyncContext &context) const
{
    // Seed 002's test/ping: signed like every call, so a wrong key or secret is refused.
    QUrl url = join(context.connection.url, QStringLiteral("/api/1.0/test"));
    url.setQuery(QStringLiteral("action=ping"));
    RemoteRequest request = jsonRequest("POST", url, "{}");
    IvvySigner::sign(request, context.secrets.value(QStringLiteral("key")).toUtf8(),
        context.secrets.value(QStringLiteral("secret")).toUtf8(), context.now);
    return request;
}

TestVerdict IvvyAdapter::parseTest(const RemoteResponse &response) const
{
    const auto body = object(response.body);
    // iVvy refuses a signature with an errorCode body, whatever the HTTP status says.
    if (body && body->contains(QStringLiteral("errorCode")) && response.httpStatus < 500)
        return {TestVerdict::Refused, body->value(QStringLiteral("message")).toString()};
    return httpTestVerdict(
        response, body ? body->value(QStringLiteral("message")).toString() : QString());
}

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
    if (context.kind == OpKind::AddPayment)
        return paymentRequest(context);
    if (context.kind != OpKind::CreateInvoice)
        return Error {QCoreApplication::translate("Ivvy", "unknown operation")};
    // The invoice lives in iVvy: "create" finds the one with our number (perPage 2, so that
    // two of them show as ambiguous instead of one being picked).
    JsonWriter body;
    body.beginObject().beginObject("filter").string("reference", context.invoice->number);
    body.endObject().integer("perPage", 2).integer("start", 0).endObject();
    return std::optional<RemoteRequest>(
        signedCall(context, QStringLiteral("getInvoiceList"), body.take()));
}

Result<std::optional<RemoteRequest>> IvvyAdapter::paymentRequest(const SyncContext &context) const
{
    const Payment &p = *context.payment;
    const Currency &c = context.invoice->currency;
    if (context.remoteInvoiceId.isEmpty())
        return Error {
            QCoreApplication::translate("Ivvy", "invoice %1 is not linked to an iVvy invoice yet")
                .arg(context.invoice->number)};
    const auto method = methodCode(p.method);
    if (!method)
        return Error {methodRefusal(capabilities(), methodKey(p.method))};
    JsonWriter body;
    body.beginObject();
    body.integer("invoiceId", context.remoteInvoiceId.toLongLong());
    body.string("paidDate", ivvyDateTime(p.date));
    body.money("amountPaid", p.amount, c);
    body.integer("paymentMethod", *method);
    if (p.method == PaymentMethod::Custom) {
        // A custom method is one the venue defined in iVvy: its id is a connection setting.
        const QString custom
            = context.connection.settings.value(QStringLiteral("customPaymentMethodId")).toString();
        if (custom.isEmpty())
            return Error {QCoreApplication::translate("Ivvy",
                "iVvy needs customPaymentMethodId for a custom payment; set it on the connection")};
        body.integer("customPaymentMethodId", custom.toLongLong());
    }
    body.string("receiptNum", context.marker); // the marker (remote-apis.md)
    if (p.reconciledDate.isValid())
        body.string("reconciledDate", ivvyDateTime(p.reconciledDate));
    writeInstrument(body, p, c);
    body.optionalString("notes", p.notes);
    body.endObject();
    return std::optional<RemoteRequest>(
        signedCall(context, QStringLiteral("addPayment"), body.take()));
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
    JsonWriter body;
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
        // receiptNum is our marker; iVvy keeps it as sent (seed 002).
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
