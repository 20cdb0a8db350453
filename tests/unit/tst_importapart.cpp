// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A record whose rows are apart in the file (an invoice's or a receipt's rows with another
// record between them) is refused whole, also when invalid records are skipped: before, its
// first rows were imported as the whole record (an invoice short of a line, a cheque short of
// an allocation) and only the stray row refused. And the number and date formats are decided
// by the whole file when its first rows leave them open.
#include "booksimporter.h"
#include "csvexporter.h"
#include "csvimporter.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

ImportOptions optionsFor(ImportKind kind, bool skipInvalid = true)
{
    ImportOptions options;
    options.kind = kind;
    options.skipInvalid = skipInvalid;
    return options;
}

QString fileIn(const TestDb &t, const char *name, const QByteArray &bytes)
{
    const QString path = t.dir.filePath(QString::fromLatin1(name));
    writeFile(path, bytes);
    return path;
}

QStringList linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {str("cannot read ") + path};
    return QString::fromUtf8(file.readAll()).split(str("\r\n"), Qt::SkipEmptyParts);
}

const QByteArray kReceiptInvoices = "number,date,currency,customer,line.quantity,line.rate,"
                                    "line.description\r\n"
                                    "R-1,2026-01-05,USD,Acme,1,100.00,A\r\n"
                                    "R-2,2026-01-05,USD,Acme,1,200.00,B\r\n"
                                    "R-3,2026-01-05,USD,Acme,1,300.00,C\r\n";

// Cheque CHQ-451 pays R-1 and R-2 (250.00); a cash payment of R-3 sits between its rows.
const QByteArray kSplitReceipt
    = "invoiceNumber,date,amount,method,cheque.number,receipt,customer,currency\r\n"
      "R-1,2026-01-10,100.00,cheque,000451,CHQ-451,Acme,USD\r\n"
      "R-3,2026-01-11,300.00,cash,,,Acme,USD\r\n"
      "R-2,2026-01-10,150.00,cheque,000451,CHQ-451,Acme,USD\r\n";

} // namespace

class TestImportApart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anInvoiceApartIsRefusedWholeWhenSkipping();
    void aReceiptApartIsRefusedWholeWhenSkipping();
    void withoutSkippingNothingIsImported();
    void theBooksRefuseAReceiptApartWhole();
    void formatsAreDecidedByTheWholeFile();
};

void TestImportApart::anInvoiceApartIsRefusedWholeWhenSkipping()
{
    TestDb t;
    const QString path = t.dir.filePath(str("s1.csv"));
    writeFile(path,
        "number,date,currency,line.quantity,line.rate,line.description\r\n"
        "S-1,2026-01-05,USD,1,100.00,A1\r\n"
        "S-1,,,1,20.00,A2\r\n"
        "S-2,2026-01-06,USD,1,50.00,B1\r\n"
        "S-1,,,1,3.00,A3\r\n"
        ",,,1,4.00,A4\r\n" // a blank number continues S-1's stray rows
        "X-1,2026-01-07,USD,1,abc,X1\r\n");
    const ImportReport report = CsvImporter(*t.ledger).run(path, optionsFor(ImportKind::Invoices));
    QVERIFY2(report.committed, qPrintable(report.fatalError));
    QCOMPARE(report.created, 1);
    QCOMPARE(report.rejected, 2);
    const QString why = str("line 5, column number (\"S-1\"): the rows of invoice S-1 must be "
                            "together; it already appeared at line 2");
    QCOMPARE(report.issues.size(), 2);
    QCOMPARE(report.issues.last().toString(), why);
    QCOMPARE(rowsOf(t.db->connection(), "SELECT number || ' ' || grand_total FROM invoices"),
        QStringList {str("S-2 5000")});
    QCOMPARE(t.scalar("SELECT count(*) FROM audit_log WHERE entity_type = 'invoice'").toInt(), 1);
    // Every row of S-1 is in the error file with the reason, and the file's order holds
    // although S-1 was refused after X-1.
    const QString quoted = str("\"") + QString(why).replace(str("\""), str("\"\"")) + str("\"");
    const QStringList errors = linesOf(report.errorFilePath);
    QCOMPARE(errors.size(), 6);
    QCOMPARE(errors.mid(0, 5),
        QStringList({str("number,date,currency,line.quantity,line.rate,line.description,error"),
            str("S-1,2026-01-05,USD,1,100.00,A1,") + quoted, str("S-1,,,1,20.00,A2,") + quoted,
            str("S-1,,,1,3.00,A3,") + quoted, str(",,,1,4.00,A4,") + quoted}));
    QVERIFY(errors.last().startsWith(str("X-1,2026-01-07,USD,1,abc,X1,")));
}

void TestImportApart::aReceiptApartIsRefusedWholeWhenSkipping()
{
    TestDb t;
    QVERIFY(CsvImporter(*t.ledger)
                .run(fileIn(t, "i.csv", kReceiptInvoices), optionsFor(ImportKind::Invoices, false))
                .committed);
    const ImportReport report = CsvImporter(*t.ledger).run(
        fileIn(t, "p.csv", kSplitReceipt), optionsFor(ImportKind::Payments));
    QVERIFY2(report.committed, qPrintable(report.fatalError));
    QCOMPARE(report.created, 1);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(report.issues.size(), 1);
    QCOMPARE(report.issues.first().toString(),
        str("line 4, column receipt (\"CHQ-451\"): the rows of receipt CHQ-451 must be together; "
            "it already appeared at line 2"));
    // Only the cash payment: no part of the cheque, R-1 and R-2 still owe everything.
    QCOMPARE(rowsOf(t.db->connection(),
                 "SELECT i.number || ' ' || p.amount FROM payments p JOIN invoices i ON i.id = "
                 "p.invoice_id"),
        QStringList {str("R-3 30000")});
    QCOMPARE(rowsOf(t.db->connection(),
                 "SELECT number || ' ' || paid_total || ' ' || status FROM invoices ORDER BY id"),
        QStringList({str("R-1 0 Pending"), str("R-2 0 Pending"), str("R-3 30000 Paid")}));
    QCOMPARE(t.scalar("SELECT count(*) FROM receipts").toInt(), 0);
    QCOMPARE(linesOf(report.errorFilePath).size(), 3); // the header and both cheque rows
}

void TestImportApart::withoutSkippingNothingIsImported()
{
    TestDb t;
    QVERIFY(CsvImporter(*t.ledger)
                .run(fileIn(t, "i.csv", kReceiptInvoices), optionsFor(ImportKind::Invoices, false))
                .committed);
    const ImportReport report = CsvImporter(*t.ledger).run(
        fileIn(t, "p.csv", kSplitReceipt), optionsFor(ImportKind::Payments, false));
    QVERIFY(!report.committed);
    QCOMPARE(report.issues.size(), 1);
    // Counted as the import would: the receipt one refused record, the cash payment importable
    // (the desktop wizard's check shows these counts before the person chooses to skip).
    QCOMPARE(report.rejected, 1);
    QCOMPARE(report.created, 1);
    QCOMPARE(t.scalar("SELECT count(*) FROM payments").toInt(), 0);
}

void TestImportApart::theBooksRefuseAReceiptApartWhole()
{
    TestDb t;
    const QString dir = t.dir.filePath(str("books"));
    QVERIFY(QDir().mkpath(dir));
    writeFile(QDir(dir).filePath(str("invoices.csv")), kReceiptInvoices);
    writeFile(QDir(dir).filePath(str("payments.csv")), kSplitReceipt);
    ImportOptions options = optionsFor(ImportKind::Invoices);
    const BooksReport books = BooksImporter(*t.ledger).run(dir, options);
    QVERIFY2(books.committed, qPrintable(books.fatalError));
    QCOMPARE(books.files.size(), 2);
    QCOMPARE(books.files.at(0).created, 3);
    QCOMPARE(books.files.at(1).created, 1);
    QCOMPARE(books.files.at(1).rejected, 1);
    QCOMPARE(books.problemTexts(),
        QStringList {str("payments.csv: line 4, column receipt (\"CHQ-451\"): the rows of receipt "
                         "CHQ-451 must be together; it already appeared at line 2")});
    QCOMPARE(rowsOf(t.db->connection(), "SELECT amount FROM payments"), QStringList {str("30000")});
}

void TestImportApart::formatsAreDecidedByTheWholeFile()
{
    // 20,000 rows whose amounts ("1.000") and dates (01/02/2026) read either way, then the one
    // row only one reading fits: a decimal comma and day first.
    TestDb t;
    QByteArray csv = "number;date;currency;line.quantity;line.rate;line.description\r\n";
    for (int i = 0; i < 20000; ++i)
        csv += "DC-" + QByteArray::number(i) + ";01/02/2026;EUR;1;" + QByteArray::number(1 + i % 9)
            + ".000;x\r\n";
    csv += "DC-LAST;13/02/2026;EUR;1,5;2,50;last\r\n";
    ImportOptions options = optionsFor(ImportKind::Invoices, false);
    options.detectDecimalMark = true;
    options.detectDateFormat = true;
    const ImportReport report = CsvImporter(*t.ledger).run(fileIn(t, "dc.csv", csv), options);
    QVERIFY2(report.committed, qPrintable(report.fatalError));
    QCOMPARE(report.created, 20001);
    QCOMPARE(rowsOf(t.db->connection(),
                 "SELECT issue_date || ' ' || grand_total FROM invoices WHERE number IN "
                 "('DC-1', 'DC-LAST') ORDER BY number"),
        QStringList({str("2026-02-01 200000"), str("2026-02-13 375")}));

    // Whole numbers leave the decimal mark open as well.
    TestDb whole;
    QByteArray wholeCsv = "number;date;currency;line.quantity;line.rate;line.description\r\n";
    for (int i = 0; i < 20000; ++i)
        wholeCsv += "W-" + QByteArray::number(i) + ";2026-01-05;EUR;1;100;x\r\n";
    wholeCsv += "W-LAST;2026-01-05;EUR;1,5;100;last\r\n";
    const ImportReport wholeReport
        = CsvImporter(*whole.ledger).run(fileIn(whole, "w.csv", wholeCsv), options);
    QVERIFY2(wholeReport.committed, qPrintable(wholeReport.fatalError));
    QCOMPARE(wholeReport.created, 20001);
    QCOMPARE(whole.scalar("SELECT grand_total FROM invoices WHERE number = 'W-LAST'").toLongLong(),
        15000);
}

QTEST_MAIN(TestImportApart)
#include "tst_importapart.moc"
