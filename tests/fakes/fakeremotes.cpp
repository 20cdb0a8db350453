// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeremotes.h"

#include "ivvysigner.h"

#include <QCryptographicHash>
#include <QUuid>

namespace InvoiceDesk::Fakes {

namespace {

/** "12.50" -> 1250, for the fakes' simple two-decimal bookkeeping. */
qint64 hundredths(const QJsonValue &value)
{
    const QString text
        = value.isString() ? value.toString() : QString::number(value.toDouble(), 'f', 2);
    const qsizetype point = text.indexOf(QLatin1Char('.'));
    if (point < 0)
        return text.toLongLong() * 100;
    QString fraction = text.mid(point + 1).leftJustified(2, QLatin1Char('0')).left(2);
    const qint64 whole = text.left(point).toLongLong();
    const qint64 part = fraction.toLongLong();
    return text.startsWith(QLatin1Char('-')) ? whole * 100 - part : whole * 100 + part;
}

QString rawNumber(const QByteArray &body, const char *key)
{
    // The exact decimal text as sent (QJsonDocument would turn it into a double).
    const QByteArray needle = QByteArray("\"") + key + "\":";
    const qsizetype at = body.indexOf(needle);
    if (at < 0)
        return {};
    qsizetype end = at + needle.size();
    while (end < body.size()
        && (std::isdigit(uchar(body.at(end))) || body.at(end) == '.' || body.at(end) == '-'))
        ++end;
    return QString::fromLatin1(body.mid(at + needle.size(), end - at - needle.size()));
}

QJsonObject abp(const QJsonValue &result)
{
    return {{QStringLiteral("result"), result}, {QStringLiteral("success"), true},
        {QStringLiteral("error"), QJsonValue()}, {QStringLiteral("targetUrl"), QJsonValue()},
        {QStringLiteral("unAuthorizedRequest"), false}, {QStringLiteral("__abp"), true}};
}

FakeResponse abpError(int status, const QString &message)
{
    return FakeResponse::json(status,
        {{QStringLiteral("success"), false}, {QStringLiteral("result"), QJsonValue()},
            {QStringLiteral("error"),
                QJsonObject {{QStringLiteral("code"), 0}, {QStringLiteral("message"), message}}},
            {QStringLiteral("unAuthorizedRequest"), status == 401},
            {QStringLiteral("__abp"), true}});
}

} // namespace

FakeRemote::FakeRemote(QObject *parent)
    : QObject(parent)
{
}

int FakeRemote::paymentsWithMarker(const QString &marker) const
{
    int count = 0;
    for (const FakePayment &payment : payments)
        count += payment.marker == marker || payment.notes.contains(marker);
    return count;
}

FakeInvoice *FakeRemote::invoiceByNumber(const QString &number)
{
    const QString id = mIdByNumber.value(number);
    auto it = invoices.find(id);
    if (id.isEmpty() || it == invoices.end() || it->number != number)
        return nullptr;
    return &it.value();
}

QString FakeRemote::addInvoice(const QString &number, qint64 totalMinor)
{
    const QString id = nextId();
    invoices.insert(id, {id, number, totalMinor, 0, {}});
    mIdByNumber.insert(number, id);
    return id;
}

void FakeRemote::addForeignPayment(
    const QString &invoiceId, const QString &amount, const QString &marker)
{
    payments.append({nextId(), invoiceId, amount, marker, marker, false});
}

// (A) ------------------------------------------------------------------------------------------

FakeUpgradeChat::FakeUpgradeChat(const QString &token, QObject *parent)
    : FakeRemote(parent)
    , token(token)
{
    mServer.setHandler([this](const FakeRequest &request) { return handle(request); });
}

FakeResponse FakeUpgradeChat::handle(const FakeRequest &request)
{
    const QByteArray auth = request.header("Authorization");
    const QByteArray apiKey = request.header("api-key");
    if (auth != "Bearer " + token.toUtf8() && apiKey != token.toUtf8())
        return abpError(401, QStringLiteral("Current user did not login to the application!"));
    const QString service = QStringLiteral("/api/services/CRM/Invoice/");
    const QJsonObject body = request.json();

    // No /odata/Invoice: the seeds do not document it (remote-apis.md marks it a GUESS).
    if (request.path == service + QStringLiteral("Create") && request.method == "POST") {
        const QString number = body.value(QStringLiteral("number")).toString();
        if (number.isEmpty())
            return abpError(400, QStringLiteral("The Number field is required."));
        if (invoiceByNumber(number))
            return abpError(400, QStringLiteral("Invoice number %1 already exists").arg(number));
        const QString status = body.value(QStringLiteral("status")).toString();
        if (!QStringList {QStringLiteral("Draft"), QStringLiteral("Pending"),
                QStringLiteral("Paid"), QStringLiteral("Cancelled"), QStringLiteral("Refunded")}
                 .contains(status))
            return abpError(400, QStringLiteral("Invalid status: %1").arg(status));
        for (const QJsonValue &line : body.value(QStringLiteral("lines")).toArray()) {
            if (!line.toObject().value(QStringLiteral("quantity")).isDouble())
                return abpError(400, QStringLiteral("quantity must be an integer"));
        }
        const QString id = nextId();
        invoices.insert(id,
            {id, number, hundredths(QJsonValue(rawNumber(request.body, "grandTotal"))), 0, body});
        mIdByNumber.insert(number, id);
        return FakeResponse::json(200, abp(id.toLongLong()));
    }
    if (request.path == service + QStringLiteral("Update") && request.method == "PUT") {
        const QString id = QString::number(body.value(QStringLiteral("id")).toInteger());
        if (!invoices.contains(id))
            return abpError(404, QStringLiteral("There is no invoice with id %1").arg(id));
        invoices[id].body = body;
        invoices[id].totalMinor = hundredths(QJsonValue(rawNumber(request.body, "grandTotal")));
        return FakeResponse::json(200, abp(QJsonValue()));
    }
    if (request.path == service + QStringLiteral("GetInvoiceInfo")) {
        const QString id = request.query.queryItemValue(QStringLiteral("id"));
        if (!invoices.contains(id))
            return abpError(404, QStringLiteral("There is no invoice with id %1").arg(id));
        QJsonArray list;
        for (const FakePayment &payment : std::as_const(payments)) {
            if (payment.invoiceId == id)
                list.append(QJsonObject {{QStringLiteral("id"), payment.id.toLongLong()},
                    {QStringLiteral("amount"), payment.amount},
                    {QStringLiteral("gatewayTransactionId"), payment.marker},
                    {QStringLiteral("description"), payment.notes}});
        }
        QJsonObject invoice = invoices.value(id).body;
        invoice.insert(QStringLiteral("id"), id.toLongLong());
        invoice.insert(QStringLiteral("payments"), list);
        return FakeResponse::json(200, abp(invoice));
    }
    if (request.path == service + QStringLiteral("DeleteInvoice") && request.method == "DELETE") {
        const QString id = request.query.queryItemValue(QStringLiteral("id"));
        if (!invoices.remove(id))
            return abpError(404, QStringLiteral("There is no invoice with id %1").arg(id));
        return FakeResponse::json(200, abp(QJsonValue()));
    }
    if (request.path == service + QStringLiteral("AddBankCardPayment")
        && request.method == "POST") {
        FakeInvoice *invoice
            = invoiceByNumber(body.value(QStringLiteral("invoiceNumber")).toString());
        if (!invoice)
            return abpError(404,
                QStringLiteral("Invoice %1 was not found")
                    .arg(body.value(QStringLiteral("invoiceNumber")).toString()));
        const QString type = body.value(QStringLiteral("transactionType")).toString();
        if (type != QLatin1String("Sale") && type != QLatin1String("Refund"))
            return abpError(400, QStringLiteral("transactionType must be Sale or Refund"));
        const QString id = nextId();
        payments.append({id, invoice->id, rawNumber(request.body, "amount"),
            body.value(QStringLiteral("gatewayTransactionId")).toString(),
            body.value(QStringLiteral("description")).toString(), false});
        invoice->paidMinor += hundredths(QJsonValue(rawNumber(request.body, "amount")));
        return FakeResponse::json(200, abp(id.toLongLong()));
    }
    return abpError(404,
        QStringLiteral("No route for %1 %2")
            .arg(QString::fromLatin1(request.method), request.path));
}

// (B) ------------------------------------------------------------------------------------------

FakeIvvy::FakeIvvy(const QString &key, const QString &secret, QObject *parent)
    : FakeRemote(parent)
    , key(key)
    , secret(secret)
{
    mServer.setHandler([this](const FakeRequest &request) { return handle(request); });
}

FakeResponse FakeIvvy::handle(const FakeRequest &request)
{
    const auto error = [](int code, int specific, const QString &message) {
        return FakeResponse::json(code >= 460 ? 400 : code,
            {{QStringLiteral("errorCode"), code}, {QStringLiteral("message"), message},
                {QStringLiteral("specificCode"), specific},
                {QStringLiteral("additionalMessages"), QJsonArray()}});
    };
    // Recompute the signature exactly as iVvy does.
    const QByteArray md5 = QCryptographicHash::hash(request.body, QCryptographicHash::Md5).toHex();
    if (request.header("Content-MD5") != md5)
        return error(401, 23004, QStringLiteral("Content-MD5 does not match the body"));
    const QByteArray pathAndQuery
        = request.path.toLatin1() + "?" + request.query.toString(QUrl::FullyEncoded).toLatin1();
    const QByteArray expected = IvvySigner::signature(secret.toUtf8(),
        IvvySigner::stringToSign("POST", md5, request.header("Content-Type"), pathAndQuery,
            request.header("IVVY-Date")));
    if (request.header("X-Api-Authorization") != "IWS " + key.toUtf8() + ":" + expected)
        return error(401, 23003, QStringLiteral("The signature is invalid"));

    const QString action = request.query.queryItemValue(QStringLiteral("action"));
    const QJsonObject body = request.json();
    if (action == QLatin1String("ping"))
        return FakeResponse::json(
            200, {{QStringLiteral("timestamp"), QStringLiteral("2026-11-22 09:00:00 UTC")}});
    if (action == QLatin1String("getInvoiceList")) {
        const QString reference = body.value(QStringLiteral("filter"))
                                      .toObject()
                                      .value(QStringLiteral("reference"))
                                      .toString();
        QJsonArray results;
        for (const FakeInvoice &invoice : std::as_const(invoices)) {
            if (invoice.number == reference)
                results.append(QJsonObject {{QStringLiteral("id"), invoice.id.toLongLong()},
                    {QStringLiteral("reference"), invoice.number}});
        }
        return FakeResponse::json(200,
            {{QStringLiteral("meta"),
                 QJsonObject {{QStringLiteral("totalResults"), results.size()}}},
                {QStringLiteral("results"), results}});
    }
    if (action == QLatin1String("getInvoice")) {
        const QString id = QString::number(body.value(QStringLiteral("id")).toInteger());
        if (!invoices.contains(id))
            return error(400, 24137, QStringLiteral("Unable to find invoice"));
        QJsonArray list;
        for (const FakePayment &payment : std::as_const(payments)) {
            if (payment.invoiceId == id)
                list.append(QJsonObject {{QStringLiteral("id"), payment.id.toLongLong()},
                    {QStringLiteral("receiptNum"), payment.marker},
                    {QStringLiteral("amountPaid"), payment.amount}});
        }
        return FakeResponse::json(
            200, {{QStringLiteral("id"), id.toLongLong()}, {QStringLiteral("payments"), list}});
    }
    if (action == QLatin1String("addPayment")) {
        const QString id = QString::number(body.value(QStringLiteral("invoiceId")).toInteger());
        if (!invoices.contains(id))
            return error(400, 24238, QStringLiteral("Unable to find invoice"));
        const int method = body.value(QStringLiteral("paymentMethod")).toInt(-1);
        if (method < 0 || method > 13 || method == 7)
            return error(400, 24236, QStringLiteral("Invalid payment method"));
        if (method == 5 && body.value(QStringLiteral("chequeNumber")).toString().isEmpty())
            return error(400, 24239, QStringLiteral("The payment details are invalid"));
        FakeInvoice &invoice = invoices[id];
        const qint64 amount = hundredths(QJsonValue(rawNumber(request.body, "amountPaid")));
        if (amount <= 0 || invoice.paidMinor + amount > invoice.totalMinor)
            return error(400, 24239, QStringLiteral("The payment details are invalid"));
        invoice.paidMinor += amount;
        const QString paymentId = nextId();
        payments.append({paymentId, id, rawNumber(request.body, "amountPaid"),
            body.value(QStringLiteral("receiptNum")).toString(), {}, false});
        return FakeResponse::json(200,
            {{QStringLiteral("Success"), true}, {QStringLiteral("Id"), paymentId.toLongLong()}});
    }
    return error(404, 0, QStringLiteral("Unknown action %1").arg(action));
}

// (C) ------------------------------------------------------------------------------------------

FakeCrmCom::FakeCrmCom(const QString &username, const QString &password, QObject *parent)
    : FakeRemote(parent)
    , username(username)
    , password(password)
{
    mServer.setHandler([this](const FakeRequest &request) { return handle(request); });
}

FakeResponse FakeCrmCom::handle(const FakeRequest &request)
{
    const auto status
        = [](const QString &code, const QString &message, const QJsonObject &data = {}) {
              return FakeResponse::json(200,
                  {{QStringLiteral("status"),
                       QJsonObject {{QStringLiteral("code"), code},
                           {QStringLiteral("message"),
                               message.isEmpty() ? QJsonValue() : QJsonValue(message)},
                           {QStringLiteral("description"), QJsonValue()}}},
                      {QStringLiteral("data"), data}});
          };
    const QString prefix = QStringLiteral("/crmapi/rest/v2/");
    const QJsonObject body = request.json();
    if (request.path == prefix + QStringLiteral("authentication/token")) {
        if (body.value(QStringLiteral("username")).toString() != username
            || body.value(QStringLiteral("password")).toString() != password)
            return status(QStringLiteral("AUTHENTICATION_FAILED"),
                QStringLiteral("Invalid username or password"));
        const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        issuedTokens.append(token);
        return status(QStringLiteral("OK"), {}, {{QStringLiteral("token"), token}});
    }
    const QString token = request.method == "GET"
        ? request.query.queryItemValue(QStringLiteral("token"))
        : body.value(QStringLiteral("token")).toString();
    if (!issuedTokens.contains(token))
        return status(
            QStringLiteral("INVALID_TOKEN"), QStringLiteral("The token is invalid or expired"));

    if (request.path == prefix + QStringLiteral("invoices/show")) {
        const QString number
            = request.query.queryItemValue(QStringLiteral("invoice_identifier"), QUrl::FullyDecoded)
                  .section(QLatin1Char('='), 1);
        FakeInvoice *invoice = invoiceByNumber(number);
        if (!invoice)
            return status(
                QStringLiteral("NOT_FOUND"), QStringLiteral("Invoice %1 not found").arg(number));
        return status(QStringLiteral("OK"), {},
            {{QStringLiteral("id"), invoice->id}, {QStringLiteral("number"), invoice->number}});
    }
    if (request.path == prefix + QStringLiteral("payments/show")) {
        const QString code
            = request.query.queryItemValue(QStringLiteral("payment_identifier"), QUrl::FullyDecoded)
                  .section(QLatin1Char('='), 1);
        for (const FakePayment &payment : std::as_const(payments)) {
            if (payment.marker == code)
                return status(QStringLiteral("OK"), {},
                    {{QStringLiteral("id"), payment.id}, {QStringLiteral("back_office_code"), code},
                        {QStringLiteral("life_cycle_state"),
                            payment.removed ? QStringLiteral("CANCELLED")
                                            : QStringLiteral("POSTED")}});
        }
        return status(QStringLiteral("NOT_FOUND"), QStringLiteral("Payment not found"));
    }
    if (request.path == prefix + QStringLiteral("payments/pay_invoice")) {
        const QString number = body.value(QStringLiteral("invoice_identifier"))
                                   .toObject()
                                   .value(QStringLiteral("number"))
                                   .toString();
        FakeInvoice *invoice = invoiceByNumber(number);
        if (!invoice)
            return status(
                QStringLiteral("NOT_FOUND"), QStringLiteral("Invoice %1 not found").arg(number));
        if (body.value(QStringLiteral("type_identifier")).toObject().isEmpty()
            || body.value(QStringLiteral("payment_method_identifier")).toObject().isEmpty())
            return status(QStringLiteral("MANDATORY_FIELD_MISSING"),
                QStringLiteral("type_identifier and payment_method_identifier are mandatory"));
        const QString code = body.value(QStringLiteral("back_office_code")).toString();
        for (const FakePayment &payment : std::as_const(payments)) {
            if (!code.isEmpty() && payment.marker == code)
                return status(QStringLiteral("DUPLICATE_VALUE"),
                    QStringLiteral("The back_office_code must be unique"));
        }
        if (invoice->paidMinor >= invoice->totalMinor)
            return status(QStringLiteral("INVALID_STATE"),
                QStringLiteral("The invoice has no outstanding amount"));
        const qint64 outstanding = invoice->totalMinor - invoice->paidMinor;
        invoice->paidMinor = invoice->totalMinor; // the whole outstanding amount, posted
        const QString id = nextId();
        payments.append({id, invoice->id, QString::number(outstanding / 100.0, 'f', 2), code,
            body.value(QStringLiteral("notes")).toString(), false});
        return status(QStringLiteral("OK"), {},
            {{QStringLiteral("id"), id},
                {QStringLiteral("life_cycle_state"), QStringLiteral("POSTED")}});
    }
    return status(QStringLiteral("NOT_FOUND"), QStringLiteral("No such method"));
}

// (D) ------------------------------------------------------------------------------------------

FakeRefrens::FakeRefrens(const QString &appId, const QString &appSecret, QObject *parent)
    : FakeRemote(parent)
    , appId(appId)
    , appSecret(appSecret)
{
    mServer.setHandler([this](const FakeRequest &request) { return handle(request); });
}

FakeResponse FakeRefrens::handle(const FakeRequest &request)
{
    const auto feathers = [](int code, const QString &name, const QString &message) {
        return FakeResponse::json(code,
            {{QStringLiteral("name"), name}, {QStringLiteral("message"), message},
                {QStringLiteral("code"), code}, {QStringLiteral("className"), name.toLower()},
                {QStringLiteral("errors"), QJsonObject()}});
    };
    const QJsonObject body = request.json();
    if (request.path == QLatin1String("/authentication")) {
        if (body.value(QStringLiteral("strategy")).toString() != QLatin1String("app-secret")
            || body.value(QStringLiteral("appId")).toString() != appId
            || body.value(QStringLiteral("appSecret")).toString() != appSecret)
            return feathers(
                401, QStringLiteral("NotAuthenticated"), QStringLiteral("Invalid login"));
        const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        issuedTokens.append(token);
        return FakeResponse::json(
            201, {{QStringLiteral("accessToken"), token}, {QStringLiteral("appId"), appId}});
    }
    if (!issuedTokens.contains(QString::fromUtf8(request.header("Authorization").mid(7))))
        return feathers(401, QStringLiteral("NotAuthenticated"), QStringLiteral("Invalid login"));
    const QStringList parts = request.path.split(
        QLatin1Char('/'), Qt::SkipEmptyParts); // businesses/KEY/invoices[/ID/payments]
    if (parts.size() == 3 && parts.at(2) == QLatin1String("invoices")) {
        const QString number = request.query.queryItemValue(QStringLiteral("invoiceNumber"));
        QJsonArray data;
        for (const FakeInvoice &invoice : std::as_const(invoices)) {
            if (invoice.number == number)
                data.append(QJsonObject {{QStringLiteral("_id"), invoice.id},
                    {QStringLiteral("invoiceNumber"), invoice.number}});
        }
        return FakeResponse::json(
            200, {{QStringLiteral("total"), data.size()}, {QStringLiteral("data"), data}});
    }
    if (parts.size() == 5 && parts.at(4) == QLatin1String("payments")) {
        const QString invoiceId = parts.at(3);
        if (!invoices.contains(invoiceId))
            return feathers(404, QStringLiteral("NotFound"),
                QStringLiteral("No record found for id '%1'").arg(invoiceId));
        if (request.method == "GET") {
            QJsonArray list;
            for (const FakePayment &payment : std::as_const(payments)) {
                if (payment.invoiceId == invoiceId)
                    list.append(QJsonObject {{QStringLiteral("_id"), payment.id},
                        {QStringLiteral("amount"), payment.amount},
                        {QStringLiteral("notes"), payment.notes},
                        {QStringLiteral("isRemoved"), payment.removed}});
            }
            return FakeResponse::json(200, {{QStringLiteral("payments"), list}});
        }
        static const QStringList methods = {QStringLiteral("ACCOUNT_TRANSFER"),
            QStringLiteral("CASH"), QStringLiteral("CHEQUE"), QStringLiteral("CREDIT_CARD"),
            QStringLiteral("DEBIT_CARD"), QStringLiteral("DD"), QStringLiteral("UPI")};
        if (!methods.contains(body.value(QStringLiteral("paymentMethod")).toString()))
            return feathers(
                400, QStringLiteral("BadRequest"), QStringLiteral("paymentMethod is invalid"));
        const QString id = QUuid::createUuid().toString(QUuid::Id128).left(24);
        payments.append({id, invoiceId, rawNumber(request.body, "amount"),
            body.value(QStringLiteral("refId")).toString(),
            body.value(QStringLiteral("notes")).toString(), false});
        return FakeResponse::json(201,
            {{QStringLiteral("_id"), id},
                {QStringLiteral("amount"), body.value(QStringLiteral("amount"))},
                {QStringLiteral("isRemoved"), false}});
    }
    return feathers(404, QStringLiteral("NotFound"), QStringLiteral("Page not found"));
}

} // namespace InvoiceDesk::Fakes
