// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receivablesbooks.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

/**
 * aging and statement from the command line, end to end (issue 14 items 3, 4). The amounts
 * expected are worked out by hand next to each check.
 */
class TestCliReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void agingJsonHasTheIssuesShape();
    void agingAsOfBeforeThePayment();
    void agingTableAndCsv();
    void statementCsvOneFilePerCurrency();
    void statementPdfReadsBack();
    void csvTextIsGuardedAgainstFormulas();
    void refusals();
    void currencyBeyondSumsIsLeftOut();

private:
    Run cli(QStringList arguments);
    /**
     * Acme: INV-1 USD 115.50 of 03-01 due 03-31, 40.00 paid 03-10, 10.00 paid 03-12 and voided;
     * INV-2 EUR 115.50 of 01-10 due 01-20. Nippon KK: INV-3 JPY 7000 of 04-20 due 05-20.
     */
    void books();

    std::unique_ptr<QTemporaryDir> mDir;
};

Run TestCliReports::cli(QStringList arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("INVOICEDESK_DB"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), mDir->filePath(str("xdg")));
    // statement runs on the offscreen platform, which asks for a runtime folder.
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), mDir->path());
    arguments.prepend(mDir->filePath(str("c.invoicedesk")));
    arguments.prepend(str("--db"));
    return runProgram(QStringLiteral(INVOICEDESK_CLI), arguments, environment);
}

void TestCliReports::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    books();
}

void TestCliReports::books()
{
    auto opened = Database::open(mDir->filePath(str("c.invoicedesk")));
    QVERIFY(opened.ok());
    Ledger ledger(*opened.value());
    Invoice usd = sampleInvoice(str("INV-1"));
    usd.billing.company = str("Acme");
    QVERIFY(ledger.createInvoice(usd).ok());
    Invoice eur = sampleInvoice(str("INV-2"));
    eur.billing.company = str("Acme");
    eur.currency = currency("EUR");
    eur.date = QDate(2026, 1, 10);
    eur.dueDate = QDate(2026, 1, 20);
    QVERIFY(ledger.createInvoice(eur).ok());
    Invoice jpy = sampleInvoice(str("INV-3"));
    jpy.billing.company = str("Nippon KK");
    jpy.currency = currency("JPY");
    jpy.date = QDate(2026, 4, 20);
    jpy.dueDate = QDate(2026, 5, 20);
    jpy.lines.resize(1);
    jpy.lines[0].rate = 3500; // 2 x 3500 yen
    QVERIFY(ledger.createInvoice(jpy).ok());
    QVERIFY(ledger.recordPayment(samplePayment(str("INV-1"), 4000)).ok());
    Payment bounced = samplePayment(str("INV-1"), 1000);
    bounced.date = QDate(2026, 3, 12);
    auto recorded = ledger.recordPayment(bounced);
    QVERIFY(recorded.ok());
    QVERIFY(ledger.voidPayment(recorded->id, str("bounced")).ok());
}

void TestCliReports::agingJsonHasTheIssuesShape()
{
    const Run run
        = cli({str("aging"), str("--as-of"), str("2026-04-30"), str("--format"), str("json")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    // INV-2: 100 days past due, 115.50 over 90. INV-1: 115.50 - 40.00 = 75.50, 30 days.
    // INV-3: not due yet, 7000 yen current.
    QCOMPARE(run.out,
        str("{\"asOf\":\"2026-04-30\",\"rows\":["
            "{\"customer\":\"Acme\",\"currency\":\"EUR\",\"current\":\"0.00\",\"d1_30\":\"0.00\","
            "\"d31_60\":\"0.00\",\"d61_90\":\"0.00\",\"over90\":\"115.50\",\"total\":\"115.50\"},"
            "{\"customer\":\"Acme\",\"currency\":\"USD\",\"current\":\"0.00\",\"d1_30\":\"75.50\","
            "\"d31_60\":\"0.00\",\"d61_90\":\"0.00\",\"over90\":\"0.00\",\"total\":\"75.50\"},"
            "{\"customer\":\"Nippon KK\",\"currency\":\"JPY\",\"current\":\"7000\",\"d1_30\":\"0\","
            "\"d31_60\":\"0\",\"d61_90\":\"0\",\"over90\":\"0\",\"total\":\"7000\"}],"
            "\"totals\":["
            "{\"currency\":\"EUR\",\"current\":\"0.00\",\"d1_30\":\"0.00\",\"d31_60\":\"0.00\","
            "\"d61_90\":\"0.00\",\"over90\":\"115.50\",\"total\":\"115.50\"},"
            "{\"currency\":\"JPY\",\"current\":\"7000\",\"d1_30\":\"0\",\"d31_60\":\"0\","
            "\"d61_90\":\"0\",\"over90\":\"0\",\"total\":\"7000\"},"
            "{\"currency\":\"USD\",\"current\":\"0.00\",\"d1_30\":\"75.50\",\"d31_60\":\"0.00\","
            "\"d61_90\":\"0.00\",\"over90\":\"0.00\",\"total\":\"75.50\"}]}\n"));
}

void TestCliReports::agingAsOfBeforeThePayment()
{
    // 03-05: INV-1 is dated, its payment of 03-10 is not yet: 115.50 current. INV-2 is 44 days
    // past due. INV-3 is not dated yet.
    const Run run
        = cli({str("aging"), str("--as-of"), str("2026-03-05"), str("--format"), str("csv")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        str("customer,currency,current,d1_30,d31_60,d61_90,over90,total\r\n"
            "Acme,EUR,0.00,0.00,115.50,0.00,0.00,115.50\r\n"
            "Acme,USD,115.50,0.00,0.00,0.00,0.00,115.50\r\n"));
}

void TestCliReports::agingTableAndCsv()
{
    const Run run = cli({str("aging"), str("--as-of"), str("2026-04-30")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.split(QLatin1Char('\n')),
        QStringList({str("Customer   Currency  Current  1–30 days  31–60 days  61–90 days  Over 90 "
                         "days   Total"),
            str("Acme       EUR          0.00       0.00        0.00        0.00        115.50  "
                "115.50"),
            str("Acme       USD          0.00      75.50        0.00        0.00          0.00   "
                "75.50"),
            str("Nippon KK  JPY          7000          0           0           0             0    "
                "7000"),
            str("Total      EUR          0.00       0.00        0.00        0.00        115.50  "
                "115.50"),
            str("Total      JPY          7000          0           0           0             0    "
                "7000"),
            str("Total      USD          0.00      75.50        0.00        0.00          0.00   "
                "75.50"),
            QString()}));
}

void TestCliReports::statementCsvOneFilePerCurrency()
{
    const QString output = mDir->filePath(str("acme.csv"));
    const Run run = cli({str("statement"), str("--customer"), str("ACME"), str("--from"),
        str("2026-03-01"), str("--to"), str("2026-04-30"), str("--output"), output});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    const QString eur = mDir->filePath(str("acme-EUR.csv"));
    const QString usd = mDir->filePath(str("acme-USD.csv"));
    QCOMPARE(run.out, QString(eur + QLatin1Char('\n') + usd + QLatin1Char('\n')));
    QVERIFY(!QFile::exists(output));
    QCOMPARE(readFile(eur),
        QByteArray("date,type,number,description,debit,credit,balance\r\n"
                   "2026-03-01,opening,,Opening balance,,,115.50\r\n"
                   "2026-04-30,closing,,Closing balance,,,115.50\r\n"));
    // 115.50 invoiced, 40.00 paid; the voided 10.00 is no line.
    QCOMPARE(readFile(usd),
        QByteArray("date,type,number,description,debit,credit,balance\r\n"
                   "2026-03-01,opening,,Opening balance,,,0.00\r\n"
                   "2026-03-01,invoice,INV-1,Invoice,115.50,,115.50\r\n"
                   "2026-03-10,payment,INV-1,Cash for INV-1,,40.00,75.50\r\n"
                   "2026-04-30,closing,,Closing balance,,,75.50\r\n"));
    // One currency: the file named.
    const QString jpy = mDir->filePath(str("nippon.csv"));
    QCOMPARE(cli({str("statement"), str("--customer"), str("Nippon KK"), str("--from"),
                     str("2026-04-01"), str("--to"), str("2026-04-30"), str("--output"), jpy})
                 .exitCode,
        0);
    QCOMPARE(readFile(jpy),
        QByteArray("date,type,number,description,debit,credit,balance\r\n"
                   "2026-04-01,opening,,Opening balance,,,0\r\n"
                   "2026-04-20,invoice,INV-3,Invoice,7000,,7000\r\n"
                   "2026-04-30,closing,,Closing balance,,,7000\r\n"));
}

void TestCliReports::statementPdfReadsBack()
{
    const QString output = mDir->filePath(str("acme.pdf"));
    const Run run = cli({str("statement"), str("--customer"), str("acme"), str("--from"),
        str("2026-03-01"), str("--to"), str("2026-04-30"), str("--output"), output});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(readFile(output).startsWith("%PDF-"));
    const Run text = runProgram(str("pdftotext"), {str("-layout"), output, str("-")},
        QProcessEnvironment::systemEnvironment());
    QCOMPARE(text.exitCode, 0);
    // Two sections (EUR, then USD from a new page), each with its lines and aging, laid out by
    // the documents library like an invoice (its page numbers under each page).
    const QStringList pages = text.out.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), 2);
    for (const char *expected : {"Statement of account", "Acme", "EUR", "Opening balance",
             "Closing balance", "115.50", "Aging on", "Over 90 days", "Page 1 of 1"})
        QVERIFY2(pages.at(0).contains(str(expected)), expected);
    for (const char *expected :
        {"USD", "INV-1", "Cash for INV-1", "40.00", "75.50", "1–30 days", "Page 1 of 1"})
        QVERIFY2(pages.at(1).contains(str(expected)), expected);
    QVERIFY(!pages.at(1).contains(str("10.00")));
}

void TestCliReports::csvTextIsGuardedAgainstFormulas()
{
    {
        auto opened = Database::open(mDir->filePath(str("c.invoicedesk")));
        QVERIFY(opened.ok());
        Ledger ledger(*opened.value());
        Invoice formula = sampleInvoice(str("=F-1"));
        formula.billing.company = str("@Home Services");
        formula.currency = currency("EUR");
        formula.date = QDate(2026, 4, 2);
        formula.dueDate = QDate(2026, 4, 2);
        formula.description = str("=HYPERLINK(\"http://evil.example\";\"Click\")");
        formula.lines.resize(1);
        formula.lines[0].rate = 1000;
        formula.lines[0].quantity = Quantity::fromWhole(1);
        formula.lines[0].taxRate = {};
        QVERIFY(ledger.createInvoice(formula).ok());
    }
    // The same guard as `export invoices`: one apostrophe before text starting = + - @.
    const QString output = mDir->filePath(str("home.csv"));
    Run run = cli({str("statement"), str("--customer"), str("@Home Services"), str("--from"),
        str("2026-04-01"), str("--to"), str("2026-04-30"), str("--output"), output});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readFile(output),
        QByteArray(
            "date,type,number,description,debit,credit,balance\r\n"
            "2026-04-01,opening,,Opening balance,,,0.00\r\n"
            "2026-04-02,invoice,'=F-1,\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"Click\"\")\","
            "10.00,,10.00\r\n"
            "2026-04-30,closing,,Closing balance,,,10.00\r\n"));
    run = cli({str("aging"), str("--as-of"), str("2026-04-02"), str("--format"), str("csv")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        str("customer,currency,current,d1_30,d31_60,d61_90,over90,total\r\n"
            "'@Home Services,EUR,10.00,0.00,0.00,0.00,0.00,10.00\r\n"
            "Acme,EUR,0.00,0.00,0.00,115.50,0.00,115.50\r\n"
            "Acme,USD,0.00,75.50,0.00,0.00,0.00,75.50\r\n"));
    run = cli({str("list"), str("invoices"), str("--format"), str("csv")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(str("\r\n'=F-1,2026-04-02,2026-04-02,'@Home Services,")),
        qPrintable(run.out));
}

void TestCliReports::refusals()
{
    Run run
        = cli({str("statement"), str("--customer"), str("Nobody"), str("--from"), str("2026-03-01"),
            str("--to"), str("2026-04-30"), str("--output"), mDir->filePath(str("x.csv"))});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, str("no customer named \"Nobody\"\n"));
    run = cli({str("statement"), str("--customer"), str("Acme"), str("--from"), str("2026-13-01"),
        str("--to"), str("2026-04-30"), str("--output"), mDir->filePath(str("x.csv"))});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, str("--from must be a date such as 2026-11-15\n"));
    run = cli({str("statement"), str("--customer"), str("Acme"), str("--from"), str("2026-03-01"),
        str("--to"), str("2026-04-30"), str("--output"), mDir->filePath(str("x.txt"))});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, str("--output must name a .csv or .pdf file\n"));
    run = cli({str("aging"), str("--format"), str("json")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, str("--as-of must be a date such as 2026-11-15\n"));
    run = cli({str("aging"), str("--as-of"), str("2026-04-30"), str("--format"), str("xml")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, str("--format must be table, csv or json\n"));
    QVERIFY(!QFile::exists(mDir->filePath(str("x.csv"))));
}

void TestCliReports::currencyBeyondSumsIsLeftOut()
{
    {
        auto opened = Database::open(mDir->filePath(str("c.invoicedesk")));
        QVERIFY(opened.ok());
        Ledger ledger(*opened.value());
        const QDate day(2026, 4, 25);
        const qint64 huge = 6'000'000'000'000'000'000; // each fits; two do not add up
        QVERIFY(addReceivable(ledger, "JP-1", "Nippon KK", "JPY", day, day, huge));
        QVERIFY(addReceivable(ledger, "JP-2", "Nippon KK", "JPY", day, day, huge));
        QVERIFY(addReceivable(ledger, "JP-3", "Other KK", "JPY", day, day, 1000));
    }
    // The other currencies' aging is made; JPY is named on standard error.
    const QString warning = str("warning: The JPY amounts of these books add up to more than a "
                                "report can sum (over 9,223,372,036,854,775,807 minor units): "
                                "this report leaves them out.\n");
    Run run = cli({str("aging"), str("--as-of"), str("2026-04-30"), str("--format"), str("csv")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, warning);
    QCOMPARE(run.out,
        str("customer,currency,current,d1_30,d31_60,d61_90,over90,total\r\n"
            "Acme,EUR,0.00,0.00,0.00,0.00,115.50,115.50\r\n"
            "Acme,USD,0.00,75.50,0.00,0.00,0.00,75.50\r\n"));
    // A statement sums one customer's amounts: Acme's (no JPY) and Other KK's (1000 JPY) are
    // written without a warning.
    run = cli({str("statement"), str("--customer"), str("Acme"), str("--from"), str("2026-03-01"),
        str("--to"), str("2026-04-30"), str("--output"), mDir->filePath(str("acme.csv"))});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QVERIFY(QFile::exists(mDir->filePath(str("acme-EUR.csv"))));
    run = cli(
        {str("statement"), str("--customer"), str("Other KK"), str("--from"), str("2026-03-01"),
            str("--to"), str("2026-04-30"), str("--output"), mDir->filePath(str("other.csv"))});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QVERIFY(QFile::exists(mDir->filePath(str("other.csv"))));
    // Nippon KK's only currency is left out: refused, and the warning says why.
    run = cli(
        {str("statement"), str("--customer"), str("Nippon KK"), str("--from"), str("2026-03-01"),
            str("--to"), str("2026-04-30"), str("--output"), mDir->filePath(str("nippon.csv"))});
    QCOMPARE(run.exitCode, 1);
    // Its own JPY cannot be summed: said so, not "no invoices".
    QCOMPARE(run.err,
        str("The JPY amounts of Nippon KK add up to more than a statement can sum (over "
            "9,223,372,036,854,775,807 minor units): no JPY statement is made.\n"));
    // status sums the others and names JPY.
    run = cli({str("status")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(str("Outstanding: 115.50 EUR, 75.50 USD, JPY beyond what can be "
                                  "summed (over 9,223,372,036,854,775,807 minor units)\n")),
        qPrintable(run.out));
    run = cli({str("status"), str("--format"), str("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject status = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(status.value(str("outstanding")).toObject(),
        (QJsonObject {{str("EUR"), str("115.50")}, {str("USD"), str("75.50")}}));
    QCOMPARE(status.value(str("outstandingBeyondSums")).toArray(), QJsonArray({str("JPY")}));
}

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_clireports.moc"
