// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonformat.h"
#include "jsonwriter.h"

#include <QJsonDocument>

namespace InvoiceDesk::Json {

namespace {

/**
 * The audit and export form on the one JsonWriter: every value is text and empty values are
 * left out, so a row records what an invoice or payment holds and nothing else.
 */
class Writer
{
public:
    QByteArray take() { return mJson.take(); }

    void beginObject(const char *key = nullptr) { mJson.beginObject(key); }
    void endObject() { mJson.endObject(); }
    void beginArray(const char *key) { mJson.beginArray(key); }
    void endArray() { mJson.endArray(); }

    void text(const char *key, const QString &value) { mJson.optionalString(key, value); }
    void date(const char *key, const QDate &value)
    {
        if (value.isValid())
            text(key, value.toString(Qt::ISODate));
    }
    /** Money as exact text ("12.50"): readers of the audit log never meet a binary fraction. */
    void money(const char *key, const std::optional<qint64> &minor, const Currency &currency)
    {
        if (minor)
            text(key, Decimal::format(*minor, currency.exponent(), currency.exponent()));
    }
    void integerText(const char *key, const std::optional<qint64> &value)
    {
        if (value)
            text(key, QString::number(*value));
    }

private:
    JsonWriter mJson;
};

void writeAddress(Writer &w, const char *key, const Address &address)
{
    w.beginObject(key);
    for (const Address::Field &field : Address::fields())
        w.text(field.name, address.*field.member);
    w.endObject();
}

/** The EN 16931 fields (issue 14), only when set: older payloads stay as they were. */
void writeEInvoiceFields(Writer &w, const Invoice &invoice)
{
    if (!invoice.buyerReference.isEmpty())
        w.text("buyerReference", invoice.buyerReference);
    if (invoice.deliveryDate.isValid())
        w.text("deliveryDate", invoice.deliveryDate.toString(Qt::ISODate));
    if (!invoice.paymentMeansCode.isEmpty())
        w.text("paymentMeansCode", invoice.paymentMeansCode);
}

} // namespace

QByteArray invoiceText(const Invoice &invoice)
{
    const Currency &c = invoice.currency;
    Writer w;
    w.beginObject();
    w.text("uuid", invoice.uuid);
    w.text("number", invoice.number);
    w.text("lifecycle", lifecycleKey(invoice.lifecycle));
    w.date("date", invoice.date);
    w.date("dueDate", invoice.dueDate);
    w.date("subscriptionStartOn", invoice.subscriptionStartOn);
    w.text("currency", c.code());
    w.integerText("contactId", invoice.contactId);
    w.text("groupId", invoice.groupId);
    w.integerText("orderId", invoice.orderId);
    w.text("orderNumber", invoice.orderNumber);
    w.integerText("leadId", invoice.leadId);
    w.text("couponCode", invoice.couponCode);
    w.money("discountTotal", invoice.discountTotal, c);
    w.money("shippingTotal", invoice.shippingTotal, c);
    w.money("taxTotal", invoice.taxTotal, c);
    if (const auto totals = invoice.totals()) {
        w.money("subtotal", totals->subtotal, c);
        w.money("grandTotal", totals->grandTotal, c);
    }
    w.text("description", invoice.description);
    w.text("note", invoice.note);
    writeEInvoiceFields(w, invoice);
    w.integerText("forbiddenPaymentMethods", invoice.forbiddenPaymentMethods);
    w.text("connection", invoice.connectionName);
    w.text("remoteId", invoice.remoteId);
    writeAddress(w, "billing", invoice.billing);
    writeAddress(w, "shipping", invoice.shipping);
    w.beginArray("lines");
    for (const LineItem &line : invoice.lines) {
        w.beginObject();
        w.text("quantity", line.quantity.toString());
        w.money("rate", line.rate, c);
        w.money("total", line.total(), c);
        w.text("unit", lineUnitName(line.unit));
        w.text("productCode", line.productCode);
        w.text("description", line.description);
        w.money("commissionableAmount", line.commissionableAmount, c);
        if (line.taxRate)
            w.text("taxRate", line.taxRate->toString());
        if (line.discountPercent)
            w.text("discountPercent", line.discountPercent->toString());
        if (line.discountAmount)
            w.money("discountAmount", line.discountAmount, c);
        if (!line.taxCode.isEmpty())
            w.text("taxCode", line.taxCode);
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.take();
}

QByteArray paymentText(const Payment &p, const Currency &c)
{
    Writer w;
    w.beginObject();
    w.text("uuid", p.uuid);
    w.text("invoiceNumber", p.invoiceNumber);
    w.text("marker", p.marker);
    w.date("date", p.date);
    w.money("amount", p.amount, c);
    w.text("currency", c.code());
    w.text("method", methodKey(p.method));
    w.text("reference", p.reference);
    w.text("notes", p.notes);
    w.text("chequeNumber", p.cheque.number);
    w.text("chequeDrawer", p.cheque.drawer);
    w.text("chequeBankBranch", p.cheque.bankBranch);
    if (p.card.type)
        w.text("cardType", cardTypeKey(*p.card.type));
    if (p.card.feePercentage)
        w.text("cardFeePercentage", p.card.feePercentage->toString());
    w.money("cardFeeAmount", p.card.feeAmount, c);
    w.text("gatewayName", p.gateway.name);
    w.text("gatewayTransactionId", p.gateway.transactionId);
    w.date("eftTransferDate", p.eft.transferDate);
    w.text("eftReference", p.eft.reference);
    w.money("tds", p.tds, c);
    w.money("transactionCharge", p.transactionCharge, c);
    w.date("reconciledDate", p.reconciledDate);
    if (p.isVoided()) {
        w.text("voidedAt", p.voidedAt.toUTC().toString(Qt::ISODateWithMs));
        w.text("voidReason", p.voidReason);
    }
    w.endObject();
    return w.take();
}

QJsonObject fromInvoice(const Invoice &invoice)
{
    return QJsonDocument::fromJson(invoiceText(invoice)).object();
}

QJsonObject fromPayment(const Payment &payment, const Currency &currency)
{
    return QJsonDocument::fromJson(paymentText(payment, currency)).object();
}

} // namespace InvoiceDesk::Json
