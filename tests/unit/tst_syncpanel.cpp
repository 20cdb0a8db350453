// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop face of sync: the panel's decisions, and Sync Now in the background.
#include "connectionsdialog.h"
#include "fakeremotes.h"
#include "invoicelistmodel.h"
#include "invoicelistview.h"
#include "mainwindow.h"
#include "syncoperationsmodel.h"
#include "syncpanel.h"
#include "syncsession.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTableView>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Fakes;
using namespace InvoiceDesk::Test;

namespace {

class FixedClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC); }
};

SyncPolicy quickPolicy()
{
    SyncPolicy policy;
    policy.transferTimeoutMs = 800;
    policy.random = [] { return 0.5; };
    return policy;
}

/** An invoice synced to the fake, and a payment whose outcome is unknown. */
struct InDoubt
{
    TestDb t;
    FakeUpgradeChat fake {str("uc-secret-token")};
    FixedClock clock;
    Payment payment;

    InDoubt()
    {
        qputenv("TEST_UC_TOKEN", "uc-secret-token");
        fake.start();
        Connection connection {0, str("crm"), str("upgradechat"), fake.url(),
            {{str("tokenEnv"), str("TEST_UC_TOKEN")}}};
        (void)t.ledger->connections().add(connection);
        Invoice invoice = sampleInvoice();
        invoice.lines[1].quantity = Quantity::fromWhole(2);
        invoice.connectionName = str("crm");
        (void)t.ledger->createInvoice(invoice);
        payment = *t.ledger->recordPayment(samplePayment(str("INV-1"), 5000));
        fake.server().injectFault(str("AddBankCardPayment"), Fault::CommitThenDrop);
        SyncSession session(*t.db, clock, quickPolicy());
        SyncEngine &engine = session.engine();
        (void)engine.start();
        engine.runOnce();
    }
};

} // namespace

class TestSyncPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inDoubtPaymentIsResolvedByAPerson();
    void sendAgainIsANewGeneration();
    void syncNowRunsInTheBackground();
    void connectionsDialogTestsAndSaves();
};

void TestSyncPanel::inDoubtPaymentIsResolvedByAPerson()
{
    InDoubt rig;
    QCOMPARE(rig.t.scalar("SELECT state FROM outbox WHERE kind = 'add_payment'").toString(),
        str("in_doubt"));
    SyncPanel panel(*rig.t.db);
    QAbstractItemModelTester tester(
        panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.show();
    QCOMPARE(panel.findChild<QTabBar *>(str("groups"))->currentIndex(), 0);
    QCOMPARE(panel.findChild<QTabBar *>(str("groups"))->tabText(0), str("Needs your decision (1)"));
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(
        panel.model()->index(0, SyncOperationsModel::Marker).data().toString(), rig.payment.marker);
    QCOMPARE(panel.model()->index(0, SyncOperationsModel::Invoice).data().toString(), str("INV-1"));
    panel.selectRow(0);
    // The exact request and what came back are on show.
    const QString details = panel.findChild<QPlainTextEdit *>(str("details"))->toPlainText();
    QVERIFY(details.contains(
        str("POST %1/api/services/CRM/Invoice/AddBankCardPayment").arg(rig.fake.url().toString())));
    QVERIFY(details.contains(str("\"gatewayTransactionId\":\"%1\"").arg(rig.payment.marker)));
    QVERIFY(details.contains(str("the server closed the connection before it answered")));

    QTest::mouseClick(panel.findChild<QPushButton *>(str("there")), Qt::LeftButton);
    QCOMPARE(
        rig.t
            .scalar(
                "SELECT state || '/' || last_error_class FROM outbox WHERE kind = 'add_payment'")
            .toString(),
        str("acked/confirmed"));
    QCOMPARE(panel.model()->rowCount(), 0);
    QCOMPARE(rig.fake.server().arrivals(str("AddBankCardPayment")), 1);
}

void TestSyncPanel::sendAgainIsANewGeneration()
{
    InDoubt rig;
    SyncPanel panel(*rig.t.db);
    panel.show();
    panel.selectRow(0);
    QTest::mouseClick(panel.findChild<QPushButton *>(str("notThere")), Qt::LeftButton);
    QCOMPARE(rig.t
                 .scalar("SELECT state || '/' || generation || '/' || marker FROM outbox WHERE "
                         "kind = 'add_payment'")
                 .toString(),
        str("pending/1/%1").arg(rig.payment.marker));
}

void TestSyncPanel::syncNowRunsInTheBackground()
{
    FakeUpgradeChat fake(str("uc-secret-token"));
    QVERIFY(fake.start());
    qputenv("TEST_UC_TOKEN", "uc-secret-token");
    QTemporaryDir dir;
    const QString path = dir.filePath(str("bg.invoicedesk"));
    Payment payment;
    {
        auto db = Database::open(path);
        Ledger ledger(*db.value());
        Connection connection {0, str("crm"), str("upgradechat"), fake.url(),
            {{str("tokenEnv"), str("TEST_UC_TOKEN")}}};
        QVERIFY(ledger.connections().add(connection).ok());
        Invoice invoice = sampleInvoice();
        invoice.lines[1].quantity = Quantity::fromWhole(2);
        invoice.connectionName = str("crm");
        QVERIFY(ledger.createInvoice(invoice).ok());
        payment = *ledger.recordPayment(samplePayment(str("INV-1"), 5000));
    }
    auto db = Database::open(path);
    QVERIFY(db.ok());
    MainWindow window(std::move(db).value());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(
        window.findChild<QLabel *>(str("syncStatus"))->text(), str("2 waiting · 0 need attention"));
    QTest::keyClick(&window, Qt::Key_F9);
    QTRY_COMPARE_WITH_TIMEOUT(fake.paymentsWithMarker(payment.marker), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel *>(str("syncStatus"))
                                 ->text()
                                 .startsWith(str("All changes synced · last sync ")),
        10000);
    QCOMPARE(
        window.invoiceModel()->index(0, InvoiceListModel::Sync).data().toString(), str("Synced ✓"));
}

void TestSyncPanel::connectionsDialogTestsAndSaves()
{
    FakeIvvy fake(str("ivvy-key"), str("ivvy-secret"));
    QVERIFY(fake.start());
    qputenv("TEST_IVVY_KEY", "ivvy-key");
    qputenv("TEST_IVVY_SECRET", "ivvy-secret");
    qputenv("WRONG_SECRET", "not-it");
    TestDb t;
    ConnectionsDialog dialog(*t.ledger);
    dialog.show();
    dialog.findChild<QLineEdit *>(str("name"))->setText(str("Venue"));
    auto *kind = dialog.findChild<QComboBox *>(str("kind"));
    kind->setCurrentIndex(kind->findData(str("ivvy")));
    dialog.findChild<QLineEdit *>(str("url"))->setText(fake.url().toString());
    dialog.findChild<QRadioButton *>(str("useEnvironment"))->setChecked(true);
    dialog.findChild<QLineEdit *>(str("ivvy/key"))->setText(str("TEST_IVVY_KEY"));
    dialog.findChild<QLineEdit *>(str("ivvy/secret"))->setText(str("WRONG_SECRET"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(str("test")), Qt::LeftButton);
    QCOMPARE(dialog.statusText(), str("Venue refused the credentials: The signature is invalid"));
    dialog.findChild<QLineEdit *>(str("ivvy/secret"))->setText(str("TEST_IVVY_SECRET"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(str("test")), Qt::LeftButton);
    QCOMPARE(dialog.statusText(), str("Connected: 127.0.0.1 accepted the credentials."));
    QCOMPARE(fake.server().arrivals(str("/api/1.0/test")), 2);
    QVERIFY(dialog.save());
    QCOMPARE(t.rows("SELECT name, kind, url, settings FROM connections"),
        QStringList(
            {str("Venue|ivvy|%1|{\"keyEnv\":\"TEST_IVVY_KEY\",\"secretEnv\":\"TEST_IVVY_SECRET\"}")
                    .arg(fake.url().toString())}));

    // Plain http is for this machine only.
    dialog.newConnection();
    dialog.findChild<QLineEdit *>(str("name"))->setText(str("Remote"));
    dialog.findChild<QLineEdit *>(str("url"))->setText(str("http://ivvy.example.com"));
    QVERIFY(!dialog.save());
    QCOMPARE(dialog.statusText(), str("The address must use https."));
}

QTEST_MAIN(TestSyncPanel)
#include "tst_syncpanel.moc"
