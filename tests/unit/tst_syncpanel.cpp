// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop face of sync: the panel's decisions, and Sync Now in the background.
#include "connectionsdialog.h"
#include "connectiontester.h"
#include "fakeremotes.h"
#include "invoicelistmodel.h"
#include "invoicelistview.h"
#include "mainwindow.h"
#include "networkstatus.h"
#include "syncoperationsmodel.h"
#include "syncpanel.h"
#include "syncsession.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

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

/** Answers the next message box with `button`, and keeps its text. */
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text = nullptr)
{
    QTimer::singleShot(0, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        if (text)
            *text = box->text();
        if (button == QMessageBox::NoButton) // the default button, by keyboard
            QTest::keyClick(box, Qt::Key_Return);
        else
            box->button(button)->click();
    });
}

/** A company file with one connection the engine paused, for the reason given. */
struct PausedConnection
{
    TestDb t;
    explicit PausedConnection(const QString &reason)
    {
        Connection connection {0, str("crm"), str("upgradechat"),
            QUrl(str("https://crm.example.com")), {{str("tokenEnv"), str("UC_TOKEN")}}};
        (void)t.ledger->connections().add(connection);
        QSqlQuery q(t.db->connection());
        q.prepare(str("UPDATE connections SET paused_reason = :reason"));
        q.bindValue(str(":reason"), reason);
        (void)q.exec();
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
    void connectionThatCannotRunIsShownWithWhatToDo();
    void statusBarNeverClaimsWhatIsNotSo();
    void connectionTestGivesUpWithinItsTimeout();
    void connectionTestCanBeStopped();
    void newAsksBeforeDroppingAnUnsavedConnection();
    void removeAsksFirstAndAuthenticationIsAList();
    void creditNotesStayHereAndSaySo();
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
    QCOMPARE(window.findChild<QLabel *>(str("syncStatus"))->text(), str("2 waiting"));
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
    QTRY_COMPARE(
        dialog.statusText(), str("Venue refused the credentials: The signature is invalid"));
    dialog.findChild<QLineEdit *>(str("ivvy/secret"))->setText(str("TEST_IVVY_SECRET"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(str("test")), Qt::LeftButton);
    QTRY_COMPARE(dialog.statusText(), str("Connected: 127.0.0.1 accepted the credentials."));
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
    QCOMPARE(dialog.statusText(),
        str("Address: the address must use https (plain http only on this machine's loopback "
            "address)."));
    // Judged by address, never by a prefix (issue 9.10).
    dialog.findChild<QLineEdit *>(str("url"))
        ->setText(str("http://127.0.0.1.attacker.example:8080/"));
    QVERIFY(!dialog.save());
    dialog.findChild<QLineEdit *>(str("url"))
        ->setText(str("https://user:PASSWORD@ivvy.example.com/"));
    QVERIFY(!dialog.save());
    QCOMPARE(dialog.statusText(),
        str("Address: the address must not carry credentials (a user name, password or token); "
            "give them as secrets instead."));
}

void TestSyncPanel::connectionThatCannotRunIsShownWithWhatToDo()
{
    // Before: "UC_TOKEN is not set" only flashed; Sync Issues said "Waiting for sign-in (0)".
    const QString reason = str("Set the variable UC_TOKEN or store the token in Connections");
    PausedConnection rig(reason);
    {
        SyncPanel panel(*rig.t.db);
        panel.show();
        auto *groups = panel.findChild<QTabBar *>(str("groups"));
        QCOMPARE(groups->currentIndex(), 2);
        QCOMPARE(groups->tabText(2), str("Waiting for sign-in (1)"));
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(
            panel.model()->index(0, SyncOperationsModel::Connection).data().toString(), str("crm"));
        QCOMPARE(panel.model()->index(0, SyncOperationsModel::Message).data().toString(),
            reason + str(" Fix it in Sync > Connections (Test checks it), then Sync Now (F9)."));
        panel.selectRow(0);
        auto *open = panel.findChild<QPushButton *>(str("openConnections"));
        QVERIFY(open->isEnabled());
        QVERIFY(!panel.findChild<QPushButton *>(str("retry"))->isEnabled());
        QSignalSpy requested(&panel, &SyncPanel::connectionsRequested);
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
    }
    rig.t.ledger.reset(); // the window brings its own
    MainWindow window(std::move(rig.t.db));
    QCOMPARE(window.findChild<QLabel *>(str("syncStatus"))->text(),
        str("1 connection needs attention: crm: ") + reason);
}

void TestSyncPanel::statusBarNeverClaimsWhatIsNotSo()
{
    {
        TestDb t;
        t.ledger.reset(); // the window brings its own
        MainWindow window(std::move(t.db));
        // Nothing to sync with is not "All changes synced".
        QCOMPARE(window.findChild<QLabel *>(str("syncStatus"))->text(),
            str("Not connected to any system"));
        const QString online = window.findChild<QLabel *>(str("onlineStatus"))->text();
        QCOMPARE(online == str("Online"), NetworkStatus::current() == NetworkStatus::State::Online);
    }
    using R = QNetworkInformation::Reachability;
    using S = NetworkStatus::State;
    QCOMPARE(NetworkStatus::combine(R::Online, false), S::Offline); // no interface is up
    QCOMPARE(NetworkStatus::combine(std::nullopt, false), S::Offline);
    QCOMPARE(NetworkStatus::combine(std::nullopt, true), S::Unknown); // no backend answers
    QCOMPARE(NetworkStatus::combine(R::Unknown, true), S::Unknown);
    QCOMPARE(NetworkStatus::combine(R::Disconnected, true), S::Offline);
    QCOMPARE(NetworkStatus::combine(R::Local, true), S::Offline);
    QCOMPARE(NetworkStatus::combine(R::Online, true), S::Online);
}

void TestSyncPanel::connectionTestGivesUpWithinItsTimeout()
{
    FakeIvvy fake(str("ivvy-key"), str("ivvy-secret"));
    QVERIFY(fake.start());
    fake.server().injectFault(str("/api/1.0/test"), Fault::Hang);
    Connection connection {0, str("Venue"), str("ivvy"), fake.url(), {{str("timeoutSeconds"), 1}}};
    ConnectionTest test(connection, {{str("key"), str("ivvy-key")}, {str("secret"), str("x")}});
    QCOMPARE(test.timeoutMs(), 1000);
    QSignalSpy finished(&test, &ConnectionTest::finished);
    QElapsedTimer clock;
    clock.start();
    test.start();
    QVERIFY(finished.wait(5000));
    QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(),
        str("%1 did not answer: no answer within the time limit").arg(fake.url().toString()));
    QCOMPARE(ConnectionTester::timeoutFor(Connection()), 30000); // the sync engine's default
}

void TestSyncPanel::connectionTestCanBeStopped()
{
    FakeIvvy fake(str("ivvy-key"), str("ivvy-secret"));
    QVERIFY(fake.start());
    fake.server().injectFault(str("/api/1.0/test"), Fault::Hang);
    TestDb t;
    ConnectionsDialog dialog(*t.ledger);
    dialog.show();
    dialog.findChild<QLineEdit *>(str("name"))->setText(str("Venue"));
    auto *kind = dialog.findChild<QComboBox *>(str("kind"));
    kind->setCurrentIndex(kind->findData(str("ivvy")));
    dialog.findChild<QLineEdit *>(str("url"))->setText(fake.url().toString());
    auto *test = dialog.findChild<QPushButton *>(str("test"));
    QTest::mouseClick(test, Qt::LeftButton);
    // The click came back at once: the test runs in the background, with progress and Stop.
    QCOMPARE(dialog.statusText(), str("Testing 127.0.0.1… (it gives up after 30 seconds)"));
    QVERIFY(dialog.findChild<QWidget *>(str("testProgress"))->isVisible());
    QVERIFY(!test->isEnabled());
    QTRY_COMPARE(fake.server().arrivals(str("/api/1.0/test")), 1);
    QTest::mouseClick(dialog.findChild<QPushButton *>(str("cancelTest")), Qt::LeftButton);
    QCOMPARE(dialog.statusText(), str("Test stopped; nothing was changed."));
    QVERIFY(test->isEnabled());
    QVERIFY(!dialog.runningTest());
}

void TestSyncPanel::newAsksBeforeDroppingAnUnsavedConnection()
{
    TestDb t;
    ConnectionsDialog dialog(*t.ledger);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(str("name"));
    name->setText(str("Half typed"));
    auto *newButton = dialog.findChild<QPushButton *>(str("new"));
    newButton->setFocus();
    QString asked;
    answerNextMessageBox(QMessageBox::NoButton, &asked); // the default: Cancel
    QTest::keyClick(newButton, Qt::Key_Return);
    QCOMPARE(asked, str("Save the changes to Half typed first?"));
    QCOMPARE(name->text(), str("Half typed"));
    answerNextMessageBox(QMessageBox::Discard);
    QTest::keyClick(newButton, Qt::Key_Return);
    QCOMPARE(name->text(), QString());
    QVERIFY(!dialog.isModified());
}

void TestSyncPanel::removeAsksFirstAndAuthenticationIsAList()
{
    TestDb t;
    ConnectionsDialog dialog(*t.ledger);
    dialog.show();
    dialog.findChild<QLineEdit *>(str("name"))->setText(str("crm"));
    dialog.findChild<QLineEdit *>(str("url"))->setText(str("https://crm.example.com"));
    dialog.findChild<QRadioButton *>(str("useEnvironment"))->setChecked(true);
    dialog.findChild<QLineEdit *>(str("upgradechat/token"))->setText(str("UC_TOKEN"));
    auto *auth = dialog.findChild<QComboBox *>(str("upgradechat/auth"));
    QVERIFY(auth);
    QCOMPARE(auth->count(), 2);
    auth->setCurrentIndex(auth->findData(str("api-key")));
    QVERIFY(dialog.save());
    QCOMPARE(t.rows("SELECT name, settings FROM connections"),
        QStringList({str("crm|{\"auth\":\"api-key\",\"tokenEnv\":\"UC_TOKEN\"}")}));

    auto *list = dialog.findChild<QListWidget *>(str("connectionList"));
    list->setCurrentRow(0);
    QString asked;
    answerNextMessageBox(QMessageBox::NoButton, &asked); // the default: No
    QTest::mouseClick(dialog.findChild<QPushButton *>(str("remove")), Qt::LeftButton);
    QVERIFY(asked.startsWith(str("Remove the connection crm?")));
    QCOMPARE(t.scalar("SELECT count(*) FROM connections").toInt(), 1);
    answerNextMessageBox(QMessageBox::Yes);
    QTest::mouseClick(dialog.findChild<QPushButton *>(str("remove")), Qt::LeftButton);
    QCOMPARE(t.scalar("SELECT count(*) FROM connections").toInt(), 0);
}

/** Issue 13 item 3: a credit note on a synced invoice stays local, and the panel says so. */
void TestSyncPanel::creditNotesStayHereAndSaySo()
{
    struct
    {
        TestDb t;
    } p;
    Connection connection {0, str("crm"), str("upgradechat"), QUrl(str("https://crm.example.com")),
        {{str("tokenEnv"), str("UC_TOKEN")}}};
    QVERIFY(p.t.ledger->connections().add(connection).ok());
    Invoice invoice = sampleInvoice();
    invoice.connectionName = str("crm");
    QVERIFY(p.t.ledger->createInvoice(invoice).ok());
    QVERIFY(p.t.ledger->createInvoice(sampleInvoice(str("INV-2"))).ok()); // no connection
    for (const QString &number : {str("INV-1"), str("INV-2")}) {
        CreditNote note;
        note.invoiceNumber = number;
        note.reason = str("Damaged");
        note.date = QDate(2026, 3, 20);
        note.lines = {{str("Damaged"), Quantity::fromWhole(1), 1000, std::nullopt, 0}};
        QVERIFY(p.t.ledger->issueCreditNote(note).ok());
    }
    const QString outbox = p.t.rows("SELECT kind FROM outbox ORDER BY seq").join(u',');

    SyncPanel panel(*p.t.db);
    panel.show();
    auto *groups = panel.findChild<QTabBar *>(str("groups"));
    QCOMPARE(groups->tabText(groups->count() - 1), str("Kept here (1)"));
    QVERIFY(!panel.keptView()->isVisible());
    groups->setFocus();
    while (groups->currentIndex() < groups->count() - 1) {
        const int before = groups->currentIndex();
        QTest::keyClick(groups, Qt::Key_Right);
        QCOMPARE(groups->currentIndex(), before + 1);
    }
    QVERIFY(panel.keptView()->isVisible());
    QVERIFY(!panel.view()->isVisible());
    const QAbstractItemModel *kept = panel.keptView()->model();
    QCOMPARE(kept->rowCount(), 1);
    const QString why = str("Upgrade.Chat CRM takes no credit notes through its API: credit note "
                            "CN-0001 stays in InvoiceDesk; enter it in Upgrade.Chat CRM by hand "
                            "if it should be there too");
    QStringList row;
    for (int column = 0; column < kept->columnCount(); ++column)
        row.append(kept->index(0, column).data().toString());
    QCOMPARE(row, QStringList({str("Credit note CN-0001"), str("INV-1"), str("crm"), why}));
    panel.keptView()->setCurrentIndex(kept->index(0, 0));
    QCOMPARE(panel.findChild<QPlainTextEdit *>(str("details"))->toPlainText(), why);
    QVERIFY(!panel.findChild<QPushButton *>(str("retry"))->isEnabled());
    // Nothing was queued for the credit notes.
    QCOMPARE(p.t.rows("SELECT kind FROM outbox ORDER BY seq").join(u','), outbox);
    QVERIFY(!outbox.contains(str("credit")));
}

QTEST_MAIN(TestSyncPanel)
#include "tst_syncpanel.moc"
