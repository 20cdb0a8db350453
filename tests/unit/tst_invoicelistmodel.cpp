// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicelistmodel.h"
#include "testsupport.h"
#include "trigramquery.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

/** The index's query for every trigram of `text`: it keeps no positions (migration 0018). */
QString everyTrigramOf(const char *text)
{
    const QString folded = QString::fromUtf8(text);
    QStringList trigrams;
    for (qsizetype i = 0; i + 3 <= folded.size(); ++i)
        trigrams.append(QLatin1Char('"') + folded.mid(i, 3) + QLatin1Char('"'));
    return trigrams.join(QStringLiteral(" AND "));
}

} // namespace

class TestInvoiceListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesThroughManyRows();
    void sortsInSqlite();
    void filtersAsYouType();
    void statusAndOverdueFilters();
    void anInvoiceWithoutADueDateIsDueFromItsDate();
    void syncStateColumn();
    void listsEveryLabelAViewMustFit();
    void filterFindsLinesAndIgnoresAccents();
    void sortsAmountsAcrossCurrenciesByValue();
    void searchIndexFollowsEveryChange();
    void manyMatchesReadInOrderAgreeWithTheIndex();
    void aBatchIndexesItsInvoicesAsItCommits();
    void aTextOfCommonTrigramsIsCountedByTheWorker();
    void commonTrigramsAreProbedOnce();
    void aRequestedFilterIsReadInTheBackground();
    void onlyTheLatestRequestedFilterIsShown();
    void setFilterSupersedesARequest();
    void aFilterAndAnOrderRequestedTogetherComeTogether();
    void pagesAViewScrollsToAreReadInTheBackground();

private:
    std::unique_ptr<TestDb> mDb;
};

void TestInvoiceListModel::initTestCase()
{
    mDb = std::make_unique<TestDb>();
    QVERIFY(mDb->ledger->beginBatch().ok());
    for (int i = 0; i < 450; ++i) {
        Invoice invoice = sampleInvoice(QStringLiteral("N-%1").arg(i, 4, 10, QLatin1Char('0')));
        invoice.billing.company = i % 3 == 0
            ? str("Zeta Corp")
            : QStringLiteral("Customer %1").arg(i % 50, 2, 10, QLatin1Char('0'));
        invoice.date = QDate(2026, 1, 1).addDays(i % 200);
        invoice.dueDate = invoice.date.addDays(30);
        invoice.description = i == 77 ? str("Special 100% effort") : str("Services");
        QVERIFY(mDb->ledger->createInvoice(invoice).ok());
    }
    QVERIFY(mDb->ledger->recordPayment(samplePayment(str("N-0001"), 11550)).ok());
    QVERIFY(mDb->ledger->commitBatch().ok());
}

void TestInvoiceListModel::pagesThroughManyRows()
{
    InvoiceListModel model(mDb->db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(model.columnCount(), int(InvoiceListModel::ColumnCount));
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("N-0000"));
    QCOMPARE(model.index(449, InvoiceListModel::Number).data().toString(), str("N-0449"));
    QCOMPARE(model.index(250, InvoiceListModel::Number).data().toString(), str("N-0250"));
    QCOMPARE(model.index(1, InvoiceListModel::Total).data().toString(), str("115.50"));
    QCOMPARE(model.index(1, InvoiceListModel::Outstanding).data().toString(), str("0.00"));
    QCOMPARE(model.index(2, InvoiceListModel::Outstanding).data().toString(), str("115.50"));
    QCOMPARE(model.index(1, InvoiceListModel::Total).data(Qt::TextAlignmentRole).toInt(),
        int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(model.invoiceId(3) > 0);
}

void TestInvoiceListModel::sortsInSqlite()
{
    InvoiceListModel model(mDb->db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.sort(InvoiceListModel::Customer, Qt::DescendingOrder);
    QCOMPARE(model.index(0, InvoiceListModel::Customer).data().toString(), str("Zeta Corp"));
    QCOMPARE(model.index(149, InvoiceListModel::Customer).data().toString(), str("Zeta Corp"));
    QCOMPARE(model.index(150, InvoiceListModel::Customer).data().toString(), str("Customer 49"));
    model.sort(InvoiceListModel::Number, Qt::DescendingOrder);
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("N-0449"));
    model.sort(InvoiceListModel::Outstanding, Qt::AscendingOrder);
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("N-0001"));
}

void TestInvoiceListModel::aRequestedFilterIsReadInTheBackground()
{
    InvoiceListModel model(mDb->db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy applied(&model, &InvoiceListModel::filterApplied);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.requestFilter({str("zeta"), std::nullopt, false});
    // Until the reader answers, the list shows what it showed: every invoice.
    QVERIFY(model.isFiltering());
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(model.filter().text, QString());
    QCOMPARE(reset.count(), 0);
    QVERIFY(applied.wait());
    QVERIFY(!model.isFiltering());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.filter().text, str("zeta"));
    QCOMPARE(model.rowCount(), 150);
    QVERIFY(model.isCountExact());
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("N-0000"));
    QCOMPARE(model.index(149, InvoiceListModel::Number).data().toString(), str("N-0447"));
    QCOMPARE(model.index(149, InvoiceListModel::Customer).data().toString(), str("Zeta Corp"));
}

void TestInvoiceListModel::onlyTheLatestRequestedFilterIsShown()
{
    InvoiceListModel model(mDb->db->connection());
    QSignalSpy applied(&model, &InvoiceListModel::filterApplied);
    model.sort(InvoiceListModel::Number, Qt::DescendingOrder);
    model.requestFilter({str("zeta"), std::nullopt, false});
    model.requestFilter({str("N-044"), std::nullopt, false});
    QVERIFY(applied.wait());
    // The reader reads one filter at a time: "zeta" was over, and unanswered, before this.
    QCOMPARE(applied.count(), 1);
    QCOMPARE(model.filter().text, str("N-044"));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("N-0449"));
}

void TestInvoiceListModel::setFilterSupersedesARequest()
{
    InvoiceListModel model(mDb->db->connection());
    QSignalSpy applied(&model, &InvoiceListModel::filterApplied);
    model.requestFilter({str("zeta"), std::nullopt, false});
    model.setFilter({str("N-044"), std::nullopt, false});
    QVERIFY(!model.isFiltering());
    QCOMPARE(model.rowCount(), 10);
    // One more request: when it is shown, the reader is past "zeta", which never came.
    model.requestFilter({str("Customer 01"), std::nullopt, false});
    QVERIFY(applied.wait());
    QCOMPARE(applied.count(), 1);
    QCOMPARE(model.filter().text, str("Customer 01"));
    QCOMPARE(model.rowCount(), 6); // i % 50 == 1 and not a multiple of 3: 1, 101, 151, .., 401
}

void TestInvoiceListModel::aFilterAndAnOrderRequestedTogetherComeTogether()
{
    InvoiceListModel model(mDb->db->connection());
    QSignalSpy applied(&model, &InvoiceListModel::filterApplied);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.requestFilter({str("N-044"), std::nullopt, false});
    model.requestSort(InvoiceListModel::Number, Qt::DescendingOrder);
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("N-0000"));
    QVERIFY(applied.wait());
    QCOMPARE(applied.count(), 1);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("N-0449"));
    QCOMPARE(model.index(9, InvoiceListModel::Number).data().toString(), str("N-0440"));
    // A sort to the order shown, while another order is being read, is the order that comes.
    model.requestSort(InvoiceListModel::Total, Qt::DescendingOrder);
    model.requestFilter({str("N-04"), std::nullopt, false});
    model.requestSort(InvoiceListModel::Number, Qt::DescendingOrder);
    QVERIFY(applied.wait());
    QCOMPARE(applied.count(), 2);
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("N-0449"));
    // The order a view sorts by after that is the one the next filter comes in.
    model.requestSort(InvoiceListModel::Number, Qt::AscendingOrder);
    model.requestFilter({str("N-043"), std::nullopt, false});
    QVERIFY(applied.wait());
    QCOMPARE(applied.count(), 3);
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("N-0430"));
}

void TestInvoiceListModel::pagesAViewScrollsToAreReadInTheBackground()
{
    InvoiceListModel model(mDb->db->connection());
    model.setPagesInBackground(true);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("N-0000"));
    // Rows 200-399 are not in memory: blank until the reader brings them.
    QCOMPARE(model.index(250, InvoiceListModel::Number).data(), QVariant());
    QCOMPARE(model.index(420, InvoiceListModel::Number).data(), QVariant());
    QVERIFY(changed.wait());
    QTRY_COMPARE(model.index(420, InvoiceListModel::Number).data().toString(), str("N-0420"));
    QCOMPARE(model.index(250, InvoiceListModel::Number).data().toString(), str("N-0250"));
    const QList<QVariant> first = changed.first();
    QCOMPARE(first.at(0).toModelIndex().row() % 200, 0);
    QCOMPARE(first.at(1).toModelIndex().column(), InvoiceListModel::ColumnCount - 1);
    // An id an action asks for is read at once.
    InvoiceListModel other(mDb->db->connection());
    other.setPagesInBackground(true);
    QCOMPARE(other.invoiceId(449), model.index(449, 0).data(InvoiceListModel::InvoiceIdRole));
    // A page read before a reset is not shown after it.
    InvoiceListModel reset(mDb->db->connection());
    reset.setPagesInBackground(true);
    QSignalSpy resetChanged(&reset, &QAbstractItemModel::dataChanged);
    QCOMPARE(reset.index(300, 0).data(), QVariant());
    reset.sort(InvoiceListModel::Number, Qt::DescendingOrder);
    QCOMPARE(reset.index(300, InvoiceListModel::Number).data(), QVariant());
    QTRY_COMPARE(reset.index(300, InvoiceListModel::Number).data().toString(), str("N-0149"));
}

void TestInvoiceListModel::filtersAsYouType()
{
    InvoiceListModel model(mDb->db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({str("zeta"), std::nullopt, false});
    QCOMPARE(model.rowCount(), 150);
    model.setFilter({str("N-044"), std::nullopt, false});
    QCOMPARE(model.rowCount(), 10);
    // LIKE wildcards in what a person types are taken literally.
    model.setFilter({str("100%"), std::nullopt, false});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("N-0077"));
    model.setFilter({str("_"), std::nullopt, false});
    QCOMPARE(model.rowCount(), 0);
}

void TestInvoiceListModel::statusAndOverdueFilters()
{
    InvoiceListModel model(mDb->db->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setToday(QDate(2026, 2, 15)); // invoices dated before 2026-01-16 are due before it
    model.setFilter({QString(), InvoiceStatus::Paid, false});
    QCOMPARE(model.rowCount(), 1);
    model.setFilter({QString(), std::nullopt, true});
    // Days 0..14 of each 200-day cycle: 15 dates × 3 cycles (0-199, 200-399, 400-449) minus the
    // paid one.
    QCOMPARE(model.rowCount(), 15 + 15 + 15 - 1);
    QVERIFY(model.index(0, 0).data(InvoiceListModel::OverdueRole).toBool());
    QCOMPARE(model.index(0, InvoiceListModel::Status).data().toString(), str("Pending (overdue)"));
    QCOMPARE(model.index(0, InvoiceListModel::Status).data(Qt::ToolTipRole).toString(),
        str("Pending (overdue)"));
}

void TestInvoiceListModel::anInvoiceWithoutADueDateIsDueFromItsDate()
{
    // As A/R Aging counts it: a tester saw invoices aged 31-60 days there, while the list showed
    // them as plain Pending and "Overdue only" and list --overdue left them out.
    TestDb t;
    const auto add = [&](const char *number, QDate date, QDate due) {
        Invoice invoice = sampleInvoice(str(number));
        invoice.date = date;
        invoice.dueDate = due;
        return t.ledger->createInvoice(invoice).ok();
    };
    QVERIFY(add("D-1", {2026, 1, 10}, {}));
    QVERIFY(add("D-2", {2026, 2, 15}, {})); // dated today: not yet
    QVERIFY(add("D-3", {2026, 1, 5}, {2026, 2, 1}));
    QVERIFY(add("D-4", {2026, 1, 5}, {2026, 3, 1}));
    InvoiceListModel model(t.db->connection());
    model.setToday(QDate(2026, 2, 15));
    model.setFilter({QString(), std::nullopt, false});
    QStringList overdue;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(InvoiceListModel::OverdueRole).toBool())
            overdue.append(model.index(row, InvoiceListModel::Number).data().toString());
    }
    QCOMPARE(overdue, QStringList({str("D-1"), str("D-3")}));
    model.setFilter({QString(), std::nullopt, true});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("D-1"));
    QCOMPARE(model.index(1, InvoiceListModel::Number).data().toString(), str("D-3"));
    QCOMPARE(model.index(0, InvoiceListModel::Status).data().toString(), str("Pending (overdue)"));
}

void TestInvoiceListModel::syncStateColumn()
{
    InvoiceListModel model(mDb->db->connection());
    QCOMPARE(
        model.index(0, InvoiceListModel::Sync).data(InvoiceListModel::SyncStateRole).toString(),
        str("local"));
    QCOMPARE(model.index(0, InvoiceListModel::Sync).data().toString(), str("Saved locally"));
    QCOMPARE(InvoiceListModel::syncStateLabel(str("in_doubt")), str("Checking with the service"));
}

void TestInvoiceListModel::listsEveryLabelAViewMustFit()
{
    QCOMPARE(InvoiceListModel::possibleLabels(InvoiceListModel::Status),
        QStringList({str("Draft"), str("Pending"), str("Paid"), str("Cancelled"), str("Refunded"),
            str("Pending (overdue)")}));
    QCOMPARE(InvoiceListModel::possibleLabels(InvoiceListModel::Sync),
        QStringList({str("Saved locally"), str("Synced ✓"), str("Waiting to send"), str("Sending…"),
            str("Checking with the service"), str("Needs your attention"), str("Conflict"),
            str("Waiting for sign-in")}));
    QVERIFY(InvoiceListModel::possibleLabels(InvoiceListModel::Total).isEmpty());
}

void TestInvoiceListModel::filterFindsLinesAndIgnoresAccents()
{
    TestDb t;
    Invoice mueller = sampleInvoice(str("M-1"));
    mueller.billing.firstName.clear();
    mueller.billing.lastName.clear();
    mueller.billing.company = str("Müller GmbH");
    mueller.billing.email = str("info@mueller.example");
    mueller.lines = {mueller.lines.first()};
    mueller.lines[0].description = str("Überweisungsgebühr");
    QVERIFY(t.ledger->createInvoice(mueller).ok());
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("O-1"))).ok());
    InvoiceListModel model(t.db->connection());
    const auto matches = [&](const char *text) {
        model.setFilter({str(text), std::nullopt, false});
        QStringList numbers;
        for (int row = 0; row < model.rowCount(); ++row)
            numbers.append(model.index(row, InvoiceListModel::Number).data().toString());
        return numbers;
    };
    QCOMPARE(matches("muller"), QStringList({str("M-1")})); // accents aside
    QCOMPARE(matches("MÜLLER"), QStringList({str("M-1")}));
    QCOMPARE(matches("uberweisung"), QStringList({str("M-1")})); // a line's description
    QCOMPARE(matches("support hours"), QStringList({str("O-1")}));
    QCOMPARE(matches("ada@example"), QStringList({str("O-1")})); // the billing e-mail

    // Kept with every change: an edited line is found by its new words at once.
    auto stored = t.ledger->invoiceByNumber(str("O-1"));
    Invoice edited = **stored;
    edited.lines[1].description = str("Café au lait");
    QVERIFY(t.ledger->updateInvoice(edited).ok());
    QCOMPARE(matches("cafe au"), QStringList({str("O-1")}));
    QCOMPARE(matches("support hours"), QStringList());
}

void TestInvoiceListModel::sortsAmountsAcrossCurrenciesByValue()
{
    TestDb t;
    Invoice kwd = sampleInvoice(str("K-1"));
    kwd.currency = currency("KWD");
    kwd.lines = {kwd.lines.first()};
    kwd.lines[0].quantity = Quantity::fromWhole(1);
    kwd.lines[0].rate = 2895300; // KWD 2,895.300
    Invoice inr = sampleInvoice(str("I-1"));
    inr.currency = currency("INR");
    inr.lines = {inr.lines.first()};
    inr.lines[0].quantity = Quantity::fromWhole(1);
    inr.lines[0].rate = 2680000; // INR 26,800.00
    QVERIFY(t.ledger->createInvoice(kwd).ok());
    QVERIFY(t.ledger->createInvoice(inr).ok());
    InvoiceListModel model(t.db->connection());
    for (auto column :
        {InvoiceListModel::Total, InvoiceListModel::Outstanding, InvoiceListModel::Paid}) {
        model.sort(column, Qt::DescendingOrder);
        if (column == InvoiceListModel::Paid)
            continue; // nothing paid: the order falls back to the id
        QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("I-1"));
        QCOMPARE(model.index(1, InvoiceListModel::Number).data().toString(), str("K-1"));
    }
}

void TestInvoiceListModel::searchIndexFollowsEveryChange()
{
    TestDb t;
    Invoice invoice = sampleInvoice(str("K-1"));
    invoice.billing.company = str("Kästner Werft");
    QVERIFY(t.ledger->createInvoice(invoice).ok());
    const auto indexed = [&](const char *text) {
        return t.rows(QStringLiteral("SELECT i.number FROM invoices_search s JOIN invoices i ON "
                                     "i.id = s.rowid WHERE invoices_search MATCH '%1'")
                          .arg(everyTrigramOf(text))
                          .toUtf8()
                          .constData());
    };
    // Written in the invoice's own transaction (a trigger), folded as the column is.
    QCOMPARE(indexed("kastner werft"), QStringList {str("K-1")});
    InvoiceListModel model(t.db->connection());
    const auto matches = [&](const char *text) {
        model.setFilter({str(text), std::nullopt, false});
        QStringList numbers;
        for (int row = 0; row < model.rowCount(); ++row)
            numbers.append(model.index(row, InvoiceListModel::Number).data().toString());
        return numbers;
    };
    QCOMPARE(matches("KÄSTNER"), QStringList {str("K-1")});
    QCOMPARE(matches("er w"), QStringList {str("K-1")}); // a substring across two words
    QCOMPARE(matches("kä"), QStringList {str("K-1")}); // shorter than a trigram: a scan
    QCOMPARE(matches("k"), QStringList {str("K-1")});
    QCOMPARE(matches("werften"), QStringList());

    auto stored = t.ledger->invoiceByNumber(str("K-1"));
    Invoice edited = **stored;
    edited.billing.company = str("Lindqvist Marine");
    QVERIFY(t.ledger->updateInvoice(edited).ok());
    QCOMPARE(indexed("kastner"), QStringList());
    QCOMPARE(indexed("lindqvist"), QStringList {str("K-1")});
    QCOMPARE(matches("kastner"), QStringList());
    QCOMPARE(matches("qvist mar"), QStringList {str("K-1")});

    model.setFilter({});
    QCOMPARE(model.rowCount(), 1); // the count the triggers keep
    QSqlQuery remove(t.db->connection());
    QVERIFY(remove.exec(str("DELETE FROM invoices WHERE number = 'K-1'")));
    QCOMPARE(indexed("lindqvist"), QStringList());
    model.reload();
    QCOMPARE(model.rowCount(), 0);
}

void TestInvoiceListModel::manyMatchesReadInOrderAgreeWithTheIndex()
{
    // More matches than a page is sorted from (20,000): the page is then read in the order's
    // index; it must hold the very rows, in the very order, that sorting the matches gives.
    TestDb t;
    QSqlQuery fill(t.db->connection());
    QVERIFY(fill.exec(str(
        "WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE "
        "k < 24000) INSERT INTO invoices (uuid, number, number_key, "
        "lifecycle, status, issue_date, due_date, currency, subtotal, "
        "grand_total, customer, search_text, created_at, updated_at) SELECT "
        "printf('u-%d', k), printf('Q-%05d', 24001 - k), "
        "invoicedesk_number_key(printf('Q-%05d', 24001 - k)), 'issued', CASE WHEN k % 10 = 0 THEN "
        "'Paid' ELSE 'Pending' END, '2026-01-01', CASE WHEN k % 50 = 0 THEN "
        "'2026-12-01' ELSE '2026-03-01' END, 'USD', 100, 100, printf('Firma "
        "%d', k % 7), printf('q-%05d firma %d', 24001 - k, k % 7), 't', 't' "
        "FROM n")));
    InvoiceListModel model(t.db->connection());
    model.setToday(QDate(2026, 7, 1));
    model.sort(InvoiceListModel::Number, Qt::DescendingOrder);
    const auto firstPage = [&] {
        QStringList numbers;
        for (int row = 0; row < 200; ++row)
            numbers.append(model.index(row, InvoiceListModel::Number).data().toString());
        return numbers;
    };
    model.setFilter({str("firma"), std::nullopt, true}); // 21,600: read in order
    // The list counts no further than 20,001 while it filters (issue 16 item 4); the exact
    // count comes from a thread of its own and adds the rows.
    QCOMPARE(model.rowCount(), InvoiceListing::CountCap);
    QVERIFY(!model.isCountExact());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(inserted.wait());
    QCOMPARE(inserted.first().at(1).toInt(), InvoiceListing::CountCap);
    QCOMPARE(inserted.first().at(2).toInt(), 21599);
    QCOMPARE(model.rowCount(), 21600);
    QVERIFY(model.isCountExact());
    QCOMPARE(firstPage(),
        t.rows("SELECT number FROM invoices WHERE status = 'Pending' AND due_date < "
               "'2026-07-01' ORDER BY number DESC LIMIT 200"));
    model.setFilter({str("firma 3"), std::nullopt, false}); // 3,429: selected, then sorted
    QCOMPARE(model.rowCount(), 3429);
    QVERIFY(model.isCountExact());
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("Q-23998"));
    model.setFilter({QString(), std::nullopt, true});
    QTRY_COMPARE(model.rowCount(), 21600);
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("Q-24000"));
    model.sort(InvoiceListModel::Number, Qt::AscendingOrder);
    model.setFilter({str("firma"), std::nullopt, false});
    QTRY_COMPARE(model.rowCount(), 24000);
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("Q-00001"));
    QCOMPARE(model.index(23999, InvoiceListModel::Number).data().toString(), str("Q-24000"));
}

void TestInvoiceListModel::aBatchIndexesItsInvoicesAsItCommits()
{
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("B-0"))).ok());
    const auto indexed = [&](const char *text) {
        return t.rows(QStringLiteral("SELECT i.number FROM invoices_search s JOIN invoices i ON "
                                     "i.id = s.rowid WHERE invoices_search MATCH '%1' ORDER BY "
                                     "i.number")
                          .arg(everyTrigramOf(text))
                          .toUtf8()
                          .constData());
    };
    QVERIFY(t.ledger->beginBatch().ok());
    Invoice first = sampleInvoice(str("B-1"));
    first.billing.company = str("Ørsted Vind");
    QVERIFY(t.ledger->createInvoice(first).ok());
    Invoice second = sampleInvoice(str("B-2"));
    QVERIFY(t.ledger->createInvoice(second).ok());
    auto stored = t.ledger->invoiceByNumber(str("B-1"));
    Invoice edited = **stored;
    edited.billing.company = str("Vestas Vind");
    QVERIFY(t.ledger->updateInvoice(edited).ok()); // queued: only its last text is indexed
    QVERIFY(t.ledger->commitBatch().ok());
    QCOMPARE(indexed("vestas"), QStringList {str("B-1")});
    QCOMPARE(indexed("orsted"), QStringList());
    QCOMPARE(indexed("analytical"), QStringList({str("B-0"), str("B-2")}));
    QCOMPARE(t.scalar("SELECT count(*) FROM invoices_search_queue").toInt(), 0);

    QVERIFY(t.ledger->beginBatch().ok());
    Invoice dropped = sampleInvoice(str("B-3"));
    dropped.billing.company = str("Siemens Gamesa");
    QVERIFY(t.ledger->createInvoice(dropped).ok());
    t.ledger->rollbackBatch();
    QCOMPARE(indexed("gamesa"), QStringList());
    QSqlQuery check(t.db->connection());
    QVERIFY2(check.exec(str("INSERT INTO invoices_search(invoices_search) VALUES "
                            "('integrity-check')")),
        qPrintable(check.lastError().text()));
}

void TestInvoiceListModel::aTextOfCommonTrigramsIsCountedByTheWorker()
{
    // Issue 16 item 4: every trigram of "firma" is in more invoices than the probe counts, so
    // the list does not count its matches before the first page (on a million invoices that
    // walked 360,000 of them per keystroke); the worker's count then drops the rows beyond.
    TestDb t;
    QVERIFY(insertFirmaInvoices(t.db->connection(), 20000));
    InvoiceListModel model(t.db->connection());
    model.sort(InvoiceListModel::Number, Qt::DescendingOrder);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setFilter({str("firma"), InvoiceStatus::Paid, false}); // 2,000 of 20,000
    QCOMPARE(model.rowCount(), InvoiceListing::CountCap);
    QVERIFY(!model.isCountExact());
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("Q-20000"));
    QCOMPARE(model.index(199, InvoiceListModel::Number).data().toString(), str("Q-18010"));
    QVERIFY(removed.wait());
    QCOMPARE(removed.first().at(1).toInt(), 2000);
    QCOMPARE(removed.first().at(2).toInt(), InvoiceListing::CountCap - 1);
    QCOMPARE(model.rowCount(), 2000);
    QVERIFY(model.isCountExact());
    QCOMPARE(model.index(1999, InvoiceListModel::Number).data().toString(), str("Q-00010"));
    // One or two letters are not counted before the first page either.
    model.setFilter({str("fi"), InvoiceStatus::Paid, false});
    QVERIFY(!model.isCountExact());
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("Q-20000"));
    QTRY_COMPARE(model.rowCount(), 2000);
    QVERIFY(model.isCountExact());
    // A first page that is not full holds every match: counted at once.
    model.setFilter({str("firma"), InvoiceStatus::Cancelled, false});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.isCountExact());
}

void TestInvoiceListModel::commonTrigramsAreProbedOnce()
{
    // Typed letter by letter, a text probes its trigrams again at every keystroke; the common
    // ones (16,384 index entries read each) are remembered, the rare ones always counted.
    TestDb t;
    QVERIFY(insertFirmaInvoices(t.db->connection(), 20000));
    QSet<QString> common;
    bool isCommon = false;
    auto first = TrigramQuery(t.db->connection(), &common).matchExpression(str("firma"), &isCommon);
    QVERIFY(first.ok());
    QVERIFY(isCommon);
    QCOMPARE(common, QSet<QString>({str("\"fir\""), str("\"irm\""), str("\"rma\"")}));
    auto rare
        = TrigramQuery(t.db->connection(), &common).matchExpression(str("q-00012"), &isCommon);
    QVERIFY(rare.ok());
    QVERIFY(!isCommon);
    QCOMPARE(common.size(), 3);
    // Remembered, not probed: with every invoice gone the probe would find none.
    QSqlQuery wipe(t.db->connection());
    QVERIFY(wipe.exec(str("DELETE FROM invoices")));
    auto again = TrigramQuery(t.db->connection(), &common).matchExpression(str("firma"), &isCommon);
    QCOMPARE(again.value(), first.value());
    QVERIFY(isCommon);
    auto probed = TrigramQuery(t.db->connection()).matchExpression(str("firma"), &isCommon);
    QCOMPARE(probed.value(), str("\"fir\""));
    QVERIFY(!isCommon);
}

QTEST_GUILESS_MAIN(TestInvoiceListModel)
#include "tst_invoicelistmodel.moc"
