// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 item 0: the Customers window, its item model and the customer dialog.
#include "addressform.h"
#include "customerdialog.h"
#include "customerlistmodel.h"
#include "customerswindow.h"
#include "dateedit.h"
#include "integritygate.h"
#include "invoiceeditor.h"
#include "invoicelistmodel.h"
#include "lineitemsmodel.h"
#include "receiptbook.h"
#include "searchtext.h"
#include "testsupport.h"
#include "undocommands.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStringListModel>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

/** Every row of a table model, columns joined with '|'. */
QStringList modelRows(const QAbstractItemModel *model)
{
    QStringList result;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList columns;
        for (int column = 0; column < model->columnCount(); ++column)
            columns.append(model->index(row, column).data().toString());
        result.append(columns.join(QLatin1Char('|')));
    }
    return result;
}

/** Runs `fill` on the modal dialog the next time one opens. */
void onModal(const std::function<void(CustomerDialog *)> &fill)
{
    QTimer::singleShot(0, qApp, [fill] {
        auto *dialog = qobject_cast<CustomerDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
    });
}

} // namespace

class TestCustomersWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void listsCustomersWithCreditAndTheirInvoices();
    void addAndEditACustomerWithEveryField();
    void refusedEntryKeepsTheDialogOpenAndSavesNothing();
    void editorPicksTheCustomerRecord();
    void editorCompletesTheCustomersNames();
    void anInvoiceWithoutLinesIsAskedAbout();
    void theInvoiceListNamesARecordBilledUnderAnotherName();
    void theFilterFindsAnInvoiceByItsRecordsName();
};

void TestCustomersWindow::listsCustomersWithCreditAndTheirInvoices()
{
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("INV-1"))).ok());
    Invoice euro = sampleInvoice(str("EUR-1"));
    euro.currency = currency("EUR");
    euro.date = QDate(2026, 3, 4);
    QVERIFY(t.ledger->createInvoice(euro).ok());
    Invoice other = sampleInvoice(str("B-1"));
    other.billing.company = str("Babbage & Sons");
    QVERIFY(t.ledger->createInvoice(other).ok());
    ReceiptBook book(*t.ledger);
    ReceiptBook::Request request;
    request.customer = str("Analytical Engines Ltd");
    request.currency = currency("EUR");
    request.date = QDate(2026, 3, 10);
    request.amount = 20000; // 115.50 on EUR-1, 84.50 left as credit
    request.oldestFirst = true;
    QVERIFY(book.receive(request).ok());
    request.currency = currency("USD");
    request.allocations = {};
    request.oldestFirst = false;
    request.amount = 500;
    QVERIFY(book.receive(request).ok());

    CustomersWindow window(*t.ledger);
    QAbstractItemModelTester tester(
        window.customerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QCOMPARE(modelRows(window.customerModel()),
        QStringList({str("Analytical Engines Ltd|USD||ada@example.org||84.50 EUR, 5.00 USD"),
            str("Babbage & Sons|USD||ada@example.org||")}));
    QVERIFY(window.selectCustomer(str("analytical engines ltd")));
    QCOMPARE(modelRows(window.invoiceModel()),
        QStringList({str("EUR-1|3/4/2026|EUR|Paid|115.50|0.00"),
            str("INV-1|3/1/2026|USD|Pending|115.50|115.50")}));
    QCOMPARE(window.creditText(), str("Credit: 84.50 EUR, 5.00 USD"));
    QVERIFY(window.selectCustomer(str("Babbage & Sons")));
    QCOMPARE(modelRows(window.invoiceModel()),
        QStringList({str("B-1|3/1/2026|USD|Pending|115.50|115.50")}));
    QCOMPARE(window.creditText(), str("No credit"));
    QVERIFY(!window.selectCustomer(str("Nobody")));
    // Books whose credit cannot be summed (written before that was refused): said so, never
    // shown as no credit.
    QSqlQuery raise(t.db->connection());
    QVERIFY(raise.exec(str("UPDATE receipts SET amount = 6000000000000000000 WHERE currency = "
                           "'USD'")));
    QVERIFY(raise.exec(str("INSERT INTO receipts (uuid, receipt_key, customer_id, currency, "
                           "received_on, amount, method, details, created_at) SELECT uuid || "
                           "'x', receipt_key || 'x', customer_id, currency, received_on, amount, "
                           "method, details, created_at FROM receipts WHERE currency = 'USD'")));
    QVERIFY(window.selectCustomer(str("Analytical Engines Ltd")));
    QCOMPARE(window.creditText(),
        str("Credit: the USD credit of Analytical Engines Ltd: more than can be summed (over "
            "9,223,372,036,854,775,807 minor units)"));
}

void TestCustomersWindow::addAndEditACustomerWithEveryField()
{
    TestDb t;
    // As the desktop app opens a file: writes wait for the integrity check, which has passed
    // here; a customer is the first thing written to the new file (a tester's "attempt to
    // write a readonly database").
    t.db->holdWritesUntilChecked();
    t.db->integrityGate()->passed();
    CustomersWindow window(*t.ledger);
    window.show();
    onModal([](CustomerDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(str("displayName")), str("Zuse KG"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(str("email")), str("ap@zuse.example"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(str("taxId")), str("DE123456789"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(str("defaultCurrency")), str("eur"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(str("paymentTermsDays")), str("14"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(str("billing.company")), str("Zuse KG"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(str("billing.city")), str("Berlin"));
        dialog->findChild<QLineEdit *>(str("shipping.city"))->setText(str("Hünfeld"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    window.newCustomer();
    QCOMPARE(t.rows("SELECT display_name, email, tax_id, default_currency, payment_terms_days, "
                    "json_extract(billing, '$.company'), json_extract(billing, '$.city'), "
                    "json_extract(shipping, '$.city') FROM customers"),
        QStringList({str("Zuse KG|ap@zuse.example|DE123456789|EUR|14|Zuse KG|Berlin|Hünfeld")}));
    QCOMPARE(modelRows(window.customerModel()),
        QStringList({str("Zuse KG|EUR|14 days|ap@zuse.example|DE123456789|")}));

    onModal([](CustomerDialog *dialog) {
        auto *terms = dialog->findChild<QLineEdit *>(str("paymentTermsDays"));
        QCOMPARE(terms->text(), str("14"));
        terms->selectAll();
        QTest::keyClicks(terms, str("30"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    window.editCurrent();
    QCOMPARE(t.rows("SELECT display_name, payment_terms_days FROM customers"),
        QStringList({str("Zuse KG|30")}));
}

void TestCustomersWindow::refusedEntryKeepsTheDialogOpenAndSavesNothing()
{
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("INV-1"))).ok());
    const QStringList before = t.rows("SELECT * FROM customers");
    ReceiptBook book(*t.ledger);
    Customer fresh;
    CustomerDialog dialog(book, fresh);
    dialog.show();
    QTest::keyClicks(
        dialog.findChild<QLineEdit *>(str("displayName")), str("ANALYTICAL engines ltd"));
    dialog.accept();
    QCOMPARE(dialog.problemText(), str("a customer named \"Analytical Engines Ltd\" exists"));
    QVERIFY(dialog.isVisible());
    auto *name = dialog.findChild<QLineEdit *>(str("displayName"));
    name->clear();
    QTest::keyClicks(name, str("Konrad"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(str("paymentTermsDays")), str("two weeks"));
    dialog.accept();
    QCOMPARE(dialog.problemText(), str("Payment terms: \"two weeks\" is not a number of days"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(str("defaultCurrency")), str("XYZ"));
    dialog.findChild<QLineEdit *>(str("paymentTermsDays"))->clear();
    dialog.accept();
    QVERIFY(dialog.problemText().contains(str("\"XYZ\" is not a currency code")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(t.rows("SELECT * FROM customers"), before);
}

void TestCustomersWindow::editorPicksTheCustomerRecord()
{
    TestDb t;
    ReceiptBook book(*t.ledger);
    Customer zuse;
    zuse.displayName = str("Zuse KG");
    zuse.billing.company = str("Konrad Zuse KG");
    zuse.billing.city = str("Berlin");
    zuse.shipping.city = str("Hünfeld");
    zuse.defaultCurrency = str("EUR");
    zuse.paymentTermsDays = 14;
    QVERIFY(book.customers().insert(zuse).ok());

    InvoiceEditor editor(*t.ledger, 0);
    editor.show();
    QApplication::setActiveWindow(&editor);
    auto *company = editor.findChild<QLineEdit *>(str("billing.company"));
    company->setFocus();
    QTest::keyClicks(company, str("zuse"));
    QCompleter *completer = company->completer();
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(company->text(), str("Konrad Zuse KG"));
    QCOMPARE(editor.findChild<QLineEdit *>(str("billing.city"))->text(), str("Berlin"));
    QCOMPARE(editor.findChild<QLineEdit *>(str("shipping.city"))->text(), str("Hünfeld"));
    QCOMPARE(editor.findChild<QComboBox *>(str("currency"))->currentText(), str("EUR"));
    auto *date = editor.findChild<DateEdit *>(str("date"));
    auto *due = editor.findChild<DateEdit *>(str("dueDate"));
    QCOMPARE(due->date(), date->date().addDays(14));
    // The date typed after the customer: the terms count from it.
    date->setDate(QDate(2026, 11, 2));
    QCOMPARE(due->date(), QDate(2026, 11, 16));
    // A due date typed by hand stays as typed.
    due->setDate(QDate(2026, 12, 1));
    date->setDate(QDate(2026, 11, 3));
    QCOMPARE(due->date(), QDate(2026, 12, 1));

    UndoableLineItemsModel *lines = editor.linesModel();
    QVERIFY(lines->setData(lines->index(0, LineItemsModel::Description), str("Z3 rebuild")));
    QVERIFY(lines->setData(lines->index(0, LineItemsModel::Rate), str("10")));
    QVERIFY2(editor.save(), qPrintable(editor.shownProblems().join(u'\n')));
    // The invoice belongs to the record, not to a customer named after its billing company.
    QCOMPARE(t.rows("SELECT i.currency, c.display_name FROM invoices i "
                    "JOIN customers c ON c.id = i.customer_id"),
        QStringList({str("EUR|Zuse KG")}));
    // ... from its first write: no customer is added under the billing company's name.
    QCOMPARE(
        t.rows("SELECT display_name FROM customers ORDER BY id"), QStringList({str("Zuse KG")}));
    editor.undoStack()->setClean();
}

void TestCustomersWindow::editorCompletesTheCustomersNames()
{
    // Issue 16 item 4: the names come from the customers, not from every invoice (1.3 s on a
    // million invoices); a renamed customer is offered by its new name only.
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("INV-1"))).ok()); // Analytical Engines
    Invoice other = sampleInvoice(str("INV-2"));
    other.billing.company = str("babbage & co");
    QVERIFY(t.ledger->createInvoice(other).ok());
    ReceiptBook book(*t.ledger);
    auto engines = book.customers().byName(str("Analytical Engines Ltd"));
    QVERIFY(engines.ok() && engines->has_value());
    Customer renamed = **engines;
    renamed.displayName = str("Engines Analytical plc");
    QVERIFY(book.customers().update(renamed).ok());
    Customer zuse;
    zuse.displayName = str("Zuse KG");
    QVERIFY(book.customers().insert(zuse).ok());

    InvoiceEditor editor(*t.ledger, 0);
    auto *company = editor.findChild<QLineEdit *>(str("billing.company"));
    auto *names = qobject_cast<QStringListModel *>(company->completer()->model());
    QVERIFY(names);
    // Read when the field first takes the focus, not as the editor opens (half of opening an
    // invoice on a file of 20,000 customers).
    QCOMPARE(names->stringList(), QStringList());
    editor.show();
    QApplication::setActiveWindow(&editor);
    QVERIFY(QTest::qWaitForWindowActive(&editor));
    company->setFocus();
    QTRY_VERIFY(company->hasFocus());
    QCOMPARE(names->stringList(),
        QStringList({str("babbage & co"), str("Engines Analytical plc"), str("Zuse KG")}));
}

void TestCustomersWindow::anInvoiceWithoutLinesIsAskedAbout()
{
    TestDb t;
    InvoiceEditor editor(*t.ledger, 0);
    editor.show();
    QApplication::setActiveWindow(&editor);
    editor.findChild<QLineEdit *>(str("number"))->setText(str("Z-1"));
    editor.findChild<QLineEdit *>(str("billing.company"))->setText(str("Zuse KG"));
    QString asked;
    QMessageBox::StandardButton reply = QMessageBox::Cancel;
    QTimer answer;
    answer.setInterval(10);
    connect(&answer, &QTimer::timeout, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            asked = box->text();
            box->button(reply)->click();
        }
    });
    answer.start();
    QVERIFY(!editor.save());
    QCOMPARE(asked, str("Invoice Z-1 has no lines: its total is 0.00 USD. Save it anyway?"));
    QCOMPARE(t.rows("SELECT count(*) FROM invoices"), QStringList({str("0")}));

    reply = QMessageBox::Save;
    asked.clear();
    QVERIFY2(editor.save(), qPrintable(editor.shownProblems().join(u'\n')));
    QVERIFY(!asked.isEmpty());
    QCOMPARE(t.rows("SELECT number, grand_total FROM invoices"), QStringList({str("Z-1|0")}));
    // Saved so knowingly, it is not asked about again.
    asked.clear();
    editor.findChild<QLineEdit *>(str("billing.company"))->setText(str("Zuse AG"));
    QVERIFY(editor.save());
    QVERIFY(asked.isEmpty());
    editor.undoStack()->setClean();
}

void TestCustomersWindow::theInvoiceListNamesARecordBilledUnderAnotherName()
{
    // An import names the customer's record; the invoice is billed to a name of its own.
    TestDb t;
    ReceiptBook book(*t.ledger);
    Customer acme;
    acme.displayName = str("Acme");
    QVERIFY(book.customers().insert(acme).ok());
    const auto add = [&](const char *number, const char *billedTo, const CustomerRef &record) {
        Invoice invoice = sampleInvoice(str(number));
        invoice.billing.company = str(billedTo);
        return t.ledger->createInvoice(invoice, nullptr, record).ok();
    };
    QVERIFY(add("R-1", "Acme Trading Ltd", {acme.id, acme.displayName}));
    QVERIFY(add("R-2", "ACME", {acme.id, acme.displayName})); // the record's name, case aside
    QVERIFY(add("R-3", "Globex", {}));
    InvoiceListModel model(t.db->connection());
    model.setFilter({});
    const auto column = [&](int role) {
        QStringList cells;
        for (int row = 0; row < model.rowCount(); ++row)
            cells.append(model.index(row, InvoiceListModel::Customer).data(role).toString());
        return cells;
    };
    QCOMPARE(column(Qt::DisplayRole),
        QStringList({str("Acme Trading Ltd (Acme)"), str("ACME"), str("Globex")}));
    QCOMPARE(column(Qt::ToolTipRole),
        QStringList({str("Billed to Acme Trading Ltd; customer Acme"), QString(), QString()}));
    // The column sorts by the name billed to.
    model.sort(InvoiceListModel::Customer, Qt::DescendingOrder);
    QCOMPARE(model.index(0, InvoiceListModel::Customer).data().toString(), str("Globex"));
}

void TestCustomersWindow::theFilterFindsAnInvoiceByItsRecordsName()
{
    TestDb t;
    ReceiptBook book(*t.ledger);
    Customer globex;
    globex.displayName = str("Globex Holdings");
    QVERIFY(book.customers().insert(globex).ok());
    Invoice invoice = sampleInvoice(str("G-1"));
    invoice.billing.company = str("Initech Services");
    auto created = t.ledger->createInvoice(invoice, nullptr, {globex.id, {}});
    QVERIFY(created.ok());
    InvoiceListModel model(t.db->connection());
    const auto found = [&](const char *text) {
        model.setFilter({str(text), std::nullopt, false});
        return model.rowCount();
    };
    QCOMPARE(found("globex"), 1);
    QCOMPARE(found("initech"), 1);
    // Saved again (the record read from the file), renamed, moved to another record.
    QVERIFY(t.ledger->updateInvoice(*created).ok());
    QCOMPARE(found("globex"), 1);
    globex.displayName = str("Umbrella Corp");
    QVERIFY(book.customers().update(globex).ok());
    QCOMPARE(found("globex"), 0);
    QCOMPARE(found("umbrella"), 1);
    auto initech = book.customers().findOrCreate(str("Initech Services"), str("USD"));
    QVERIFY(initech.ok());
    QVERIFY(book.customers().assignInvoice(created->id, initech->id).ok());
    QCOMPARE(found("umbrella"), 0);
    QCOMPARE(t.rows("SELECT search_text FROM invoices"),
        QStringList({SearchText::forInvoice(*created)}));
    QVERIFY(t.db->checkIntegrity().ok()); // the index agrees with the text
}

QTEST_MAIN(TestCustomersWindow)
#include "tst_customerswindow.moc"
