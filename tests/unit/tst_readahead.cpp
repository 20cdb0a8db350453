// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: an import reads and checks its file's rows on a thread of its own (ReadAhead)
// while the importing thread writes the rows before them. Every row arrives once and in
// order, memory stays bounded, and a consumer that stops early (Cancel, a failure) ends the
// reading thread before it returns.
#include "csvimporter.h"
#include "readahead.h"
#include "testsupport.h"

#include <QTest>

#include <atomic>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

class TestReadAhead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyItemArrivesOnceInOrder();
    void anEmptySourceEndsAtOnce();
    void stoppingEndsAProducerThatWouldNeverFinish();
    void importCancelledMidFileWritesNothingAndReportsItsRows();
    void aBadRowIsReportedAtItsLineAmongThousands();
};

void TestReadAhead::everyItemArrivesOnceInOrder()
{
    constexpr int Items = 10007;
    ReadAhead<int> ahead([](ReadAhead<int> &queue) {
        QList<int> chunk;
        for (int i = 0; i < Items; ++i) {
            chunk.append(i);
            if (chunk.size() == 7 && !queue.push(std::exchange(chunk, {})))
                return;
        }
        queue.push(std::move(chunk));
    });
    QList<int> received;
    while (auto chunk = ahead.next())
        received += *chunk;
    QCOMPARE(received.size(), Items);
    for (int i = 0; i < Items; ++i)
        QCOMPARE(received.at(i), i);
}

void TestReadAhead::anEmptySourceEndsAtOnce()
{
    ReadAhead<int> ahead([](ReadAhead<int> &) {});
    QVERIFY(!ahead.next().has_value());
    QVERIFY(!ahead.next().has_value());
}

void TestReadAhead::stoppingEndsAProducerThatWouldNeverFinish()
{
    std::atomic<int> pushed {0};
    std::atomic<bool> refused {false};
    {
        ReadAhead<int> ahead([&](ReadAhead<int> &queue) {
            for (int i = 0;; ++i) {
                if (!queue.push({i})) {
                    refused = true;
                    return;
                }
                ++pushed;
            }
        });
        auto first = ahead.next();
        QVERIFY(first.has_value());
        QCOMPARE(first->first(), 0);
        ahead.stop(); // returns only once the producer has seen the refusal and ended
        QVERIFY(refused);
        // The queue never held more than its bound: one taken, at most MaxChunks waiting.
        QVERIFY(pushed <= 1 + ReadAhead<int>::MaxChunks);
    }
    QVERIFY(refused);
}

namespace {

QByteArray invoicesCsv(int count, int badAt = -1)
{
    QByteArray csv = "number,status,date,dueDate,currency,billing.company,line.quantity,line.rate,"
                     "line.total,line.description,grandTotal\r\n";
    for (int i = 1; i <= count; ++i) {
        const QByteArray total = i == badAt ? "12.3x" : "10.00";
        csv += "R-" + QByteArray::number(i) + ",Pending,2026-03-01,2026-03-31,EUR,Firm "
            + QByteArray::number(i % 13) + ",1,10.00," + total + ",Hours,10.00\r\n";
    }
    return csv;
}

qint64 invoiceCount(TestDb &t)
{
    return t.scalar("SELECT count(*) FROM invoices").toLongLong();
}

} // namespace

void TestReadAhead::importCancelledMidFileWritesNothingAndReportsItsRows()
{
    TestDb t;
    const QString path = t.dir.filePath(str("invoices.csv"));
    writeFile(path, invoicesCsv(5000));
    ImportOptions options;
    options.kind = ImportKind::Invoices;
    int fed = 0;
    QList<qint64> done;
    const ImportReport report = CsvImporter(*t.ledger).run(
        path, options, [&](qint64 bytesDone, qint64) { done.append(bytesDone); },
        [&] { return ++fed == 1500; });
    QVERIFY(report.cancelled);
    QVERIFY(!report.committed);
    QCOMPARE(report.records, 1500); // the rows read ahead and never imported are not counted
    QCOMPARE(invoiceCount(t), 0);
    // The 1,000th row's progress, then the end's: none for the rows read ahead of the cancel.
    QCOMPARE(done.size(), 2);
    QVERIFY(done.first() > 0 && done.first() < QFileInfo(path).size());

    // The same file, not cancelled: every row, progress rising to the whole file.
    done.clear();
    const ImportReport whole = CsvImporter(*t.ledger).run(
        path, options, [&](qint64 bytesDone, qint64) { done.append(bytesDone); });
    QVERIFY2(whole.fatalError.isEmpty(), qPrintable(whole.fatalError));
    QCOMPARE(whole.created, 5000);
    QCOMPARE(invoiceCount(t), 5000);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
    QCOMPARE(done.last(), QFileInfo(path).size());
}

void TestReadAhead::aBadRowIsReportedAtItsLineAmongThousands()
{
    TestDb t;
    const QString path = t.dir.filePath(str("invoices.csv"));
    writeFile(path, invoicesCsv(4000, 3333));
    ImportOptions options;
    options.kind = ImportKind::Invoices;
    const ImportReport report = CsvImporter(*t.ledger).run(path, options);
    QVERIFY2(report.issues.size() == 1, qPrintable(report.issues.first().toString()));
    QCOMPARE(report.issues.first().line, 3334); // the header is line 1
    QCOMPARE(report.issues.first().column, str("line.total"));
    QVERIFY(!report.committed);
    QCOMPARE(invoiceCount(t), 0);
}

QTEST_MAIN(TestReadAhead)
#include "tst_readahead.moc"
