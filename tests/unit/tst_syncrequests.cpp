// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What each adapter sends, byte for byte (golden requests), and how it reads answers.
#include "crmcomadapter.h"
#include "fakeremotes.h"
#include "ivvyadapter.h"
#include "ivvysigner.h"
#include "refrensadapter.h"
#include "syncrig.h"
#include "syncsession.h"
#include "testsupport.h"
#include "upgradechatadapter.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Fakes;
using namespace InvoiceDesk::Test;

namespace {

SyncContext goldenContext(OpKind kind)
{
    SyncContext context;
    context.kind = kind;
    context.marker = str("BK-TESTMARKER01");
    context.attemptNo = 1;
    context.now = QDateTime(QDate(2026, 3, 10), QTime(12, 0, 0), Qt::UTC);
    Invoice invoice = sampleInvoice(str("INV-42"));
    invoice.lines[1].quantity = Quantity::fromWhole(2);
    context.invoice = invoice;
    Payment payment = samplePayment(str("INV-42"), 12066, PaymentMethod::Cheque);
    payment.cheque.drawer = str("Ada Lovelace");
    context.payment = payment;
    context.outstandingBefore = 12066;
    context.remoteInvoiceId = str("5001");
    return context;
}

} // namespace

class TestSyncRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ivvySignatureMatchesTheVendorsTestVectors();
    void goldenUpgradeChatRequests();
    void goldenIvvyAddPayment();
    void goldenCrmComAndRefrensPayments();
    void fractionalQuantityIsRefusedForUpgradeChat();
    void discountedLinesGoToUpgradeChatAsTheirNetAmount();
    void ivvyOverpayRefusalOnAResendIsEvidence(); // T12
    void capabilitiesDeclareWhatEachSystemDoesNotTake();
};

void TestSyncRequests::initTestCase()
{
    qputenv("TEST_UC_TOKEN", "uc-secret-token");
    qputenv("TEST_IVVY_KEY", "ivvy-key");
    qputenv("TEST_IVVY_SECRET", "ivvy-secret");
    qputenv("TEST_CRM_PASSWORD", "crm-password");
    qputenv("TEST_REFRENS_SECRET", "refrens-secret");
}

void TestSyncRequests::ivvySignatureMatchesTheVendorsTestVectors()
{
    // remote-apis.md: HMAC-SHA1 vector from the iVvy docs, and the docs' example request.
    QCOMPARE(IvvySigner::signature("my secret key", "string to sign"),
        QByteArray("a993876ea1218921a1c8551923473da7b310dfae"));
    const QByteArray md5
        = QCryptographicHash::hash("{\"example\":\"body\"}", QCryptographicHash::Md5).toHex();
    QCOMPARE(md5, QByteArray("a09f600c77a6dbd947db24c61e8935ca"));
    QCOMPARE(IvvySigner::stringToSign("POST", md5, "application/json", "/api/1.0/test?action=ping",
                 "2012-04-03 22:23:24")
                 .toLower(),
        QByteArray("posta09f600c77a6dbd947db24c61e8935caapplication/json/api/1.0/"
                   "test?action=ping1.0ivvydate=2012-04-03 22:23:24"));
}

void TestSyncRequests::goldenUpgradeChatRequests()
{
    UpgradeChatAdapter adapter;
    SyncContext context = goldenContext(OpKind::CreateInvoice);
    context.connection
        = {1, str("uc"), str("upgradechat"), QUrl(str("https://crm.example.org")), {}};
    context.secrets.insert(str("token"), str("T0KEN"));
    auto request = adapter.buildRequest(context);
    QVERIFY2(request.ok(), qPrintable(request.error()));
    const RemoteRequest &create = **request;
    QCOMPARE(create.method, QByteArray("POST"));
    QCOMPARE(create.url.toString(), str("https://crm.example.org/api/services/CRM/Invoice/Create"));
    QCOMPARE(create.header("Authorization"), QByteArray("Bearer T0KEN"));
    QCOMPARE(create.body,
        QByteArray("{\"status\":\"Pending\",\"number\":\"INV-42\",\"date\":\"2026-03-01T00:00:"
                   "00Z\",\"dueDate\":\"2026-03-31T00:00:00Z\","
                   "\"currencyId\":\"USD\",\"grandTotal\":120.66,\"discountTotal\":0.00,"
                   "\"shippingTotal\":0.00,\"taxTotal\":0.00,"
                   "\"billingAddress\":{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
                   "\"company\":\"Analytical Engines Ltd\","
                   "\"email\":\"ada@example.org\",\"countryId\":\"GB\"},"
                   "\"shippingAddress\":{\"firstName\":\"Ada\",\"lastName\":\"Lovelace\","
                   "\"company\":\"Analytical Engines Ltd\","
                   "\"email\":\"ada@example.org\",\"countryId\":\"GB\"},"
                   "\"lines\":[{\"quantity\":2,\"rate\":50.00,\"total\":100.00,\"unitId\":\"Day\","
                   "\"description\":\"Consulting\",\"sortOrder\":0},"
                   "{\"quantity\":2,\"rate\":10.33,\"total\":20.66,\"description\":\"Support "
                   "hours\",\"sortOrder\":1}],"
                   "\"bypassValidation\":false}"));

    context.connection.settings = {{str("auth"), str("api-key")},
        {str("statusMap"), QJsonObject {{str("Pending"), str("Sent")}}}};
    context.kind = OpKind::AddPayment;
    auto payment = adapter.buildRequest(context);
    QVERIFY(payment.ok());
    QCOMPARE((*payment)->header("api-key"), QByteArray("T0KEN"));
    QCOMPARE((*payment)->url.path(), str("/api/services/CRM/Invoice/AddBankCardPayment"));
    QCOMPARE((*payment)->body,
        QByteArray(
            "{\"invoiceNumber\":\"INV-42\",\"invoiceId\":5001,\"date\":\"2026-03-10T00:00:00Z\","
            "\"orderStage\":\"Complete\","
            "\"amount\":120.66,\"gatewayTransactionId\":\"BK-TESTMARKER01\",\"transactionType\":"
            "\"Sale\","
            "\"hasRecurringBilling\":false,\"description\":\"InvoiceDesk BK-TESTMARKER01\"}"));

    context.kind = OpKind::UpdateInvoice;
    auto update = adapter.buildRequest(context);
    QVERIFY(update.ok());
    QCOMPARE((*update)->method, QByteArray("PUT"));
    QVERIFY((*update)->body.startsWith("{\"id\":5001,\"status\":\"Sent\",\"number\":\"INV-42\""));
}

void TestSyncRequests::goldenIvvyAddPayment()
{
    IvvyAdapter adapter;
    SyncContext context = goldenContext(OpKind::AddPayment);
    context.connection
        = {1, str("iv"), str("ivvy"), QUrl(str("https://api.ap-southeast-2.ivvy.com")), {}};
    context.secrets = {{str("key"), str("KEY1")}, {str("secret"), str("SECRET1")}};
    auto request = adapter.buildRequest(context);
    QVERIFY2(request.ok(), qPrintable(request.error()));
    const RemoteRequest &r = **request;
    QCOMPARE(r.url.toString(),
        str("https://api.ap-southeast-2.ivvy.com/api/1.0/invoice?action=addPayment"));
    const QByteArray body = "{\"invoiceId\":5001,\"paidDate\":\"2026-03-10 "
                            "00:00:00\",\"amountPaid\":120.66,\"paymentMethod\":5,"
                            "\"receiptNum\":\"BK-TESTMARKER01\",\"chequeNumber\":\"000123\","
                            "\"chequeDrawerName\":\"Ada Lovelace\"}";
    QCOMPARE(r.body, body);
    const QByteArray md5 = QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex();
    QCOMPARE(r.header("Content-MD5"), md5);
    QCOMPARE(r.header("IVVY-Date"), QByteArray("2026-03-10 12:00:00"));
    const QByteArray expected = IvvySigner::signature("SECRET1",
        "POST" + md5
            + "application/json/api/1.0/invoice?action=addPayment1.0IVVYDate=2026-03-10 12:00:00");
    QCOMPARE(r.header("X-Api-Authorization"), "IWS KEY1:" + expected);

    context.payment->method = PaymentMethod::Upi;
    auto upi = adapter.buildRequest(context);
    QVERIFY(!upi.ok());
    QCOMPARE(upi.error(), str("iVvy has no payment method for \"upi\""));
}

void TestSyncRequests::goldenCrmComAndRefrensPayments()
{
    CrmComAdapter crm;
    SyncContext context = goldenContext(OpKind::AddPayment);
    context.connection = {1, str("crm"), str("crmcom"), QUrl(str("https://crm.example.com")),
        {{str("accountsReceivable"), str("ACR0000000164")}}};
    context.sessionToken = str("TOK");
    auto pay = crm.buildRequest(context);
    QVERIFY2(pay.ok(), qPrintable(pay.error()));
    QCOMPARE(
        (*pay)->url.toString(), str("https://crm.example.com/crmapi/rest/v2/payments/pay_invoice"));
    QCOMPARE((*pay)->body,
        QByteArray(
            "{\"token\":\"TOK\",\"accounts_receivable_identifier\":{\"number\":\"ACR0000000164\"},"
            "\"type_identifier\":{\"name\":\"Payment\"},"
            "\"payment_method_identifier\":{\"name\":\"Cheque\"},\"invoice_identifier\":{"
            "\"number\":\"INV-42\"},"
            "\"received_on\":\"2026-03-10T00:00:00\",\"back_office_code\":\"BK-TESTMARKER01\"}"));

    RefrensAdapter refrens;
    context.connection = {2, str("rf"), str("refrens"), QUrl(str("https://api.refrens.com")),
        {{str("urlKey"), str("acme")}}};
    context.payment->tds = 1000;
    context.payment->notes = str("March");
    auto post = refrens.buildRequest(context);
    QVERIFY2(post.ok(), qPrintable(post.error()));
    QCOMPARE((*post)->url.toString(),
        str("https://api.refrens.com/businesses/acme/invoices/5001/payments"));
    QCOMPARE((*post)->header("Authorization"), QByteArray("Bearer TOK"));
    QCOMPARE((*post)->body,
        QByteArray("{\"tds\":10.00,\"transactionCharge\":0.00,\"amount\":120.66,\"paymentDate\":"
                   "\"2026-03-10\",\"paymentMethod\":\"CHEQUE\","
                   "\"notes\":\"March [ref:BK-TESTMARKER01]\",\"refId\":\"BK-TESTMARKER01\"}"));
}

void TestSyncRequests::fractionalQuantityIsRefusedForUpgradeChat()
{
    SyncContext context = goldenContext(OpKind::CreateInvoice);
    context.invoice->lines[1].quantity = Quantity::fromThousandths(1500);
    // The capabilities say so, and the engine asks them before any request is built.
    const UpgradeChatAdapter adapter;
    const QString expected
        = str("line 2: quantity 1.5 is not a whole number, and Upgrade.Chat CRM only takes whole "
              "quantities");
    QCOMPARE(refusal(adapter.capabilities(), context).value_or(QString()), expected);
    // Nothing is ever truncated, even when the adapter is asked directly.
    auto request = adapter.buildRequest(context);
    QVERIFY(!request.ok());
    QCOMPARE(request.error(), expected);
}

void TestSyncRequests::discountedLinesGoToUpgradeChatAsTheirNetAmount()
{
    // Seed 001 has no line discount: quantity × rate must be the net amount we have.
    Invoice invoice = sampleInvoice(str("INV-43"));
    invoice.lines = {invoice.lines.first(), invoice.lines.first(), invoice.lines.first()};
    invoice.lines[0].quantity = Quantity::fromWhole(4);
    invoice.lines[0].rate = 2500;
    invoice.lines[0].discountPercent = *Percentage::parse(str("10")); // 90.00 = 4 × 22.50
    invoice.lines[1].quantity = Quantity::fromWhole(3);
    invoice.lines[1].rate = 1000;
    invoice.lines[1].discountAmount = 100; // 29.00 does not divide by 3: 1 × 29.00
    invoice.lines[2].quantity = Quantity::fromWhole(2);
    invoice.lines[2].rate = 750; // no discount: as it is
    const auto body = UpgradeChatAdapter::invoiceBody(invoice, Connection {}, QString());
    QVERIFY2(body.ok(), qPrintable(body.error()));
    QVERIFY2(body->contains("{\"quantity\":4,\"rate\":22.50,\"total\":90.00,"), body->constData());
    QVERIFY2(body->contains("{\"quantity\":1,\"rate\":29.00,\"total\":29.00,"), body->constData());
    QVERIFY2(body->contains("{\"quantity\":2,\"rate\":7.50,\"total\":15.00,"), body->constData());
    QCOMPARE(invoiceNote(UpgradeChatAdapter().capabilities(), invoice),
        std::optional<QString>(str("Upgrade.Chat CRM has no line discounts: the discounted lines "
                                   "(1, 2) go as their net amounts, with the same totals")));
    QCOMPARE(invoiceNote(IvvyAdapter().capabilities(), invoice), std::optional<QString>());
}

void TestSyncRequests::ivvyOverpayRefusalOnAResendIsEvidence()
{
    IvvyAdapter adapter;
    SyncContext context = goldenContext(OpKind::AddPayment);
    RemoteResponse refusal;
    refusal.httpStatus = 400;
    refusal.body = "{\"errorCode\":400,\"message\":\"The payment details are "
                   "invalid\",\"specificCode\":24239}";
    QCOMPARE(adapter.classify(refusal, context).verdict, Outcome::NeedsAttention);
    context.attemptNo = 2;
    QCOMPARE(adapter.classify(refusal, context).verdict, Outcome::Evidence);
    refusal.body = "{\"errorCode\":400,\"message\":\"An unknown error has "
                   "occurred\",\"specificCode\":24240}";
    QCOMPARE(adapter.classify(refusal, context).verdict, Outcome::InDoubt);
}

void TestSyncRequests::capabilitiesDeclareWhatEachSystemDoesNotTake()
{
    using Op = RemoteOperation;
    const RemoteOperations linked
        = Op::DeleteInvoice | Op::ReversePayment | Op::Refund | Op::CreditNote;
    QCOMPARE(UpgradeChatAdapter().capabilities().notTaken,
        Op::FractionalQuantity | Op::CreditNote | Op::LineDiscount);
    QCOMPARE(IvvyAdapter().capabilities().notTaken, linked);
    QCOMPARE(CrmComAdapter().capabilities().notTaken, linked | Op::PartialPayment);
    QCOMPARE(RefrensAdapter().capabilities().notTaken, linked);
    QVERIFY(UpgradeChatAdapter().capabilities().pushesInvoices);
    QVERIFY(!IvvyAdapter().capabilities().pushesInvoices);

    // The refusals follow from the declarations, whatever the system.
    SyncContext context = goldenContext(OpKind::AddPayment);
    context.payment->amount = 5000;
    QCOMPARE(refusal(CrmComAdapter().capabilities(), context).value_or(QString()),
        str("CRM.COM takes only a payment of the whole outstanding amount (120.66 USD), and this "
            "payment is 50.00 USD: record part payments in CRM.COM"));
    QVERIFY(!refusal(IvvyAdapter().capabilities(), context)); // part payments go to iVvy
    context.payment->amount = -5000;
    QCOMPARE(refusal(RefrensAdapter().capabilities(), context).value_or(QString()),
        str("Refrens takes no refunds through its API: record the refund in Refrens"));
    QVERIFY(!refusal(UpgradeChatAdapter().capabilities(), context)); // a Refund transaction
    context.kind = OpKind::VoidPayment;
    context.originalPaymentMarker = str("BK-TESTMARKER01");
    QCOMPARE(refusal(IvvyAdapter().capabilities(), context).value_or(QString()),
        str("iVvy takes no payment reversal through its API: reverse payment BK-TESTMARKER01 in "
            "iVvy, then confirm here"));
    QVERIFY(!refusal(UpgradeChatAdapter().capabilities(), context));
    context.kind = OpKind::DeleteInvoice;
    QCOMPARE(refusal(CrmComAdapter().capabilities(), context).value_or(QString()),
        str("CRM.COM takes no invoice deletion through its API: delete or cancel invoice INV-42 in "
            "CRM.COM"));
    // Fractions matter only where invoices are pushed: linked systems keep their own lines.
    context = goldenContext(OpKind::CreateInvoice);
    context.invoice->lines[1].quantity = Quantity::fromThousandths(1500);
    QVERIFY(!refusal(IvvyAdapter().capabilities(), context));
    QVERIFY(refusal(UpgradeChatAdapter().capabilities(), context));
    // A method the system lacks is said the same way in the engine and the payment dialog.
    const Connection connection {1, str("crm"), str("crmcom"), QUrl(str("https://x")), {}};
    QVERIFY(!CrmComAdapter().takesMethod(PaymentMethod::Upi, connection));
    QVERIFY(CrmComAdapter().takesMethod(PaymentMethod::Cheque, connection));
    QVERIFY(!IvvyAdapter().takesMethod(PaymentMethod::DemandDraft, connection));
    QVERIFY(RefrensAdapter().takesMethod(PaymentMethod::Upi, connection));
    QCOMPARE(methodRefusal(IvvyAdapter().capabilities(), str("upi")),
        str("iVvy has no payment method for \"upi\""));
}

QTEST_GUILESS_MAIN(TestSyncRequests)
#include "tst_syncrequests.moc"
