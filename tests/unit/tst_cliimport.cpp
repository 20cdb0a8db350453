// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's import and export against what spreadsheets and other tools do to files
// (issue 12): each example of the issue with its exact message and exit code, and the company
// file left unchanged.
#include "invoicecsv.h"
#include "testsupport.h"
#include "xlsxbuilder.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

const QString kFix = str("import the XLSX export instead, or format the column as text in the "
                         "spreadsheet before saving");

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(str(INVOICEDESK_CLI));
    process.setArguments(arguments);
    process.start();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError())};
}

/** The company file's invoices as `list invoices --format csv` prints them, without the header. */
QStringList listedInvoices(const QString &db)
{
    QStringList rows
        = cli({str("--db"), db, str("list"), str("invoices"), str("--format"), str("csv")})
              .out.split(str("\r\n"), Qt::SkipEmptyParts);
    return rows.mid(1);
}

/** An XLSX of payments whose transaction id a spreadsheet stored as a number. */
QByteArray paymentsWorkbookWithNumericId()
{
    QByteArray header;
    QByteArray row;
    const char *names[] = {"invoiceNumber", "date", "amount", "method", "gateway.transactionId"};
    for (int i = 0; i < 5; ++i) {
        const QByteArray column(1, char('A' + i));
        header += "<c r=\"" + column + "1\" t=\"inlineStr\"><is><t>" + names[i] + "</t></is></c>";
    }
    row = "<c r=\"A2\" t=\"inlineStr\"><is><t>00123</t></is></c>"
          "<c r=\"B2\" t=\"inlineStr\"><is><t>2026-03-07</t></is></c><c r=\"C2\"><v>5</v></c>"
          "<c r=\"D2\" t=\"inlineStr\"><is><t>paypal</t></is></c>"
          "<c r=\"E2\"><v>1.23456789012346E+20</v></c>";
    return XlsxBuilder::workbook(
        {{str("payments"), "<row r=\"1\">" + header + "</row><row r=\"2\">" + row + "</row>"}});
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void spreadsheetDamageIsRefused_data();
    void spreadsheetDamageIsRefused() { checkRefusal(); }
    void badStructureIsRefused_data();
    void badStructureIsRefused() { checkRefusal(); }
    void decimalCommaAndDayFirstDatesAreDetected();
    void aDecimalPointTakesCommasBetweenThousands();
    void xlsxImportChosenByExtensionOrFormat();
    void exportEncodings();
    void aRefusedCommandLeavesNoNewCompanyFile();

private:
    QString path(const QString &name) const { return mDir.filePath(name); }
    /** Imports the row's file; the message and exit code are exact, the company file unchanged. */
    void checkRefusal();

    QTemporaryDir mDir;
    QString mDb;
};

void TestCliImport::initTestCase()
{
    mDb = path(str("company.invoicedesk"));
    writeFile(path(str("base.csv")),
        "number,date,currency,billing.company,billing.zip,billing.countryId,line.quantity,"
        "line.rate,line.description\r\n"
        "00123,2026-03-01,EUR,Acme,01067,DE,1,100.00,Work\r\n");
    writeFile(path(str("basepay.csv")),
        "invoiceNumber,date,amount,method,cheque.number\r\n"
        "00123,2026-03-05,10.00,cheque,000456\r\n");
    QCOMPARE(
        cli({str("--db"), mDb, str("import"), str("invoices"), path(str("base.csv"))}).exitCode, 0);
    QCOMPARE(
        cli({str("--db"), mDb, str("import"), str("payments"), path(str("basepay.csv"))}).exitCode,
        0);
}

void TestCliImport::spreadsheetDamageIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected"); ///< stderr; %DIR% is the folder of the file

    const QString nothing = str("Nothing was imported: %1 with problems: 1. The rows and their "
                                "problems are in %DIR%/%2.errors.csv.\n");
    const auto damage = [&](const QString &where, const QString &what, const QString &noun,
                            const QString &base) -> QString {
        return where + str(": this looks changed by a spreadsheet (") + what + str("); ") + kFix
            + u'\n' + nothing.arg(noun, base);
    };
    QTest::newRow("00123 became 123, invoice")
        << str("invoices") << str("a.csv")
        << QByteArray("number,date,currency,billing.company,line.quantity,line.rate\r\n"
                      "123,2026-03-01,EUR,Acme,1,100.00\r\n")
        << QStringList()
        << damage(str("a.csv: line 2, column number (\"123\")"), str("00123 became 123"),
               str("invoices"), str("a"));
    QTest::newRow("00123 became 123, payment")
        << str("payments") << str("b.csv")
        << QByteArray("invoiceNumber,date,amount,method\r\n123,2026-03-06,5.00,cash\r\n")
        << QStringList()
        << damage(str("b.csv: line 2, column invoiceNumber (\"123\")"), str("00123 became 123"),
               str("payments"), str("b"));
    QTest::newRow("zip 01067 became 1067")
        << str("invoices") << str("c.csv")
        << QByteArray("number,date,currency,billing.company,billing.zip,billing.countryId,"
                      "line.quantity,line.rate\r\nA-2,2026-03-01,EUR,Acme,1067,DE,1,100.00\r\n")
        << QStringList()
        << damage(str("c.csv: line 2, column billing.zip (\"1067\")"), str("01067 became 1067"),
               str("invoices"), str("c"));
    QTest::newRow("cheque 000456 became 456")
        << str("payments") << str("d.csv")
        << QByteArray("invoiceNumber,date,amount,method,cheque.number\r\n"
                      "00123,2026-03-07,5.00,cheque,456\r\n")
        << QStringList()
        << damage(str("d.csv: line 2, column cheque.number (\"456\")"), str("000456 became 456"),
               str("payments"), str("d"));
    QTest::newRow("1E5 became 1.00E+05")
        << str("invoices") << str("e.csv")
        << QByteArray("number,date,currency,billing.company,line.quantity,line.rate\r\n"
                      "1.00E+05,2026-03-01,EUR,Acme,1,100.00\r\n")
        << QStringList()
        << damage(str("e.csv: line 2, column number (\"1.00E+05\")"),
               str("an identifier became the number 1.00E+05"), str("invoices"), str("e"));
    QTest::newRow("21-digit id in scientific notation")
        << str("payments") << str("f.csv")
        << QByteArray("invoiceNumber,date,amount,method,gateway.transactionId\r\n"
                      "00123,2026-03-07,5.00,paypal,1.23456789012346E+20\r\n")
        << QStringList()
        << damage(str("f.csv: line 2, column gateway.transactionId (\"1.23456789012346E+20\")"),
               str("an identifier became the number 1.23456789012346E+20"), str("payments"),
               str("f"));
    QTest::newRow("21-digit id cut to 15 digits in a workbook")
        << str("payments") << str("g.xlsx") << paymentsWorkbookWithNumericId() << QStringList()
        << damage(str("g.xlsx: line 2, column gateway.transactionId (\"123456789012346000000\")"),
               str("a number of more than 15 digits lost its last digits: "
                   "123456789012346000000"),
               str("payments"), str("g"));
    QTest::newRow("German re-save of 3 decimals")
        << str("invoices") << str("h.csv")
        << QByteArray("number;date;currency;billing.company;line.quantity;line.rate\r\n"
                      "K-1;2026-03-01;KWD;Gulf;2,5;1.250\r\n")
        << QStringList()
        << str("h.csv: line 2, column line.rate (\"1.250\"): this looks changed by a spreadsheet "
               "(1.250 reads as 1250 with a decimal comma, but as 1.250 with a decimal point); "
               "import the XLSX export instead, or write the number without thousands "
               "separators\n")
            + nothing.arg(str("invoices"), str("h"));
    QTest::newRow("KWD 123456789125.000 with --skip-invalid")
        << str("invoices") << str("i.csv")
        << QByteArray("number;date;currency;billing.company;line.quantity;line.rate\r\n"
                      "K-2;2026-03-01;KWD;Gulf;1;123.456.789.125\r\n")
        << QStringList({str("--skip-invalid"), str("--decimal-comma")})
        << str("i.csv: line 2, column line.rate (\"123.456.789.125\"): this looks changed by a "
               "spreadsheet (123.456.789.125 reads as 123456789125 with a decimal comma, but as "
               "123.456.789.125 with a decimal point); import the XLSX export instead, or write "
               "the number without thousands separators\n");
}

void TestCliImport::badStructureIsRefused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("expected"); ///< stderr; %DIR% is the folder of the file
    const QString nothing = str("Nothing was imported: %1 with problems: 1. The rows and their "
                                "problems are in %DIR%/%2.errors.csv.\n");
    QTest::newRow("fewer fields than the header")
        << str("invoices") << str("j.csv")
        << QByteArray("number,date,currency,billing.company,line.quantity,line.rate\r\n"
                      "A-3,2026-03-01,EUR,Acme,1\r\n")
        << QStringList()
        << str("j.csv: line 2: the row has a different number of fields from the header (5 "
               "here, 6 in the header)\n"
               "j.csv: line 2, column line.rate: a line needs a rate\n")
            + nothing.arg(str("invoices"), str("j"));
    QTest::newRow("more fields than the header")
        << str("invoices") << str("k.csv")
        << QByteArray("number,date,currency,billing.company,line.quantity,line.rate\r\n"
                      "A-3,2026-03-01,EUR,Acme,1,1.00,forgotten\r\n")
        << QStringList()
        << str("k.csv: line 2: the row has a different number of fields from the header (7 "
               "here, 6 in the header)\n")
            + nothing.arg(str("invoices"), str("k"));
    QTest::newRow("NUL byte")
        << str("invoices") << str("l.csv")
        << QByteArray("number,date,currency,note,line.quantity,line.rate\r\nA-3,2026-03-01,EUR,a")
            + QByteArray(1, '\0') + QByteArray("b,1,1.00\r\n")
        << QStringList()
        << str("l.csv: line 2, column note: holds a NUL character (a zero byte), which text "
               "cannot contain\n")
            + nothing.arg(str("invoices"), str("l"));
    QTest::newRow("unknown column Notes")
        << str("invoices") << str("m.csv")
        << QByteArray("number,date,currency,Notes,line.quantity,line.rate\r\n"
                      "A-3,2026-03-01,EUR,hi,1,1.00\r\n")
        << QStringList()
        << str("m.csv: line 1, column Notes: unknown column; the columns are: ")
            + InvoiceCsv::columns().join(str(", "))
            + str("\nTo read a column under one of these names use --map \"Their "
                  "Column=ourColumn\"; to leave a column out use --ignore-column \"Their "
                  "Column\".\nNothing was imported: problems in the header row: 1.\n");
    QTest::newRow("duplicate header")
        << str("invoices") << str("n.csv")
        << QByteArray("number,date,currency,number,line.quantity,line.rate\r\n"
                      "A-3,2026-03-01,EUR,A-3,1,1.00\r\n")
        << QStringList()
        << str("n.csv: line 1, column number: column number appears more than once\n"
               "Nothing was imported: problems in the header row: 1.\n");
    QTest::newRow("xlsx given as csv")
        << str("invoices") << str("o.csv")
        << XlsxBuilder::workbook({{str("Sheet1"), "<row r=\"1\"/>"}}) << QStringList()
        << str("%DIR%/o.csv: this is an Excel workbook; import it as XLSX\n");
    QTest::newRow("BOM only") << str("invoices") << str("p.csv") << QByteArray("\xEF\xBB\xBF")
                              << QStringList() << str("%DIR%/p.csv holds no rows: it is empty\n");
    QTest::newRow("header only") << str("invoices") << str("q.csv")
                                 << QByteArray("\xEF\xBB\xBFnumber,date,currency\r\n")
                                 << QStringList()
                                 << str("%DIR%/q.csv holds no rows, only its header\n");
    QTest::newRow("decimal mark ambiguous")
        << str("invoices") << str("r.csv")
        << QByteArray("number,date,currency,line.quantity,line.rate\r\n"
                      "A-3,2026-03-01,KWD,1,1.234\r\n")
        << QStringList()
        << str("%DIR%/r.csv: the numbers could be read with a decimal point or with a decimal "
               "comma (line 2, column line.rate: \"1.234\")\n"
               "Say which with --decimal-comma or --decimal-point.\n");
    QTest::newRow("date order ambiguous")
        << str("invoices") << str("s.csv")
        << QByteArray("number,date,currency,line.quantity,line.rate\r\n"
                      "A-3,01/02/2026,EUR,1,1.50\r\n")
        << QStringList()
        << str("%DIR%/s.csv: the dates could be read as day/month or as month/day (line 2, "
               "column date: \"01/02/2026\")\n"
               "Say which with --date-format, e.g. --date-format d/M/yyyy (day first) or "
               "--date-format M/d/yyyy (month first).\n");
    // One mistyped date among day-first dates: the others decide the format, and only the
    // mistyped row is refused (every row was, when a format had to read all of them).
    QTest::newRow("one mistyped date")
        << str("invoices") << str("t.csv")
        << QByteArray("number,date,currency,line.quantity,line.rate,line.description\r\n"
                      "A-3,13.02.2026,EUR,1,1.50,Tea\r\nA-4,30.02.2026,EUR,1,1.50,Tea\r\n"
                      "A-5,01.03.2026,EUR,1,1.50,Tea\r\n")
        << QStringList()
        << str("t.csv: line 3, column date (\"30.02.2026\"): is not a real date in the form "
               "d.M.yyyy\n")
            + nothing.arg(str("invoices"), str("t"));
}

void TestCliImport::checkRefusal()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, options);
    QFETCH(QString, expected);
    writeFile(path(file), bytes);
    const QByteArray before = fileHash(mDb);
    const Run run = cli(QStringList({str("--db"), mDb, str("import"), kind, path(file)}) + options);
    QCOMPARE(run.err, QString(expected).replace(str("%DIR%"), mDir.path()));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(fileHash(mDb), before);
    const Run list
        = cli({str("--db"), mDb, str("list"), str("invoices"), str("--format"), str("csv")});
    QCOMPARE(list.out.count(u'\n'), 2); // the header and 00123 alone
}

void TestCliImport::decimalCommaAndDayFirstDatesAreDetected()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(str("d.invoicedesk"));
    writeFile(dir.filePath(str("de.csv")),
        "number;date;currency;billing.company;line.quantity;line.rate;line.description\r\n"
        "R-1;13.02.2026;EUR;M\xC3\xBCller;1,5;1.234,50;Beratung\r\n"
        "R-2;01.03.2026;EUR;M\xC3\xBCller;2;10;Pr\xC3\xBC"
        "fung\r\n");
    const Run run
        = cli({str("--db"), db, str("import"), str("invoices"), dir.filePath(str("de.csv"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Run list
        = cli({str("--db"), db, str("list"), str("invoices"), str("--format"), str("csv")});
    QVERIFY2(list.out.contains(str("R-1,2026-02-13,")) && list.out.contains(str("1851.75")),
        qPrintable(list.out));
    QVERIFY2(list.out.contains(str("R-2,2026-03-01,")) && list.out.contains(str("20.00")),
        qPrintable(list.out));

    // Three decimals everywhere, as a KWD export writes them: "0.000" can only be a point.
    writeFile(dir.filePath(str("kwd.csv")),
        "number,date,currency,discountTotal,line.quantity,line.rate,line.description\r\n"
        "K-1,2026-03-01,KWD,0.000,2,1.250,Service\r\n");
    const Run kwd
        = cli({str("--db"), db, str("import"), str("invoices"), dir.filePath(str("kwd.csv"))});
    QVERIFY2(kwd.exitCode == 0, qPrintable(kwd.err));
    QVERIFY(cli({str("--db"), db, str("list"), str("invoices"), str("--format"), str("csv")})
                .out.contains(str("K-1,2026-03-01,")));

    // Two-digit years, as German banks write them: found, and read in this century.
    writeFile(dir.filePath(str("yy.csv")),
        "number;date;dueDate;currency;line.quantity;line.rate;line.description\r\n"
        "Y-1;15.01.26;14.02.26;EUR;1;10,00;Beratung\r\n");
    const Run yy
        = cli({str("--db"), db, str("import"), str("invoices"), dir.filePath(str("yy.csv"))});
    QVERIFY2(yy.exitCode == 0, qPrintable(yy.err));
    QVERIFY2(listedInvoices(db).filter(str("Y-1,2026-01-15,2026-02-14,")).size() == 1,
        qPrintable(listedInvoices(db).join(u'\n')));
}

void TestCliImport::aDecimalPointTakesCommasBetweenThousands()
{
    // As US and UK spreadsheets write: found in the file, or said with --decimal-point.
    QTemporaryDir dir;
    const QString db = dir.filePath(str("p.invoicedesk"));
    writeFile(dir.filePath(str("us.csv")),
        "number,date,currency,line.quantity,line.rate,line.description\r\n"
        "U-1,2026-03-01,USD,2.5,\"1,500\",Screws\r\n"
        "U-2,2026-03-02,USD,1,\"1,234.56\",Hosting\r\n");
    for (const QStringList &options : {QStringList(), QStringList({str("--decimal-point")})}) {
        QFile::remove(db);
        const Run run = cli(QStringList({str("--db"), db, str("import"), str("invoices"),
                                dir.filePath(str("us.csv"))})
            + options);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(listedInvoices(db),
            QStringList({str("U-1,2026-03-01,,,Pending,USD,3750.00,0.00,3750.00"),
                str("U-2,2026-03-02,,,Pending,USD,1234.56,0.00,1234.56")}));
    }
    // With three decimals (a quantity, KWD), "1,250" may be a spreadsheet's reading of 1.250:
    // refused by name, as "1.250" is in a file with a decimal comma.
    writeFile(dir.filePath(str("kwd.csv")),
        "number,date,currency,line.quantity,line.rate,line.description\r\n"
        "K-1,2026-03-01,KWD,1,0.500,Service\r\nK-2,2026-03-01,KWD,1,\"1,250\",Service\r\n");
    const Run kwd
        = cli({str("--db"), db, str("import"), str("invoices"), dir.filePath(str("kwd.csv"))});
    QCOMPARE(kwd.exitCode, 1);
    QVERIFY2(kwd.err.startsWith(str("kwd.csv: line 3, column line.rate (\"1,250\"): this looks "
                                    "changed by a spreadsheet (1,250 reads as 1250 with a "
                                    "decimal point, but as 1,250 with a decimal comma)")),
        qPrintable(kwd.err));
}

void TestCliImport::xlsxImportChosenByExtensionOrFormat()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(str("x.invoicedesk"));
    QCOMPARE(cli({str("--db"), db, str("demo"), str("--count"), str("3")}).exitCode, 0);
    QCOMPARE(cli({str("--db"), db, str("export"), str("invoices"), dir.filePath(str("book.bin")),
                     str("--format"), str("xlsx")})
                 .exitCode,
        0);
    QVERIFY(readFile(dir.filePath(str("book.bin"))).startsWith("PK\x03\x04"));
    const QString other = dir.filePath(str("y.invoicedesk"));
    Run run
        = cli({str("--db"), other, str("import"), str("invoices"), dir.filePath(str("book.bin")),
            str("--format"), str("xlsx"), str("--sheet"), str("invoices")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out,
        str("Imported book.bin (invoices): 3 created, 0 updated, 0 skipped, 0 rejected.\n"));
    run = cli({str("--db"), other, str("import"), str("invoices"), dir.filePath(str("book.bin")),
        str("--format"), str("xlsx"), str("--sheet"), str("Sheet9")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
        dir.filePath(str("book.bin"))
            + str(": the workbook has no sheet \"Sheet9\"; its sheets are: invoices\n"));
    run = cli({str("--db"), other, str("export"), str("invoices"), str("x.ods"), str("--format"),
        str("ods")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, str("--format must be csv or xlsx\n"));
}

void TestCliImport::exportEncodings()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(str("e.invoicedesk"));
    writeFile(dir.filePath(str("in.csv")),
        "number,date,currency,billing.company,line.quantity,line.rate,line.description\r\n"
        "P-1,2026-03-01,PLN,\xC5\x81\xC3\xB3"
        "d\xC5\xBA S.A.,1,10.00,Us\xC5\x82ugi\r\n");
    QCOMPARE(cli({str("--db"), db, str("import"), str("invoices"), dir.filePath(str("in.csv"))})
                 .exitCode,
        0);
    const auto exported = [&](const QString &name, const QString &encoding) {
        QStringList arguments
            = {str("--db"), db, str("export"), str("invoices"), dir.filePath(name)};
        if (!encoding.isEmpty())
            arguments += {str("--encoding"), encoding};
        return cli(arguments);
    };
    QCOMPARE(exported(str("plain.csv"), QString()).exitCode, 0);
    QVERIFY(readFile(dir.filePath(str("plain.csv"))).startsWith("number,"));
    QCOMPARE(exported(str("bom.csv"), str("utf-8-bom")).exitCode, 0);
    QCOMPARE(readFile(dir.filePath(str("bom.csv"))),
        "\xEF\xBB\xBF" + readFile(dir.filePath(str("plain.csv"))));
    QCOMPARE(exported(str("wide.csv"), str("utf-16")).exitCode, 0);
    const QByteArray wide = readFile(dir.filePath(str("wide.csv")));
    QVERIFY(wide.startsWith("\xFF\xFEn\0u\0"));
    QCOMPARE(QString::fromUtf16(
                 reinterpret_cast<const char16_t *>(wide.constData() + 2), (wide.size() - 2) / 2),
        QString::fromUtf8(readFile(dir.filePath(str("plain.csv")))));
    const Run narrow = exported(str("narrow.csv"), str("windows-1252"));
    QCOMPARE(narrow.exitCode, 1);
    QCOMPARE(narrow.err,
        str("row 2, column customer: the character \"Ł\" (U+0141) cannot be written in "
            "Windows-1252; choose UTF-8 or UTF-16\n"));
    QVERIFY(!QFile::exists(dir.filePath(str("narrow.csv"))));
    // The UTF-16 file imports again to the same invoice.
    const QString copy = dir.filePath(str("copy.invoicedesk"));
    QCOMPARE(cli({str("--db"), copy, str("import"), str("invoices"), dir.filePath(str("wide.csv"))})
                 .exitCode,
        0);
    QCOMPARE(
        cli({str("--db"), copy, str("export"), str("invoices"), dir.filePath(str("again.csv"))})
            .exitCode,
        0);
    QCOMPARE(readFile(dir.filePath(str("again.csv"))), readFile(dir.filePath(str("plain.csv"))));
}

void TestCliImport::aRefusedCommandLeavesNoNewCompanyFile()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(str("new.invoicedesk"));
    writeFile(dir.filePath(str("bad.csv")),
        "number,date,currency,line.quantity,line.rate,line.description\r\n"
        "A-1,2026-02-30,EUR,1,1.50,Tea\r\n");
    writeFile(dir.filePath(str("bad.sta")), ":20:STMT\r\n:25:DE89370400440532013000\r\n");
    // The inputs and the refused rows beside the CSV, to correct and import again.
    const QStringList onlyTheInputs {str("bad.csv"), str("bad.errors.csv"), str("bad.sta")};

    Run run = cli({str("--db"), db, str("import"), str("invoices"), dir.filePath(str("bad.csv"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(str("2026-02-30")), qPrintable(run.err));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name), onlyTheInputs);

    run = cli({str("--db"), db, str("bank"), str("import"), dir.filePath(str("bad.sta"))});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name), onlyTheInputs);

    // A command that brings data in still creates the file it is asked to.
    writeFile(dir.filePath(str("good.csv")),
        "number,date,currency,line.quantity,line.rate,line.description\r\n"
        "A-1,2026-02-28,EUR,1,1.50,Tea\r\n");
    run = cli({str("--db"), db, str("import"), str("invoices"), dir.filePath(str("good.csv"))});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFile::exists(db));
    // and keeps it when a later command on it is refused.
    run = cli({str("--db"), db, str("import"), str("invoices"), dir.filePath(str("bad.csv"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(QFile::exists(db));
    QCOMPARE(listedInvoices(db).size(), 1);
}

QTEST_GUILESS_MAIN(TestCliImport)

#include "tst_cliimport.moc"
