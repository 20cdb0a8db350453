// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// `import payments` of a file listed out of date order (a bank's, newest first) imports it by
// date, as `import books` replays the payments, reading the file again once per window of dates
// so that it never holds more than a window's records (issue 16's bound on memory). A tester's
// find: the refund listed before the payment it refunds, and credit applied listed before the
// receipt that brought it, were refused.
#include "booksfiles.h"
#include "csvimporter.h"
#include "receiptbook.h"

#include <QTest>

#include <algorithm>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

/** Newest first: credit applied on the 22nd, a receipt on the 20th, a refund, its payment. */
const char NewestFirst[] = "invoiceNumber,date,amount,method,receipt,customer,currency\n"
                           "C1,2026-02-22,60.00,accounts_receivable,credit,Acme Inc,USD\n"
                           "C1,2026-02-12,-50.00,cash,,,\n"
                           ",2026-02-20,100.00,cash,R-1,Acme Inc,USD\n"
                           "C1,2026-02-10,50.00,cash,,,\n";

const char OldestFirst[] = "invoiceNumber,date,amount,method,receipt,customer,currency\n"
                           "C1,2026-02-10,50.00,cash,,,\n"
                           "C1,2026-02-12,-50.00,cash,,,\n"
                           ",2026-02-20,100.00,cash,R-1,Acme Inc,USD\n"
                           "C1,2026-02-22,60.00,accounts_receivable,credit,Acme Inc,USD\n";

struct Imported
{
    ImportReport report;
    QList<std::pair<qint64, qint64>> progress;
};

/** Why an import was not committed: its fatal error, else its first problem. */
QString whyNot(const ImportReport &report)
{
    return report.issues.isEmpty() ? report.fatalError : report.issues.first().toString();
}

/** How often the progress went back (done / total below the call before). */
int timesBack(const QList<std::pair<qint64, qint64>> &progress)
{
    int back = 0;
    for (qsizetype i = 1; i < progress.size(); ++i) {
        const auto [done, total] = progress.at(i);
        const auto [doneBefore, totalBefore] = progress.at(i - 1);
        back += done * totalBefore < doneBefore * total ? 1 : 0;
    }
    return back;
}

} // namespace

class TestImportByDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFileListedNewestFirstImportsByDate_data();
    void aFileListedNewestFirstImportsByDate();
    void whatTheChecksReadComesInDateOrder_data();
    void whatTheChecksReadComesInDateOrder();
    void aFileListedNewestFirstTakesEachDateFromItsEnd_data();
    void aFileListedNewestFirstTakesEachDateFromItsEnd();
    void eachRefusedRecordIsListedOnceInTheFilesOrder();
    void theSpreadsheetCheckSeesTheBooksAsBeforeTheFile();
    void cancellingBetweenWindowsWritesNothing();
    void aFileChangedBetweenWindowsWritesNothing();

private:
    static void invoices(TestDb &t, const QList<const char *> &numbers);
    static Imported import(TestDb &t, const QByteArray &csv, qsizetype recordsPerWindow,
        const ImportOptions &options = {}, const CsvImporter::CancelCheck &cancelled = {});
};

void TestImportByDate::invoices(TestDb &t, const QList<const char *> &numbers)
{
    for (const char *number : numbers)
        QVERIFY(t.ledger->createInvoice(invoiceFor(number, "Acme Inc", "USD", {2026, 1, 5}, 10000))
                    .ok());
}

Imported TestImportByDate::import(TestDb &t, const QByteArray &csv, qsizetype recordsPerWindow,
    const ImportOptions &given, const CsvImporter::CancelCheck &cancelled)
{
    const QString path = t.dir.filePath(str("payments.csv"));
    writeFile(path, csv);
    ImportOptions options = given;
    options.kind = ImportKind::Payments;
    Imported run;
    CsvImporter importer(*t.ledger);
    importer.setRecordsPerWindow(recordsPerWindow);
    run.report = importer.run(
        path, options,
        [&](qint64 done, qint64 total) {
            run.progress.append({done, total});
        },
        cancelled);
    return run;
}

void TestImportByDate::aFileListedNewestFirstImportsByDate_data()
{
    QTest::addColumn<qsizetype>("recordsPerWindow");
    QTest::newRow("in one window") << qsizetype(20000);
    QTest::newRow("a window per date") << qsizetype(1);
    QTest::newRow("two records a window") << qsizetype(2);
}

void TestImportByDate::aFileListedNewestFirstImportsByDate()
{
    QFETCH(qsizetype, recordsPerWindow);
    TestDb t;
    invoices(t, {"C1"});
    const Imported run = import(t, NewestFirst, recordsPerWindow);
    QVERIFY2(run.report.committed, qPrintable(whyNot(run.report)));
    QCOMPARE(run.report.records, 4);
    QCOMPARE(t.rows("SELECT paid_on, amount FROM payments ORDER BY id"),
        QStringList({str("2026-02-10|5000"), str("2026-02-12|-5000"), str("2026-02-22|6000")}));
    QCOMPARE(t.rows("SELECT receipt_key, received_on, amount FROM receipts"),
        QStringList({str("R-1|2026-02-20|10000")}));
    QCOMPARE(ReceiptBook(*t.ledger).receipts().creditOf(1, str("USD")).value(), 4000);
    // As the same rows listed oldest first, read once.
    TestDb oldestFirst;
    invoices(oldestFirst, {"C1"});
    QVERIFY(import(oldestFirst, OldestFirst, 20000).report.committed);
    for (const char *sql :
        {"SELECT status, paid_total, refunded_total, credited_total FROM invoices",
            "SELECT paid_on, amount, method FROM payments ORDER BY id",
            "SELECT receipt_key, received_on, amount FROM receipts",
            "SELECT payment_id, receipt_id FROM allocations ORDER BY payment_id"})
        QCOMPARE(t.rows(sql), oldestFirst.rows(sql));
    QVERIFY(!run.progress.isEmpty());
    QCOMPARE(run.progress.last().first, run.progress.last().second);
    QCOMPARE(timesBack(run.progress), 0);
}

void TestImportByDate::whatTheChecksReadComesInDateOrder_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("imported"); // invoice and date, in the order imported
    const QByteArray header = "invoiceNumber,date,amount,method,receipt,customer,currency\n";
    QTest::newRow("in date order")
        << header + "C1,2026-02-01,1.00,cash,,,\nC2,2026-02-02,1.00,cash,,,\n"
        << QStringList({str("C1|2026-02-01"), str("C2|2026-02-02")});
    // The checks of one invoice's payments read only that invoice: the file's order stands.
    QTest::newRow("each invoice in date order")
        << header + "C2,2026-02-05,1.00,cash,,,\nC1,2026-02-01,1.00,cash,,,\n"
        << QStringList({str("C2|2026-02-05"), str("C1|2026-02-01")});
    QTest::newRow("an invoice's payments out of date order")
        << header + "C1,2026-02-03,1.00,cash,,,\nC1,2026-02-01,1.00,cash,,,\n"
        << QStringList({str("C1|2026-02-01"), str("C1|2026-02-03")});
    // A refund may pay out credit, which a receipt of another invoice brought.
    QTest::newRow("a refund before an earlier receipt")
        << header
            + "C1,2026-02-10,5.00,cash,R-1,Acme Inc,USD\nC2,2026-02-01,1.00,cash,,,\n"
              "C2,2026-02-05,-1.00,cash,,,\n"
        << QStringList({str("C2|2026-02-01"), str("C2|2026-02-05"), str("C1|2026-02-10")});
}

void TestImportByDate::whatTheChecksReadComesInDateOrder()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, imported);
    TestDb t;
    invoices(t, {"C1", "C2"});
    const Imported run = import(t, csv, 1);
    QVERIFY2(run.report.committed, qPrintable(whyNot(run.report)));
    QCOMPARE(t.rows("SELECT i.number, p.paid_on FROM payments p JOIN invoices i "
                    "ON i.id = p.invoice_id ORDER BY p.id"),
        imported);
    // Read again by date or not, the progress never goes back.
    QCOMPARE(timesBack(run.progress), 0);
    QCOMPARE(run.progress.last().first, run.progress.last().second);
}

void TestImportByDate::aFileListedNewestFirstTakesEachDateFromItsEnd_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("imported"); // invoice, date and amount, in the order imported
    const QByteArray header = "invoiceNumber,date,amount,method\n";
    // Paid, refunded and paid again, newest first: the refund of the 10th was listed above its
    // payment, as it came after it.
    QTest::newRow("paid, refunded, paid again")
        << header
            + "C1,2026-02-12,50.00,cash\nC1,2026-02-10,-50.00,cash\nC1,2026-02-10,50.00,cash\n"
        << QStringList(
               {str("C1|2026-02-10|5000"), str("C1|2026-02-10|-5000"), str("C1|2026-02-12|5000")});
    // Each invoice on one date only: the file is newest first by its other dates.
    QTest::newRow("one date per invoice")
        << header
            + "C1,2026-02-10,-50.00,cash\nC1,2026-02-10,50.00,cash\nC2,2026-02-09,10.00,cash\n"
        << QStringList(
               {str("C2|2026-02-09|1000"), str("C1|2026-02-10|5000"), str("C1|2026-02-10|-5000")});
}

void TestImportByDate::aFileListedNewestFirstTakesEachDateFromItsEnd()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, imported);
    for (const qsizetype recordsPerWindow : {qsizetype(1), qsizetype(20000)}) {
        TestDb t;
        invoices(t, {"C1", "C2"});
        const Imported run = import(t, csv, recordsPerWindow);
        QVERIFY2(run.report.committed, qPrintable(whyNot(run.report)));
        QCOMPARE(t.rows("SELECT i.number, p.paid_on, p.amount FROM payments p JOIN invoices i "
                        "ON i.id = p.invoice_id ORDER BY p.id"),
            imported);
    }
}

void TestImportByDate::eachRefusedRecordIsListedOnceInTheFilesOrder()
{
    TestDb t;
    invoices(t, {"C1", "C2"});
    ImportOptions options;
    options.skipInvalid = true;
    const Imported run = import(t,
        "invoiceNumber,date,amount,method,receipt,customer,currency\n"
        "C2,2026-02-20,10.00,cash,,,\n" // line 2
        "C9,2026-02-15,10.00,cash,,,\n" // 3: no such invoice
        "C1,2026-02-14,10.00,cash,R-2,Acme Inc,USD\n" // 4: receipt R-2, its rows apart
        "C1,2026-02-12,-90.00,cash,,,\n" // 5: more than paid by then
        "C2,2026-02-13,10.00,cash,R-2,Acme Inc,USD\n" // 6
        "C1,2026-02-10,20.00,cash,,,\n", // 7
        1, options);
    QVERIFY2(run.report.committed, qPrintable(run.report.fatalError));
    QCOMPARE(run.report.records, 6);
    QCOMPARE(run.report.rejected, 3); // receipt R-2 is one record
    QStringList issues;
    for (const ImportIssue &issue : run.report.issues)
        issues.append(issue.toString());
    QCOMPARE(issues,
        QStringList({str("line 3, column invoiceNumber (\"C9\"): there is no invoice numbered "
                         "\"C9\""),
            str("line 5, column amount (\"-90.00\"): a refund of 90.00 USD is more than the 20.00 "
                "paid on invoice C1"),
            str("line 6, column receipt (\"R-2\"): the rows of receipt R-2 must be together; it "
                "already appeared at line 4")}));
    QCOMPARE(t.rows("SELECT i.number, p.paid_on, p.amount FROM payments p "
                    "JOIN invoices i ON i.id = p.invoice_id ORDER BY p.id"),
        QStringList({str("C1|2026-02-10|2000"), str("C2|2026-02-20|1000")}));
    const QStringList errors = QString::fromUtf8(readFile(run.report.errorFilePath))
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(errors.size(), 5);
    QVERIFY(errors.at(1).startsWith(str("C9,2026-02-15")));
    QVERIFY(errors.at(2).startsWith(str("C1,2026-02-14")));
    QVERIFY(errors.at(3).startsWith(str("C1,2026-02-12")));
    QVERIFY(errors.at(4).startsWith(str("C2,2026-02-13")));
    QVERIFY2(errors.at(4).contains(str("must be together")), qPrintable(errors.at(4)));
}

void TestImportByDate::theSpreadsheetCheckSeesTheBooksAsBeforeTheFile()
{
    // A reference 42 after 0042 in date order: a spreadsheet's damage only where 0042 was in the
    // books before the file, as when the file is read once; not because an earlier window wrote
    // it.
    TestDb t;
    invoices(t, {"C1", "C2"});
    const Imported run = import(t,
        "invoiceNumber,date,amount,method,reference\n"
        "C1,2026-02-20,10.00,cash,42\n"
        "C1,2026-02-10,10.00,cash,0042\n",
        1);
    QVERIFY2(run.report.committed, qPrintable(whyNot(run.report)));
    QCOMPARE(t.rows("SELECT reference FROM payments ORDER BY id"),
        QStringList({str("0042"), str("42")}));
    const Imported later = import(t,
        "invoiceNumber,date,amount,method,reference\n"
        "C1,2026-02-25,10.00,cash,42\n"
        "C1,2026-02-21,10.00,cash,7\n",
        1);
    QVERIFY(!later.report.committed);
    QCOMPARE(later.report.issues.size(), 1);
    QCOMPARE(later.report.issues.first().line, 2);
    QVERIFY2(later.report.issues.first().reason.contains(str("0042 became 42")),
        qPrintable(later.report.issues.first().reason));
}

void TestImportByDate::cancellingBetweenWindowsWritesNothing()
{
    TestDb t;
    invoices(t, {"C1"});
    int asked = 0;
    // The first reading asks once per row (4), the window of the 10th once per row and record.
    const Imported run = import(t, NewestFirst, 1, {}, [&] { return ++asked == 10; });
    QVERIFY(run.report.cancelled);
    QVERIFY(!run.report.committed);
    QCOMPARE(t.scalar("SELECT count(*) FROM payments").toInt(), 0);
    QCOMPARE(t.scalar("SELECT count(*) FROM receipts").toInt(), 0);
}

void TestImportByDate::aFileChangedBetweenWindowsWritesNothing()
{
    TestDb t;
    invoices(t, {"C1"});
    const QString path = t.dir.filePath(str("payments.csv"));
    // The refund's amount, changed while the windows are read: the same records, the same
    // number of bytes (a tester's find on the books).
    const QByteArray changed = QByteArray(NewestFirst).replace("-50.00", "-40.00");
    QCOMPARE(changed.size(), qsizetype(sizeof(NewestFirst) - 1));
    int asked = 0;
    const Imported run = import(t, NewestFirst, 1, {}, [&] {
        if (++asked == 10)
            writeFile(path, changed);
        return false;
    });
    QVERIFY(asked > 10);
    QVERIFY(!run.report.committed);
    QCOMPARE(run.report.fatalError,
        str("%1 changed while it was being imported: import it again").arg(path));
    QCOMPARE(t.scalar("SELECT count(*) FROM payments").toInt(), 0);
    QCOMPARE(t.scalar("SELECT count(*) FROM receipts").toInt(), 0);
}

QTEST_GUILESS_MAIN(TestImportByDate)
#include "tst_importbydate.moc"
