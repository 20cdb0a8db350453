// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
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

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ivvySignatureMatchesTheVendorsTestVectors();
    void goldenUpgradeChatRequests();
    void goldenIvvyAddPayment();
    void goldenCrmComAndRefrensPayments();
    void fractionalQuantityIsRefusedForUpgradeChat();
    void upgradeChatCreatesInvoiceThenPayment();
    void commitThenDropIsReadBackNotResent(); // T1
    void commitThenHangTimesOutAndIsFound(); // T2, T5
    void commitThen500IsFound(); // T3
    void failureWithoutCommitIsResentOnceAfterTwoAgreeingReads(); // T4, I7
    void malformedSuccessIsFound(); // T7
    void validationErrorBlocksOnlyItsLane(); // T8
    void refusedCredentialsPauseAndResume(); // T9
    void ambiguousReadBackWaitsForAPerson(); // T14
    void retryAfterIsHonouredForReads(); // T6
    void ivvyLinksByNumberAndRefusesOverpayment();
    void ivvyOverpayRefusalOnAResendIsEvidence(); // T12
    void crmComPaysWholeOutstandingOnly();
    void crmComReloginsOnceWhenTheTokenExpired();
    void refrensTagsTheMarkerInNotes();
    void recoveryTurnsSendingIntoInDoubt(); // I4
    void missingParentInvoiceNeedsAttention(); // T10
    void lateListingIsNotResentWithinTheQuietPeriod(); // T13
    void deletedAfterAckIsNeverRepostedByItself(); // T15
    void flappingReadBackStaysInDoubt(); // T16
    void conflictingUpdateWaitsForAPerson(); // T11
    void socketFaultsNeverResend_data(); // T17
    void socketFaultsNeverResend();
};

void TestSyncEngine::initTestCase()
{
    qputenv("TEST_UC_TOKEN", "uc-secret-token");
    qputenv("TEST_IVVY_KEY", "ivvy-key");
    qputenv("TEST_IVVY_SECRET", "ivvy-secret");
    qputenv("TEST_CRM_PASSWORD", "crm-password");
    qputenv("TEST_REFRENS_SECRET", "refrens-secret");
}

void TestSyncEngine::ivvySignatureMatchesTheVendorsTestVectors()
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

void TestSyncEngine::goldenUpgradeChatRequests()
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

void TestSyncEngine::goldenIvvyAddPayment()
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

void TestSyncEngine::goldenCrmComAndRefrensPayments()
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

void TestSyncEngine::fractionalQuantityIsRefusedForUpgradeChat()
{
    SyncContext context = goldenContext(OpKind::CreateInvoice);
    context.invoice->lines[1].quantity = Quantity::fromThousandths(1500);
    auto request = UpgradeChatAdapter().buildRequest(context);
    QVERIFY(!request.ok());
    QCOMPARE(request.error(),
        str("line 2: quantity 1.5 is not a whole number, and this system only takes whole "
            "quantities"));
}

void TestSyncEngine::upgradeChatCreatesInvoiceThenPayment()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(), {{str("tokenEnv"), str("TEST_UC_TOKEN")}});
    rig.invoice();
    const Payment payment = rig.pay(str("INV-1"), 5000);
    const SyncEngine::Summary summary = rig.engine->runOnce();
    QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.join(u'\n')));
    QCOMPARE(summary.acked, 2);
    QCOMPARE(rig.states(), QStringList({str("create_invoice:acked"), str("add_payment:acked")}));
    QCOMPARE(fake.invoices.size(), 1);
    QCOMPARE(fake.paymentsWithMarker(payment.marker), 1);
    QCOMPARE(fake.payments.first().amount, str("50.00"));
    // I5: the invoice's create was acknowledged before its payment was sent.
    QVERIFY(fake.server().requests().at(0).path.endsWith(str("Create")));
    QVERIFY(fake.server().requests().at(1).path.endsWith(str("AddBankCardPayment")));
    QCOMPARE(rig.t.rows("SELECT entity_type, remote_id FROM remote_links ORDER BY entity_type"),
        QStringList({str("invoice|%1").arg(fake.invoices.firstKey()),
            str("payment|%1").arg(fake.payments.first().id)}));
    QCOMPARE(rig.t.scalar("SELECT remote_id FROM invoices").toString(), fake.invoices.firstKey());
    // The exact request was recorded before it left, with its answer.
    QCOMPARE(rig.t.rows("SELECT attempt_no, request_method, outcome_class, http_status FROM "
                        "op_attempts ORDER BY intent_committed_at, op_id"),
        QStringList({str("1|POST|acked|200"), str("1|POST|acked|200")}));
    QVERIFY(rig.t.scalar("SELECT request_headers FROM op_attempts LIMIT 1")
                .toString()
                .contains(str("Authorization: (hidden)")));

    // A later edit is pushed as a full-state update.
    auto stored = rig.t.ledger->invoiceByNumber(str("INV-1"));
    Invoice edited = **stored;
    edited.note = str("deliver to the back door");
    QVERIFY(rig.t.ledger->updateInvoice(edited).ok());
    QCOMPARE(rig.engine->runOnce().acked, 1);
    QCOMPARE(
        fake.invoices.first().body.value(str("note")).toString(), str("deliver to the back door"));
}

void TestSyncEngine::commitThenDropIsReadBackNotResent()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(), {{str("tokenEnv"), str("TEST_UC_TOKEN")}});
    rig.invoice();
    const Payment payment = rig.pay(str("INV-1"), 5000);
    fake.server().injectFault(str("AddBankCardPayment"), Fault::CommitThenDrop);
    rig.engine->runOnce();
    QCOMPARE(rig.states(), QStringList({str("create_invoice:acked"), str("add_payment:in_doubt")}));
    QCOMPARE(fake.paymentsWithMarker(payment.marker), 1);

    rig.engine->runOnce(); // not yet time for the read-back
    QCOMPARE(fake.server().arrivals(str("GetInvoiceInfo")), 0);
    rig.clock.advance(31);
    const auto summary = rig.engine->runOnce();
    QCOMPARE(summary.acked, 1);
    QCOMPARE(rig.states(), QStringList({str("create_invoice:acked"), str("add_payment:acked")}));
    QCOMPARE(fake.server().arrivals(str("AddBankCardPayment")), 1);
    QCOMPARE(fake.paymentsWithMarker(payment.marker), 1);
    QCOMPARE(
        rig.t.scalar("SELECT result_remote_id FROM outbox WHERE kind = 'add_payment'").toString(),
        fake.payments.first().id);
}

void TestSyncEngine::commitThenHangTimesOutAndIsFound()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(), {{str("tokenEnv"), str("TEST_UC_TOKEN")}});
    rig.invoice(str("INV-1"));
    rig.invoice(str("INV-2"));
    fake.server().injectFault(str("Create"), Fault::CommitThenHang);
    rig.engine->runOnce();
    // The hung request timed out; the other lane went on.
    QCOMPARE(
        rig.states(), QStringList({str("create_invoice:in_doubt"), str("create_invoice:acked")}));
    QCOMPARE(rig.t.scalar("SELECT last_error_class FROM outbox WHERE seq = 1").toString(),
        str("timeout"));
    // Upgrade.Chat documents no read-back: after the quiet period the same Create is asked
    // again, and the remote's "already exists" (the number is unique there) is the evidence.
    rig.clock.advance(31);
    rig.engine->runOnce();
    QCOMPARE(fake.server().arrivals(str("Create"), "\"number\":\"INV-1\""), 1);
    rig.clock.advance(600);
    rig.engine->runOnce();
    QCOMPARE(rig.states(), QStringList({str("create_invoice:acked"), str("create_invoice:acked")}));
    QCOMPARE(fake.invoices.size(), 2);
    QCOMPARE(fake.server().arrivals(str("Create"), "\"number\":\"INV-1\""), 2);
    QCOMPARE(rig.t.scalar("SELECT last_error_class FROM outbox WHERE seq = 1").toString(),
        str("found_by_evidence"));
    // Linked, with the remote id still to be learned; the sync panel says which evidence it was.
    QCOMPARE(rig.t.rows("SELECT remote_id FROM remote_links ORDER BY remote_id"),
        QStringList({QString(), fake.invoiceByNumber(str("INV-2"))->id}));
    QVERIFY(rig.t.scalar("SELECT last_error_text FROM outbox WHERE seq = 1")
                .toString()
                .contains(str("already exists")));
}

void TestSyncEngine::commitThen500IsFound()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(), {{str("tokenEnv"), str("TEST_UC_TOKEN")}});
    rig.invoice();
    const Payment payment = rig.pay(str("INV-1"), 5000);
    fake.server().injectFault(str("AddBankCardPayment"), Fault::CommitThen500);
    rig.engine->runOnce();
    QCOMPARE(
        rig.t
            .scalar(
                "SELECT state || '/' || last_error_class FROM outbox WHERE kind = 'add_payment'")
            .toString(),
        str("in_doubt/http_500"));
    rig.clock.advance(31);
    rig.engine->runOnce();
    QCOMPARE(rig.t.scalar("SELECT state FROM outbox WHERE kind = 'add_payment'").toString(),
        str("acked"));
    QCOMPARE(fake.paymentsWithMarker(payment.marker), 1);
}

void TestSyncEngine::failureWithoutCommitIsResentOnceAfterTwoAgreeingReads()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(), {{str("tokenEnv"), str("TEST_UC_TOKEN")}});
    rig.invoice();
    const Payment payment = rig.pay(str("INV-1"), 5000);
    fake.server().injectFault(str("AddBankCardPayment"), Fault::Fail500NoCommit);
    rig.engine->runOnce();
    QCOMPARE(fake.payments.size(), 0);

    rig.clock.advance(31); // first read-back: not found, but inside the quiet period
    rig.engine->runOnce();
    QCOMPARE(rig.t.scalar("SELECT state FROM outbox WHERE kind = 'add_payment'").toString(),
        str("in_doubt"));
    QCOMPARE(fake.server().arrivals(str("AddBankCardPayment")), 1);

    rig.clock.advance(600); // quiet period over: the first NOT_FOUND that counts
    rig.engine->runOnce();
    QVERIFY(!rig.t.scalar("SELECT not_found_at FROM outbox WHERE kind = 'add_payment'").isNull());
    QCOMPARE(fake.server().arrivals(str("AddBankCardPayment")), 1);

    rig.clock.advance(30); // too soon for the second read
    rig.engine->runOnce();
    QCOMPARE(fake.server().arrivals(str("AddBankCardPayment")), 1);

    rig.clock.advance(31); // two reads a minute apart agree: send it again, once
    rig.engine->runOnce();
    rig.engine->runOnce();
    QCOMPARE(rig.t
                 .scalar("SELECT state || '/' || resends || '/' || attempts FROM outbox WHERE kind "
                         "= 'add_payment'")
                 .toString(),
        str("acked/1/2"));
    QCOMPARE(fake.server().arrivals(str("AddBankCardPayment")), 2);
    QCOMPARE(fake.paymentsWithMarker(payment.marker), 1);
    // I7: between the two POSTs, read-backs that found nothing.
    QStringList order;
    for (const FakeRequest &request : fake.server().requests())
        order.append(request.path.section(QLatin1Char('/'), -1));
    QCOMPARE(order,
        QStringList({str("Create"), str("AddBankCardPayment"), str("GetInvoiceInfo"),
            str("GetInvoiceInfo"), str("GetInvoiceInfo"), str("AddBankCardPayment")}));
}

void TestSyncEngine::malformedSuccessIsFound()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(), {{str("tokenEnv"), str("TEST_UC_TOKEN")}});
    rig.invoice();
    fake.server().injectFault(str("Create"), Fault::CommitThenMalformed);
    rig.engine->runOnce();
    QCOMPARE(rig.t.scalar("SELECT state || '/' || last_error_class FROM outbox").toString(),
        str("in_doubt/malformed_2xx"));
    rig.clock.advance(600);
    rig.engine->runOnce();
    QCOMPARE(rig.states(), QStringList({str("create_invoice:acked")}));
    QCOMPARE(
        rig.t.scalar("SELECT last_error_class FROM outbox").toString(), str("found_by_evidence"));
    QCOMPARE(fake.invoices.size(), 1);
    QCOMPARE(fake.server().arrivals(str("Create")), 2);
}

void TestSyncEngine::validationErrorBlocksOnlyItsLane()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(), {{str("tokenEnv"), str("TEST_UC_TOKEN")}});
    fake.addInvoice(str("INV-1"), 100); // someone already used this number remotely
    rig.invoice(str("INV-1"));
    rig.pay(str("INV-1"), 1000);
    rig.invoice(str("INV-2"));
    const auto summary = rig.engine->runOnce();
    QCOMPARE(rig.states(),
        QStringList({str("create_invoice:needs_attention"), str("add_payment:pending"),
            str("create_invoice:acked")}));
    QCOMPARE(summary.problems,
        QStringList(
            {str("create_invoice INV-1 (%1) on remote: Invoice number INV-1 already exists")
                    .arg(rig.t.scalar("SELECT marker FROM outbox WHERE seq = 1").toString())}));
    QCOMPARE(rig.t.scalar("SELECT last_error_text FROM outbox WHERE seq = 1").toString(),
        str("Invoice number INV-1 already exists"));
    QCOMPARE(fake.server().arrivals(str("AddBankCardPayment")), 0); // never before its invoice
}

void TestSyncEngine::refusedCredentialsPauseAndResume()
{
    FakeUpgradeChat fake(str("another-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(), {{str("tokenEnv"), str("TEST_UC_TOKEN")}});
    rig.invoice(str("INV-1"));
    rig.invoice(str("INV-2"));
    const auto summary = rig.engine->runOnce();
    QCOMPARE(summary.paused, 2); // both lanes were in flight together
    QCOMPARE(rig.t.scalar("SELECT paused_reason FROM connections").toString(),
        str("remote refused the credentials: Current user did not login to the application!"));
    // The connection waits; its operations keep their states (a refused create was not applied).
    QCOMPARE(
        rig.states(), QStringList({str("create_invoice:pending"), str("create_invoice:pending")}));
    rig.engine->runOnce();
    QCOMPARE(
        fake.server().requests().size(), 2); // paused: nothing more is sent, nothing is dropped

    fake.token = str("uc-secret-token"); // the bookkeeper fixed the credentials
    QVERIFY(rig.engine->store().resume(std::nullopt).ok());
    rig.engine->runOnce();
    QCOMPARE(rig.states(), QStringList({str("create_invoice:acked"), str("create_invoice:acked")}));
}

void TestSyncEngine::ambiguousReadBackWaitsForAPerson()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(), {{str("tokenEnv"), str("TEST_UC_TOKEN")}});
    rig.invoice();
    rig.engine->runOnce();
    const Payment payment = rig.pay(str("INV-1"), 5000);
    fake.server().injectFault(str("AddBankCardPayment"), Fault::CommitThenDrop);
    rig.engine->runOnce();
    fake.addForeignPayment(fake.invoices.firstKey(), str("50.00"), payment.marker);
    rig.clock.advance(31);
    rig.engine->runOnce();
    QCOMPARE(
        rig.t
            .scalar(
                "SELECT state || '/' || last_error_class FROM outbox WHERE kind = 'add_payment'")
            .toString(),
        str("needs_attention/decide_ambiguous"));
    // A person decides: it is there.
    const QString opId
        = rig.t.scalar("SELECT op_id FROM outbox WHERE kind = 'add_payment'").toString();
    QVERIFY(!rig.engine->store().retryNow(opId, rig.clock.now()).ok()
        || rig.t.scalar("SELECT state FROM outbox WHERE kind = 'add_payment'").toString()
            == str("needs_attention"));
    QVERIFY(rig.engine->store().markLanded(opId, fake.payments.first().id, rig.clock.now()).ok());
    QCOMPARE(rig.t.scalar("SELECT state FROM outbox WHERE kind = 'add_payment'").toString(),
        str("acked"));
    QCOMPARE(fake.server().arrivals(str("AddBankCardPayment")), 1);
}

void TestSyncEngine::retryAfterIsHonouredForReads()
{
    FakeCrmCom fake(str("clerk"), str("crm-password"));
    QVERIFY(fake.start());
    fake.addInvoice(str("INV-1"), 12066);
    Rig rig(str("crmcom"), fake.url(),
        {{str("username"), str("clerk")}, {str("passwordEnv"), str("TEST_CRM_PASSWORD")},
            {str("organisation"), str("ACME")}});
    rig.invoice();
    fake.server().injectFault(str("invoices/show"), Fault::Unavailable, 120);
    rig.engine->runOnce();
    QCOMPARE(rig.states(), QStringList({str("create_invoice:retry_wait")}));
    const QDateTime next = QDateTime::fromString(
        rig.t.scalar("SELECT next_attempt_at FROM outbox").toString(), Qt::ISODateWithMs);
    QVERIFY(rig.clock.now().secsTo(next) >= 120);
    rig.clock.advance(60);
    rig.engine->runOnce();
    QCOMPARE(fake.server().arrivals(str("invoices/show")), 1);
    rig.clock.advance(62);
    rig.engine->runOnce();
    QCOMPARE(rig.states(), QStringList({str("create_invoice:acked")}));
}

void TestSyncEngine::ivvyLinksByNumberAndRefusesOverpayment()
{
    FakeIvvy fake(str("ivvy-key"), str("ivvy-secret"));
    QVERIFY(fake.start());
    const QString remoteId
        = fake.addInvoice(str("INV-1"), 10000); // iVvy says 100.00; locally 120.66
    Rig rig(str("ivvy"), fake.url(),
        {{str("keyEnv"), str("TEST_IVVY_KEY")}, {str("secretEnv"), str("TEST_IVVY_SECRET")}});
    rig.invoice();
    const Payment first = rig.pay(str("INV-1"), 6000, PaymentMethod::Cheque);
    rig.pay(str("INV-1"), 5000);
    rig.engine->runOnce();
    QCOMPARE(rig.states(),
        QStringList({str("create_invoice:acked"), str("add_payment:acked"),
            str("add_payment:needs_attention")}));
    QCOMPARE(rig.t.scalar("SELECT remote_id FROM invoices").toString(), remoteId);
    QCOMPARE(fake.paymentsWithMarker(first.marker), 1);
    QCOMPARE(rig.t.scalar("SELECT last_error_text FROM outbox WHERE seq = 3").toString(),
        str("The payment details are invalid (400/24239)"));
}

void TestSyncEngine::ivvyOverpayRefusalOnAResendIsEvidence()
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

void TestSyncEngine::crmComPaysWholeOutstandingOnly()
{
    FakeCrmCom fake(str("clerk"), str("crm-password"));
    QVERIFY(fake.start());
    fake.addInvoice(str("INV-1"), 12066);
    fake.addInvoice(str("INV-2"), 12066);
    Rig rig(str("crmcom"), fake.url(),
        {{str("username"), str("clerk")}, {str("passwordEnv"), str("TEST_CRM_PASSWORD")},
            {str("organisation"), str("ACME")}});
    rig.invoice(str("INV-1"));
    rig.invoice(str("INV-2"));
    const Payment whole = rig.pay(str("INV-1"), 12066, PaymentMethod::Cheque);
    rig.pay(str("INV-2"), 5000);
    rig.engine->runOnce();
    QCOMPARE(rig.states(),
        QStringList({str("create_invoice:acked"), str("create_invoice:acked"),
            str("add_payment:acked"), str("add_payment:needs_attention")}));
    QCOMPARE(fake.paymentsWithMarker(whole.marker), 1);
    QCOMPARE(rig.t.scalar("SELECT last_error_text FROM outbox WHERE seq = 4").toString(),
        str("CRM.COM's pay_invoice pays the whole outstanding amount (120.66 USD), and this "
            "payment is 50.00 USD; "
            "record part payments in CRM.COM"));
    QCOMPARE(fake.server().arrivals(str("pay_invoice")), 1);
}

void TestSyncEngine::crmComReloginsOnceWhenTheTokenExpired()
{
    FakeCrmCom fake(str("clerk"), str("crm-password"));
    QVERIFY(fake.start());
    fake.addInvoice(str("INV-1"), 12066);
    Rig rig(str("crmcom"), fake.url(),
        {{str("username"), str("clerk")}, {str("passwordEnv"), str("TEST_CRM_PASSWORD")},
            {str("organisation"), str("ACME")}});
    rig.invoice();
    rig.engine->runOnce();
    fake.expireTokens();
    rig.pay(str("INV-1"), 12066);
    rig.engine->runOnce();
    rig.engine->runOnce();
    QCOMPARE(rig.states(), QStringList({str("create_invoice:acked"), str("add_payment:acked")}));
    QCOMPARE(fake.server().arrivals(str("authentication/token")), 2);
    QCOMPARE(fake.payments.size(), 1);
}

void TestSyncEngine::refrensTagsTheMarkerInNotes()
{
    FakeRefrens fake(str("app-1"), str("refrens-secret"));
    QVERIFY(fake.start());
    fake.addInvoice(str("INV-1"), 12066);
    Rig rig(str("refrens"), fake.url(),
        {{str("urlKey"), str("acme")}, {str("appId"), str("app-1")},
            {str("appSecretEnv"), str("TEST_REFRENS_SECRET")}});
    rig.invoice();
    const Payment payment = rig.pay(str("INV-1"), 5000, PaymentMethod::Upi);
    fake.server().injectFault(str("/payments"), Fault::CommitThenDrop);
    rig.engine->runOnce();
    rig.clock.advance(31);
    rig.engine->runOnce();
    QCOMPARE(rig.states(), QStringList({str("create_invoice:acked"), str("add_payment:acked")}));
    QCOMPARE(fake.payments.size(), 1);
    QVERIFY(fake.payments.first().notes.endsWith(str("[ref:%1]").arg(payment.marker)));
    QCOMPARE(fake.payments.first().amount, str("50.00"));
}

void TestSyncEngine::recoveryTurnsSendingIntoInDoubt()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(), {{str("tokenEnv"), str("TEST_UC_TOKEN")}});
    rig.invoice();
    QVERIFY(rig.t.db->connection()
                .exec(str("UPDATE outbox SET state = 'sending', attempts = 1, last_sent_at = "
                          "'2026-11-22T08:59:00.000Z'"))
                .lastError()
                .type()
        == QSqlError::NoError);
    SyncSession restartedSession(*rig.t.db, rig.clock, testPolicy());
    SyncEngine &restarted = restartedSession.engine();
    QCOMPARE(restarted.start().value(), 1);
    QCOMPARE(rig.states(), QStringList({str("create_invoice:in_doubt")}));
    // Never asked again before the quiet period: the first send may still be at work.
    restarted.runOnce();
    QCOMPARE(fake.server().arrivals(str("Create")), 0);
    QCOMPARE(rig.t.scalar("SELECT state || '|' || next_attempt_at FROM outbox").toString(),
        str("in_doubt|2026-11-22T09:09:00.000Z"));
    // After it, the same Create: the first never landed, so it is created now, exactly once.
    rig.clock.advance(600);
    restarted.runOnce();
    QCOMPARE(fake.server().arrivals(str("Create")), 1);
    QCOMPARE(fake.invoices.size(), 1);
    QCOMPARE(rig.states(), QStringList({str("create_invoice:acked")}));
    QCOMPARE(rig.t.scalar("SELECT remote_id FROM invoices").toString(), fake.invoices.firstKey());
}

void TestSyncEngine::missingParentInvoiceNeedsAttention()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(), {{str("tokenEnv"), str("TEST_UC_TOKEN")}});
    rig.invoice();
    rig.engine->runOnce();
    fake.invoices.clear(); // someone deleted it remotely
    rig.pay(str("INV-1"), 5000);
    rig.engine->runOnce();
    QCOMPARE(rig.states(),
        QStringList({str("create_invoice:acked"), str("add_payment:needs_attention")}));
    QCOMPARE(
        rig.t.scalar("SELECT last_error_text FROM outbox WHERE kind = 'add_payment'").toString(),
        str("Invoice INV-1 was not found"));
    QCOMPARE(fake.server().arrivals(str("Create")), 1); // no blind re-create
}

void TestSyncEngine::lateListingIsNotResentWithinTheQuietPeriod()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(), {{str("tokenEnv"), str("TEST_UC_TOKEN")}});
    rig.invoice();
    rig.engine->runOnce();
    const Payment payment = rig.pay(str("INV-1"), 5000);
    fake.server().injectFault(str("AddBankCardPayment"), Fault::CommitThenDrop);
    rig.engine->runOnce();
    const FakePayment landed = fake.payments.takeFirst(); // landed, but not listed yet
    rig.clock.advance(31);
    rig.engine->runOnce();
    rig.clock.advance(90);
    rig.engine->runOnce();
    QCOMPARE(fake.server().arrivals(str("AddBankCardPayment")), 1);
    fake.payments.append(landed); // the listing catches up
    rig.clock.advance(600);
    rig.engine->runOnce();
    QCOMPARE(rig.t.scalar("SELECT state FROM outbox WHERE kind = 'add_payment'").toString(),
        str("acked"));
    QCOMPARE(fake.server().arrivals(str("AddBankCardPayment")), 1);
    QCOMPARE(fake.paymentsWithMarker(payment.marker), 1);
}

void TestSyncEngine::deletedAfterAckIsNeverRepostedByItself()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(), {{str("tokenEnv"), str("TEST_UC_TOKEN")}});
    rig.invoice();
    rig.pay(str("INV-1"), 5000);
    rig.engine->runOnce();
    fake.payments.clear(); // deleted remotely after the acknowledgement
    rig.clock.advance(3600);
    rig.engine->runOnce();
    QCOMPARE(fake.server().arrivals(str("AddBankCardPayment")), 1);
    QCOMPARE(rig.states(), QStringList({str("create_invoice:acked"), str("add_payment:acked")}));
}

void TestSyncEngine::flappingReadBackStaysInDoubt()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(), {{str("tokenEnv"), str("TEST_UC_TOKEN")}});
    rig.invoice();
    rig.engine->runOnce();
    const Payment payment = rig.pay(str("INV-1"), 5000);
    fake.server().injectFault(str("AddBankCardPayment"), Fault::CommitThenDrop);
    rig.engine->runOnce();
    fake.server().injectFault(str("GetInvoiceInfo"), Fault::DropBeforeCommit);
    fake.server().injectFault(str("GetInvoiceInfo"), Fault::Fail500NoCommit);
    rig.clock.advance(31);
    rig.engine->runOnce();
    QCOMPARE(rig.t.scalar("SELECT state FROM outbox WHERE kind = 'add_payment'").toString(),
        str("in_doubt"));
    rig.clock.advance(600);
    rig.engine->runOnce();
    QCOMPARE(rig.t.scalar("SELECT state FROM outbox WHERE kind = 'add_payment'").toString(),
        str("in_doubt"));
    rig.clock.advance(600);
    rig.engine->runOnce();
    QCOMPARE(rig.t.scalar("SELECT state FROM outbox WHERE kind = 'add_payment'").toString(),
        str("acked"));
    QCOMPARE(fake.server().arrivals(str("AddBankCardPayment")), 1);
    QCOMPARE(fake.paymentsWithMarker(payment.marker), 1);
}

void TestSyncEngine::conflictingUpdateWaitsForAPerson()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(), {{str("tokenEnv"), str("TEST_UC_TOKEN")}});
    Invoice invoice = rig.invoice();
    rig.engine->runOnce();
    auto stored = rig.t.ledger->invoice(invoice.id);
    Invoice edited = **stored;
    edited.note = str("our change");
    QVERIFY(rig.t.ledger->updateInvoice(edited).ok());
    fake.server().injectFault(str("Update"), Fault::Conflict);
    rig.engine->runOnce();
    QCOMPARE(
        rig.t
            .scalar(
                "SELECT state || '/' || last_error_text FROM outbox WHERE kind = 'update_invoice'")
            .toString(),
        str("conflict/The record was changed by someone else"));
    QCOMPARE(fake.server().arrivals(str("Update")), 1); // never forced over the remote's version
}

void TestSyncEngine::socketFaultsNeverResend_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("state");
    QTest::newRow("reset right after the request")
        << int(Fault::DropBeforeCommit) << str("in_doubt");
    QTest::newRow("EOF before the status line") << int(Fault::CommitThenDrop) << str("in_doubt");
    QTest::newRow("half-close mid status line")
        << int(Fault::CommitThenHalfClose) << str("in_doubt");
    QTest::newRow("slow-drip answer") << int(Fault::CommitThenSlowDrip) << str("acked");
}

void TestSyncEngine::socketFaultsNeverResend()
{
    QFETCH(int, fault);
    QFETCH(QString, state);
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(), {{str("tokenEnv"), str("TEST_UC_TOKEN")}});
    rig.invoice();
    rig.engine->runOnce();
    const Payment payment = rig.pay(str("INV-1"), 5000);
    fake.server().injectFault(str("AddBankCardPayment"), Fault(fault));
    rig.engine->runOnce();
    QCOMPARE(rig.t.scalar("SELECT state FROM outbox WHERE kind = 'add_payment'").toString(), state);
    // Per marker, exactly one request arrived: no transport-level re-send of a POST.
    QCOMPARE(fake.server().arrivals(str("AddBankCardPayment"), payment.marker.toUtf8()), 1);
    rig.clock.advance(31);
    rig.engine->runOnce();
    rig.clock.advance(700);
    rig.engine->runOnce();
    rig.clock.advance(61);
    rig.engine->runOnce();
    rig.engine->runOnce();
    QCOMPARE(rig.t.scalar("SELECT state FROM outbox WHERE kind = 'add_payment'").toString(),
        str("acked"));
    QCOMPARE(fake.paymentsWithMarker(payment.marker), 1);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
