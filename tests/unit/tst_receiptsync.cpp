// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A receipt of three allocations against the fault matrix (issue 13 item 6): each allocation is
// that system's payment for its invoice, exactly once remotely, whatever fails on the way.
#include "fakeremotes.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Fakes;
using namespace InvoiceDesk::Test;

namespace {

Run cli(const QStringList &arguments, const QString &crashPoint = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(str("TEST_UC_TOKEN"), str("uc-secret-token"));
    environment.remove(str("INVOICEDESK_CRASH_POINT"));
    environment.remove(str("INVOICEDESK_DB"));
    if (!crashPoint.isEmpty())
        environment.insert(str("INVOICEDESK_CRASH_POINT"), crashPoint);
    return runProgram(str(INVOICEDESK_CLI), arguments, environment);
}

QStringList syncOnce(const QString &db)
{
    return {str("--db"), db, str("sync"), str("--once"), str("--quiet-period"), str("0"),
        str("--backoff-base"), str("0.1"), str("--timeout"), str("30")};
}

} // namespace

/** Receipts through the sync engine with faults and crashes. */
class TestReceiptSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commitThenDropSendsEachAllocationOnce();
    void crashWhileSyncingConverges_data();
    void crashWhileSyncingConverges();
    void crashInsideTheReceiptLeavesNothing();

private:
    /** Three invoices of Acme synced with crm, 100.00 each; nothing received yet. */
    static QString prepare(const QTemporaryDir &dir, const QUrl &url);
    static Run receive(const QString &db, const QString &crashPoint = {});
    static void expectEachAllocationOnce(const QString &db, const FakeUpgradeChat &fake);
};

QString TestReceiptSync::prepare(const QTemporaryDir &dir, const QUrl &url)
{
    const QString db = dir.filePath(str("r.invoicedesk"));
    cli({str("--db"), db, str("connection"), str("add"), str("crm"), str("--kind"),
        str("upgradechat"), str("--url"), url.toString(), str("--token-env"),
        str("TEST_UC_TOKEN")});
    writeFile(dir.filePath(str("invoices.csv")),
        "number,date,currency,connection,billing.company,line.quantity,line.rate,line."
        "description\r\n"
        "F-1,2026-11-01,USD,crm,Acme,1,100.00,Widgets\r\n"
        "F-2,2026-11-02,USD,crm,Acme,1,100.00,Service\r\n"
        "F-3,2026-11-03,USD,crm,Acme,1,100.00,Support\r\n");
    cli({str("--db"), db, str("import"), str("invoices"), dir.filePath(str("invoices.csv"))});
    return db;
}

Run TestReceiptSync::receive(const QString &db, const QString &crashPoint)
{
    return cli({str("--db"), db, str("receive"), str("--customer"), str("Acme"), str("--date"),
                   str("2026-11-20"), str("--amount"), str("300.00"), str("--method"), str("cash"),
                   str("--oldest-first")},
        crashPoint);
}

void TestReceiptSync::expectEachAllocationOnce(const QString &db, const FakeUpgradeChat &fake)
{
    QCOMPARE(fake.invoices.size(), 3);
    QCOMPARE(fake.payments.size(), 3);
    const Run payments
        = cli({str("--db"), db, str("list"), str("payments"), str("--format"), str("json")});
    const QJsonArray local = QJsonDocument::fromJson(payments.out.toUtf8()).array();
    QCOMPARE(local.size(), 3);
    for (const QJsonValue &value : local)
        QCOMPARE(fake.paymentsWithMarker(value.toObject().value(str("marker")).toString()), 1);
    const Run status = cli({str("--db"), db, str("status"), str("--format"), str("json")});
    QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value(str("sync")).toString(),
        str("All changes synced"));
    const Run verify = cli({str("--db"), db, str("sync"), str("verify")});
    QVERIFY2(verify.out.contains(str(" 0 missing there, 0 differ, 0 unknown here")),
        qPrintable(verify.out + verify.err));
}

void TestReceiptSync::commitThenDropSendsEachAllocationOnce()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    QTemporaryDir dir;
    const QString db = prepare(dir, fake.url());
    const Run received = receive(db);
    QVERIFY2(received.exitCode == 0, qPrintable(received.err));
    // The remote commits the first allocation and drops the connection.
    fake.server().injectFault(str("AddBankCardPayment"), Fault::CommitThenDrop);
    cli(syncOnce(db));
    const Run again = cli(syncOnce(db));
    QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
    expectEachAllocationOnce(db, fake);
}

void TestReceiptSync::crashWhileSyncingConverges_data()
{
    QTest::addColumn<QString>("point");
    QTest::addColumn<bool>("firstInDoubt");
    for (const char *point : {"after_intent", "after_send", "after_response",
             "after_response_saved", "during_ack", "after_ack"})
        QTest::newRow(point) << QString::fromLatin1(point) << false;
    // The remote commits the first allocation and drops the line; the crash comes while the
    // engine reads it back.
    for (const char *point : {"after_read_back", "after_found"})
        QTest::newRow(point) << QString::fromLatin1(point) << true;
}

void TestReceiptSync::crashWhileSyncingConverges()
{
    QFETCH(QString, point);
    QFETCH(bool, firstInDoubt);
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    QTemporaryDir dir;
    const QString db = prepare(dir, fake.url());
    QCOMPARE(receive(db).exitCode, 0);
    if (firstInDoubt)
        fake.server().injectFault(str("AddBankCardPayment"), Fault::CommitThenDrop);
    const Run crashed = cli(syncOnce(db), point); // the process dies (kill -9)
    QVERIFY2(crashed.exitCode == 86, qPrintable(crashed.out + crashed.err));
    const Run restarted = cli(syncOnce(db));
    QVERIFY2(restarted.exitCode == 0, qPrintable(restarted.out + restarted.err));
    expectEachAllocationOnce(db, fake);
}

void TestReceiptSync::crashInsideTheReceiptLeavesNothing()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    QTemporaryDir dir;
    const QString db = prepare(dir, fake.url());
    const Run crashed = receive(db, str("inside_payment_save"));
    QVERIFY2(crashed.exitCode == 86, qPrintable(crashed.out + crashed.err));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(str("QSQLITE"), str("raw"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QCOMPARE(rowsOf(raw,
                     "SELECT (SELECT count(*) FROM receipts), (SELECT count(*) FROM payments), "
                     "(SELECT count(*) FROM allocations), (SELECT count(*) FROM outbox)"),
            QStringList({str("0|0|0|3")}));
        raw.close();
    }
    QSqlDatabase::removeDatabase(str("raw"));
    QCOMPARE(receive(db).exitCode, 0);
    QCOMPARE(cli(syncOnce(db)).exitCode, 0);
    expectEachAllocationOnce(db, fake);
}

QTEST_GUILESS_MAIN(TestReceiptSync)
#include "tst_receiptsync.moc"
