// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 item 4: the Receive Payment window, from Ctrl+Shift+R to Save with the keyboard only.
#include "allocationtablemodel.h"
#include "bankingmenu.h"
#include "customersmenu.h"
#include "customerswindow.h"
#include "importstatementdialog.h"
#include "invoicelistmodel.h"
#include "invoicelistview.h"
#include "mainwindow.h"
#include "paymentdialog.h"
#include "receiptbook.h"
#include "receivepaymentwindow.h"
#include "reconcilewindow.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QWindow>

#include <limits>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

QWidget *focus()
{
    return QApplication::focusWidget();
}

/** Types each character into whatever has the focus then (a cell's editor opens on the first). */
void type(const QString &text)
{
    for (const QChar c : text)
        QTest::keyClicks(focus(), QString(c));
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focus(), key, modifiers);
}

/**
 * Makes the window the platform's focus window, where shortcuts go. The offscreen platform
 * leaves the focus on a completer's popup after it closes; a window manager gives it back.
 */
void activate(QWidget *window)
{
    QApplication::setActiveWindow(window);
    window->windowHandle()->requestActivate();
    QTRY_COMPARE(QGuiApplication::focusWindow(), window->windowHandle());
}

QString focusName()
{
    return focus() ? focus()->objectName() : QString();
}

} // namespace

class TestReceivePayment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void chequeForThreeInvoicesAndCreditTypedWithKeysOnly();
    void moreThanPaymentAndCreditIsRefusedAndNothingWritten();
    void creditAtTheLargestAmountDoesNotWrap();
    void allocationModelPassesTheModelTester();
    void closingWhileTheCustomerFieldHasTheFocus();
    void recordPaymentIsOffForACancelledInvoice();
    void receivePaymentFromTheCustomersWindow();
    void reconcileFromTheStatementImport();

private:
    ReceivePaymentWindow *openWithKeys();
    /** The window opened with keys, Analytical Engines Ltd chosen, the focus on the amount. */
    ReceivePaymentWindow *openAtTheAmount();
    QStringList rows(const char *sql) const;

    QTemporaryDir mDir;
    MainWindow *mWindow = nullptr;
};

void TestReceivePayment::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString path = mDir.filePath(str("r.invoicedesk"));
    QFile::remove(path);
    {
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        Ledger ledger(**db);
        // Three invoices of 115.50 USD, one in EUR, one of another customer.
        const QDate dates[] = {QDate(2026, 3, 1), QDate(2026, 3, 5), QDate(2026, 3, 9)};
        for (int i = 0; i < 3; ++i) {
            Invoice invoice = sampleInvoice(str("INV-%1").arg(i + 1));
            invoice.date = dates[i];
            invoice.dueDate = dates[i].addDays(30);
            QVERIFY(ledger.createInvoice(invoice).ok());
        }
        Invoice euro = sampleInvoice(str("EUR-1"));
        euro.currency = currency("EUR");
        QVERIFY(ledger.createInvoice(euro).ok());
        Invoice other = sampleInvoice(str("OTHER-1"));
        other.billing.company = str("Babbage & Sons");
        QVERIFY(ledger.createInvoice(other).ok());
        // 20.00 USD of credit from an earlier receipt that paid nothing.
        ReceiptBook book(ledger);
        ReceiptBook::Request earlier;
        earlier.customer = str("Analytical Engines Ltd");
        earlier.currency = currency("USD");
        earlier.date = QDate(2026, 2, 20);
        earlier.amount = 2000;
        if (QTest::currentTestFunction() == QByteArrayView("creditAtTheLargestAmountDoesNotWrap"))
            earlier.amount = std::numeric_limits<qint64>::max();
        QVERIFY(book.receive(earlier).ok());
    }
    mWindow = new MainWindow(std::move(Database::open(path)).value());
    mWindow->show();
    QApplication::setActiveWindow(mWindow);
    QVERIFY(QTest::qWaitForWindowActive(mWindow));
}

void TestReceivePayment::cleanup()
{
    delete mWindow;
    mWindow = nullptr;
}

QStringList TestReceivePayment::rows(const char *sql) const
{
    return rowsOf(mWindow->database().connection(), sql);
}

ReceivePaymentWindow *TestReceivePayment::openWithKeys()
{
    QTest::keyClick(mWindow, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    ReceivePaymentWindow *window = nullptr;
    [&] { QTRY_VERIFY((window = mWindow->findChild<ReceivePaymentWindow *>()) != nullptr); }();
    if (window) {
        activate(window);
        [&] { QTRY_COMPARE(focusName(), str("customer")); }();
    }
    return window;
}

ReceivePaymentWindow *TestReceivePayment::openAtTheAmount()
{
    ReceivePaymentWindow *window = openWithKeys();
    if (!window)
        return nullptr;
    type(str("Analytical Engines Ltd"));
    press(Qt::Key_Return);
    [&] { QTRY_COMPARE(focusName(), str("currency")); }();
    activate(window);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    return focusName() == str("amount") ? window : nullptr;
}

void TestReceivePayment::chequeForThreeInvoicesAndCreditTypedWithKeysOnly()
{
    ReceivePaymentWindow *window = openWithKeys();
    QVERIFY(window);
    QCOMPARE(focusName(), str("customer"));
    // No customer, no credit to use (a tester found the button on before one was chosen).
    auto *useCredit = window->findChild<QPushButton *>(str("useCredit"));
    QVERIFY(!useCredit->isEnabled());

    // The customer by completion: "anal", Enter takes the proposal and moves on (the letters
    // typed stayed without Down first, naming no customer).
    type(str("anal"));
    QCompleter *completer = window->findChild<QLineEdit *>(str("customer"))->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(
        window->findChild<QLineEdit *>(str("customer"))->text(), str("Analytical Engines Ltd"));
    QTRY_COMPARE(focusName(), str("currency"));
    activate(window);
    QCOMPARE(window->findChild<QComboBox *>(str("currency"))->currentText(), str("USD"));
    QCOMPARE(window->findChild<QLabel *>(str("creditAvailable"))->text(),
        str("Credit available: 20.00 USD"));
    QCOMPARE(window->allocationModel()->rowCount(), 3);
    QVERIFY(useCredit->isEnabled());

    press(Qt::Key_Tab);
    QCOMPARE(focusName(), str("date"));
    press(Qt::Key_A, Qt::ControlModifier);
    type(str("04/02/26"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), str("amount"));
    type(str("200"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), str("method"));
    // Read back as understood, in the currency's decimals.
    QCOMPARE(window->findChild<QLineEdit *>(str("amount"))->text(), str("200.00"));
    press(Qt::Key_Down); // Cash -> Cheque
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), str("chequeNumber"));
    type(str("000777"));
    press(Qt::Key_Tab);
    type(str("First Bank"));
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), str("chequeBankBranch"));
    type(str("Leeds"));

    // Apply oldest first: 115.50 and 84.50; nothing from credit, nothing left over.
    press(Qt::Key_L, Qt::AltModifier); // a button's mnemonic clicks it after its animation
    QTRY_COMPARE(window->summaryText(),
        str("Applied 200.00 · from this payment 200.00 · from credit 0.00 · left as credit "
            "0.00"));
    // INV-2 typed over with 100.00: 15.50 of it comes from the credit.
    press(Qt::Key_V, Qt::AltModifier);
    QCOMPARE(focusName(), str("invoices"));
    press(Qt::Key_Down);
    type(str("100.00"));
    press(Qt::Key_Return); // the delegate commits once the event loop runs
    QTRY_COMPARE(window->summaryText(),
        str("Applied 215.50 · from this payment 200.00 · from credit 15.50 · left as credit "
            "0.00"));
    QCOMPARE(window->problemText(), QString());

    press(Qt::Key_S, Qt::ControlModifier);
    QTRY_VERIFY(!mWindow->findChild<ReceivePaymentWindow *>());

    QCOMPARE(
        rows("SELECT r.receipt_key, c.display_name, r.currency, r.received_on, r.amount, "
             "r.method FROM receipts r JOIN customers c ON c.id = r.customer_id ORDER BY r.id"),
        QStringList({str("R-000001|Analytical Engines Ltd|USD|2026-02-20|2000|cash"),
            str("R-000002|Analytical Engines Ltd|USD|2026-04-02|20000|cheque")}));
    QCOMPARE(rows("SELECT i.number, p.amount, p.method, p.cheque_number, p.cheque_drawer, "
                  "p.cheque_bank_branch, coalesce(r.receipt_key, 'credit') FROM payments p "
                  "JOIN invoices i ON i.id = p.invoice_id JOIN allocations a ON a.payment_id = "
                  "p.id LEFT JOIN receipts r ON r.id = a.receipt_id ORDER BY p.id"),
        QStringList({str("INV-1|11550|cheque|000777|First Bank|Leeds|R-000002"),
            str("INV-2|8450|cheque|000777|First Bank|Leeds|R-000002"),
            str("INV-2|1550|accounts_receivable||||credit")}));
    QCOMPARE(rows("SELECT number, status, paid_total FROM invoices ORDER BY number"),
        QStringList({str("EUR-1|Pending|0"), str("INV-1|Paid|11550"), str("INV-2|Pending|10000"),
            str("INV-3|Pending|0"), str("OTHER-1|Pending|0")}));
    ReceiptBook book(mWindow->ledger());
    QCOMPARE(book.receipts().credits().value(),
        QList<CreditBalance>({{str("Analytical Engines Ltd"), str("USD"), 450}}));
}

void TestReceivePayment::moreThanPaymentAndCreditIsRefusedAndNothingWritten()
{
    ReceivePaymentWindow *window = openAtTheAmount();
    QVERIFY(window);
    type(str("100.00"));
    press(Qt::Key_C, Qt::AltModifier); // use credit: 120.00 oldest first
    QTRY_COMPARE(window->summaryText(),
        str("Applied 120.00 · from this payment 100.00 · from credit 20.00 · left as credit "
            "0.00"));
    // 115.50 more on INV-3 is beyond the payment and the credit together.
    press(Qt::Key_V, Qt::AltModifier);
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    type(str("115.50"));
    press(Qt::Key_Return);
    const QStringList before = rows("SELECT id, amount FROM payments ORDER BY id");
    press(Qt::Key_S, Qt::AltModifier);
    QTRY_COMPARE(window->problemText(),
        str("235.50 is applied, more than the amount received and the credit available "
            "together (120.00)."));
    QVERIFY(window->isVisible());
    QCOMPARE(rows("SELECT id, amount FROM payments ORDER BY id"), before);
    QCOMPARE(rows("SELECT count(*) FROM receipts"), QStringList({str("1")}));

    // More than an invoice owes is refused at its cell, which keeps its amount.
    press(Qt::Key_Up);
    type(str("999.00"));
    press(Qt::Key_Return);
    QTRY_COMPARE(window->problemText(), str("INV-2 owes 115.50; 999.00 cannot be applied to it"));
    QCOMPARE(window->allocationModel()->allocations(),
        QList<Allocation>({{str("INV-1"), 11550}, {str("INV-2"), 450}, {str("INV-3"), 11550}}));
    // Corrected, the cell takes it and the refusal goes.
    type(str("100.00"));
    press(Qt::Key_Return);
    QTRY_COMPARE(window->problemText(), QString());
    QCOMPARE(window->allocationModel()->allocations(),
        QList<Allocation>({{str("INV-1"), 11550}, {str("INV-2"), 10000}, {str("INV-3"), 11550}}));
    press(Qt::Key_Escape, Qt::NoModifier);
}

/** A tester's find: a credit near the largest amount plus the payment showed a negative sum. */
void TestReceivePayment::creditAtTheLargestAmountDoesNotWrap()
{
    // init() gave this test's customer the largest credit there is.
    ReceivePaymentWindow *window = openAtTheAmount();
    QVERIFY(window);
    type(str("0.01"));
    press(Qt::Key_C, Qt::AltModifier); // use credit: every invoice, oldest first
    QTRY_COMPARE(window->summaryText(),
        str("Applied 346.50 · from this payment 0.01 · from credit 346.49 · left as credit "
            "0.00"));
    press(Qt::Key_S, Qt::AltModifier);
    // Saved: the credit is summed exactly, whatever order SQLite adds the receipts and their
    // allocations in (it once refused this, adding the second receipt before the allocations).
    QTRY_VERIFY(!mWindow->findChild<ReceivePaymentWindow *>());
    QCOMPARE(rows("SELECT receipt_key, amount FROM receipts ORDER BY id"),
        QStringList({str("R-000001|9223372036854775807"), str("R-000002|1")}));
    ReceiptBook book(mWindow->ledger());
    QCOMPARE(book.receipts().credits().value(),
        QList<CreditBalance>({{str("Analytical Engines Ltd"), str("USD"),
            std::numeric_limits<qint64>::max() - 34649}}));
}

void TestReceivePayment::allocationModelPassesTheModelTester()
{
    AllocationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInvoices({{1, str("A-1"), QDate(2026, 1, 1), QDate(2026, 1, 31), 1000, 700},
                          {2, str("A-2"), QDate(2026, 2, 1), QDate(2026, 3, 3), 5, 5}},
        currency("KWD"));
    model.applyOldestFirst(702);
    QCOMPARE(model.allocations(), QList<Allocation>({{str("A-1"), 700}, {str("A-2"), 2}}));
    QCOMPARE(model.data(model.index(1, AllocationTableModel::Apply)).toString(), str("0.002"));
    QVERIFY(!model.setData(model.index(1, AllocationTableModel::Apply), str("0.0051")));
    QVERIFY(model.setData(model.index(1, AllocationTableModel::Apply), str("0.005")));
    QCOMPARE(model.appliedTotal(), 705);
}

void TestReceivePayment::closingWhileTheCustomerFieldHasTheFocus()
{
    // Regression: the field's editingFinished on its way out reached the window's destroyed
    // ReceiptBook (a crash when the window was deleted while shown).
    auto *window = new ReceivePaymentWindow(mWindow->ledger());
    window->show();
    QApplication::setActiveWindow(window);
    window->setCustomer(str("Babbage & Sons"));
    QCOMPARE(focusName(), str("customer"));
    QTest::keyClick(focus(), Qt::Key_End);
    type(str(" Ltd"));
    delete window;
    QCOMPARE(QApplication::activeWindow(), nullptr);
}

void TestReceivePayment::recordPaymentIsOffForACancelledInvoice()
{
    // Issue 10 item 7: Ctrl+Shift+P is disabled where a payment is refused, and says why.
    const qint64 cancelled = mWindow->ledger().invoiceByNumber(str("INV-3")).value()->id;
    QVERIFY(mWindow->ledger().cancelInvoice(cancelled).ok());
    mWindow->refresh();
    auto *action = mWindow->findChild<QAction *>(str("recordPaymentAction"));
    QVERIFY(action);
    InvoiceListModel *model = mWindow->invoiceModel();
    const auto rowOf = [&](qint64 id) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->invoiceId(row) == id)
                return row;
        }
        return -1;
    };
    const qint64 open = mWindow->ledger().invoiceByNumber(str("INV-1")).value()->id;
    mWindow->invoiceView()->setFocus();
    mWindow->invoiceView()->setCurrentIndex(mWindow->invoiceView()->model()->index(rowOf(open), 0));
    QVERIFY(action->isEnabled());
    mWindow->invoiceView()->setCurrentIndex(
        mWindow->invoiceView()->model()->index(rowOf(cancelled), 0));
    QVERIFY(!action->isEnabled());
    QCOMPARE(action->toolTip(), str("A cancelled invoice takes no payments"));
    QTest::keyClick(mWindow, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!mWindow->findChild<PaymentDialog *>());
    mWindow->invoiceView()->setCurrentIndex(mWindow->invoiceView()->model()->index(rowOf(open), 0));
    QVERIFY(action->isEnabled());
    QTest::keyClick(mWindow, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(mWindow->findChild<PaymentDialog *>());
}

QTEST_MAIN(TestReceivePayment)
void TestReceivePayment::receivePaymentFromTheCustomersWindow()
{
    // A unique connection to a lambda is refused by Qt: the Customers window's Receive Payment
    // did nothing (a warning on quit said so).
    CustomersMenu::showCustomers(mWindow);
    CustomersMenu::showCustomers(mWindow); // again: still one connection
    auto *customers = mWindow->findChild<CustomersWindow *>();
    QVERIFY(customers);
    Q_EMIT customers->receivePaymentRequested(str("Analytical Engines Ltd"));
    auto *receive = mWindow->findChild<ReceivePaymentWindow *>();
    QVERIFY(receive);
    QCOMPARE(mWindow->findChildren<ReceivePaymentWindow *>().size(), 1);
    QCOMPARE(
        receive->findChild<QLineEdit *>(str("customer"))->text(), str("Analytical Engines Ltd"));
}

void TestReceivePayment::reconcileFromTheStatementImport()
{
    BankingMenu::importStatement(mWindow);
    auto *dialog = mWindow->findChild<ImportStatementDialog *>();
    QVERIFY(dialog);
    QVERIFY(!mWindow->findChild<ReconcileWindow *>());
    Q_EMIT dialog->reconcileRequested();
    QVERIFY(mWindow->findChild<ReconcileWindow *>());
}

#include "tst_receivepayment.moc"
