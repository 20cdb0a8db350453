// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16 item 4: the invoice list read again after a change to the file, in the background
// for a text filter, keeping the count it had until the worker counts again.
#include "invoicelistmodel.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

class TestInvoiceListRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aChangeWhileAFilterIsReadIsInItsRows();
    void aTextFiltersMatchesAreReadAgainInTheBackground();
    void aRefreshKeepsTheCountItHadUntilCounted();
};

void TestInvoiceListRefresh::aChangeWhileAFilterIsReadIsInItsRows()
{
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("A-1"))).ok());
    InvoiceListModel model(t.db->connection());
    QSignalSpy applied(&model, &InvoiceListModel::filterApplied);
    model.requestFilter({str("Nordlicht"), std::nullopt, false});
    Invoice invoice = sampleInvoice(str("A-2"));
    invoice.billing.company = str("Nordlicht GmbH");
    QVERIFY(t.ledger->createInvoice(invoice).ok());
    model.reload(); // what a window does after a change: the filter being read is read again
    QCOMPARE(model.rowCount(), 2); // the filter shown until then: every invoice
    QVERIFY(applied.wait());
    QCOMPARE(applied.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("A-2"));
}

void TestInvoiceListRefresh::aTextFiltersMatchesAreReadAgainInTheBackground()
{
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("A-1"))).ok());
    InvoiceListModel model(t.db->connection());
    QSignalSpy applied(&model, &InvoiceListModel::filterApplied);
    model.setFilter({str("Nordlicht"), std::nullopt, false});
    QCOMPARE(model.rowCount(), 0);
    Invoice invoice = sampleInvoice(str("A-2"));
    invoice.billing.company = str("Nordlicht GmbH");
    QVERIFY(t.ledger->createInvoice(invoice).ok());
    model.requestReload();
    QVERIFY(model.isFiltering());
    QCOMPARE(model.rowCount(), 0); // the matches read before, until the reader answers
    QVERIFY(applied.wait());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, InvoiceListModel::Number).data().toString(), str("A-2"));
    // The reader keeps its connection: what it read before does not hide a later change.
    invoice.number = str("A-4");
    QVERIFY(t.ledger->createInvoice(invoice).ok());
    model.requestReload();
    QVERIFY(applied.wait());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, InvoiceListModel::Number).data().toString(), str("A-4"));
    // Without a text the count the file keeps and the order's index answer at once.
    model.setFilter({});
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("A-3"))).ok());
    model.requestReload();
    QVERIFY(!model.isFiltering());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(applied.count(), 2);
}

void TestInvoiceListRefresh::aRefreshKeepsTheCountItHadUntilCounted()
{
    // A tester scrolled past row 20,001 of 55,550 matches; each save threw the list back there.
    TestDb t;
    QVERIFY(insertFirmaInvoices(t.db->connection(), 21000));
    InvoiceListModel model(t.db->connection());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setFilter({str("firma"), std::nullopt, false});
    QCOMPARE(model.rowCount(), InvoiceListing::CountCap);
    QVERIFY(inserted.wait());
    QCOMPARE(model.rowCount(), 21000);
    QSqlQuery add(t.db->connection());
    QVERIFY(add.exec(str("INSERT INTO invoices (uuid, number, number_key, lifecycle, status, "
                         "issue_date, currency, subtotal, grand_total, customer, search_text, "
                         "created_at, updated_at) VALUES ('u-new', 'Q-99999', 'Q-0599999', "
                         "'issued', 'Pending', "
                         "'2026-01-01', 'USD', 100, 100, 'Firma 9', 'q-99999 firma 9', 't', "
                         "'t')")));
    inserted.clear();
    model.reload();
    QCOMPARE(model.rowCount(), 21000); // the count it had, not the 20,001 counted so far
    QVERIFY(!model.isCountExact());
    QVERIFY(inserted.wait());
    QCOMPARE(model.rowCount(), 21001);
    QVERIFY(model.isCountExact());
    // Another filter starts from its own count.
    model.setFilter({str("firm"), std::nullopt, false});
    QCOMPARE(model.rowCount(), InvoiceListing::CountCap);
}

QTEST_GUILESS_MAIN(TestInvoiceListRefresh)
#include "tst_invoicelistrefresh.moc"
