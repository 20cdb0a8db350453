// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agingtablemodel.h"
#include "agingwindow.h"
#include "dateedit.h"
#include "receivablesbooks.h"
#include "statementwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

/** The model's display text, row by row, cells joined with '|'. */
QStringList textOf(const QAbstractItemModel *model)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells.append(model->index(r, c).data().toString());
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}

} // namespace

/** Reports > A/R Aging and Customer Statement (issue 14 items 3, 4), offscreen. */
class TestReportWindows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void agingTableChartsAndAsOf();
    void aCreditBalanceOwesNothing();
    void doubleClickAsksForTheStatement();
    void statementShowsLinesAndAging();
    void statementExportsPdfAndCsv();
    void statementFromLabelTakesItsKey();
    void aCurrencyBeyondSumsIsLeftOut();
};

void TestReportWindows::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestReportWindows::agingTableChartsAndAsOf()
{
    TestDb t;
    QVERIFY(fillReceivables(*t.ledger));
    AgingWindow window(*t.db);
    QAbstractItemModelTester tester(
        window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    // Typed into the field as a bookkeeper would, then Enter.
    auto *asOf = window.findChild<DateEdit *>();
    asOf->setFocus();
    asOf->selectAll();
    QTest::keyClicks(asOf, str("2026-04-30"));
    QTest::keyClick(asOf, Qt::Key_Return);
    QTRY_COMPARE(window.asOf(), QDate(2026, 4, 30));
    // Worked out in receivablesbooks.h: Acme USD 600.00 over 90 + 250.00 at 20 days - 100.00
    // credit; EUR 1200.00 at 49 days; Bistro 880.00 at 74 days; Kiwi 99.99 current; JPY 5000.
    QCOMPARE(textOf(window.model()),
        QStringList({str("Acme|EUR|0.00|0.00|1,200.00|0.00|0.00|1,200.00"),
            str("Acme|USD|-100.00|250.00|0.00|0.00|600.00|750.00"),
            str("Bistro Lumière|EUR|0.00|0.00|0.00|880.00|0.00|880.00"),
            str("Kiwi Tours|USD|99.99|0.00|0.00|0.00|0.00|99.99"),
            str("Nippon KK|JPY|0|5,000|0|0|0|5,000"),
            str("Total|EUR|0.00|0.00|1,200.00|880.00|0.00|2,080.00"),
            str("Total|JPY|0|5,000|0|0|0|5,000"),
            str("Total|USD|-0.01|250.00|0.00|0.00|600.00|849.99")}));
    QCOMPARE(window.model()
                 ->index(1, AgingTableModel::TotalColumn)
                 .data(AgingTableModel::MinorUnitsRole)
                 .toLongLong(),
        75000);
    // One chart per currency, never one adding them.
    QCOMPARE(window.charts()->count(), 3);
    QCOMPARE(window.charts()->tabText(0), str("EUR"));
    auto *usd = qobject_cast<QChartView *>(window.charts()->widget(2));
    QVERIFY(usd);
    QCOMPARE(usd->chart()->series().size(), 1);
    auto *bars = qobject_cast<QStackedBarSeries *>(usd->chart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->count(), 5);
    QCOMPARE(bars->barSets().at(4)->at(0), 600.0); // Acme's over 90, drawn in dollars
    // 02-15: only A (26 days past due, nothing paid yet... 400.00 came on 02-01) and G and K.
    window.setAsOf(QDate(2026, 2, 15));
    QCOMPARE(textOf(window.model()),
        QStringList({str("Acme|EUR|1,234.56|0.00|0.00|0.00|0.00|1,234.56"),
            str("Acme|USD|0.00|600.00|0.00|0.00|0.00|600.00"),
            str("Bistro Lumière|EUR|880.00|0.00|0.00|0.00|0.00|880.00"),
            str("Total|EUR|2,114.56|0.00|0.00|0.00|0.00|2,114.56"),
            str("Total|USD|0.00|600.00|0.00|0.00|0.00|600.00")}));
    QCOMPARE(window.charts()->count(), 2);
}

void TestReportWindows::aCreditBalanceOwesNothing()
{
    TestDb t;
    QVERIFY(addReceivable(*t.ledger, "C", "Acme", "USD", {2026, 3, 1}, {2026, 3, 31}, 10000));
    QVERIFY(payReceivable(*t.ledger, "C", {2026, 3, 5}, 10000));
    ReceiptBook::Request receipt; // all of it Acme's credit
    receipt.customer = str("Acme");
    receipt.currency = currency("USD");
    receipt.date = QDate(2026, 3, 6);
    receipt.amount = 3000;
    receipt.method.method = PaymentMethod::Cash;
    QVERIFY(ReceiptBook(*t.ledger).receive(receipt).ok());
    AgingWindow window(*t.db);
    window.setAsOf(QDate(2026, 4, 30));
    QCOMPARE(textOf(window.model()),
        QStringList({str("Acme|USD|-30.00|0.00|0.00|0.00|0.00|-30.00"),
            str("Total|USD|-30.00|0.00|0.00|0.00|0.00|-30.00")}));
    QCOMPARE(window.findChild<QLabel *>(str("agingMessage"))->text(),
        str("Nothing is owed on 4/30/2026. 1 customer is in credit."));
    QVERIFY(addReceivable(*t.ledger, "D", "Bistro", "USD", {2026, 4, 1}, {2026, 4, 30}, 5000));
    window.setAsOf(QDate(2026, 5, 1));
    QCOMPARE(window.findChild<QLabel *>(str("agingMessage"))->text(),
        str("1 customer owes money. 1 customer is in credit."));
    // Customers, not their accounts: Bistro owing in two currencies is one customer that owes;
    // Acme owing in EUR while in credit in USD owes and is in credit.
    QVERIFY(addReceivable(*t.ledger, "E", "Bistro", "EUR", {2026, 4, 1}, {2026, 4, 30}, 700));
    QVERIFY(addReceivable(*t.ledger, "F", "Acme", "EUR", {2026, 4, 1}, {2026, 4, 30}, 900));
    window.setAsOf(QDate(2026, 5, 2));
    QCOMPARE(textOf(window.model()).size(), 6);
    QCOMPARE(window.findChild<QLabel *>(str("agingMessage"))->text(),
        str("2 customers owe money. 1 customer is in credit."));
}

void TestReportWindows::doubleClickAsksForTheStatement()
{
    TestDb t;
    QVERIFY(fillReceivables(*t.ledger));
    AgingWindow window(*t.db);
    window.setAsOf(QDate(2026, 4, 30));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy asked(&window, &AgingWindow::statementRequested);
    QTableView *table = window.table();
    // QTest::mouseDClick on Qt 6.4 offscreen sends no press first, so the view drops it; the
    // view's own signal is what a real double-click emits.
    Q_EMIT table->doubleClicked(window.model()->index(2, 0));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().at(0).toString(), str("Bistro Lumière"));
    QCOMPARE(asked.first().at(1).toDate(), QDate(2026, 4, 30));
    // A total row belongs to no customer.
    Q_EMIT table->doubleClicked(window.model()->index(5, 0));
    QCOMPARE(asked.size(), 1);
}

void TestReportWindows::statementShowsLinesAndAging()
{
    TestDb t;
    QVERIFY(fillReceivables(*t.ledger));
    StatementWindow window(*t.db);
    QAbstractItemModelTester tester(
        window.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    window.showStatement(str("acme"), QDate(2026, 3, 1), QDate(2026, 4, 30));
    QCOMPARE(window.currencies()->count(), 2);
    QCOMPARE(window.currencies()->currentText(), str("EUR"));
    // EUR: 1234.56 before March; 34.56 paid on 04-01.
    QCOMPARE(textOf(window.model()),
        QStringList({str("3/1/2026|Opening balance|||||1,234.56"),
            str("4/1/2026|Payment|G|Cash for G||34.56|1,200.00"),
            str("4/30/2026|Closing balance|||||1,200.00")}));
    window.currencies()->setCurrentIndex(1);
    // USD: 1000.00 - 400.00 before March; B 250.00; the receipt of 100.00.
    QCOMPARE(textOf(window.model()),
        QStringList({str("3/1/2026|Opening balance|||||600.00"),
            str("3/11/2026|Invoice|B|Invoice|250.00||850.00"),
            str("4/28/2026|Receipt|R-000001|Cash received||100.00|750.00"),
            str("4/30/2026|Closing balance|||||750.00")}));
    QCOMPARE(window.agingText(),
        str("Aging on 4/30/2026 (USD): Current -100.00 · 1–30 days 250.00 · 31–60 days 0.00 · "
            "61–90 days 0.00 · Over 90 days 600.00; total 750.00"));
    window.showStatement(str("Nobody"), QDate(2026, 3, 1), QDate(2026, 4, 30));
    QCOMPARE(window.model()->rowCount(), 0);
    QCOMPARE(window.message(), str("No customer is named \"Nobody\"."));
}

void TestReportWindows::statementExportsPdfAndCsv()
{
    TestDb t;
    QVERIFY(fillReceivables(*t.ledger));
    StatementWindow window(*t.db);
    window.showStatement(str("Kiwi Tours"), QDate(2026, 4, 1), QDate(2026, 4, 30));
    const QString csv = t.dir.filePath(str("kiwi.csv"));
    QVERIFY(window.writeTo(csv).ok());
    QCOMPARE(readFile(csv),
        QByteArray("date,type,number,description,debit,credit,balance\r\n"
                   "2026-04-01,opening,,Opening balance,,,0.00\r\n"
                   "2026-04-15,invoice,L,Invoice,99.99,,99.99\r\n"
                   "2026-04-30,closing,,Closing balance,,,99.99\r\n"));
    const QString pdf = t.dir.filePath(str("kiwi.pdf"));
    QVERIFY(window.writeTo(pdf).ok());
    const Run text
        = runProgram(str("pdftotext"), {pdf, str("-")}, QProcessEnvironment::systemEnvironment());
    QCOMPARE(text.exitCode, 0);
    for (const char *expected : {"Kiwi Tours", "Opening balance", "99.99", "Closing balance"})
        QVERIFY2(text.out.contains(str(expected)), expected);
}

void TestReportWindows::statementFromLabelTakesItsKey()
{
    // Alt+F goes to the first day of the period (the label once showed "&From:" and led nowhere).
    TestDb t;
    QVERIFY(fillReceivables(*t.ledger));
    StatementWindow window(*t.db);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const QList<DateEdit *> dates = window.findChildren<DateEdit *>();
    QVERIFY(dates.size() == 2);
    DateEdit *from = dates.first();
    bool underlined = false;
    for (const QLabel *label : window.findChildren<QLabel *>())
        underlined = underlined || label->buddy() == from;
    QVERIFY(underlined);
    QTest::keyClick(&window, Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(
        from == QApplication::focusWidget() || from->isAncestorOf(QApplication::focusWidget()));
}

void TestReportWindows::aCurrencyBeyondSumsIsLeftOut()
{
    TestDb t;
    const QDate day(2026, 4, 1);
    const qint64 huge = 6'000'000'000'000'000'000; // each fits; two do not add up
    QVERIFY(addReceivable(*t.ledger, "E", "Acme", "EUR", day, day, 900));
    QVERIFY(addReceivable(*t.ledger, "Y1", "Acme", "JPY", day, day, huge));
    QVERIFY(addReceivable(*t.ledger, "Y2", "Acme", "JPY", day, day, huge));
    const QString leftOut = str("The JPY amounts of these books add up to more than a report "
                                "can sum (over 9,223,372,036,854,775,807 minor units): this "
                                "report leaves them out.");
    AgingWindow aging(*t.db);
    aging.setAsOf(QDate(2026, 4, 30));
    QCOMPARE(textOf(aging.model()),
        QStringList({str("Acme|EUR|0.00|9.00|0.00|0.00|0.00|9.00"),
            str("Total|EUR|0.00|9.00|0.00|0.00|0.00|9.00")}));
    QCOMPARE(aging.findChild<QLabel *>(str("agingMessage"))->text(),
        str("1 customer owes money. ") + leftOut);
    StatementWindow statement(*t.db);
    statement.showStatement(str("Acme"), QDate(2026, 3, 1), QDate(2026, 4, 30));
    QCOMPARE(statement.currencies()->count(), 1);
    QCOMPARE(statement.currencies()->currentText(), str("EUR"));
    QCOMPARE(statement.message(),
        str("The JPY amounts of Acme add up to more than a statement can sum (over "
            "9,223,372,036,854,775,807 minor units): no JPY statement is made."));
}

QTEST_MAIN(TestReportWindows)
#include "tst_reportwindows.moc"
