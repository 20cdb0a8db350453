// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicelistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

class TestInvoiceListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesThroughManyRows();
    void sortsInSqlite();
    void filtersAsYouType();
    void statusAndOverdueFilters();
    void syncStateColumn();
    void listsEveryLabelAViewMustFit();

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

QTEST_GUILESS_MAIN(TestInvoiceListModel)
#include "tst_invoicelistmodel.moc"
