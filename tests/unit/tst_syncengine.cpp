// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The engine against faults (sync-design.md T1-T17, I4, I7): what may have landed is read back,
// never sent again on a guess.
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

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void commitThenDropIsReadBackNotResent(); // T1
    void commitThenHangTimesOutAndIsFound(); // T2, T5
    void commitThen500IsFound(); // T3
    void failureWithoutCommitIsResentOnceAfterTwoAgreeingReads(); // T4, I7
    void malformedSuccessIsFound(); // T7
    void validationErrorBlocksOnlyItsLane(); // T8
    void refusedCredentialsPauseAndResume(); // T9
    void ambiguousReadBackWaitsForAPerson(); // T14
    void retryAfterIsHonouredForReads(); // T6
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
