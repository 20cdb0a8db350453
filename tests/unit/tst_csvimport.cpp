// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexporter.h"
#include "csvimporter.h"
#include "demodata.h"
#include "invoicecsv.h"
#include "receiptbook.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

const char *kHeader
    = "number,status,date,dueDate,currency,billing.company,billing.email,line.quantity,line.rate,"
      "line.total,line.unit,line.description,grandTotal\r\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

QByteArray exportAll(Ledger &ledger, bool invoices)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvExporter exporter(ledger);
    auto count = invoices ? exporter.exportInvoices(&buffer) : exporter.exportPayments(&buffer);
    if (!count)
        qWarning() << count.error();
    return bytes;
}

QStringList issueTexts(const ImportReport &report)
{
    QStringList texts;
    for (const ImportIssue &issue : report.issues)
        texts.append(issue.toString());
    return texts;
}

ImportOptions invoicesOptions()
{
    ImportOptions options;
    options.kind = ImportKind::Invoices;
    return options;
}

ImportOptions paymentsOptions()
{
    ImportOptions options;
    options.kind = ImportKind::Payments;
    return options;
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportImportExportIsByteIdentical();
    void everyBadRowIsReportedAndNothingIsWritten();
    void skipInvalidKeepsTheGoodInvoices();
    void dryRunWritesNothing();
    void existingInvoices();
    void paymentRules();
    void excelSemicolonDecimalCommaBom();
    void utf16TabSeparated();
    void formulaInjectionIsNeutralisedAndRestored();
    void rowsOfAnInvoiceMustBeTogether();
    void headerProblems();
    void multiLineInvoiceWithRepeatedColumns();
    void laterRowsRepeatNamesAndCodesInAnyCase();
    void eInvoiceFieldsGoThroughTheFile();
    void anInvoiceNamingOnlyItsCustomerTakesTheRecord();
};

void TestCsvImport::exportImportExportIsByteIdentical()
{
    TestDb source;
    DemoData::Options demo;
    demo.today = QDate(2026, 11, 1);
    auto filled = DemoData::fill(*source.ledger, demo);
    QVERIFY2(filled.ok(), qPrintable(filled.error()));
    const QByteArray invoices = exportAll(*source.ledger, true);
    const QByteArray payments = exportAll(*source.ledger, false);
    QVERIFY(invoices.count("\r\n") > 60);
    QVERIFY(payments.count("\r\n") > 20);

    TestDb target;
    const QString invoicesPath = writeFile(target.dir, str("invoices.csv"), invoices);
    const QString paymentsPath = writeFile(target.dir, str("payments.csv"), payments);
    CsvImporter importer(*target.ledger);
    ImportReport report = importer.run(invoicesPath, invoicesOptions());
    QVERIFY2(report.succeeded(), qPrintable(issueTexts(report).join(u'\n') + report.fatalError));
    QCOMPARE(report.created, 60);
    report = importer.run(paymentsPath, paymentsOptions());
    QVERIFY2(report.succeeded(), qPrintable(issueTexts(report).join(u'\n') + report.fatalError));

    QCOMPARE(exportAll(*target.ledger, true), invoices);
    QCOMPARE(exportAll(*target.ledger, false), payments);
    const char *money = "SELECT number, status, grand_total, paid_total, refunded_total FROM "
                        "invoices ORDER BY number";
    QCOMPARE(target.rows(money), source.rows(money));
}

void TestCsvImport::everyBadRowIsReportedAndNothingIsWritten()
{
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("EXISTING"))).ok());
    const QString dbPath = t.path();
    const QByteArray file = QByteArray(kHeader)
        + "A-1,Pending,2026-01-05,2026-02-04,USD,Acme,ap@acme.example,2,10.00,20.00,Day,Widgets,20."
          "00\r\n"
        + "A-2,Pending,2026-02-30,,USD,Acme,ap@acme.example,1,5.00,5.00,,Thing,\r\n"
        + "A-3,Pending,2026-01-05,,EUD,Acme,,1,5.00,,,Thing,\r\n"
        + "A-4,Pending,2026-01-05,,USD,Acme,,1,5.001,,,Thing,\r\n"
        + "A-5,Pending,2026-01-05,,USD,Acme,,1,5.00,5.00,,Thing,6.00\r\n"
        + "A-6,Pending,2026-01-05,,USD,Acme,,1,5.00,,Week,Thing,\r\n"
        + "A-7,Shipped,2026-01-05,,JPY,Acme,not-mail,1,500.5,,,Thing,\r\n";
    const QString path = writeFile(t.dir, str("invoices.csv"), file);

    t.ledger.reset();
    t.db.reset();
    const QByteArray before = fileHash(dbPath);
    auto db = Database::open(dbPath);
    auto ledger = std::make_unique<Ledger>(*db.value());
    const ImportReport report = CsvImporter(*ledger).run(path, invoicesOptions());
    QVERIFY(!report.committed);
    QCOMPARE(report.created, 1);
    QCOMPARE(report.rejected, 6);
    QCOMPARE(issueTexts(report),
        QStringList({
            str("line 3, column date (\"2026-02-30\"): is not a real date"),
            str("line 4, column currency (\"EUD\"): is not an ISO 4217 currency code"),
            str("line 5, column line.rate (\"5.001\"): has more than 2 decimal places (USD)"),
            str("line 6, column grandTotal (\"6.00\"): the file's total 6.00 differs from 5.00, "
                "the total of the lines, discount, shipping and tax"),
            str("line 7, column line.unit (\"Week\"): must be Day, Month, Year or blank"),
            str("line 8, column status (\"Shipped\"): must be Draft, Pending, Paid, Cancelled or "
                "Refunded"),
            str("line 8, column line.rate (\"500.5\"): must be a whole number (JPY)"),
        }));
    ledger.reset();
    db.value().reset();
    QCOMPARE(fileHash(dbPath), before);

    // The error file holds the bad rows as they were, with the reasons, ready to fix and re-import.
    const QByteArray errors = readFile(report.errorFilePath);
    QCOMPARE(report.errorFilePath, t.dir.filePath(str("invoices.errors.csv")));
    QVERIFY(errors.startsWith(QByteArray(QByteArray(kHeader).chopped(2)
        + ",error\r\n"
          "A-2,Pending,2026-02-30,,USD,Acme,ap@acme.example,1,5.00,5.00,,Thing,,"
          "\"line 3, column date (\"\"2026-02-30\"\"): is not a real date\"\r\n")));
    QCOMPARE(errors.count("\r\n"), 7);
}

void TestCsvImport::skipInvalidKeepsTheGoodInvoices()
{
    TestDb t;
    const QByteArray file = QByteArray(kHeader)
        + "A-1,Pending,2026-01-05,,USD,Acme,,2,10.00,20.00,,Widgets,\r\n"
        + "A-2,Pending,2026-01-05,,USD,Acme,,1,x,,,Thing,\r\n"
        + "A-3,Draft,2026-01-06,,EUR,Beta,,3,1.10,3.30,,Gadgets,3.30\r\n";
    ImportOptions options = invoicesOptions();
    options.skipInvalid = true;
    const ImportReport report
        = CsvImporter(*t.ledger).run(writeFile(t.dir, str("i.csv"), file), options);
    QVERIFY(report.committed);
    QCOMPARE(report.created, 2);
    QCOMPARE(report.rejected, 1);
    QCOMPARE(t.rows("SELECT number, status, currency, grand_total FROM invoices ORDER BY id"),
        QStringList({str("A-1|Pending|USD|2000"), str("A-3|Draft|EUR|330")}));
}

void TestCsvImport::dryRunWritesNothing()
{
    TestDb t;
    const QByteArray file
        = QByteArray(kHeader) + "A-1,Pending,2026-01-05,,USD,Acme,,2,10.00,20.00,,Widgets,\r\n";
    ImportOptions options = invoicesOptions();
    options.dryRun = true;
    const ImportReport report
        = CsvImporter(*t.ledger).run(writeFile(t.dir, str("i.csv"), file), options);
    QVERIFY(report.succeeded());
    QVERIFY(!report.committed);
    QCOMPARE(report.created, 1);
    QCOMPARE(t.scalar("SELECT count(*) FROM invoices").toInt(), 0);
    QCOMPARE(t.scalar("SELECT count(*) FROM audit_log").toInt(), 0);
}

void TestCsvImport::existingInvoices()
{
    TestDb t;
    const QString first = writeFile(t.dir, str("a.csv"),
        QByteArray(kHeader) + "A-1,Pending,2026-01-05,,USD,Acme,,2,10.00,,,Widgets,\r\n");
    const QString second = writeFile(t.dir, str("b.csv"),
        QByteArray(kHeader) + "A-1,Pending,2026-01-05,,USD,Acme Corp,,3,10.00,,,Widgets,\r\n");
    CsvImporter importer(*t.ledger);
    QVERIFY(importer.run(first, invoicesOptions()).committed);

    ImportReport report = importer.run(second, invoicesOptions());
    QCOMPARE(issueTexts(report),
        QStringList({str("line 2, column number (\"A-1\"): invoice A-1 already exists (choose "
                         "update or skip for existing invoices)")}));

    ImportOptions options = invoicesOptions();
    options.onExisting = OnExisting::Skip;
    report = importer.run(second, options);
    QVERIFY(report.committed);
    QCOMPARE(report.skipped, 1);
    QCOMPARE(t.rows("SELECT customer, grand_total, version FROM invoices"),
        QStringList({str("Acme|2000|1")}));

    options.onExisting = OnExisting::Update;
    report = importer.run(second, options);
    QVERIFY(report.committed);
    QCOMPARE(report.updated, 1);
    QCOMPARE(t.rows("SELECT customer, grand_total, version FROM invoices"),
        QStringList({str("Acme Corp|3000|2")}));
    QCOMPARE(t.scalar("SELECT count(*) FROM invoices").toInt(), 1);
}

void TestCsvImport::paymentRules()
{
    TestDb t;
    QVERIFY(t.ledger->createInvoice(sampleInvoice(str("INV-1"))).ok()); // 115.50 USD
    const QByteArray header
        = "invoiceNumber,date,amount,method,reference,cheque.number,card.type\r\n";
    const QByteArray file = header + "INV-1,2026-03-02,100.00,cheque,,000777,\r\n"
        + "INV-1,2026-03-03,20.00,cash,,,\r\n" // overpays: 15.50 left
        + "INV-1,2026-03-04,-100.01,cash,,,\r\n" // refunds more than paid
        + "NOPE,2026-03-04,1.00,cash,,,\r\n" + "INV-1,2026-03-04,1.00,bitcoin,,,\r\n"
        + "INV-1,2026-03-04,1.00,cash,,,visa\r\n"
        + "INV-1,2026-03-02,100.00,cheque,,000777,\r\n"; // same as the first row
    const ImportReport report
        = CsvImporter(*t.ledger).run(writeFile(t.dir, str("p.csv"), file), paymentsOptions());
    QVERIFY(!report.committed);
    QCOMPARE(issueTexts(report),
        QStringList({
            str("line 3, column amount (\"20.00\"): 20.00 USD would overpay invoice INV-1, which "
                "has 15.50 outstanding"),
            str("line 4, column amount (\"-100.01\"): a refund of 100.01 USD is more than the "
                "100.00 paid on invoice INV-1"),
            str("line 5, column invoiceNumber (\"NOPE\"): there is no invoice numbered \"NOPE\""),
            str("line 6, column method (\"bitcoin\"): is not a payment method"),
            str("line 7, column card.type (\"visa\"): is only for card payments, not cash"),
            // A payment entered twice in the file: what it would overpay follows from that.
            str("line 8, column amount (\"100.00\"): the payment on line 2 has the same invoice, "
                "date, amount, method and reference: give each its own reference if both were "
                "made, or allow duplicates"),
        }));
    QCOMPARE(t.scalar("SELECT count(*) FROM payments").toInt(), 0);
    QCOMPARE(t.scalar("SELECT paid_total FROM invoices").toInt(), 0);
}

void TestCsvImport::excelSemicolonDecimalCommaBom()
{
    TestDb t;
    const QByteArray file = QByteArray("\xEF\xBB\xBF")
        + "number;date;currency;billing.company;line.quantity;line.rate;line.description;"
          "grandTotal\r\n"
        + "R-1;05.01.2026;EUR;M\xC3\xBCller GmbH;1,5;1.234,56;Beratung;1.851,84\r\n";
    ImportOptions options = invoicesOptions();
    options.format.decimal = DecimalFormat::decimalComma();
    options.format.dateFormat = str("dd.MM.yyyy");
    const ImportReport report
        = CsvImporter(*t.ledger).run(writeFile(t.dir, str("excel.csv"), file), options);
    QVERIFY2(report.succeeded(), qPrintable(issueTexts(report).join(u'\n') + report.fatalError));
    QCOMPARE(report.encoding, TextEncoding::Utf8Bom);
    QCOMPARE(report.separator, QChar(u';'));
    // 1.5 × 1234.56 = 1851.84
    QCOMPARE(t.rows("SELECT number, issue_date, customer, grand_total FROM invoices"),
        QStringList({str("R-1|2026-01-05|Müller GmbH|185184")}));
    QCOMPARE(t.rows("SELECT quantity_milli, rate FROM invoice_lines"),
        QStringList({str("1500|123456")}));
}

void TestCsvImport::utf16TabSeparated()
{
    TestDb t;
    const QString text = str(
        "number\tdate\tcurrency\tbilling.company\tline.quantity\tline.rate\tline.description\r\n"
        "U-1\t2026-04-01\tKWD\tشركة الخليج\t2\t1.250\tخدمات\r\n");
    QByteArray bytes("\xFF\xFE");
    for (QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    const ImportReport report = CsvImporter(*t.ledger).run(
        writeFile(t.dir, str("unicode.txt"), bytes), invoicesOptions());
    QVERIFY2(report.succeeded(), qPrintable(issueTexts(report).join(u'\n') + report.fatalError));
    QCOMPARE(report.encoding, TextEncoding::Utf16LE);
    QCOMPARE(report.separator, QChar(u'\t'));
    QCOMPARE(t.rows("SELECT customer, currency, grand_total FROM invoices"),
        QStringList({str("شركة الخليج|KWD|2500")}));
}

void TestCsvImport::formulaInjectionIsNeutralisedAndRestored()
{
    TestDb t;
    Invoice invoice = sampleInvoice();
    invoice.description = str("=HYPERLINK(\"http://evil.example\")");
    invoice.billing.company = str("@Risk Ltd");
    invoice.lines[0].description = str("-discounted");
    QVERIFY(t.ledger->createInvoice(invoice).ok());
    const QByteArray exported = exportAll(*t.ledger, true);
    QVERIFY(exported.contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\""));
    QVERIFY(exported.contains(",'@Risk Ltd,"));
    QVERIFY(exported.contains(",'-discounted,"));

    TestDb copy;
    QVERIFY(CsvImporter(*copy.ledger)
                .run(writeFile(copy.dir, str("i.csv"), exported), invoicesOptions())
                .committed);
    auto imported = copy.ledger->invoiceByNumber(str("INV-1"));
    QCOMPARE((*imported)->description, invoice.description);
    QCOMPARE((*imported)->billing.company, invoice.billing.company);
    QCOMPARE((*imported)->lines[0].description, invoice.lines[0].description);
}

void TestCsvImport::rowsOfAnInvoiceMustBeTogether()
{
    TestDb t;
    const QByteArray file = QByteArray(kHeader)
        + "A-1,Pending,2026-01-05,,USD,Acme,,1,10.00,,,One,\r\n"
        + "A-2,Pending,2026-01-05,,USD,Acme,,1,10.00,,,Two,\r\n" + "A-1,,,,,,,1,10.00,,,Three,\r\n";
    const ImportReport report
        = CsvImporter(*t.ledger).run(writeFile(t.dir, str("i.csv"), file), invoicesOptions());
    QCOMPARE(issueTexts(report),
        QStringList({str("line 4, column number (\"A-1\"): the rows of invoice A-1 must be "
                         "together; it already appeared at line 2")}));
    QCOMPARE(t.scalar("SELECT count(*) FROM invoices").toInt(), 0);
}

void TestCsvImport::headerProblems()
{
    TestDb t;
    const ImportReport report = CsvImporter(*t.ledger).run(
        writeFile(t.dir, str("i.csv"), "number,biling.city,number,line.rate\r\nA-1,X,A-1,1.00\r\n"),
        invoicesOptions());
    QCOMPARE(issueTexts(report),
        QStringList({
            str("line 1, column biling.city: unknown column; the columns are: ")
                + InvoiceCsv::columns().join(str(", ")),
            str("line 1, column number: column number appears more than once"),
            str("line 1, column date: the required column date is missing"),
            str("line 1, column currency: the required column currency is missing"),
        }));
    QVERIFY(!report.committed);

    const ImportReport empty
        = CsvImporter(*t.ledger).run(writeFile(t.dir, str("e.csv"), ""), invoicesOptions());
    QCOMPARE(empty.fatalError, t.dir.filePath(str("e.csv")) + str(" holds no rows: it is empty"));
}

void TestCsvImport::multiLineInvoiceWithRepeatedColumns()
{
    TestDb t;
    const QByteArray file = QByteArray(kHeader)
        + "A-1,Pending,2026-01-05,,USD,Acme,,1,10.00,10.00,,One,35.00\r\n"
        + "A-1,Pending,2026-01-05,,USD,Acme,,,5.00,5.00,Month,Two,35.00\r\n"
        + ",,,,,,,2,10.00,20.00,,Three,\r\n" + "A-2,Pending,2026-01-05,,USD,Acme,,1,1.00,,,One,\r\n"
        + "A-2,Pending,2026-01-06,,USD,Acme,,1,1.00,,,Two,\r\n";
    const ImportReport report
        = CsvImporter(*t.ledger).run(writeFile(t.dir, str("i.csv"), file), invoicesOptions());
    QCOMPARE(issueTexts(report),
        QStringList({str("line 6, column date (\"2026-01-06\"): differs from the invoice's first "
                         "row (line 5)")}));
    QCOMPARE(report.created, 1);
    ImportOptions options = invoicesOptions();
    const ImportReport fixed = CsvImporter(*t.ledger).run(
        writeFile(t.dir, str("j.csv"),
            QByteArray(kHeader) + "A-1,Pending,2026-01-05,,USD,Acme,,1,10.00,10.00,,One,35.00\r\n"
                + "A-1,Pending,2026-01-05,,USD,Acme,,,5.00,5.00,Month,Two,35.00\r\n"
                + ",,,,,,,,,,,,\r\n" // a spreadsheet's blank row: skipped, not a line
                + ",,,,,,,2,10.00,20.00,,Three,\r\n" + " , ,,,,,,,,,,,\r\n"),
        options);
    QCOMPARE(issueTexts(fixed), QStringList());
    QVERIFY(fixed.committed);
    QCOMPARE(
        t.rows(
            "SELECT quantity_milli, rate, unit, description FROM invoice_lines ORDER BY position"),
        QStringList({str("1000|1000||One"), str("1000|500|Month|Two"), str("2000|1000||Three")}));
}

void TestCsvImport::laterRowsRepeatNamesAndCodesInAnyCase()
{
    TestDb t;
    const QByteArray header
        = "number,status,date,currency,customer,billing.company,line.rate,line.description\r\n";
    ImportOptions options = invoicesOptions();
    options.skipInvalid = true;
    const ImportReport report = CsvImporter(*t.ledger).run(
        writeFile(t.dir, str("i.csv"),
            header + "A-1,Pending,2026-01-05,EUR,\xc3\x84rztehaus M\xc3\xbcller,Praxis,1.00,One\r\n"
                + "A-1, pending ,2026-01-05,eur,\xc3\x84RZTEHAUS M\xc3\x9cLLER,Praxis ,2.00,Two\r\n"
                + "A-2,Pending,2026-01-05,EUR,Acme,Acme,1.00,One\r\n"
                + "A-2,Pending,2026-01-05,EUR,Acme,ACME,1.00,Two\r\n"),
        options);
    // A name or code repeats in any case; the billing company is printed as written.
    QCOMPARE(issueTexts(report),
        QStringList({str("line 5, column billing.company (\"ACME\"): differs from the invoice's "
                         "first row (line 4)")}));
    QCOMPARE(report.created, 1);
    QCOMPARE(t.rows("SELECT i.number, c.display_name, i.currency, i.grand_total FROM invoices i "
                    "JOIN customers c ON c.id = i.customer_id"),
        QStringList({str("A-1|\u00c4rztehaus M\u00fcller|EUR|300")}));
}

void TestCsvImport::eInvoiceFieldsGoThroughTheFile()
{
    TestDb source;
    Invoice invoice = sampleInvoice(str("X-1"));
    invoice.buyerReference = str("04011000-1234512345-06");
    invoice.deliveryDate = QDate(2026, 2, 27);
    invoice.paymentMeansCode = str("58");
    QVERIFY(source.ledger->createInvoice(invoice).ok());
    QVERIFY(source.ledger->createInvoice(sampleInvoice(str("X-2"))).ok());
    const QByteArray invoices = exportAll(*source.ledger, true);
    const QList<QByteArray> rows = invoices.split('\n');
    QVERIFY(rows.at(0).endsWith(",line.taxCode,buyerReference,deliveryDate,paymentMeansCode\r"));
    QVERIFY2(rows.at(1).startsWith("X-1,")
            && rows.at(1).endsWith(",04011000-1234512345-06,2026-02-27,58\r"),
        rows.at(1).constData());
    QVERIFY2(rows.at(2).startsWith("X-1,") && rows.at(2).endsWith(",,,\r"), rows.at(2).constData());
    QVERIFY2(rows.at(3).startsWith("X-2,") && rows.at(3).endsWith(",,,\r"), rows.at(3).constData());

    TestDb target;
    const QString path = writeFile(target.dir, str("invoices.csv"), invoices);
    ImportReport report = CsvImporter(*target.ledger).run(path, invoicesOptions());
    QVERIFY2(report.succeeded(), qPrintable(issueTexts(report).join(u'\n') + report.fatalError));
    const char *fields = "SELECT number, buyer_reference, delivery_date, payment_means_code FROM "
                         "invoices ORDER BY number";
    QCOMPARE(target.rows(fields),
        QStringList({str("X-1|04011000-1234512345-06|2026-02-27|58"), str("X-2|||")}));
    QCOMPARE(exportAll(*target.ledger, true), invoices);

    // A delivery date is a date, named by its column like every other.
    TestDb third;
    QByteArray bad = invoices;
    bad.replace("2026-02-27", "2026-02-30");
    const QString badPath = writeFile(third.dir, str("bad.csv"), bad);
    report = CsvImporter(*third.ledger).run(badPath, invoicesOptions());
    QVERIFY(!report.committed);
    QCOMPARE(issueTexts(report),
        QStringList({str("line 2, column deliveryDate (\"2026-02-30\"): is not a real date")}));
}

void TestCsvImport::anInvoiceNamingOnlyItsCustomerTakesTheRecord()
{
    TestDb t;
    Customer acme;
    acme.displayName = str("Acme");
    acme.billing.company = str("Acme GmbH");
    acme.billing.address1 = str("Hauptstr. 1");
    acme.billing.city = str("Berlin");
    acme.billing.countryId = str("DE");
    acme.shipping.company = str("Acme GmbH");
    acme.shipping.address1 = str("Lagerweg 5");
    acme.email = str("billing@acme.example");
    acme.paymentTermsDays = 14;
    ReceiptBook book(*t.ledger);
    QVERIFY(book.customers().insert(acme).ok());

    const QByteArray header
        = "number,date,dueDate,currency,customer,billing.company,line.description,line.quantity,"
          "line.rate,billing.email\r\n";
    const QString path = writeFile(t.dir, str("other-tool.csv"),
        header + "A-1,2026-01-05,,EUR,acme,,Work,1,10.00,\r\n" // the record: address, terms
            + "A-2,2026-01-05,2026-03-01,EUR,Acme,,Work,1,10.00,\r\n" // its own due date stays
            + "A-3,2026-01-05,,EUR,Acme,Acme Branch,Work,1,10.00,\r\n" // its own address stands
            + "A-5,2026-01-05,,EUR,ACME,,Work,1,10.00,ap@acme.example\r\n" // an e-mail is no
                                                                           // address
            + "A-4,2026-01-05,,EUR,Newco,,Work,1,10.00,\r\n"); // no record: billed to the name
    const ImportReport report = CsvImporter(*t.ledger).run(path, invoicesOptions());
    QVERIFY2(report.succeeded(), qPrintable(issueTexts(report).join(u'\n') + report.fatalError));
    QCOMPARE(t.rows("SELECT i.number, i.due_date, c.display_name, b.company, b.address1, "
                    "b.email, coalesce(s.address1, '') FROM invoices i "
                    "JOIN customers c ON c.id = i.customer_id "
                    "JOIN addresses b ON b.invoice_id = i.id AND b.kind = 'billing' "
                    "LEFT JOIN addresses s ON s.invoice_id = i.id AND s.kind = 'shipping' "
                    "ORDER BY i.number"),
        QStringList(
            {str("A-1|2026-01-19|Acme|Acme GmbH|Hauptstr. 1|billing@acme.example|Lagerweg 5"),
                str("A-2|2026-03-01|Acme|Acme GmbH|Hauptstr. 1|billing@acme.example|Lagerweg 5"),
                // The terms are the customer's whatever the address.
                str("A-3|2026-01-19|Acme|Acme Branch|||"), str("A-4||Newco|Newco|||"),
                str("A-5|2026-01-19|Acme|Acme GmbH|Hauptstr. 1|ap@acme.example|Lagerweg 5")}));
    // No customer was added under the record's billing name.
    QCOMPARE(t.rows("SELECT display_name FROM customers ORDER BY id"),
        QStringList({str("Acme"), str("Newco")}));
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
