// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Grouped commits and pacing (issue 16 item 3): a crash in the middle of a grouped intent or
// outcome commit (kill -9 through the command line's crash points) still ends with every
// invoice and payment exactly once on the fake; a connection's token bucket spaces its
// requests, and a 429 with Retry-After slows it down.
#include "fakeremotes.h"
#include "syncrig.h"
#include "testsupport.h"
#include "tokenbucket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Fakes;
using namespace InvoiceDesk::Test;

namespace {

constexpr int kInvoices = 8;

Run cli(const QStringList &arguments, const QString &crashPoint = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(str("TEST_UC_TOKEN"), str("uc-secret-token"));
    environment.remove(str("INVOICEDESK_CRASH_POINT"));
    if (!crashPoint.isEmpty())
        environment.insert(str("INVOICEDESK_CRASH_POINT"), crashPoint);
    return runProgram(str(INVOICEDESK_CLI), arguments, environment);
}

QString number(int n)
{
    return str("F-%1").arg(101 + n);
}

} // namespace

class TestSyncBatches : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("TEST_UC_TOKEN", "uc-secret-token"); }
    void crashInsideAGroupedCommitConverges_data();
    void crashInsideAGroupedCommitConverges();
    void freedLanesNextOpsAreReadTogether();
    void paceOptionsAreChecked();
    void bucketSpacesRequests();
    void tooManyRequestsSlowsTheBucket();
    void bucketRecoversSlowly();

private:
    /** 8 invoices of connection crm (2 lanes) and one payment each, queued: 16 operations. */
    static QString prepare(const QTemporaryDir &dir, const QUrl &url);
};

QString TestSyncBatches::prepare(const QTemporaryDir &dir, const QUrl &url)
{
    const QString db = dir.filePath(str("batches.invoicedesk"));
    const Run added = cli({str("--db"), db, str("connection"), str("add"), str("crm"),
        str("--kind"), str("upgradechat"), str("--url"), url.toString(), str("--token-env"),
        str("TEST_UC_TOKEN"), str("--lanes"), str("2")});
    if (added.exitCode != 0)
        qWarning() << added.err;
    QByteArray invoices = "number,date,currency,connection,billing.company,line.quantity,"
                          "line.rate,line.description\r\n";
    QByteArray payments = "invoiceNumber,date,amount,method,reference\r\n";
    for (int n = 0; n < kInvoices; ++n) {
        invoices += number(n).toUtf8() + ",2026-11-01,USD,crm,Acme,1,50.00,Widgets\r\n";
        payments
            += number(n).toUtf8() + ",2026-11-05,20.00,cash,R" + QByteArray::number(n) + "\r\n";
    }
    writeFile(dir.filePath(str("invoices.csv")), invoices);
    writeFile(dir.filePath(str("payments.csv")), payments);
    cli({str("--db"), db, str("import"), str("invoices"), dir.filePath(str("invoices.csv"))});
    cli({str("--db"), db, str("import"), str("payments"), dir.filePath(str("payments.csv"))});
    return db;
}

void TestSyncBatches::crashInsideAGroupedCommitConverges_data()
{
    QTest::addColumn<QString>("point");
    QTest::addColumn<bool>("dropFirstPayment");
    // The first intent group holds the 8 creates; the crash comes while the third is written.
    QTest::newRow("intent group, 3rd of 8") << str("inside_intent_group#3") << false;
    // All 8 intents committed, 2 sent, the third about to leave: 6 were never sent.
    QTest::newRow("batch partly sent") << str("before_send#3") << false;
    // The first outcome group holds at least 6 answers; the crash comes at the third.
    QTest::newRow("outcome group, 3rd") << str("inside_outcome_group#3") << false;
    // The payments: the first is applied by the server, which then drops the connection.
    QTest::newRow("outcome group of payments, commit-then-drop")
        << str("inside_outcome_group#11") << true;
    QTest::newRow("payment intents, commit-then-drop") << str("inside_intent_group#12") << true;
}

void TestSyncBatches::crashInsideAGroupedCommitConverges()
{
    QFETCH(QString, point);
    QFETCH(bool, dropFirstPayment);
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    QTemporaryDir dir;
    const QString db = prepare(dir, fake.url());
    if (dropFirstPayment)
        fake.server().injectFault(str("AddBankCardPayment"), Fault::CommitThenDrop);
    const QStringList timing {str("--quiet-period"), str("1"), str("--backoff-base"), str("0.1"),
        str("--timeout"), str("60")};

    const Run crashed
        = cli(QStringList {str("--db"), db, str("sync"), str("--once")} + timing, point);
    QVERIFY2(crashed.exitCode == 86, qPrintable(crashed.out + crashed.err));
    QVERIFY(crashed.err.contains(str("crash point ") + point));
    const Run restarted = cli(QStringList {str("--db"), db, str("sync"), str("--once")} + timing);
    QVERIFY2(restarted.exitCode == 0, qPrintable(restarted.out + restarted.err));
    QVERIFY2(restarted.out.endsWith(str("all changes synced.\n")), qPrintable(restarted.out));

    // Exactly once: each invoice and each payment on the fake once, and each payment that may
    // have landed was read back, never sent again on a guess (one arrival each). A create in
    // doubt is read back by sending it again, which the server refuses by its number.
    QCOMPARE(fake.invoices.size(), kInvoices);
    QCOMPARE(fake.payments.size(), kInvoices);
    for (int n = 0; n < kInvoices; ++n)
        QVERIFY(fake.invoiceByNumber(number(n)));
    const Run payments
        = cli({str("--db"), db, str("list"), str("payments"), str("--format"), str("json")});
    const QJsonArray local = QJsonDocument::fromJson(payments.out.toUtf8()).array();
    QCOMPARE(local.size(), kInvoices);
    for (const QJsonValue &value : local) {
        const QString marker = value.toObject().value(str("marker")).toString();
        QCOMPARE(fake.paymentsWithMarker(marker), 1);
        QCOMPARE(fake.server().arrivals(str("AddBankCardPayment"), marker.toUtf8()), 1);
    }
    const Run status = cli({str("--db"), db, str("status"), str("--format"), str("json")});
    QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value(str("sync")).toString(),
        str("All changes synced"));
}

void TestSyncBatches::freedLanesNextOpsAreReadTogether()
{
    // The lanes freed by acknowledgements are asked for their next ops in one query: only a
    // lane whose first active op may go now answers, in the order the lanes were given. An op
    // in doubt answers too (the engine reads it back, never resends it).
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(), {{str("tokenEnv"), str("TEST_UC_TOKEN")}});
    const QStringList numbers
        = {str("INV-A"), str("INV-B"), str("INV-C"), str("INV-D"), str("INV-E")};
    for (const QString &number : numbers)
        rig.invoice(number);
    for (const QString &number : numbers.mid(0, 4))
        rig.pay(number, 1000);
    rig.pay(str("INV-C"), 2000); // behind the payment of INV-C that waits for a person
    QSqlQuery sql(rig.t.db->connection());
    const auto exec = [&sql](const QString &statement) {
        QVERIFY2(sql.exec(statement), qPrintable(statement));
    };
    exec(str("UPDATE outbox SET state = 'acked' WHERE kind = 'create_invoice'"));
    const auto paymentOf = [](const char *number) {
        return QStringLiteral("SELECT o.op_id FROM outbox o JOIN payments p ON p.uuid = "
                              "o.entity_uuid JOIN invoices i ON i.id = p.invoice_id WHERE "
                              "i.number = '%1' ORDER BY o.seq LIMIT 1")
            .arg(QLatin1String(number));
    };
    exec(str("UPDATE outbox SET state = 'retry_wait', next_attempt_at = '2999-01-01T00:00:00.000Z' "
             "WHERE op_id = (")
        + paymentOf("INV-B") + str(")"));
    exec(str("UPDATE outbox SET state = 'needs_attention' WHERE op_id = (") + paymentOf("INV-C")
        + str(")"));
    exec(str("UPDATE outbox SET state = 'in_doubt', in_doubt_since = '2026-01-01T00:00:00.000Z' "
             "WHERE op_id = (")
        + paymentOf("INV-D") + str(")"));
    const auto laneOf = [&rig](const QString &number) {
        return rig.t
            .scalar(QStringLiteral("SELECT uuid FROM invoices WHERE number = '%1'").arg(number))
            .toString();
    };
    const QStringList lanes = {laneOf(str("INV-D")), laneOf(str("INV-E")), laneOf(str("INV-C")),
        laneOf(str("INV-B")), laneOf(str("INV-A"))};
    SyncStore &store = rig.session->store();
    auto ready = store.readyOpsInLanes(lanes, rig.clock.now());
    QVERIFY2(ready.ok(), qPrintable(ready.error()));
    QStringList found;
    for (const OpRow &op : *ready)
        found.append(op.opId);
    QCOMPARE(found,
        QStringList({rig.t.scalar(paymentOf("INV-D")).toString(),
            rig.t.scalar(paymentOf("INV-A")).toString()}));
    QCOMPARE((*ready).first().state, OpState::InDoubt);

    // A paused connection's lanes wait.
    QVERIFY(store.pauseConnection(rig.connection.id, str("test")).ok());
    ready = store.readyOpsInLanes(lanes, rig.clock.now());
    QVERIFY(ready.ok());
    QVERIFY(ready->isEmpty());
}

void TestSyncBatches::paceOptionsAreChecked()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(str("pace.invoicedesk"));
    const QStringList add {str("--db"), db, str("connection"), str("add"), str("crm"),
        str("--kind"), str("upgradechat"), str("--url"), str("https://crm.example.org"),
        str("--token-env"), str("TEST_UC_TOKEN")};
    Run run = cli(add + QStringList {str("--lanes"), str("17")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, str("--lanes takes a whole number from 1 to 16 (0: the default)\n"));
    run = cli(add + QStringList {str("--requests-per-second"), str("fast")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, str("--requests-per-second takes a number from 0 (no limit) to 1000\n"));
    QVERIFY(!QFile::exists(db)); // nothing added, and no company file made for nothing
    run = cli(
        add + QStringList {str("--lanes"), str("2"), str("--requests-per-second"), str("1.5")});
    QCOMPARE(run.exitCode, 0);
    run = cli({str("--db"), db, str("connection"), str("set"), str("crm"), str("--lanes"), str("8"),
        str("--requests-per-second"), str("0")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, str("Connection crm: lanes: 8; requests per second: no limit.\n"));
    // The settings as stored: numbers, and no rate once it was cleared.
    QSqlDatabase raw = QSqlDatabase::addDatabase(str("QSQLITE"), str("raw"));
    raw.setDatabaseName(db);
    QVERIFY(raw.open());
    QStringList settings = rowsOf(raw, "SELECT settings FROM connections");
    QCOMPARE(settings, QStringList {str("{\"lanes\":8,\"tokenEnv\":\"TEST_UC_TOKEN\"}")});
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(str("raw"));
}

void TestSyncBatches::bucketSpacesRequests()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(),
        {{str("tokenEnv"), str("TEST_UC_TOKEN")}, {str("lanes"), 1},
            {str("requestsPerSecond"), 2}});
    rig.clock.jumps = true;
    fake.server().setClock([&rig] { return rig.clock.now(); });
    const QDateTime start = rig.clock.now();
    for (int n = 0; n < 5; ++n)
        rig.invoice(number(n));

    const SyncEngine::Summary summary = rig.engine->runOnce();
    QCOMPARE(summary.acked, 5);
    // 2 per second: one request every 500 ms of the engine's clock, the first at once.
    const QList<FakeRequest> &requests = fake.server().requests();
    QCOMPARE(requests.size(), 5);
    for (int n = 0; n < 5; ++n)
        QCOMPARE(start.msecsTo(requests.at(n).arrivedAt), 500 * n);
}

void TestSyncBatches::tooManyRequestsSlowsTheBucket()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    Rig rig(str("upgradechat"), fake.url(),
        {{str("tokenEnv"), str("TEST_UC_TOKEN")}, {str("lanes"), 1},
            {str("requestsPerSecond"), 2}});
    rig.clock.jumps = true;
    const QDateTime start = rig.clock.now();
    for (int n = 0; n < 5; ++n)
        rig.invoice(number(n));
    // The second create gets 429 with Retry-After: 3, nothing applied (the fault is queued as
    // that request is stamped, just before the server looks for one).
    int arrived = 0;
    fake.server().setClock([&rig, &fake, &arrived] {
        if (++arrived == 2)
            fake.server().injectFault(str("Invoice/Create"), Fault::TooManyRequests, 3);
        return rig.clock.now();
    });

    const SyncEngine::Summary summary = rig.engine->runOnce();
    QCOMPARE(summary.acked, 4);
    QCOMPARE(summary.inDoubt, 1); // a POST answered 429 is read back before anything else
    const QList<FakeRequest> &requests = fake.server().requests();
    QCOMPARE(requests.size(), 5);
    QList<qint64> at;
    for (const FakeRequest &request : requests)
        at.append(start.msecsTo(request.arrivedAt));
    // 0 and 500 ms at 2 per second; the 429 holds the rest 3 s (Retry-After) and halves the
    // rate: then one a second.
    QCOMPARE(at, (QList<qint64> {0, 500, 3500, 4500, 5500}));
    QCOMPARE(fake.invoices.size(), 4);
}

void TestSyncBatches::bucketRecoversSlowly()
{
    const QDateTime t0(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    TokenBucket bucket;
    bucket.configure(8);
    QCOMPARE(bucket.rate(), 8.0);
    bucket.throttle(t0, std::nullopt);
    QCOMPARE(bucket.rate(), 4.0);
    QCOMPARE(bucket.nextSlot(t0), t0.addMSecs(250));
    bucket.throttle(t0, 10);
    QCOMPARE(bucket.rate(), 2.0);
    QCOMPARE(bucket.nextSlot(t0), t0.addSecs(10));
    // A quarter more per quiet minute, never above the setting.
    QCOMPARE(bucket.nextSlot(t0.addSecs(60)), t0.addSecs(60));
    QCOMPARE(bucket.rate(), 2.5);
    bucket.nextSlot(t0.addSecs(5 * 60));
    QCOMPARE(bucket.rate(), 6.103515625); // 2 · 1.25^4
    bucket.nextSlot(t0.addSecs(7 * 60));
    QCOMPARE(bucket.rate(), 8.0);
    // Unlimited: the first 429 sets a rate of its own, which is lifted again in time.
    TokenBucket open;
    open.throttle(t0, 1);
    QCOMPARE(open.rate(), TokenBucket::kFirstThrottlePerSec);
    open.nextSlot(t0.addSecs(10 * 60));
    QCOMPARE(open.rate(), 0.0);
    for (int n = 0; n < 100; ++n)
        open.throttle(t0, std::nullopt);
    QCOMPARE(open.rate(), TokenBucket::kFloorPerSec);
}

QTEST_GUILESS_MAIN(TestSyncBatches)
#include "tst_syncbatches.moc"
