// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line against the fakes, end to end: import -> connection add -> sync --once ->
// status, and a crash at every named step of the engine followed by a restart that converges.
#include "fakeremotes.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Fakes;
using namespace InvoiceDesk::Test;

namespace {

/** Runs the CLI while this process's event loop keeps serving the fakes. */
Run cli(const QStringList &arguments, const QString &crashPoint = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(str("TEST_UC_TOKEN"), str("uc-secret-token"));
    environment.insert(str("TEST_IVVY_KEY"), str("ivvy-key"));
    environment.insert(str("TEST_IVVY_SECRET"), str("ivvy-secret"));
    environment.remove(str("INVOICEDESK_CRASH_POINT"));
    if (!crashPoint.isEmpty())
        environment.insert(str("INVOICEDESK_CRASH_POINT"), crashPoint);
    return runProgram(str(INVOICEDESK_CLI), arguments, environment);
}

} // namespace

class TestSyncFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importConnectSyncStatus();
    void connectionOptionsAreChecked();
    void crashAtEveryStepConvergesWithoutDuplicates_data();
    void crashAtEveryStepConvergesWithoutDuplicates();
    void crashInsideTheSaveLeavesNothingHalfWritten_data();
    void crashInsideTheSaveLeavesNothingHalfWritten();
    void damagedFileIsNeverSyncedAsAnEmptyQueue();

private:
    /** A company with an Upgrade.Chat connection and invoices.csv / payments.csv beside it. */
    QString prepareFiles(const QTemporaryDir &dir, const QUrl &url);
    /** prepareFiles, then both files imported: 5 operations queued. */
    QString prepare(const QTemporaryDir &dir, const QUrl &url);
    static void expectConverged(const QString &db, const FakeUpgradeChat &fake);
};

QString TestSyncFlow::prepareFiles(const QTemporaryDir &dir, const QUrl &url)
{
    const QString db = dir.filePath(str("flow.invoicedesk"));
    Run run = cli({str("--db"), db, str("connection"), str("add"), str("crm"), str("--kind"),
        str("upgradechat"), str("--url"), url.toString(), str("--token-env"),
        str("TEST_UC_TOKEN")});
    if (run.exitCode != 0)
        qWarning() << run.err;
    writeFile(dir.filePath(str("invoices.csv")),
        "number,date,currency,connection,billing.company,line.quantity,line.rate,line."
        "description\r\n"
        "F-1,2026-11-01,USD,crm,Acme,2,50.00,Widgets\r\n"
        "F-2,2026-11-02,USD,crm,Beta,1,80.00,Service\r\n"
        "F-3,2026-11-03,USD,,Local only,1,10.00,Stays here\r\n");
    writeFile(dir.filePath(str("payments.csv")),
        "invoiceNumber,date,amount,method,reference\r\n"
        "F-1,2026-11-05,60.00,cash,R1\r\n"
        "F-1,2026-11-06,40.00,cash,R2\r\n"
        "F-2,2026-11-07,80.00,cash,R3\r\n");
    return db;
}

QString TestSyncFlow::prepare(const QTemporaryDir &dir, const QUrl &url)
{
    const QString db = prepareFiles(dir, url);
    cli({str("--db"), db, str("import"), str("invoices"), dir.filePath(str("invoices.csv"))});
    cli({str("--db"), db, str("import"), str("payments"), dir.filePath(str("payments.csv"))});
    return db;
}

void TestSyncFlow::expectConverged(const QString &db, const FakeUpgradeChat &fake)
{
    // I1-I3: every local change exactly once remotely, nothing lost.
    QCOMPARE(fake.invoices.size(), 2);
    QCOMPARE(fake.payments.size(), 3);
    const Run payments
        = cli({str("--db"), db, str("list"), str("payments"), str("--format"), str("json")});
    const QJsonArray local = QJsonDocument::fromJson(payments.out.toUtf8()).array();
    QCOMPARE(local.size(), 3);
    for (const QJsonValue &value : local)
        QCOMPARE(fake.paymentsWithMarker(value.toObject().value(str("marker")).toString()), 1);
    // I4: nothing is left sending or reconciling.
    const Run status = cli({str("--db"), db, str("status"), str("--format"), str("json")});
    QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value(str("sync")).toString(),
        str("All changes synced"));
    // And the remote agrees, as sync verify proves. An invoice whose create was resolved by
    // the remote's "already exists" has no id here: the bookkeeper looks it up and links it.
    Run verify = cli({str("--db"), db, str("sync"), str("verify")});
    for (const QString &number : {str("F-1"), str("F-2")}) {
        if (verify.out.contains(str("not checked    %1").arg(number))) {
            const Run link
                = cli({str("--db"), db, str("sync"), str("link"), number, str("--remote-id"),
                    const_cast<FakeUpgradeChat &>(fake).invoiceByNumber(number)->id});
            QVERIFY2(link.exitCode == 0, qPrintable(link.err));
        }
    }
    verify = cli({str("--db"), db, str("sync"), str("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    QVERIFY2(verify.out.endsWith(str("  3 match, 0 missing there, 0 differ, 0 unknown here, 0 not "
                                     "checked.\n")),
        qPrintable(verify.out));
}

void TestSyncFlow::importConnectSyncStatus()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    QTemporaryDir dir;
    const QString db = prepare(dir, fake.url());

    Run status = cli({str("--db"), db, str("status"), str("--format"), str("json")});
    QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value(str("sync")).toString(),
        str("5 waiting · 0 need attention"));

    const Run sync = cli({str("--db"), db, str("sync"), str("--once")});
    QCOMPARE(sync.exitCode, 0);
    QCOMPARE(sync.out, str("Sync: 5 sent, 5 acknowledged; all changes synced.\n"));
    QCOMPARE(fake.invoices.size(), 2);
    QCOMPARE(fake.payments.size(), 3);

    status = cli({str("--db"), db, str("status"), str("--format"), str("json")});
    QCOMPARE(QJsonDocument::fromJson(status.out.toUtf8()).object().value(str("sync")).toString(),
        str("All changes synced"));
    const Run list = cli({str("--db"), db, str("connection"), str("list")});
    const QString url = fake.url().toString();
    QCOMPARE(list.out.split(u'\n'),
        QStringList(
            {str("name  kind         url%1  active  paused").arg(QString(url.size() - 3, u' ')),
                str("crm   upgradechat  %1       0").arg(url), QString()}));
    // Markers in the fake are the ones the payments carry locally.
    const Run payments
        = cli({str("--db"), db, str("list"), str("payments"), str("--format"), str("json")});
    for (const QJsonValue &value : QJsonDocument::fromJson(payments.out.toUtf8()).array())
        QCOMPARE(fake.paymentsWithMarker(value.toObject().value(str("marker")).toString()), 1);

    // Someone deletes a payment on the remote: verify says which, and exits 1.
    const FakePayment removed = fake.payments.takeLast();
    const Run verify
        = cli({str("--db"), db, str("sync"), str("verify"), str("--connection"), str("crm")});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.out.contains(str("missing there  ")) && verify.out.contains(removed.marker),
        qPrintable(verify.out));
}

void TestSyncFlow::connectionOptionsAreChecked()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(str("c.invoicedesk"));
    Run run = cli({str("--db"), db, str("connection"), str("add"), str("x"), str("--kind"),
        str("quickbooks"), str("--url"), str("https://a.example")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, str("--kind must be one of upgradechat, ivvy, crmcom, refrens\n"));
    run = cli({str("--db"), db, str("connection"), str("add"), str("x"), str("--kind"), str("ivvy"),
        str("--url"), str("http://api.example.com"), str("--key-env"), str("K"),
        str("--secret-env"), str("S")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err,
        str("--url: the address must use https (plain http only on this machine's loopback "
            "address)\n"));
    // Credentials never travel in the stored, printed address (issue 9.10).
    run = cli({str("--db"), db, str("connection"), str("add"), str("x"), str("--kind"),
        str("upgradechat"), str("--url"), str("https://user:PASSWORD@crm.example.org/"),
        str("--token-env"), str("T")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err,
        str("--url: the address must not carry credentials (a user name, password or token); "
            "give them as secrets instead\n"));
    run = cli({str("--db"), db, str("connection"), str("add"), str("x"), str("--kind"),
        str("upgradechat"), str("--url"), str("http://127.0.0.1.attacker.example:8080/"),
        str("--token-env"), str("T")});
    QCOMPARE(run.exitCode, 2);
    run = cli({str("--db"), db, str("connection"), str("add"), str("six"), str("--kind"),
        str("upgradechat"), str("--url"), str("http://[::1]:8080/"), str("--token-env"), str("T")});
    QCOMPARE(run.exitCode, 0);
    run = cli({str("--db"), db, str("connection"), str("add"), str("x"), str("--kind"), str("ivvy"),
        str("--url"), str("https://api.example.com"), str("--key-env"), str("K")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err,
        str("no terminal to ask for the secret; name an environment variable with --secret-env "
            "VAR\n"));
    run = cli({str("--db"), db, str("connection"), str("add"), str("iv"), str("--kind"),
        str("ivvy"), str("--url"), str("https://api.example.com"), str("--key-env"),
        str("TEST_IVVY_KEY"), str("--secret-env"), str("TEST_IVVY_SECRET")});
    QCOMPARE(run.exitCode, 0);
    // The database holds the names of the variables, never the secrets.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(str("QSQLITE"), str("raw"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(str("SELECT settings FROM connections WHERE name = 'iv'")) && q.next());
        QCOMPARE(q.value(0).toString(),
            str("{\"keyEnv\":\"TEST_IVVY_KEY\",\"secretEnv\":\"TEST_IVVY_SECRET\"}"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(str("raw"));
    QCOMPARE(cli({str("--db"), db, str("connection"), str("remove"), str("iv")}).exitCode, 0);
}

void TestSyncFlow::crashAtEveryStepConvergesWithoutDuplicates_data()
{
    QTest::addColumn<QString>("point");
    QTest::addColumn<bool>("firstPaymentInDoubt");
    for (const char *point : {"after_intent", "after_send", "after_response",
             "after_response_saved", "during_ack", "after_ack"})
        QTest::newRow(point) << QString::fromLatin1(point) << false;
    // The server commits the first payment and drops the connection: the crash comes while
    // the engine reads it back.
    for (const char *point : {"after_read_back", "after_found"})
        QTest::newRow(point) << QString::fromLatin1(point) << true;
}

void TestSyncFlow::crashAtEveryStepConvergesWithoutDuplicates()
{
    QFETCH(QString, point);
    QFETCH(bool, firstPaymentInDoubt);
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    QTemporaryDir dir;
    const QString db = prepare(dir, fake.url());
    if (firstPaymentInDoubt)
        fake.server().injectFault(str("AddBankCardPayment"), Fault::CommitThenDrop);

    const Run crashed
        = cli({str("--db"), db, str("sync"), str("--once"), str("--quiet-period"), str("0"),
                  str("--backoff-base"), str("0.1"), str("--timeout"), str("30")},
            point);
    QVERIFY2(crashed.exitCode == 86, qPrintable(crashed.out + crashed.err));
    QVERIFY(crashed.err.contains(str("crash point ") + point));

    const Run restarted = cli({str("--db"), db, str("sync"), str("--once"), str("--quiet-period"),
        str("1"), str("--backoff-base"), str("0.1"), str("--timeout"), str("30")});
    QVERIFY2(restarted.exitCode == 0, qPrintable(restarted.out + restarted.err));
    QVERIFY2(restarted.out.endsWith(str("all changes synced.\n")), qPrintable(restarted.out));
    expectConverged(db, fake);
}

void TestSyncFlow::crashInsideTheSaveLeavesNothingHalfWritten_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("point");
    QTest::newRow("invoice") << str("invoices") << str("inside_invoice_save");
    QTest::newRow("payment") << str("payments") << str("inside_payment_save");
}

void TestSyncFlow::crashInsideTheSaveLeavesNothingHalfWritten()
{
    QFETCH(QString, kind);
    QFETCH(QString, point);
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    QTemporaryDir dir;
    const QString db = prepareFiles(dir, fake.url());
    if (kind == str("payments"))
        QCOMPARE(cli({str("--db"), db, str("import"), str("invoices"),
                         dir.filePath(str("invoices.csv"))})
                     .exitCode,
            0);

    const Run crashed
        = cli({str("--db"), db, str("import"), kind, dir.filePath(kind + str(".csv"))}, point);
    QVERIFY2(crashed.exitCode == 86, qPrintable(crashed.out + crashed.err));

    // Neither the row nor its outbox entry: the whole import rolled back.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(str("QSQLITE"), str("raw"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(
            q.exec(str("SELECT (SELECT count(*) FROM invoices), (SELECT count(*) FROM payments), "
                       "(SELECT count(*) FROM outbox)")));
        QVERIFY(q.next());
        const int invoicesBefore = kind == str("payments") ? 3 : 0;
        const int opsBefore = kind == str("payments") ? 2 : 0;
        QCOMPARE(q.value(0).toInt(), invoicesBefore);
        QCOMPARE(q.value(1).toInt(), 0);
        QCOMPARE(q.value(2).toInt(), opsBefore);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(str("raw"));

    // The bookkeeper imports again and everything syncs exactly once.
    if (kind == str("invoices"))
        QCOMPARE(cli({str("--db"), db, str("import"), str("invoices"),
                         dir.filePath(str("invoices.csv"))})
                     .exitCode,
            0);
    QCOMPARE(
        cli({str("--db"), db, str("import"), str("payments"), dir.filePath(str("payments.csv"))})
            .exitCode,
        0);
    const Run synced = cli({str("--db"), db, str("sync"), str("--once")});
    QVERIFY2(synced.exitCode == 0, qPrintable(synced.out + synced.err));
    expectConverged(db, fake);
}

void TestSyncFlow::damagedFileIsNeverSyncedAsAnEmptyQueue()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    QTemporaryDir dir;
    const QString db = prepare(dir, fake.url());
    // T23: scribble over a b-tree page of the invoices; the schema still reads, so the file
    // opens. (Not simply the last page: a migration may leave a page of the schema there.)
    qint64 invoicesPage = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(str("QSQLITE"), str("raw"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery root(raw);
        QVERIFY(root.exec(str("SELECT rootpage FROM sqlite_master WHERE name = 'invoices'")));
        QVERIFY(root.next());
        invoicesPage = root.value(QStringLiteral("rootpage")).toLongLong();
        root.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(str("raw"));
    {
        QFile file(db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pageSize = 4096;
        QVERIFY(file.size() > 4 * pageSize && invoicesPage > 1);
        file.seek((invoicesPage - 1) * pageSize + 8);
        file.write(QByteArray(64, '\xff'));
    }

    const Run sync = cli({str("--db"), db, str("sync"), str("--once")});
    QCOMPARE(sync.exitCode, 1);
    QVERIFY2(sync.err.startsWith(
                 str("%1 is damaged: SQLite's integrity check found: *** in database main ***; "
                     "On tree page ")
                     .arg(db)),
        qPrintable(sync.err));
    QVERIFY2(sync.err.trimmed().endsWith(
                 str("Nothing was read from it or written to it. Restore your last backup (File > "
                     "Restore in InvoiceDesk, or copy the backup over this file)")),
        qPrintable(sync.err));
    QVERIFY(!sync.out.contains(str("all changes synced")));
    QCOMPARE(fake.invoices.size(), 0);
    QCOMPARE(fake.payments.size(), 0);
}

QTEST_GUILESS_MAIN(TestSyncFlow)
#include "tst_syncflow.moc"
