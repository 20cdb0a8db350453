// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9.5 and 9.6 in the desktop app: Sync Now with a connection that cannot run leaves no
// transaction or read snapshot behind (every save afterwards works), and the window's writes
// wait for the background integrity check and are refused on a damaged file.
#include "fakeremotes.h"
#include "integritygate.h"
#include "invoiceeditor.h"
#include "invoicelistmodel.h"
#include "mainwindow.h"
#include "syncstore.h"
#include "testsupport.h"

#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Fakes;
using namespace InvoiceDesk::Test;

namespace {

/** A company file with one invoice assigned to `connection`. */
void prepare(const QString &path, const Connection &connection)
{
    auto db = Database::open(path);
    Ledger ledger(*db.value());
    Connection added = connection;
    QVERIFY(ledger.connections().add(added).ok());
    Invoice invoice = sampleInvoice();
    invoice.lines[1].quantity = Quantity::fromWhole(2);
    invoice.connectionName = connection.name;
    QVERIFY(ledger.createInvoice(invoice).ok());
    QVERIFY(ledger.recordPayment(samplePayment(str("INV-1"), 5000)).ok());
}

} // namespace

class TestWindowSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveWorksAfterSyncNowFails_data();
    void saveWorksAfterSyncNowFails();
    void writesAreRefusedOnADamagedFile();
    void aWriteBeforeTheFirstPaintStartsTheCheck();
};

void TestWindowSync::saveWorksAfterSyncNowFails_data()
{
    QTest::addColumn<QString>("trouble");
    QTest::newRow("token variable not set") << str("token variable not set");
    QTest::newRow("nobody listens at the address") << str("nobody listens at the address");
    QTest::newRow("sign-in refused") << str("sign-in refused");
}

void TestWindowSync::saveWorksAfterSyncNowFails()
{
    QFETCH(QString, trouble);
    FakeCrmCom crm(str("clerk"), str("the-real-password"));
    QVERIFY(crm.start());
    crm.addInvoice(str("INV-1"), 12066);
    qputenv("TEST_WRONG_PASSWORD", "not-the-password");
    qputenv("TEST_UC_TOKEN", "uc-secret-token");
    qunsetenv("TEST_UNSET_TOKEN");
    Connection connection {0, str("remote"), str("upgradechat"), QUrl(str("http://127.0.0.1:9")),
        {{str("tokenEnv"), str("TEST_UC_TOKEN")}}};
    if (trouble == QLatin1String("token variable not set"))
        connection.settings = {{str("tokenEnv"), str("TEST_UNSET_TOKEN")}};
    if (trouble == QLatin1String("sign-in refused"))
        connection = {0, str("remote"), str("crmcom"), crm.url(),
            {{str("username"), str("clerk")}, {str("passwordEnv"), str("TEST_WRONG_PASSWORD")},
                {str("organisation"), str("ACME")}}};
    QTemporaryDir dir;
    const QString path = dir.filePath(str("books.invoicedesk"));
    prepare(path, connection);

    MainWindow window(std::move(Database::open(path)).value());
    window.show();
    QTRY_COMPARE(window.database().integrityGate()->state(), IntegrityGate::State::Open);
    // The editor reads the invoice through the window's connection before the sync pass.
    InvoiceEditor *editor = window.openEditor(window.invoiceModel()->invoiceId(0));
    QVERIFY(editor);
    QSignalSpy finished(&window, &MainWindow::syncPassFinished);
    window.syncNow(); // F9; the editor has the keyboard
    QVERIFY(finished.wait(10000));

    auto stored = window.ledger().invoiceByNumber(str("INV-1"));
    QVERIFY(stored.ok() && stored->has_value());
    Invoice edited = **stored;
    edited.note = str("saved after a failed sync");
    const auto saved = window.ledger().updateInvoice(edited);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE((*window.ledger().invoiceByNumber(str("INV-1")))->note, edited.note);

    // Retry Now on an operation works as well.
    SyncStore store(window.database().connection());
    const QString opId = rowsOf(
        window.database().connection(), "SELECT op_id FROM outbox ORDER BY seq DESC LIMIT 1")
                             .value(0);
    QVERIFY2(store.retryNow(opId, QDateTime::currentDateTimeUtc()).ok(), "Retry Now failed");
    editor->close();
}

void TestWindowSync::writesAreRefusedOnADamagedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("damaged.invoicedesk"));
    {
        auto db = Database::open(path);
        Ledger ledger(*db.value());
        for (int i = 0; i < 40; ++i)
            QVERIFY(ledger.createInvoice(sampleInvoice(str("D-%1").arg(i))).ok());
    }
    auto db = Database::open(path);
    QVERIFY(db.ok());
    // Damage that only a full read finds: the last page's cells.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() - 4096 + 8);
        file.write(QByteArray(64, '\xff'));
    }
    const QByteArray before = fileHash(path);
    MainWindow window(std::move(db).value());
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(
        window.database().integrityGate()->state(), IntegrityGate::State::Failed, 10000);
    const auto refused = window.ledger().createInvoice(sampleInvoice(str("NEW-1")));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().startsWith(path + str(" is damaged: ")), qPrintable(refused.error()));
    QCOMPARE(fileHash(path), before);
    QTRY_VERIFY(window.findChild<QMessageBox *>() != nullptr);
}

void TestWindowSync::aWriteBeforeTheFirstPaintStartsTheCheck()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("early.invoicedesk"));
    auto db = Database::open(path);
    QVERIFY(db.ok());
    // Never shown, so never painted: the check starts only because a write asks for it.
    MainWindow window(std::move(db).value());
    QCOMPARE(window.database().integrityGate()->state(), IntegrityGate::State::Checking);
    QVERIFY(window.ledger().createInvoice(sampleInvoice(str("EARLY-1"))).ok());
    QCOMPARE(window.database().integrityGate()->state(), IntegrityGate::State::Open);
    QCOMPARE(rowsOf(window.database().connection(), "SELECT number FROM invoices"),
        QStringList {str("EARLY-1")});
}

QTEST_MAIN(TestWindowSync)
#include "tst_windowsync.moc"
