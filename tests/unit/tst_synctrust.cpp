// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9's defects, each as a regression test: an in-doubt payment never resent when the
// connection cannot run, no false acknowledgement, bounded answers, no secret in the record,
// a bounded write-ahead log.
#include "connectionurl.h"
#include "fakeremotes.h"
#include "syncrig.h"
#include "syncverifier.h"

#include <QFileInfo>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Fakes;
using namespace InvoiceDesk::Test;

namespace {

/** POSTs that carried the marker to the payment path: more than one is a second payment. */
int postsOf(FakeRemote &fake, const QString &path, const QString &marker)
{
    int count = 0;
    for (const FakeRequest &request : fake.server().requests())
        count += request.method == "POST" && request.path.contains(path)
            && request.body.contains(marker.toUtf8());
    return count;
}

/** Runs passes, moving the clock on, until the op is acknowledged (or gives up). */
void syncUntilAcked(Rig &rig, const char *kind)
{
    for (int pass = 0; pass < 12 && rig.stateOf(kind) != QLatin1String("acked"); ++pass) {
        rig.clock.advance(301);
        QVERIFY(rig.engine->store().resume(std::nullopt).ok());
        rig.engine->runOnce();
    }
}

} // namespace

class TestSyncTrust : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { restoreSecrets(); }
    void inDoubtPaymentIsNeverResentWhenTheConnectionCannotRun_data();
    void inDoubtPaymentIsNeverResentWhenTheConnectionCannotRun();
    void unconfirmedSuccessIsInDoubt_data();
    void unconfirmedSuccessIsInDoubt();
    void refundWaitsForTheInDoubtPaymentItFollows();
    void redirectIsNotMalformed();
    void tlsFailureIsNotSent();
    void oversizeAnswersAreBounded_data();
    void oversizeAnswersAreBounded();
    void slowAnswerHoldsOnlyItsLane();
    void secretsAreNeverRecorded_data();
    void secretsAreNeverRecorded();
    void writeAheadLogStaysBounded();
    void verifyReportsEveryDifference_data();
    void verifyReportsEveryDifference();
    void connectionUrlRule_data();
    void connectionUrlRule();
};

void TestSyncTrust::inDoubtPaymentIsNeverResentWhenTheConnectionCannotRun_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("trouble");
    for (const char *kind : {"upgradechat", "refrens", "crmcom"})
        for (const char *trouble : {"secret missing", "paused and resumed", "keychain"})
            QTest::addRow("%s, %s", kind, trouble) << str(kind) << str(trouble);
    for (const char *kind : {"refrens", "crmcom"})
        for (const char *trouble : {"sign-in dropped", "sign-in 503", "sign-in refused"})
            QTest::addRow("%s, %s", kind, trouble) << str(kind) << str(trouble);
}

void TestSyncTrust::inDoubtPaymentIsNeverResentWhenTheConnectionCannotRun()
{
    QFETCH(QString, kind);
    QFETCH(QString, trouble);
    System system = systemFor(kind);
    FakeRemote &fake = *system.fake;
    Rig rig(kind, fake.url(), system.settings);
    rig.invoice();
    const Payment payment = rig.pay(str("INV-1"), 12066);
    // The payment lands remotely and its answer is lost: it is in doubt.
    fake.server().injectFault(system.paymentPath, Fault::CommitThenDrop);
    rig.engine->runOnce();
    QCOMPARE(rig.stateOf("add_payment"), str("in_doubt"));
    QCOMPARE(fake.paymentsWithMarker(payment.marker), 1);

    // The next run cannot sign in or read its secret.
    rig.restart();
    Connection withoutVariable = rig.connection;
    if (trouble == QLatin1String("secret missing")) {
        qunsetenv(system.secretVariable);
    } else if (trouble == QLatin1String("keychain")) {
        // No keychain answers on this machine: the same as a locked one.
        for (const QString &key : withoutVariable.settings.keys())
            if (key.endsWith(QLatin1String("Env")))
                withoutVariable.settings.remove(key);
        withoutVariable.id = rig.t.scalar("SELECT id FROM connections").toLongLong();
        QVERIFY(rig.t.ledger->connections().update(withoutVariable).ok());
    } else if (trouble == QLatin1String("paused and resumed")) {
        QVERIFY(rig.engine->store().pauseConnection(withoutVariable.id, str("test")).ok());
        QVERIFY(rig.engine->store().resume(std::nullopt).ok());
        QVERIFY(rig.engine->store().pauseConnection(withoutVariable.id, str("test")).ok());
    } else if (trouble == QLatin1String("sign-in dropped")) {
        fake.server().injectFault(str("authentication"), Fault::DropBeforeCommit);
    } else if (trouble == QLatin1String("sign-in 503")) {
        fake.server().injectFault(str("authentication"), Fault::Unavailable);
    } else if (trouble == QLatin1String("sign-in refused")) {
        fake.server().injectFault(str("authentication"), Fault::Unauthorized);
    }
    // A lasting trouble keeps it in doubt; a passing one lets the read-back find it. Nothing
    // else may happen to it.
    const bool lasting = trouble == QLatin1String("secret missing")
        || trouble == QLatin1String("keychain") || trouble == QLatin1String("sign-in refused");
    for (int pass = 0; pass < 3; ++pass) {
        rig.clock.advance(700); // past the quiet period: a resend would be "allowed" by time
        rig.engine->runOnce();
        const QString state = rig.stateOf("add_payment");
        QVERIFY2(
            state == QLatin1String("in_doubt") || (!lasting && state == QLatin1String("acked")),
            qPrintable(state));
        if (trouble == QLatin1String("paused and resumed") && pass == 0)
            QVERIFY(rig.engine->store().resume(std::nullopt).ok());
    }
    QCOMPARE(postsOf(fake, system.paymentPath, payment.marker), 1);
    QCOMPARE(postsOf(fake, system.paymentPath, payment.marker), 1);

    // The bookkeeper fixes it: the payment is read back and found, never sent again.
    restoreSecrets();
    if (trouble == QLatin1String("keychain")) {
        Connection restored = rig.connection;
        restored.id = withoutVariable.id;
        QVERIFY(rig.t.ledger->connections().update(restored).ok());
    }
    syncUntilAcked(rig, "add_payment");
    QCOMPARE(rig.stateOf("add_payment"), str("acked"));
    QCOMPARE(fake.paymentsWithMarker(payment.marker), 1);
    QCOMPARE(postsOf(fake, system.paymentPath, payment.marker), 1);
}

void TestSyncTrust::unconfirmedSuccessIsInDoubt_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("Upgrade.Chat 200 {}") << str("upgradechat") << QByteArray("{}");
    QTest::newRow("Upgrade.Chat success without a result")
        << str("upgradechat") << QByteArray(R"({"success":true,"result":null})");
    QTest::newRow("CRM.COM 200 {}") << str("crmcom") << QByteArray("{}");
    QTest::newRow("Refrens 201 {}") << str("refrens") << QByteArray("{}");
}

void TestSyncTrust::unconfirmedSuccessIsInDoubt()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    System system = systemFor(kind);
    FakeRemote &fake = *system.fake;
    Rig rig(kind, fake.url(), system.settings);
    rig.invoice();
    const Payment payment = rig.pay(str("INV-1"), 12066);
    fake.server().injectResponse(system.paymentPath,
        {kind == QLatin1String("refrens") ? 201 : 200, body,
            {{"Content-Type", "application/json"}}},
        true);
    const auto summary = rig.engine->runOnce();
    QCOMPARE(summary.acked, 1); // the invoice's link only
    QCOMPARE(rig.stateOf("add_payment"), str("in_doubt"));
    QVERIFY(rig.t.scalar("SELECT last_error_text FROM outbox WHERE kind = 'add_payment'")
                .toString()
                .size()
        > 10);
    // "All changes synced" is never claimed while it is in doubt.
    QCOMPARE(rig.t
                 .scalar("SELECT count(*) FROM outbox WHERE state NOT IN ('acked', 'discarded', "
                         "'superseded')")
                 .toInt(),
        1);
    syncUntilAcked(rig, "add_payment");
    QCOMPARE(fake.paymentsWithMarker(payment.marker), 1);
    QCOMPARE(postsOf(fake, system.paymentPath, payment.marker), 1);
}

/**
 * A refund credited with a credit note, recorded while the payment it returns is in doubt: the
 * refund waits in the invoice's lane, the payment is read back (never sent again), then the
 * refund goes once; the credit note stays here with no outbox row.
 */
void TestSyncTrust::refundWaitsForTheInDoubtPaymentItFollows()
{
    System system = systemFor(str("upgradechat"));
    FakeRemote &fake = *system.fake;
    Rig rig(str("upgradechat"), fake.url(), system.settings);
    rig.invoice();
    const Payment payment = rig.pay(str("INV-1"), 12066);
    fake.server().injectFault(system.paymentPath, Fault::CommitThenDrop);
    rig.engine->runOnce();
    QCOMPARE(rig.stateOf("add_payment"), str("in_doubt"));

    auto refund = rig.t.ledger->recordRefund(
        samplePayment(str("INV-1"), 4000), RefundEffect::Credited, str("Returned goods"));
    QVERIFY2(refund.ok(), qPrintable(refund.error()));
    QCOMPARE(rig.t.rows("SELECT number, grand_total, applied FROM credit_notes"),
        QStringList({str("CN-0001|4000|4000")}));
    QCOMPARE(rig.states(),
        QStringList({str("create_invoice:acked"), str("add_payment:in_doubt"),
            str("add_payment:pending")}));
    rig.engine->runOnce(); // too early for the read-back: the refund must not pass it
    QCOMPARE(postsOf(fake, system.paymentPath, refund->marker), 0);

    syncUntilAcked(rig, "add_payment");
    for (int pass = 0; pass < 4 && rig.states().last() != str("add_payment:acked"); ++pass)
        rig.engine->runOnce();
    QCOMPARE(rig.states(),
        QStringList(
            {str("create_invoice:acked"), str("add_payment:acked"), str("add_payment:acked")}));
    QCOMPARE(fake.paymentsWithMarker(payment.marker), 1);
    QCOMPARE(postsOf(fake, system.paymentPath, payment.marker), 1);
    QCOMPARE(fake.paymentsWithMarker(refund->marker), 1);
    QCOMPARE(postsOf(fake, system.paymentPath, refund->marker), 1);
    QCOMPARE(fake.payments.size(), 2);
}

void TestSyncTrust::redirectIsNotMalformed()
{
    System system = systemFor(str("upgradechat"));
    Rig rig(str("upgradechat"), system.fake->url(), system.settings);
    rig.invoice();
    rig.pay(str("INV-1"), 5000);
    system.fake->server().injectResponse(
        str("AddBankCardPayment"), {302, {}, {{"Location", "https://login.example.org/"}}}, false);
    rig.engine->runOnce();
    QCOMPARE(rig.t
                 .scalar("SELECT state || '|' || last_error_class || '|' || last_error_text FROM "
                         "outbox WHERE kind = 'add_payment'")
                 .toString(),
        str("in_doubt|http_302|the server answered with a redirect (HTTP 302) to "
            "https://login.example.org/; check the connection's address"));
}

void TestSyncTrust::tlsFailureIsNotSent()
{
    // An https address where a plain-HTTP server listens: the handshake fails, nothing is sent.
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    QUrl url = fake.url();
    url.setScheme(str("https"));
    Rig rig(str("upgradechat"), url, {{str("tokenEnv"), str("TEST_UC_TOKEN")}});
    rig.invoice();
    const auto summary = rig.engine->runOnce();
    QCOMPARE(summary.sent, 0);
    QCOMPARE(rig.t.rows("SELECT o.state, o.last_error_class, a.outcome_class FROM outbox o JOIN "
                        "op_attempts a USING (op_id)"),
        QStringList({str("retry_wait|not_sent|retry_wait")}));
    QCOMPARE(fake.invoices.size(), 0);
}

void TestSyncTrust::oversizeAnswersAreBounded_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("Content-Length: 2000000000") << int(Fault::HugeLength);
    QTest::newRow("an endless chunked body") << int(Fault::EndlessChunks);
}

void TestSyncTrust::oversizeAnswersAreBounded()
{
    QFETCH(int, fault);
    System system = systemFor(str("upgradechat"));
    Rig rig(str("upgradechat"), system.fake->url(), system.settings);
    rig.invoice();
    const Payment payment = rig.pay(str("INV-1"), 5000);
    system.fake->server().injectFault(str("AddBankCardPayment"), Fault(fault));
    rig.engine->runOnce();
    QCOMPARE(rig.stateOf("add_payment"), str("in_doubt"));
    const QString error
        = rig.t
              .scalar("SELECT transport_error FROM op_attempts a JOIN outbox o USING (op_id) "
                      "WHERE o.kind = 'add_payment'")
              .toString();
    QVERIFY2(error.contains(str("4194304")), qPrintable(error));
    QVERIFY(rig.t.scalar("SELECT max(length(response_body)) FROM op_attempts").toLongLong()
        <= 4 * 1024 * 1024);
    syncUntilAcked(rig, "add_payment");
    QCOMPARE(system.fake->paymentsWithMarker(payment.marker), 1);
}

void TestSyncTrust::slowAnswerHoldsOnlyItsLane()
{
    System system = systemFor(str("upgradechat"));
    FakeHttpServer &server = system.fake->server();
    Rig rig(str("upgradechat"), system.fake->url(), system.settings);
    rig.invoice(str("INV-1"));
    rig.invoice(str("INV-2"));
    for (int i = 0; i < 4; ++i)
        rig.pay(str("INV-2"), 1000 + i);
    server.injectFault(str("Create"), Fault::Hang); // INV-1's create never answers
    rig.engine->runOnce();
    // INV-2 and its four payments all went while INV-1's answer was awaited.
    QCOMPARE(server.requests().size(), 6);
    QCOMPARE(server.requests().first().body.contains("INV-1"), true);
    // The hung connection was given up (its close reaches the server a moment later) only
    // after all six requests had arrived.
    QTRY_COMPARE(server.requests().first().arrivalsWhenClosed, 6);
    QCOMPARE(rig.t.scalar("SELECT count(*) FROM outbox WHERE state = 'acked'").toInt(), 5);
}

void TestSyncTrust::secretsAreNeverRecorded_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("Upgrade.Chat") << str("upgradechat");
    QTest::newRow("Refrens") << str("refrens");
    QTest::newRow("CRM.COM") << str("crmcom");
}

void TestSyncTrust::secretsAreNeverRecorded()
{
    QFETCH(QString, kind);
    System system = systemFor(kind);
    Rig rig(kind, system.fake->url(), system.settings);
    rig.invoice();
    rig.pay(str("INV-1"), 12066);
    system.fake->server().injectFault(system.paymentPath, Fault::CommitThenDrop);
    rig.engine->runOnce();
    syncUntilAcked(rig, "add_payment");
    QStringList secrets {str("uc-secret-token"), str("crm-password"), str("refrens-secret")};
    if (auto *crm = dynamic_cast<FakeCrmCom *>(system.fake.get()))
        secrets += crm->issuedTokens;
    if (auto *refrens = dynamic_cast<FakeRefrens *>(system.fake.get()))
        secrets += refrens->issuedTokens;
    QVERIFY(secrets.size() >= 3);
    const QStringList recorded = rig.t.rows(
        "SELECT request_url || request_headers || coalesce(CAST(request_body AS TEXT), '') || "
        "coalesce(CAST(response_body AS TEXT), '') || transport_error FROM op_attempts");
    QVERIFY(recorded.size() >= 3);
    for (const QString &row : recorded)
        for (const QString &secret : secrets)
            QVERIFY2(!row.contains(secret), qPrintable(row));
}

void TestSyncTrust::writeAheadLogStaysBounded()
{
    System system = systemFor(str("upgradechat"));
    Rig rig(str("upgradechat"), system.fake->url(), system.settings);
    for (int i = 0; i < 300; ++i) {
        rig.invoice(str("W-%1").arg(i));
        for (int p = 0; p < 3; ++p)
            rig.pay(str("W-%1").arg(i), 100 + p);
    }
    // Another connection reads now and then, as the window does.
    for (int pass = 0; pass < 6; ++pass) {
        QVERIFY(rig.t.ledger->invoiceByNumber(str("W-1")).ok());
        rig.engine->runOnce();
    }
    QCOMPARE(rig.t.scalar("SELECT count(*) FROM outbox WHERE state = 'acked'").toInt(), 1200);
    const qint64 wal = QFileInfo(rig.t.path() + str("-wal")).size();
    QVERIFY2(wal <= 5 * 1024 * 1024, qPrintable(QString::number(wal)));
}

void TestSyncTrust::verifyReportsEveryDifference_data()
{
    QTest::addColumn<QString>("kind");
    for (const char *kind : {"upgradechat", "ivvy", "refrens", "crmcom"})
        QTest::newRow(kind) << str(kind);
}

void TestSyncTrust::verifyReportsEveryDifference()
{
    QFETCH(QString, kind);
    System system = systemFor(kind);
    FakeRemote &fake = *system.fake;
    Rig rig(kind, fake.url(), system.settings);
    rig.invoice(str("INV-1"));
    rig.invoice(str("INV-2"));
    // CRM.COM takes only the whole outstanding amount.
    const bool whole = kind == QLatin1String("crmcom");
    const Payment first = rig.pay(str("INV-1"), whole ? 12066 : 3000);
    const Payment second = rig.pay(str("INV-2"), whole ? 12066 : 2000);
    rig.engine->runOnce();
    QCOMPARE(rig.t.scalar("SELECT count(*) FROM outbox WHERE state <> 'acked'").toInt(), 0);
    auto reports = rig.session->verifier().verify();
    QVERIFY2(reports.ok(), qPrintable(reports.error()));
    QCOMPARE(reports->size(), 1);
    QVERIFY2(reports->first().clean(), qPrintable(reports->first().text()));
    QCOMPARE(reports->first().count(VerifyFinding::Match), 2);

    // Someone changed the remote: one payment's amount, one removed, one of ours appears.
    for (FakePayment &payment : fake.payments) {
        if (payment.marker == first.marker || payment.notes.contains(first.marker))
            payment.amount = str("99.99");
    }
    fake.payments.removeIf([&](const FakePayment &p) {
        return p.marker == second.marker || p.notes.contains(second.marker);
    });
    fake.addForeignPayment(
        fake.invoiceByNumber(str("INV-1"))->id, str("5.00"), str("BK-0000000000ZZ"));
    reports = rig.session->verifier().verify();
    QVERIFY(reports.ok());
    const VerifyReport &report = reports->first();
    QVERIFY(!report.clean());
    QCOMPARE(report.count(VerifyFinding::MissingRemotely), 1);
    // CRM.COM has no list of an invoice's payments and does not report amounts.
    QCOMPARE(report.count(VerifyFinding::Differs), whole ? 0 : 1);
    QCOMPARE(report.count(VerifyFinding::UnknownHere), whole ? 0 : 1);
    if (!whole)
        QVERIFY2(report.text().contains(str("amount 30.00 here, 99.99 on remote")),
            qPrintable(report.text()));
}

void TestSyncTrust::connectionUrlRule_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("https") << str("https://crm.example.org/base") << QString();
    QTest::newRow("loopback v4") << str("http://127.0.0.1:8080/") << QString();
    QTest::newRow("loopback v6") << str("http://[::1]:8080/") << QString();
    QTest::newRow("localhost") << str("http://localhost:8080") << QString();
    const QString needsHttps = str("the address must use https (plain http only on this "
                                   "machine's loopback address)");
    QTest::newRow("prefix trick") << str("http://127.attacker.example/") << needsHttps;
    QTest::newRow("suffix trick") << str("http://127.0.0.1.attacker.example:8080/") << needsHttps;
    QTest::newRow("plain http") << str("http://crm.example.org/") << needsHttps;
    const QString credentials = str("the address must not carry credentials (a user name, "
                                    "password or token); give them as secrets instead");
    QTest::newRow("password in URL")
        << str("https://user:PASSWORD@crm.example.org/") << credentials;
    QTest::newRow("token in query") << str("https://crm.example.org/?token=abc") << credentials;
    QTest::newRow("api key in query") << str("https://crm.example.org/?api_key=abc") << credentials;
    QTest::newRow("no host") << str("https:///path")
                             << str("the address must be a full URL such as "
                                    "https://crm.example.com");
}

void TestSyncTrust::connectionUrlRule()
{
    QFETCH(QString, url);
    QFETCH(QString, refusal);
    const Status checked = checkConnectionUrl(QUrl(url, QUrl::StrictMode));
    QCOMPARE(checked.error(), refusal);
}

QTEST_GUILESS_MAIN(TestSyncTrust)
#include "tst_synctrust.moc"
