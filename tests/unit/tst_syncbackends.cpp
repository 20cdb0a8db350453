// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Each remote system end to end against its fake: its own rules (links, overpayment, whole
// payments, sign-in, marker tags).
#include "adapterfactory.h"
#include "connectiontester.h"
#include "fakeremotes.h"
#include "ivvyadapter.h"
#include "syncrig.h"
#include "syncsession.h"
#include "testsupport.h"

#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Fakes;
using namespace InvoiceDesk::Test;

class TestSyncBackends : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upgradeChatCreatesInvoiceThenPayment();
    void ivvyLinksByNumberAndRefusesOverpayment();
    void crmComPaysWholeOutstandingOnly();
    void crmComReloginsOnceWhenTheTokenExpired();
    void refrensTagsTheMarkerInNotes();
    void refusalsComeFromCapabilitiesAndReachNoRemote_data();
    void refusalsComeFromCapabilitiesAndReachNoRemote();
    void connectionTestIsEachAdaptersOwnCall_data();
    void connectionTestIsEachAdaptersOwnCall();
};

void TestSyncBackends::initTestCase()
{
    qputenv("TEST_UC_TOKEN", "uc-secret-token");
    qputenv("TEST_IVVY_KEY", "ivvy-key");
    qputenv("TEST_IVVY_SECRET", "ivvy-secret");
    qputenv("TEST_CRM_PASSWORD", "crm-password");
    qputenv("TEST_REFRENS_SECRET", "refrens-secret");
}

void TestSyncBackends::upgradeChatCreatesInvoiceThenPayment()
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

void TestSyncBackends::ivvyLinksByNumberAndRefusesOverpayment()
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

void TestSyncBackends::crmComPaysWholeOutstandingOnly()
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
        str("CRM.COM takes only a payment of the whole outstanding amount (120.66 USD), and "
            "this payment is 50.00 USD: record part payments in CRM.COM"));
    QCOMPARE(fake.server().arrivals(str("pay_invoice")), 1);
}

void TestSyncBackends::crmComReloginsOnceWhenTheTokenExpired()
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

void TestSyncBackends::refrensTagsTheMarkerInNotes()
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

void TestSyncBackends::refusalsComeFromCapabilitiesAndReachNoRemote_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("iVvy") << str("ivvy");
    QTest::newRow("CRM.COM") << str("crmcom");
    QTest::newRow("Refrens") << str("refrens");
}

void TestSyncBackends::refusalsComeFromCapabilitiesAndReachNoRemote()
{
    // A void of a payment that reached the system, a refund and a deletion: none of the three
    // systems takes them (their capabilities say so), so the engine refuses them itself, in
    // the same words for each, and nothing is sent.
    QFETCH(QString, kind);
    restoreSecrets();
    System system = systemFor(kind);
    Rig rig(kind, system.fake->url(), system.settings);
    const SyncAdapter::Capabilities capabilities = createAdapter(kind)->capabilities();
    rig.invoice(str("INV-1"));
    rig.invoice(str("INV-2"));
    const Payment voided = rig.pay(str("INV-1"), 12066);
    rig.pay(str("INV-2"), 12066);
    rig.engine->runOnce();
    QCOMPARE(system.fake->payments.size(), 2);
    QVERIFY(rig.t.ledger->voidPayment(voided.id, str("entered twice")).ok());
    Payment refund = samplePayment(str("INV-2"), -1000);
    QVERIFY(rig.t.ledger->recordPayment(refund).ok());
    const int requestsBefore = int(system.fake->server().requests().size());
    rig.engine->runOnce();
    QCOMPARE(rig.t.rows("SELECT kind, state, last_error_class, last_error_text FROM outbox "
                        "WHERE seq > 4 ORDER BY seq"),
        QStringList({str("void_payment|needs_attention|refused_locally|%1 takes no payment "
                         "reversal through its API: reverse payment %2 in %1, then confirm here")
                         .arg(capabilities.systemName, voided.marker),
            str("add_payment|needs_attention|refused_locally|%1 takes no refunds through its "
                "API: record the refund in %1")
                .arg(capabilities.systemName)}));
    QCOMPARE(system.fake->server().requests().size(), requestsBefore);
    QCOMPARE(system.fake->payments.size(), 2);
    QCOMPARE(reversalRefusal(capabilities, voided.marker),
        str("%1 takes no payment reversal through its API: reverse payment %2 in %1, then "
            "confirm here")
            .arg(capabilities.systemName, voided.marker));
    QCOMPARE(deletionRefusal(capabilities, str("INV-1")),
        str("%1 takes no invoice deletion through its API: delete or cancel invoice INV-1 in %1")
            .arg(capabilities.systemName));
}

void TestSyncBackends::connectionTestIsEachAdaptersOwnCall_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path"); ///< where the adapter's harmless call goes
    QTest::addColumn<QString>("refused"); ///< the server's words for a wrong secret
    QTest::newRow("Upgrade.Chat") << str("upgradechat")
                                  << str("/api/services/CRM/Invoice/GetInvoiceInfo")
                                  << str("Current user did not login to the application!");
    QTest::newRow("iVvy") << str("ivvy") << str("/api/1.0/test") << str("The signature is invalid");
    QTest::newRow("CRM.COM") << str("crmcom") << str("/crmapi/rest/v2/authentication/token")
                             << str("Invalid username or password");
    QTest::newRow("Refrens") << str("refrens") << str("/authentication")
                             << str("NotAuthenticated: Invalid login");
}

void TestSyncBackends::connectionTestIsEachAdaptersOwnCall()
{
    // ConnectionTester knows no kind: each adapter's buildTest() and parseTest() decide.
    QFETCH(QString, kind);
    QFETCH(QString, path);
    QFETCH(QString, refused);
    restoreSecrets();
    System system = systemFor(kind);
    const Connection connection {1, str("Venue"), kind, system.fake->url(), system.settings};
    auto secrets = CredentialStore().secretsFor(connection);
    QVERIFY2(secrets.ok(), qPrintable(secrets.error()));
    const Status accepted = ConnectionTester::test(connection, *secrets, 5000);
    QVERIFY2(accepted.ok(), qPrintable(accepted.error()));
    QHash<QString, QString> wrong = *secrets;
    for (auto it = wrong.begin(); it != wrong.end(); ++it)
        it.value() += str("-wrong");
    const Status denied = ConnectionTester::test(connection, wrong, 5000);
    QCOMPARE(denied.error(), str("Venue refused the credentials: %1").arg(refused));
    QCOMPARE(system.fake->server().arrivals(path), 2);
    QCOMPARE(system.fake->server().requests().size(), 2); // nothing else was asked
}

QTEST_GUILESS_MAIN(TestSyncBackends)
#include "tst_syncbackends.moc"
