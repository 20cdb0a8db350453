#include "jsonformat.h"

#include <QJsonArray>

namespace InvoiceDesk::Json {

namespace {

void putDate(QJsonObject &object, const char *key, const QDate &date)
{
    if (date.isValid())
        object.insert(QLatin1String(key), date.toString(Qt::ISODate));
}

void putMoney(QJsonObject &object, const char *key, const std::optional<qint64> &minor, const Currency &currency)
{
    if (minor)
        object.insert(QLatin1String(key), Money::fromMinorUnits(*minor, currency).toString());
}

void putText(QJsonObject &object, const char *key, const QString &text)
{
    if (!text.isEmpty())
        object.insert(QLatin1String(key), text);
}

} // namespace

QJsonObject fromAddress(const Address &address)
{
    QJsonObject object;
    for (const Address::Field &field : Address::fields())
        putText(object, field.name, address.*field.member);
    return object;
}

QJsonObject fromInvoice(const Invoice &invoice)
{
    const Currency &c = invoice.currency;
    QJsonObject o;
    o.insert(QStringLiteral("uuid"), invoice.uuid);
    o.insert(QStringLiteral("number"), invoice.number);
    o.insert(QStringLiteral("lifecycle"), lifecycleKey(invoice.lifecycle));
    putDate(o, "date", invoice.date);
    putDate(o, "dueDate", invoice.dueDate);
    putDate(o, "subscriptionStartOn", invoice.subscriptionStartOn);
    o.insert(QStringLiteral("currency"), c.code());
    if (invoice.contactId)
        o.insert(QStringLiteral("contactId"), QString::number(*invoice.contactId));
    putText(o, "groupId", invoice.groupId);
    if (invoice.orderId)
        o.insert(QStringLiteral("orderId"), QString::number(*invoice.orderId));
    putText(o, "orderNumber", invoice.orderNumber);
    if (invoice.leadId)
        o.insert(QStringLiteral("leadId"), QString::number(*invoice.leadId));
    putText(o, "couponCode", invoice.couponCode);
    putMoney(o, "discountTotal", invoice.discountTotal, c);
    putMoney(o, "shippingTotal", invoice.shippingTotal, c);
    putMoney(o, "taxTotal", invoice.taxTotal, c);
    if (const auto totals = invoice.totals()) {
        putMoney(o, "subtotal", totals->subtotal, c);
        putMoney(o, "grandTotal", totals->grandTotal, c);
    }
    putText(o, "description", invoice.description);
    putText(o, "note", invoice.note);
    putText(o, "connection", invoice.connectionName);
    putText(o, "remoteId", invoice.remoteId);
    o.insert(QStringLiteral("billing"), fromAddress(invoice.billing));
    o.insert(QStringLiteral("shipping"), fromAddress(invoice.shipping));
    QJsonArray lines;
    for (const LineItem &line : invoice.lines) {
        QJsonObject l;
        l.insert(QStringLiteral("quantity"), line.quantity.toString());
        putMoney(l, "rate", line.rate, c);
        putMoney(l, "total", line.total(), c);
        putText(l, "unit", lineUnitName(line.unit));
        putText(l, "productCode", line.productCode);
        putText(l, "description", line.description);
        putMoney(l, "commissionableAmount", line.commissionableAmount, c);
        if (line.taxRate)
            l.insert(QStringLiteral("taxRate"), line.taxRate->toString());
        lines.append(l);
    }
    o.insert(QStringLiteral("lines"), lines);
    return o;
}

QJsonObject fromPayment(const Payment &p, const Currency &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("uuid"), p.uuid);
    o.insert(QStringLiteral("invoiceNumber"), p.invoiceNumber);
    o.insert(QStringLiteral("marker"), p.marker);
    putDate(o, "date", p.date);
    putMoney(o, "amount", p.amount, c);
    o.insert(QStringLiteral("currency"), c.code());
    o.insert(QStringLiteral("method"), methodKey(p.method));
    putText(o, "reference", p.reference);
    putText(o, "notes", p.notes);
    putText(o, "chequeNumber", p.cheque.number);
    putText(o, "chequeDrawer", p.cheque.drawer);
    putText(o, "chequeBankBranch", p.cheque.bankBranch);
    if (p.card.type)
        o.insert(QStringLiteral("cardType"), cardTypeKey(*p.card.type));
    if (p.card.feePercentage)
        o.insert(QStringLiteral("cardFeePercentage"), p.card.feePercentage->toString());
    putMoney(o, "cardFeeAmount", p.card.feeAmount, c);
    putText(o, "gatewayName", p.gateway.name);
    putText(o, "gatewayTransactionId", p.gateway.transactionId);
    putDate(o, "eftTransferDate", p.eft.transferDate);
    putText(o, "eftReference", p.eft.reference);
    putMoney(o, "tds", p.tds, c);
    putMoney(o, "transactionCharge", p.transactionCharge, c);
    putDate(o, "reconciledDate", p.reconciledDate);
    if (p.isVoided()) {
        o.insert(QStringLiteral("voidedAt"), p.voidedAt.toUTC().toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("voidReason"), p.voidReason);
    }
    return o;
}

} // namespace InvoiceDesk::Json
