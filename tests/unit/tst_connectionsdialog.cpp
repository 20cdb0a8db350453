// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11 item 3: the Connections dialog never waits on the GUI thread (no event loop of its
// own around a keychain call), and only the credential store looks secrets up.
#include "connectionsdialog.h"
#include "credentialstore.h"
#include "fakeremotes.h"
#include "testsupport.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Fakes;
using namespace InvoiceDesk::Test;

namespace {

/**
 * Notices an event loop spun inside a call: the event dispatcher wakes up only when events are
 * processed, and a zero-time timer posted before the call can only fire in a loop within it.
 */
class NestedLoopDetector
{
public:
    NestedLoopDetector()
    {
        mConnection = QObject::connect(QAbstractEventDispatcher::instance(),
            &QAbstractEventDispatcher::awake, [this] { mWokenInside |= mInside; });
    }
    ~NestedLoopDetector() { QObject::disconnect(mConnection); }

    /** Runs `call`; afterwards spun() says whether it processed events. */
    template <typename Call> void during(Call &&call)
    {
        auto fired = std::make_shared<bool>(false);
        auto inside = std::make_shared<bool>(true);
        QTimer::singleShot(0, [fired, inside] { *fired = *inside; });
        mInside = true;
        call();
        mInside = false;
        *inside = false;
        mTimerFiredInside |= *fired;
    }
    bool spun() const { return mWokenInside || mTimerFiredInside; }

private:
    QMetaObject::Connection mConnection;
    bool mInside = false;
    bool mWokenInside = false;
    bool mTimerFiredInside = false;
};

void fillIvvy(ConnectionsDialog &dialog, const QUrl &url)
{
    dialog.findChild<QLineEdit *>(str("name"))->setText(str("Venue"));
    auto *kind = dialog.findChild<QComboBox *>(str("kind"));
    kind->setCurrentIndex(kind->findData(str("ivvy")));
    dialog.findChild<QLineEdit *>(str("url"))->setText(url.toString());
}

} // namespace

class TestConnectionsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectorSeesANestedLoop();
    void saveLeavesTheKeychainToAnswerLater();
    void testLooksUpTheKeychainWithoutWaiting();
    void onlyTheCredentialStoreReadsTheEnvironment();
};

void TestConnectionsDialog::detectorSeesANestedLoop()
{
    // What the dialog did before: a QEventLoop around the keychain job.
    NestedLoopDetector detector;
    detector.during([] {
        QEventLoop loop;
        QTimer::singleShot(0, &loop, &QEventLoop::quit);
        loop.exec();
    });
    QVERIFY(detector.spun());
    NestedLoopDetector quiet;
    quiet.during([] { QTimer::singleShot(0, [] {}); });
    QVERIFY(!quiet.spun());
}

void TestConnectionsDialog::saveLeavesTheKeychainToAnswerLater()
{
    TestDb t;
    ConnectionsDialog dialog(*t.ledger);
    dialog.show();
    fillIvvy(dialog, QUrl(str("https://ivvy.example.com")));
    dialog.findChild<QLineEdit *>(str("ivvy/key"))->setText(str("typed-key"));
    dialog.findChild<QLineEdit *>(str("ivvy/secret"))->setText(str("typed-secret"));
    QSignalSpy finished(&dialog, &ConnectionsDialog::saveFinished);
    NestedLoopDetector detector;
    bool started = false;
    detector.during([&] { started = dialog.save(); });
    QVERIFY(started);
    QVERIFY2(!detector.spun(), "save() ran an event loop on the GUI thread");
    // save() returned before the keychain answered: the answer comes as a signal.
    QVERIFY(dialog.isSaving());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(dialog.statusText(), str("Storing the secrets in the system keychain…"));
    QVERIFY(!dialog.findChild<QLineEdit *>(str("name"))->isEnabled()); // the form waits too
    QVERIFY(finished.wait(15000));
    QVERIFY(!dialog.isSaving());
    QVERIFY(dialog.findChild<QLineEdit *>(str("name"))->isEnabled());
    if (finished.first().at(0).toBool()) { // a keychain answers on this machine
        QCOMPARE(dialog.statusText(), str("Saved Venue."));
        QCOMPARE(t.rows("SELECT name FROM connections"), QStringList({str("Venue")}));
    } else { // none does: said so, and nothing is written without its secrets
        QVERIFY2(dialog.statusText().startsWith(str("No system keychain answered")),
            qPrintable(dialog.statusText()));
        QCOMPARE(t.scalar("SELECT count(*) FROM connections").toInt(), 0);
    }
}

void TestConnectionsDialog::testLooksUpTheKeychainWithoutWaiting()
{
    FakeIvvy fake(str("ivvy-key"), str("ivvy-secret"));
    QVERIFY(fake.start());
    TestDb t;
    Connection saved {0, str("Venue"), str("ivvy"), fake.url(), {}}; // secrets in the keychain
    QVERIFY(t.ledger->connections().add(saved).ok());
    ConnectionsDialog dialog(*t.ledger);
    dialog.show();
    dialog.findChild<QListWidget *>(str("connectionList"))->setCurrentRow(0);
    QCOMPARE(dialog.findChild<QLineEdit *>(str("name"))->text(), str("Venue"));
    auto *test = dialog.findChild<QPushButton *>(str("test"));
    NestedLoopDetector detector;
    detector.during([&] { QTest::mouseClick(test, Qt::LeftButton); });
    QVERIFY2(!detector.spun(), "Test read the keychain in an event loop on the GUI thread");
    QCOMPARE(dialog.statusText(), str("Testing 127.0.0.1… (it gives up after 30 seconds)"));
    QVERIFY(!test->isEnabled());
    // The keychain answers later: with the secrets (then iVvy judges them), or with why not.
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 15000);
    const QString status = dialog.statusText();
    QVERIFY2(status.startsWith(str("connection \"Venue\": its key could not be read from the "
                                   "system keychain"))
            || status.startsWith(str("Venue refused the credentials"))
            || status == str("Connected: 127.0.0.1 accepted the credentials."),
        qPrintable(status));
}

void TestConnectionsDialog::onlyTheCredentialStoreReadsTheEnvironment()
{
    FakeIvvy fake(str("ivvy-key"), str("ivvy-secret"));
    QVERIFY(fake.start());
    qputenv("DIALOG_IVVY_KEY", "ivvy-key");
    qputenv("DIALOG_IVVY_SECRET", "ivvy-secret");
    TestDb t;
    ConnectionsDialog dialog(*t.ledger);
    dialog.show();
    fillIvvy(dialog, fake.url());
    dialog.findChild<QRadioButton *>(str("useEnvironment"))->setChecked(true);
    dialog.findChild<QLineEdit *>(str("ivvy/key"))->setText(str("DIALOG_IVVY_KEY"));
    dialog.findChild<QLineEdit *>(str("ivvy/secret"))->setText(str("DIALOG_IVVY_SECRET"));
    // The form holds the variables' names; their values are the credential store's business.
    QVERIFY(dialog.formSecrets().isEmpty());
    QCOMPARE(dialog.formConnection().settings,
        QJsonObject({{str("keyEnv"), str("DIALOG_IVVY_KEY")},
            {str("secretEnv"), str("DIALOG_IVVY_SECRET")}}));
    QTest::mouseClick(dialog.findChild<QPushButton *>(str("test")), Qt::LeftButton);
    QTRY_COMPARE(dialog.statusText(), str("Connected: 127.0.0.1 accepted the credentials."));
    // A variable that is not set is said plainly, before anything is sent.
    qunsetenv("DIALOG_IVVY_SECRET");
    QTest::mouseClick(dialog.findChild<QPushButton *>(str("test")), Qt::LeftButton);
    QTRY_COMPARE(dialog.statusText(),
        str("connection \"Venue\" cannot sign in: the environment variable DIALOG_IVVY_SECRET "
            "(its secret) is not set. Set the variable DIALOG_IVVY_SECRET, or store the secret "
            "in Sync > Connections"));
    QCOMPARE(fake.server().arrivals(str("/api/1.0/test")), 1);
}

QTEST_MAIN(TestConnectionsDialog)
#include "tst_connectionsdialog.moc"
