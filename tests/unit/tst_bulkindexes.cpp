// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkindexes.h"
#include "csvimporter.h"
#include "ledger.h"
#include "testsupport.h"

#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

/** The whole schema as sqlite_master holds it: every table, index and trigger with its text. */
const char *const kSchema = "SELECT type || ' ' || name || ' ON ' || tbl_name || ': ' "
                            "|| coalesce(sql, '(implicit)') FROM sqlite_master ORDER BY type, name";

/** The names of the invoices' indexes the file holds now. */
const char *const kInvoiceIndexes
    = "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'invoices' ORDER BY name";

/** An invoices file of `count` one-line invoices (A-1 …), then `tail` as it is. */
QByteArray invoicesFile(int count, const QByteArray &tail = {})
{
    QByteArray file = "number,status,date,dueDate,currency,billing.company,line.quantity,"
                      "line.rate,line.description\r\n";
    for (int i = 1; i <= count; ++i)
        file += "A-" + QByteArray::number(i) + ",Pending,2026-01-05,2026-02-05,USD,Acme "
            + QByteArray::number(i % 7) + ",2,10.00,Widgets\r\n";
    return file + tail;
}

QString writeCsv(const TestDb &t, const QByteArray &bytes)
{
    const QString path = t.dir.filePath(QStringLiteral("invoices.csv"));
    writeFile(path, bytes);
    return path;
}

ImportOptions invoicesOptions()
{
    ImportOptions options;
    options.kind = ImportKind::Invoices;
    return options;
}

/** Creates invoices B-1 … B-count through the Ledger (inside whatever batch is open). */
bool createInvoices(TestDb &t, int count)
{
    for (int i = 1; i <= count; ++i) {
        if (!t.ledger->createInvoice(sampleInvoice(QStringLiteral("B-%1").arg(i))))
            return false;
    }
    return true;
}

} // namespace

/**
 * Issue 16: a large import sets the invoices' secondary indexes aside and builds them again
 * at its commit from the text sqlite_master held; all or nothing, and never for a small
 * import into a big file.
 */
class TestBulkIndexes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decision_data();
    void decision();
    void largeBatchSetsAsideAndRestoresTheSameSchema();
    void rolledBackBatchLeavesEveryIndexAndTrigger();
    void smallBatchIntoABigFileKeepsTheIndexes();
    void rowByRowBatchesNeverSetAside();
    void onlyABulkLoadTakesTheLargerPageCache();
    void importThatSucceedsLeavesTheSameSchema();
    void importThatFailsLateLeavesTheSameSchema();
};

void TestBulkIndexes::decision_data()
{
    QTest::addColumn<qint64>("held");
    QTest::addColumn<qint64>("written");
    QTest::addColumn<bool>("setAside");
    QTest::newRow("1M invoices + 10k imported") << qint64(1000000) << qint64(10000) << false;
    QTest::newRow("1M invoices + 1M imported") << qint64(1000000) << qint64(1000000) << false;
    QTest::newRow("1M invoices + 1M and one") << qint64(1000000) << qint64(1000001) << true;
    QTest::newRow("empty file, 100k imported") << qint64(0) << qint64(100000) << true;
    QTest::newRow("empty file, 999 imported") << qint64(0) << qint64(999) << false;
    QTest::newRow("empty file, 1000 imported") << qint64(0) << qint64(1000) << true;
    QTest::newRow("100k invoices + 70k payments") << qint64(100000) << qint64(70000) << false;
}

void TestBulkIndexes::decision()
{
    QFETCH(qint64, held);
    QFETCH(qint64, written);
    QFETCH(bool, setAside);
    QCOMPARE(BulkIndexes::worthSettingAside(held, written), setAside);
}

void TestBulkIndexes::largeBatchSetsAsideAndRestoresTheSameSchema()
{
    TestDb t;
    const QStringList schema = t.rows(kSchema);
    const QStringList indexes = t.rows(kInvoiceIndexes);
    QVERIFY(indexes.contains(QStringLiteral("invoices_status_id")));
    QVERIFY(t.ledger->beginBatch(Ledger::IndexUpkeep::RebuildWhenLarge).ok());
    QVERIFY(createInvoices(t, int(BulkIndexes::kMinimumRows) - 1));
    QCOMPARE(t.rows(kInvoiceIndexes), indexes); // not yet: 999 rows
    QVERIFY(t.ledger->createInvoice(sampleInvoice(QStringLiteral("C-1"))).ok());
    // Inside the batch only the UNIQUE indexes (uuid, number) remain.
    QCOMPARE(t.rows(kInvoiceIndexes),
        QStringList({str("sqlite_autoindex_invoices_1"), str("sqlite_autoindex_invoices_2")}));
    QVERIFY(t.ledger->createInvoice(sampleInvoice(QStringLiteral("C-2"))).ok());
    QVERIFY(t.ledger->commitBatch().ok());
    QCOMPARE(t.rows(kSchema), schema);
    QCOMPARE(t.scalar("PRAGMA integrity_check").toString(), str("ok"));
    QCOMPARE(t.scalar("SELECT count(*) FROM invoices").toInt(), 1001);
    // The rebuilt indexes answer: 1,001 pending invoices through (status, id).
    QCOMPARE(t.scalar("SELECT count(*) FROM invoices INDEXED BY invoices_status_id "
                      "WHERE status = 'Pending'")
                 .toInt(),
        1001);
}

void TestBulkIndexes::rolledBackBatchLeavesEveryIndexAndTrigger()
{
    TestDb t;
    const QStringList schema = t.rows(kSchema);
    QVERIFY(t.ledger->beginBatch(Ledger::IndexUpkeep::RebuildWhenLarge).ok());
    QVERIFY(createInvoices(t, int(BulkIndexes::kMinimumRows) + 5));
    QVERIFY(t.rows(kInvoiceIndexes).size() == 2);
    t.ledger->rollbackBatch();
    QCOMPARE(t.rows(kSchema), schema);
    QCOMPARE(t.scalar("SELECT count(*) FROM invoices").toInt(), 0);
    QCOMPARE(t.scalar("PRAGMA integrity_check").toString(), str("ok"));
    // A batch after the rollback starts its own count: a small one keeps the indexes.
    QVERIFY(t.ledger->beginBatch(Ledger::IndexUpkeep::RebuildWhenLarge).ok());
    QVERIFY(createInvoices(t, 3));
    QVERIFY(t.ledger->commitBatch().ok());
    QCOMPARE(t.rows(kSchema), schema);
}

void TestBulkIndexes::smallBatchIntoABigFileKeepsTheIndexes()
{
    TestDb t;
    const QStringList indexes = t.rows(kInvoiceIndexes);
    // The kept count stands for a file of a million invoices (building one takes minutes).
    QVERIFY(t.db->connection().exec(str("UPDATE invoice_count SET invoices = 1000000")).isActive());
    QVERIFY(t.ledger->beginBatch(Ledger::IndexUpkeep::RebuildWhenLarge).ok());
    QVERIFY(createInvoices(t, int(BulkIndexes::kMinimumRows) + 100));
    QCOMPARE(t.rows(kInvoiceIndexes), indexes);
    QVERIFY(t.ledger->commitBatch().ok());
    QCOMPARE(t.rows(kInvoiceIndexes), indexes);
}

void TestBulkIndexes::rowByRowBatchesNeverSetAside()
{
    TestDb t;
    const QStringList indexes = t.rows(kInvoiceIndexes);
    QVERIFY(t.ledger->beginBatch().ok()); // the bank's and the demo data's batches
    QCOMPARE(t.scalar("PRAGMA cache_size").toInt(), -32768); // the page cache of any open file
    QVERIFY(createInvoices(t, int(BulkIndexes::kMinimumRows) + 100));
    QCOMPARE(t.rows(kInvoiceIndexes), indexes);
    QVERIFY(t.ledger->commitBatch().ok());
}

void TestBulkIndexes::onlyABulkLoadTakesTheLargerPageCache()
{
    TestDb t;
    QVERIFY(t.ledger->beginBatch(Ledger::IndexUpkeep::RebuildWhenLarge).ok()); // the CSV import
    QCOMPARE(t.scalar("PRAGMA cache_size").toInt(), -98304);
    QVERIFY(t.ledger->commitBatch().ok());
    QCOMPARE(t.scalar("PRAGMA cache_size").toInt(), -32768);
    QVERIFY(t.ledger->beginBatch(Ledger::IndexUpkeep::RebuildWhenLarge).ok());
    t.ledger->rollbackBatch();
    QCOMPARE(t.scalar("PRAGMA cache_size").toInt(), -32768);
}

void TestBulkIndexes::importThatSucceedsLeavesTheSameSchema()
{
    TestDb t;
    const QStringList schema = t.rows(kSchema);
    const ImportReport report
        = CsvImporter(*t.ledger).run(writeCsv(t, invoicesFile(1200)), invoicesOptions());
    QVERIFY2(report.committed, qPrintable(report.fatalError));
    QCOMPARE(report.created, 1200);
    QCOMPARE(t.rows(kSchema), schema);
    QCOMPARE(t.scalar("PRAGMA integrity_check").toString(), str("ok"));
    QCOMPARE(t.scalar("SELECT count(*) FROM audit_log").toInt(), 1200);
    QCOMPARE(t.scalar("SELECT invoices FROM invoice_count").toInt(), 1200);
    // The search index holds every invoice, as the text the invoices hold.
    QCOMPARE(t.scalar("SELECT count(*) FROM invoices_search_queue").toInt(), 0);
    QVERIFY(
        t.db->connection()
            .exec(str("INSERT INTO invoices_search(invoices_search) VALUES ('integrity-check')"))
            .isActive());
}

void TestBulkIndexes::importThatFailsLateLeavesTheSameSchema()
{
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice(QStringLiteral("KEPT-1"))).ok());
    const QStringList schema = t.rows(kSchema);
    // 1,200 good invoices, then one with an impossible date: the whole import is refused.
    const ImportReport report = CsvImporter(*t.ledger).run(
        writeCsv(t, invoicesFile(1200, "Z-1,Pending,2026-02-30,,USD,Acme,1,5.00,Thing\r\n")),
        invoicesOptions());
    QVERIFY(!report.committed);
    QCOMPARE(report.issues.size(), 1);
    QCOMPARE(t.rows(kSchema), schema);
    QCOMPARE(t.rows("SELECT number FROM invoices"), QStringList({str("KEPT-1")}));
    QCOMPARE(t.scalar("SELECT count(*) FROM audit_log").toInt(), 1);
    QCOMPARE(t.scalar("PRAGMA integrity_check").toString(), str("ok"));
}

QTEST_GUILESS_MAIN(TestBulkIndexes)
#include "tst_bulkindexes.moc"
