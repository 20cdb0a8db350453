// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Banking windows (issue 15, items 1, 2 and 4), driven by keys: Banking > Accounts adds an
// account, Import Statement… imports once and then adds nothing, and the Reconcile window
// accepts with Enter, skips, searches the open invoices to record a payment, and undoes a
// match, with the balances and their difference at the top.
#include "bankaccountsdialog.h"
#include "bankcompany.h"
#include "bankitemmodels.h"
#include "bankstore.h"
#include "importstatementdialog.h"
#include "keyboardtableview.h"
#include "reconcilewindow.h"
#include "statementimporter.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

struct Books
{
    TestDb t;
    BankCompany company = fillBankCompany(*t.ledger);
    QString camt = t.dir.filePath(str("march.xml"));

    Books() { writeFile(camt, toCamt053(marchStatement(str("S1"), {2026, 3, 1}, {2026, 3, 31}))); }
    void import()
    {
        BankStore store(*t.db);
        if (!StatementImporter(*t.ledger, store).importFile(camt, {}).succeeded())
            qFatal("the March statement did not import");
    }
    int count(const char *sql) const { return t.scalar(sql).toInt(); }
};

const BankLine &currentLine(ReconcileWindow &w)
{
    auto *view = w.findChild<KeyboardTableView *>(str("lines"));
    const auto *model = qobject_cast<const BankLinesModel *>(view->model());
    return model->line(view->currentIndex().row());
}

void show(QWidget &w)
{
    w.show();
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
}

} // namespace

class TestBankingWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountsByKeyboard();
    void importTwiceAddsNothing();
    void reconcileByKeyboard();
    void searchRecordsAndUndoes();
    void acceptsAReceiptAcrossTwoInvoices();
};

void TestBankingWindows::accountsByKeyboard()
{
    Books books;
    BankAccountsDialog dialog(*books.t.ledger, *books.t.db);
    show(dialog);
    auto *name = dialog.findChild<QLineEdit *>(str("name"));
    name->setFocus();
    QTest::keyClicks(name, str("Main"));
    QTest::keyClick(name, Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), str("DE89 3704 0044 0532 0130 00"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), str("1000.00"));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(
        dialog.findChild<QLabel *>(str("message"))->text(), str("Added the account \"Main\"."));
    QCOMPARE(books.count("SELECT count(*) FROM bank_accounts WHERE name = 'Main' AND "
                         "identifier = 'DE89370400440532013000' AND opening_balance = 100000"),
        1);
    QCOMPARE(dialog.findChild<KeyboardTableView *>(str("accounts"))->model()->rowCount(), 1);
    QCOMPARE(books.count("SELECT count(*) FROM audit_log WHERE entity_type = 'bank_account' AND "
                         "action = 'created'"),
        1);
    QTest::keyClicks(name, str("Main"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(dialog.findChild<QLabel *>(str("message"))->text(),
        str("there is already an account named \"Main\""));
}

void TestBankingWindows::importTwiceAddsNothing()
{
    Books books;
    ImportStatementDialog dialog(*books.t.ledger, *books.t.db);
    dialog.setPath(books.camt);
    QVERIFY(dialog.runImport());
    QVERIFY2(dialog.report().startsWith(
                 str("Statement S1 (CAMT.053 statement) into \"DE89 3704 0044 0532 0130 00\": "
                     "15 lines, 15 added, 0 already imported.")),
        qPrintable(dialog.report()));
    QVERIFY(dialog.runImport());
    QVERIFY2(dialog.report().contains(str("15 lines, 0 added, 15 already imported.")),
        qPrintable(dialog.report()));
    QCOMPARE(books.count("SELECT count(*) FROM bank_lines"), 15);
}

void TestBankingWindows::reconcileByKeyboard()
{
    Books books;
    books.import();
    const int payments = books.count("SELECT count(*) FROM payments");
    ReconcileWindow w(*books.t.ledger, *books.t.db);
    show(w);
    QCOMPARE(w.findChild<QLabel *>(str("statementBalance"))->text(), str("2,829.64"));
    QVERIFY(!w.findChild<QLabel *>(str("bookBalance"))->text().isEmpty());
    QVERIFY(!w.findChild<QLabel *>(str("difference"))->text().isEmpty());
    auto *lines = w.findChild<KeyboardTableView *>(str("lines"));
    lines->setFocus();
    QCOMPARE(currentLine(w).remittance, str("INV-1005")); // unmatched first, by booking date
    QTest::keyClick(lines, Qt::Key_Return);
    QCOMPARE(w.message(),
        str("The line is the payment %1 of invoice INV-1005.")
            .arg(books.company.markers[str("INV-1005")]));
    QCOMPARE(books.count("SELECT count(*) FROM bank_matches"), 1);
    QCOMPARE(books.count("SELECT count(*) FROM payments WHERE reconciled_on IS NOT NULL"), 1);
    QCOMPARE(currentLine(w).remittance, str("INV-1001 order 55")); // on to the next that waits
    QTest::keyClick(lines, Qt::Key_S, Qt::AltModifier); // skip the Acme line
    QCOMPARE(currentLine(w).counterpartyName, str("Bertram KG"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the cheque 100123
    QCOMPARE(w.message(),
        str("The line is the payment %1 of invoice INV-1002.")
            .arg(books.company.markers[str("INV-1002")]));
    QCOMPARE(books.count("SELECT count(*) FROM bank_matches"), 2);
    QCOMPARE(books.count("SELECT count(*) FROM payments"), payments); // accepting created nothing
}

void TestBankingWindows::acceptsAReceiptAcrossTwoInvoices()
{
    Books books;
    books.import();
    const int payments = books.count("SELECT count(*) FROM payments");
    ReconcileWindow w(*books.t.ledger, *books.t.db);
    show(w);
    auto *lines = w.findChild<KeyboardTableView *>(str("lines"));
    lines->setFocus();
    for (int i = 0; i < 15 && currentLine(w).remittance != str("INV-1006 INV-1007"); ++i)
        QTest::keyClick(lines, Qt::Key_Down);
    QCOMPARE(currentLine(w).counterpartyName, str("Fritz Weber"));
    // The proposal's reasons under the candidates, wrapped, not in a column off the edge.
    QCOMPARE(w.findChild<QLabel *>(str("why"))->text(),
        str("Why: the text names invoices INV-1006, INV-1007 of Fritz Weber, which together owe "
            "225.00; the counterparty is like the customer Fritz Weber"));
    QTest::keyClick(lines, Qt::Key_Return);
    const QString key
        = books.t.scalar("SELECT receipt_key FROM receipts WHERE amount = 22500").toString();
    QVERIFY(!key.isEmpty());
    QCOMPARE(w.message(), str("Recorded the receipt %1 for invoices INV-1006, INV-1007.").arg(key));
    QCOMPARE(books.count("SELECT count(*) FROM payments"), payments + 2);
    QCOMPARE(books.count("SELECT count(*) FROM bank_matches WHERE kind = 'receipt'"), 1);
}

void TestBankingWindows::searchRecordsAndUndoes()
{
    Books books;
    books.import();
    const int payments = books.count("SELECT count(*) FROM payments");
    const int outbox = books.count("SELECT count(*) FROM outbox");
    ReconcileWindow w(*books.t.ledger, *books.t.db);
    show(w);
    auto *lines = w.findChild<KeyboardTableView *>(str("lines"));
    lines->setFocus();
    for (int i = 0; i < 15 && currentLine(w).remittance != str("THANK YOU"); ++i)
        QTest::keyClick(lines, Qt::Key_Down);
    QCOMPARE(currentLine(w).counterpartyName, str("Hotel Ibis"));
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    auto *search = w.findChild<QLineEdit *>(str("search"));
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, str("ibis"));
    auto *results = w.findChild<QListWidget *>(str("invoiceResults"));
    QCOMPARE(results->count(), 1);
    QTest::keyClick(search, Qt::Key_Down);
    QTest::keyClick(results, Qt::Key_Return);
    QVERIFY2(w.message().startsWith(str("Recorded the payment ")), qPrintable(w.message()));
    QCOMPARE(books.count("SELECT count(*) FROM payments"), payments + 1);
    QCOMPARE(books.count("SELECT count(*) FROM outbox"), outbox + 1);
    QCOMPARE(
        books.count("SELECT count(*) FROM payments p JOIN bank_matches m ON m.payment_id = p.id "
                    "WHERE p.amount = 44444 AND m.how = 'recorded'"),
        1);
    QTest::keyClick(lines, Qt::Key_End, Qt::ControlModifier); // the matched line is last
    QCOMPARE(currentLine(w).counterpartyName, str("Hotel Ibis"));
    QTest::keyClick(lines, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(books.count("SELECT count(*) FROM bank_matches"), 0);
    QCOMPARE(books.count("SELECT count(*) FROM audit_log WHERE action = 'bank_unmatched'"), 1);
    QCOMPARE(books.count("SELECT count(*) FROM payments"), payments + 1); // the payment stays
}

QTEST_MAIN(TestBankingWindows)
#include "tst_bankingwindows.moc"
