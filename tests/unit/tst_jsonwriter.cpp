// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11 item 3: one JSON writer for request bodies, audit rows and exports; money exact.
#include "jsonformat.h"
#include "jsonwriter.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesCompactNestedJson();
    void escapesEveryStringAsJsonRequires();
    void writesMoneyExactlyInEveryExponent();
    void auditTextIsUnchanged();
};

void TestJsonWriter::writesCompactNestedJson()
{
    JsonWriter w;
    w.beginObject()
        .string("a", str("x"))
        .optionalString("skipped", QString())
        .integer("n", -42)
        .boolean("yes", true)
        .boolean("no", false)
        .null("nothing");
    w.beginArray("list").beginObject().integer("i", 1).endObject();
    w.beginObject().endObject().endArray();
    w.beginObject("inner").decimal("d", str("0.10")).endObject();
    w.endObject();
    const QByteArray text = w.take();
    QCOMPARE(text,
        QByteArray("{\"a\":\"x\",\"n\":-42,\"yes\":true,\"no\":false,\"nothing\":null,"
                   "\"list\":[{\"i\":1},{}],\"inner\":{\"d\":0.10}}"));
    QJsonParseError error {};
    QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestJsonWriter::escapesEveryStringAsJsonRequires()
{
    QByteArray out;
    JsonWriter::appendQuoted(out, str("say \"hi\"\\\n\t\x01 é €"));
    QCOMPARE(out, QByteArray("\"say \\\"hi\\\"\\\\\\u000a\\u0009\\u0001 \xc3\xa9 \xe2\x82\xac\""));
    const QJsonDocument parsed = QJsonDocument::fromJson("[" + out + "]");
    QCOMPARE(parsed.array().at(0).toString(), str("say \"hi\"\\\n\t\x01 é €"));

    // After the first character outside ASCII the rest goes through UTF-8, escapes included;
    // a character outside the BMP (two UTF-16 units) is its four bytes; appended after what
    // `out` holds already.
    QByteArray more("x:");
    JsonWriter::appendQuoted(more, str("é\"\\\x1f😀a"));
    JsonWriter::appendQuoted(more, QString());
    QCOMPARE(more,
        QByteArray("x:\"\xc3\xa9\\\"\\\\\\u001f\xf0\x9f\x98\x80"
                   "a\"\"\""));
}

void TestJsonWriter::writesMoneyExactlyInEveryExponent()
{
    JsonWriter w;
    w.beginObject();
    w.money("usd", 12050, currency("USD"));
    w.money("jpy", 1234, currency("JPY"));
    w.money("kwd", -1005, currency("KWD"));
    // Beyond 2^53: a double would have rounded the last digits.
    w.money("big", 9007199254740993, currency("USD"));
    w.endObject();
    QCOMPARE(w.take(),
        QByteArray("{\"usd\":120.50,\"jpy\":1234,\"kwd\":-1.005,\"big\":90071992547409.93}"));
}

void TestJsonWriter::auditTextIsUnchanged()
{
    // Byte for byte what the audit log and exports held before the writers were merged.
    Invoice invoice = sampleInvoice(str("INV-42"));
    invoice.uuid = str("u-1");
    invoice.note = str("Line \"one\"\nand\ttab \\ é");
    invoice.contactId = 7;
    invoice.discountTotal = 150;
    invoice.lines[0].taxRate = Percentage::fromScaled(200000);
    QCOMPARE(Json::invoiceText(invoice),
        QByteArray("{\"uuid\":\"u-1\",\"number\":\"INV-42\",\"lifecycle\":\"issued\",\"date\":"
                   "\"2026-03-01\",\"dueDate\":\"2026-03-31\",\"currency\":\"USD\",\"contactId\":"
                   "\"7\",\"discountTotal\":\"1.50\",\"shippingTotal\":\"0.00\",\"subtotal\":"
                   "\"115.50\",\"grandTotal\":\"134.00\",\"note\":\"Line \\\"one\\\"\\u000aand"
                   "\\u0009tab \\\\ \xc3\xa9\",\"billing\":{\"firstName\":\"Ada\",\"lastName\":"
                   "\"Lovelace\",\"company\":\"Analytical Engines Ltd\",\"email\":"
                   "\"ada@example.org\",\"countryId\":\"GB\"},\"shipping\":{},\"lines\":[{"
                   "\"quantity\":\"2\",\"rate\":\"50.00\",\"total\":\"100.00\",\"unit\":\"Day\","
                   "\"description\":\"Consulting\",\"taxRate\":\"20\"},{\"quantity\":\"1.5\","
                   "\"rate\":\"10.33\",\"total\":\"15.50\",\"description\":\"Support hours\"}]}"));
    Payment payment = samplePayment(str("INV-42"), 12066, PaymentMethod::CreditCard);
    payment.uuid = str("p-1");
    payment.marker = str("BK-TESTMARKER01");
    payment.card.type = CardType::Visa;
    payment.card.feePercentage = Percentage::fromScaled(25000);
    payment.card.feeAmount = 301;
    payment.gateway = {str("Stripe"), str("ch_1")};
    payment.tds = 1000;
    QCOMPARE(Json::paymentText(payment, currency("USD")),
        QByteArray("{\"uuid\":\"p-1\",\"invoiceNumber\":\"INV-42\",\"marker\":\"BK-TESTMARKER01\","
                   "\"date\":\"2026-03-10\",\"amount\":\"120.66\",\"currency\":\"USD\",\"method\":"
                   "\"credit_card\",\"cardType\":\"visa\",\"cardFeePercentage\":\"2.5\","
                   "\"cardFeeAmount\":\"3.01\",\"gatewayName\":\"Stripe\",\"gatewayTransactionId\":"
                   "\"ch_1\",\"tds\":\"10.00\"}"));
    const Payment cash = samplePayment(str("K-1"), 1234567, PaymentMethod::Cash);
    QCOMPARE(Json::paymentText(cash, currency("KWD")),
        QByteArray("{\"invoiceNumber\":\"K-1\",\"date\":\"2026-03-10\",\"amount\":\"1234.567\","
                   "\"currency\":\"KWD\",\"method\":\"cash\"}"));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
