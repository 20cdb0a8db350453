// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16 item 4: the invoice list sorts by every column from an index (migration 0014), in
// the same order as before (the column's value, then the id, both in the chosen direction),
// and reads a page past the middle from the index's other end (Ctrl+End).
#include "invoicelisting.h"
#include "invoicelistmodel.h"
#include "invoicelistview.h"
#include "invoicenumbering.h"
#include "mainwindow.h"
#include "sqlutil.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <variant>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

/** What a column sorts by, computed here from the stored row, not by the listing's SQL. */
using SortKey = std::variant<qint64, QString>;

struct Stored
{
    qint64 id = 0;
    QString number, date, due, customer, status, currency;
    qint64 total = 0, paid = 0, credited = 0;
};

constexpr int Invoices = 650; // more than three pages: two of them are read from the end

/** `count` "Firma" invoices in `t`'s file, which is then closed and opened as the app opens it. */
std::unique_ptr<Database> reopenedFirmaFile(TestDb &t, int count)
{
    if (!insertFirmaInvoices(t.db->connection(), count))
        return {};
    const QString path = t.path();
    t.ledger.reset();
    t.db.reset();
    auto db = Database::open(path);
    if (!db) {
        qWarning("reopenedFirmaFile: %s", qPrintable(db.error()));
        return {};
    }
    return std::move(db).value();
}

/** The main window on such a file, shown. */
std::unique_ptr<MainWindow> shownWindowOnFirmaFile(TestDb &t, int count)
{
    auto db = reopenedFirmaFile(t, count);
    if (!db)
        return {};
    auto window = std::make_unique<MainWindow>(std::move(db));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    return window;
}

qint64 finest(qint64 minor, const QString &code)
{
    qint64 factor = 1;
    for (int e = Currency::fromCode(code)->exponent(); e < 4; ++e) // CLF has four decimals
        factor *= 10;
    return minor * factor;
}

SortKey keyOf(const Stored &s, int column)
{
    switch (column) {
    case InvoiceListModel::Number:
        return InvoiceNumbering::sortKey(s.number); // numbersSortAsTheyAreRead checks it
    case InvoiceListModel::Date:
        return s.date;
    case InvoiceListModel::DueDate:
        return s.due;
    case InvoiceListModel::Customer:
        return s.customer.toLower(); // NOCASE: ASCII names only here
    case InvoiceListModel::Status:
        return s.status;
    case InvoiceListModel::Currency:
        return s.currency;
    case InvoiceListModel::Total:
        return finest(s.total, s.currency);
    case InvoiceListModel::Paid:
        return finest(s.paid, s.currency);
    case InvoiceListModel::Outstanding:
        return s.status == QLatin1String("Cancelled")
            ? 0
            : finest(std::max<qint64>(0, s.total - s.paid - s.credited), s.currency);
    default:
        return s.id; // Sync sorts in the order invoices were entered
    }
}

} // namespace

class TestInvoiceSorting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyColumnSortsByItsValueThenId_data();
    void everyColumnSortsByItsValueThenId();
    void everyOrderReadsAnIndex();
    void amountsScaleByTheirCurrencysFactor();
    void ctrlEndReachesTheLastRow();
    void anAmountIsNeverElided();
    void aViewTakingTheModelKeepsItsRows();
    void aViewSortsATextFiltersMatchesInTheBackground();
    void anotherFiltersMatchesStartAtTheTop();
    void theCurrentInvoiceStaysCurrentAcrossARefresh();
    void aLargeListIsPaintedBeforeItsRowsAreListed();
    void migrationIndexesAnExistingFile();
    void numbersSortAsTheyAreRead();
    void migrationSortsNumbersWithoutCase();

private:
    QList<qint64> expectedOrder(int column, Qt::SortOrder order) const;
    QStringList plansNeedingASort(const QSqlDatabase &db) const;

    std::unique_ptr<TestDb> mDb;
    QList<Stored> mStored;
};

void TestInvoiceSorting::initTestCase()
{
    mDb = std::make_unique<TestDb>();
    const QStringList names {str("Acme"), str("beta GmbH"), str("Zeta Corp"), str("delta")};
    const char *codes[] = {"USD", "EUR", "JPY", "KWD", "EUR"};
    QVERIFY(mDb->ledger->beginBatch().ok());
    for (int i = 0; i < Invoices; ++i) {
        Invoice invoice = sampleInvoice(QStringLiteral("S-%1").arg(i % 97 * 1000 + i));
        invoice.billing.company = names.at(i % names.size()); // ties in every column
        invoice.currency = currency(codes[i % 5]);
        invoice.lines = {invoice.lines.first()};
        invoice.lines[0].rate = 1000 * (i % 7 + 1);
        invoice.date = QDate(2026, 1, 1).addDays(i % 11);
        invoice.dueDate = invoice.date.addDays(i % 3 * 15);
        QVERIFY(mDb->ledger->createInvoice(invoice).ok());
        if (i % 4 == 1) // part paid (Pending) or paid in full (Paid)
            QVERIFY(mDb->ledger
                        ->recordPayment(
                            samplePayment(invoice.number, i % 8 == 1 ? 1000 : 2000 * (i % 7 + 1)))
                        .ok());
    }
    QVERIFY(mDb->ledger->commitBatch().ok());
    QSqlQuery q(mDb->db->connection());
    QVERIFY(q.exec(str("SELECT id, number, issue_date, due_date, customer, status, currency, "
                       "grand_total, paid_total - refunded_total AS paid, credited_total "
                       "FROM invoices")));
    while (q.next()) {
        auto v = [&](const char *name) { return q.value(QString::fromLatin1(name)); };
        mStored.append({v("id").toLongLong(), v("number").toString(), v("issue_date").toString(),
            v("due_date").toString(), v("customer").toString(), v("status").toString(),
            v("currency").toString(), v("grand_total").toLongLong(), v("paid").toLongLong(),
            v("credited_total").toLongLong()});
    }
    QCOMPARE(mStored.size(), Invoices);
    QSet<QString> statuses;
    for (const Stored &s : std::as_const(mStored))
        statuses.insert(s.status);
    QCOMPARE(statuses.size(), 2); // Pending and Paid, each many times
}

QList<qint64> TestInvoiceSorting::expectedOrder(int column, Qt::SortOrder order) const
{
    QList<Stored> sorted = mStored;
    std::sort(sorted.begin(), sorted.end(), [&](const Stored &a, const Stored &b) {
        const auto ka = std::make_pair(keyOf(a, column), a.id);
        const auto kb = std::make_pair(keyOf(b, column), b.id);
        return order == Qt::AscendingOrder ? ka < kb : kb < ka;
    });
    QList<qint64> ids;
    for (const Stored &s : std::as_const(sorted))
        ids.append(s.id);
    return ids;
}

void TestInvoiceSorting::everyColumnSortsByItsValueThenId_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column = 0; column < InvoiceListModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const QByteArray name = QByteArray::number(column)
                + (order == Qt::AscendingOrder ? " ascending" : " descending");
            QTest::newRow(name.constData()) << column << order;
        }
    }
}

void TestInvoiceSorting::everyColumnSortsByItsValueThenId()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    InvoiceListModel model(mDb->db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(column, order);
    QCOMPARE(model.rowCount(), Invoices);
    const QList<qint64> expected = expectedOrder(column, order);
    // From the end first (pages read backwards from the index's end), then from the top.
    QList<qint64> fromEnd(Invoices);
    for (int row = Invoices - 1; row >= 0; --row)
        fromEnd[row] = model.invoiceId(row);
    QCOMPARE(fromEnd, expected);
    model.reload();
    QList<qint64> fromTop;
    for (int row = 0; row < Invoices; ++row)
        fromTop.append(model.invoiceId(row));
    QCOMPARE(fromTop, expected);
}

QStringList TestInvoiceSorting::plansNeedingASort(const QSqlDatabase &db) const
{
    QStringList sorted;
    for (int o = int(InvoiceListOrder::Entered); o <= int(InvoiceListOrder::Outstanding); ++o) {
        for (const QString &sense : {str(" ASC"), str(" DESC")}) {
            const QString order = InvoiceListing::sortExpression(InvoiceListOrder(o)) + sense;
            QSqlQuery q(db);
            if (!q.exec(str("EXPLAIN QUERY PLAN SELECT i.id FROM invoices i ORDER BY ") + order
                    + str(", i.id") + sense + str(" LIMIT 200 OFFSET 200")))
                return {str("failed: ") + order};
            while (q.next()) {
                if (q.value(str("detail")).toString().contains(str("TEMP B-TREE")))
                    sorted.append(QString::number(o) + sense);
            }
        }
    }
    return sorted;
}

void TestInvoiceSorting::everyOrderReadsAnIndex()
{
    // A change of the currency table changes the amounts' expression: the indexes of
    // migration 0014 must then change with it, or these orders sort the whole file again.
    QCOMPARE(plansNeedingASort(mDb->db->connection()), QStringList());
}

void TestInvoiceSorting::amountsScaleByTheirCurrencysFactor()
{
    // The factor is a range tree of comparisons (migration 0017): every code of the table gets
    // its own factor, and a code the table does not know (between, before or after the known
    // ones, or in lower case) gets 1, as the single CASE of migration 0014 gave.
    QSqlQuery q(mDb->db->connection());
    QVERIFY(q.prepare(str("SELECT ") + InvoiceListing::sortExpression(InvoiceListOrder::Total)
        + str(" AS scaled FROM (SELECT :currency AS currency, 1 AS grand_total) i")));
    const auto factorOf = [&](const QString &code) {
        q.bindValue(str(":currency"), code);
        return q.exec() && q.next() ? q.value(str("scaled")).toLongLong() : -1;
    };
    int known = 0;
    for (const QString &code : Currency::allCodes()) {
        if (code.size() != 3 || !code.front().isLetter())
            continue;
        QCOMPARE(factorOf(code), finest(1, code));
        ++known;
    }
    QCOMPARE(known, 159);
    QCOMPARE(factorOf(str("KWD")), 10);
    QCOMPARE(factorOf(str("JPY")), 10000);
    QCOMPARE(factorOf(str("USD")), 100);
    QCOMPARE(factorOf(str("CLF")), 1);
    for (const char *unknown : {"AAA", "EUQ", "MMM", "ZZZ", "eur", "", "EURO"})
        QCOMPARE(factorOf(QString::fromLatin1(unknown)), 1);
}

void TestInvoiceSorting::ctrlEndReachesTheLastRow()
{
    InvoiceListModel model(mDb->db->connection());
    InvoiceListView view;
    view.setModel(&model);
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.sortByColumn(InvoiceListModel::Total, Qt::DescendingOrder);
    view.setFocus();
    view.setCurrentIndex(model.index(0, 0));
    QTest::keyClick(&view, Qt::Key_End, Qt::ControlModifier);
    const QList<qint64> expected = expectedOrder(InvoiceListModel::Total, Qt::DescendingOrder);
    QCOMPARE(view.currentIndex().row(), Invoices - 1);
    QCOMPARE(model.data(view.currentIndex(), InvoiceListModel::InvoiceIdRole).toLongLong(),
        expected.last());
    QCOMPARE(model.invoiceId(Invoices - 2), expected.at(Invoices - 2));
    QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(view.currentIndex().row(), 0);
    QCOMPARE(model.data(view.currentIndex(), InvoiceListModel::InvoiceIdRole).toLongLong(),
        expected.first());
}

void TestInvoiceSorting::anAmountIsNeverElided()
{
    TestDb db;
    Invoice big = sampleInvoice(str("BIG-1"));
    big.lines = {big.lines.first()};
    big.lines[0].quantity = Quantity::fromWhole(1);
    big.lines[0].rate = 123456789012; // 1,234,567,890.12
    QVERIFY(db.ledger->createInvoice(big).ok());
    InvoiceListModel model(db.db->connection());
    InvoiceListView view;
    view.setModel(&model);
    view.resize(1400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex total = model.index(0, InvoiceListModel::Total);
    QTRY_VERIFY(!total.data().toString().isEmpty());
    QVERIFY2(total.data().toString().startsWith(str("1")), qPrintable(total.data().toString()));
    QFont bold = view.font();
    bold.setBold(true);
    const int needed = QFontMetrics(bold).horizontalAdvance(total.data().toString());
    for (const int column : {InvoiceListModel::Total, InvoiceListModel::Outstanding})
        QVERIFY2(view.columnWidth(column) >= needed + 16,
            qPrintable(str("%1 < %2").arg(view.columnWidth(column)).arg(needed + 16)));
}

void TestInvoiceSorting::aViewTakingTheModelKeepsItsRows()
{
    // A sorting view sorts a new model by its header's indicator; in the model's own order that
    // must not reset it (each reset rebuilds the view's header, a section per invoice).
    InvoiceListModel model(mDb->db->connection());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    InvoiceListView view;
    view.setModel(&model);
    QCOMPARE(view.horizontalHeader()->sortIndicatorSection(), int(InvoiceListModel::Number));
    QCOMPARE(resets.count(), 0);
    model.sort(InvoiceListModel::Number, Qt::AscendingOrder);
    QCOMPARE(resets.count(), 0);
    view.sortByColumn(InvoiceListModel::Number, Qt::DescendingOrder);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(
        model.invoiceId(0), expectedOrder(InvoiceListModel::Number, Qt::DescendingOrder).first());
}

void TestInvoiceSorting::aViewSortsATextFiltersMatchesInTheBackground()
{
    InvoiceListModel model(mDb->db->connection());
    InvoiceListDecorator decorator;
    decorator.setSourceModel(&model);
    InvoiceListView view;
    view.setModel(&decorator);
    model.setFilter({str("zeta"), std::nullopt, false});
    QSet<qint64> zeta;
    for (const Stored &s : std::as_const(mStored)) {
        if (s.customer == str("Zeta Corp"))
            zeta.insert(s.id);
    }
    QList<qint64> expected;
    for (const qint64 id : expectedOrder(InvoiceListModel::Total, Qt::DescendingOrder)) {
        if (zeta.contains(id))
            expected.append(id);
    }
    QCOMPARE(expected.size(), Invoices / 4);
    QSignalSpy applied(&model, &InvoiceListModel::filterApplied);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    view.sortByColumn(InvoiceListModel::Total, Qt::DescendingOrder);
    // The rows stay as they were until the matches are read in the new order.
    QVERIFY(model.isFiltering());
    QCOMPARE(resets.count(), 0);
    QVERIFY(applied.wait());
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), expected.size());
    QList<qint64> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.invoiceId(row));
    QCOMPARE(shown, expected);
    // Without a text the order's index gives the page at once.
    model.setFilter({});
    view.sortByColumn(InvoiceListModel::Number, Qt::AscendingOrder);
    QVERIFY(!model.isFiltering());
    QCOMPARE(resets.count(), 3);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(
        model.invoiceId(0), expectedOrder(InvoiceListModel::Number, Qt::AscendingOrder).first());
}

void TestInvoiceSorting::anotherFiltersMatchesStartAtTheTop()
{
    // A tester scrolled to the end, typed another filter and saw its 25th match at the top.
    TestDb t;
    auto shown = shownWindowOnFirmaFile(t, 2000);
    QVERIFY(shown);
    MainWindow &window = *shown;
    InvoiceListView *view = window.invoiceView();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QVERIFY(view->verticalScrollBar()->value() > 0);
    QSignalSpy applied(window.invoiceModel(), &InvoiceListModel::filterApplied);
    QTest::keyClicks(window.filterEdit(), str("firma 3"));
    QVERIFY(applied.wait());
    QCOMPARE(window.invoiceModel()->rowCount(), 286); // k % 7 == 3 for k in 1..2000
    QCOMPARE(view->verticalScrollBar()->value(), 0);
    QCOMPARE(view->rowAt(0), 0);
    QCOMPARE(view->model()->index(view->rowAt(0), InvoiceListModel::Number).data().toString(),
        str("Q-00003"));
}

void TestInvoiceSorting::theCurrentInvoiceStaysCurrentAcrossARefresh()
{
    // A tester saved an invoice and found no row current in the list after it.
    TestDb t;
    auto shown = shownWindowOnFirmaFile(t, 2000);
    QVERIFY(shown);
    MainWindow &window = *shown;
    InvoiceListView *view = window.invoiceView();
    const auto currentNumber = [view] {
        return view->currentIndex().siblingAtColumn(InvoiceListModel::Number).data().toString();
    };
    view->setCurrentIndex(view->model()->index(5, InvoiceListModel::Customer));
    QCOMPARE(currentNumber(), str("Q-00006"));
    window.refresh(); // what a save or a sync pass does
    QCOMPARE(view->currentIndex().row(), 5);
    QCOMPARE(view->currentIndex().column(), int(InvoiceListModel::Customer));
    QCOMPARE(currentNumber(), str("Q-00006"));
    QVERIFY(view->selectionModel()->isRowSelected(5));
    // At the end the rows in sight come in the background after the refresh: found then.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
    QTRY_COMPARE(currentNumber(), str("Q-02000"));
    window.refresh();
    QCOMPARE(view->currentIndex().row(), -1); // its page is being read
    QTRY_COMPARE(view->currentIndex().row(), 1999);
    QCOMPARE(currentNumber(), str("Q-02000"));
    // A text filter's matches are read again in the background: the same once they come.
    QSignalSpy applied(window.invoiceModel(), &InvoiceListModel::filterApplied);
    QTest::keyClicks(window.filterEdit(), str("firma 3"));
    QVERIFY(applied.wait());
    view->setCurrentIndex(view->model()->index(2, InvoiceListModel::Number));
    QCOMPARE(currentNumber(), str("Q-00017"));
    window.refresh();
    QVERIFY(window.invoiceModel()->isFiltering());
    QVERIFY(applied.wait());
    QCOMPARE(view->currentIndex().row(), 2);
    QCOMPARE(currentNumber(), str("Q-00017"));
}

void TestInvoiceSorting::aLargeListIsPaintedBeforeItsRowsAreListed()
{
    // Issue 16 item 5: the view's row header sets up a section per row before its first paint;
    // on a large file the window shows its first page first and lists the rest after.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestDb t;
    auto db = reopenedFirmaFile(t, InvoiceListModel::HoldBackAbove + 1);
    QVERIFY(db);
    QSqlQuery cancel(db->connection());
    QVERIFY(cancel.exec(str("UPDATE invoices SET status = 'Cancelled' WHERE number = 'Q-50001'")));
    MainWindow window(std::move(db));
    QAbstractItemModel *list = window.invoiceView()->model();
    QCOMPARE(list->rowCount(), 200);
    QCOMPARE(window.findChild<QLabel *>(str("invoiceCount"))->text(), str("Invoices: 50,001"));
    QSignalSpy listed(list, &QAbstractItemModel::rowsInserted);
    window.show();
    QVERIFY(listed.wait());
    QCOMPARE(listed.first().at(1).toInt(), 200);
    QCOMPARE(listed.first().at(2).toInt(), 50000);
    QCOMPARE(list->rowCount(), 50001);
    window.invoiceView()->setFocus();
    window.invoiceView()->setCurrentIndex(list->index(0, 0));
    QTest::keyClick(window.invoiceView(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(window.invoiceView()->currentIndex().row(), 50000);
    QCOMPARE(window.invoiceModel()->invoiceId(50000), 50001); // an action's id: read at once
    // The page a view shows is read in the background; its rows come in a moment.
    QTRY_COMPARE(window.invoiceView()
                     ->currentIndex()
                     .siblingAtColumn(InvoiceListModel::Number)
                     .data()
                     .toString(),
        str("Q-50001"));
    // Its page came after it became current: the commands follow what it is (cancelled).
    auto *payment = window.findChild<QAction *>(str("recordPaymentAction"));
    QVERIFY(payment);
    QTRY_VERIFY(!payment->isEnabled());
    // A list under the bound is listed whole at once.
    InvoiceListModel small(mDb->db->connection());
    small.holdBackRows();
    QCOMPARE(small.rowCount(), Invoices);
}

void TestInvoiceSorting::migrationIndexesAnExistingFile()
{
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("OLD-1"))).ok());
    const QString path = t.path();
    t.ledger.reset();
    t.db.reset();
    // As schema 13 left it: none of the sort indexes.
    QCOMPARE(
        rawExec(path,
            {str("DROP INDEX invoices_status_id"), str("DROP INDEX invoices_currency_id"),
                str("DROP INDEX invoices_total_scaled"), str("DROP INDEX invoices_paid_scaled"),
                str("DROP INDEX invoices_outstanding_scaled"),
                str("ALTER TABLE bank_lines DROP COLUMN reversal"),
                str("DROP INDEX invoices_number_key"),
                str("ALTER TABLE invoices DROP COLUMN number_key"),
                str("PRAGMA user_version = 13")}),
        QString());
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(rowsOf(db.value()->connection(),
                 "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN "
                 "('invoices_status_id', 'invoices_currency_id', 'invoices_total_scaled', "
                 "'invoices_paid_scaled', 'invoices_outstanding_scaled') ORDER BY name"),
        QStringList({str("invoices_currency_id"), str("invoices_outstanding_scaled"),
            str("invoices_paid_scaled"), str("invoices_status_id"), str("invoices_total_scaled")}));
    QCOMPARE(plansNeedingASort(db.value()->connection()), QStringList());
    QVERIFY(db.value()->checkIntegrity().ok());
    InvoiceListModel model(db.value()->connection());
    model.sort(InvoiceListModel::Outstanding, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("OLD-1"));
    // Migration 0020 gave the existing invoice its number's sort key.
    QCOMPARE(rowsOf(db.value()->connection(), "SELECT number_key FROM invoices"),
        QStringList({str("OLD-011")}));
}

void TestInvoiceSorting::numbersSortAsTheyAreRead()
{
    QCOMPARE(InvoiceNumbering::sortKey(str("BIG-2")), str("BIG-012"));
    QCOMPARE(InvoiceNumbering::sortKey(str("BIG-10")), str("BIG-0210"));
    QCOMPARE(InvoiceNumbering::sortKey(str("2026/0017")), str("042026/0217"));
    QCOMPARE(InvoiceNumbering::sortKey(str("R-000")), str("R-010"));
    QCOMPARE(InvoiceNumbering::sortKey(str("Ä٣")), str("A٣")); // ASCII digits only
    // Case and accents aside: the letters in capitals without their accents.
    QCOMPARE(InvoiceNumbering::sortKey(str("big-3")), str("BIG-013"));
    QCOMPARE(InvoiceNumbering::sortKey(str("Rechnung-É2/ß")), str("RECHNUNG-E012/SS"));
    QCOMPARE(InvoiceNumbering::sortKey(str("Ｉnv-4")), str("INV-014")); // full-width letters
    TestDb t;
    const QStringList typed {str("BIG-10"), str("BIG-2"), str("2026/17"), str("BIG-1"),
        str("2026/9"), str("INV-0003"), str("INV-20"), str("A"), str("big-3"), str("éa-1"),
        str("EA-2")};
    for (const QString &number : typed)
        QVERIFY(t.ledger->createInvoice(sampleInvoice(number)).ok());
    InvoiceListModel model(t.db->connection());
    const auto numbers = [&model] {
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(model.index(row, InvoiceListModel::Number).data().toString());
        return shown;
    };
    model.sort(InvoiceListModel::Number, Qt::AscendingOrder);
    const QStringList ascending {str("2026/9"), str("2026/17"), str("A"), str("BIG-1"),
        str("BIG-2"), str("big-3"), str("BIG-10"), str("éa-1"), str("EA-2"), str("INV-0003"),
        str("INV-20")};
    QCOMPARE(numbers(), ascending);
    model.sort(InvoiceListModel::Number, Qt::DescendingOrder);
    QStringList descending = ascending;
    std::reverse(descending.begin(), descending.end());
    QCOMPARE(numbers(), descending);
}

void TestInvoiceSorting::migrationSortsNumbersWithoutCase()
{
    TestDb t;
    for (const char *number : {"INV-10", "inv-2", "INV-3"})
        QVERIFY(t.ledger->createInvoice(sampleInvoice(str(number))).ok());
    const QString path = t.path();
    t.ledger.reset();
    t.db.reset();
    // As schema 21 wrote the keys: letters as typed.
    QCOMPARE(rawExec(path,
                 {str("UPDATE invoices SET number_key = 'inv-012' WHERE number = 'inv-2'"),
                     str("PRAGMA user_version = 21")}),
        QString());
    auto db = Database::open(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db.value()->checkIntegrity().ok());
    QCOMPARE(rowsOf(db.value()->connection(), "SELECT number FROM invoices ORDER BY number_key"),
        QStringList({str("inv-2"), str("INV-3"), str("INV-10")}));
}

QTEST_MAIN(TestInvoiceSorting)
#include "tst_invoicesorting.moc"
