// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's mapping (issue 12 items 3 and 4): --profile, --map, --set,
// --ignore-column, --ignore-unknown-columns and --no-header, end to end with exact messages
// and exit codes, and the profiles the desktop app shares.
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

class TestCliMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void xeroPresetWithCurrencyConstant();
    void gnuCashPresetNeedsACurrency();
    void mapSetAndIgnore();
    void headerlessFileByPosition();
    void mappedColumnsHaveTheirFormatsFound();
    void badOptionValues_data();
    void badOptionValues();
    void userProfileFromTheDataFolder();

private:
    Run cli(QStringList arguments);
    QString path(const char *name) const { return mDir->filePath(QString::fromUtf8(name)); }
    QString write(const char *name, const QByteArray &bytes);

    std::unique_ptr<QTemporaryDir> mDir;
};

void TestCliMapping::init()
{
    mDir = std::make_unique<QTemporaryDir>();
}

Run TestCliMapping::cli(QStringList arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(str("XDG_DATA_HOME"), path("data")); // never the shared profiles
    environment.insert(str("XDG_CONFIG_HOME"), path("config")); // nor the shared settings
    environment.insert(str("LC_ALL"), str("C.UTF-8"));
    environment.insert(str("LANGUAGE"), QString());
    arguments.prepend(path("company.invoicedesk"));
    arguments.prepend(str("--db"));
    return runProgram(str(INVOICEDESK_CLI), arguments, environment);
}

QString TestCliMapping::write(const char *name, const QByteArray &bytes)
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", name);
    file.write(bytes);
    return file.fileName();
}

void TestCliMapping::xeroPresetWithCurrencyConstant()
{
    // A copy: the refused import writes its error file beside the file it read.
    const QString file = path("xero-sales-invoices.csv");
    QVERIFY(QFile::copy(str(INVOICEDESK_TEST_DATA "/presets/xero-sales-invoices.csv"), file));
    const Run refused = cli({str("import"), str("invoices"), file, str("--profile"), str("xero")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(str("xero-sales-invoices.csv: line 2, column currency: an "
                                      "invoice needs a currency\n")),
        qPrintable(refused.err));

    const Run run = cli({str("import"), str("invoices"), file, str("--profile"), str("xero"),
        str("--set"), str("currency=GBP")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out,
        str("Imported xero-sales-invoices.csv (invoices): 2 created, 0 updated, 0 skipped, 0 "
            "rejected.\nTax code \"VAT 20\" was created.\nTax code \"Zero rated\" was "
            "created.\n"));
    QCOMPARE(run.exitCode, 0);
    const Run listed = cli({str("list"), str("invoices"), str("--format"), str("csv")});
    QVERIFY2(listed.out.contains(str("1580.00")) && listed.out.contains(str("540.00")),
        qPrintable(listed.out));
}

void TestCliMapping::gnuCashPresetNeedsACurrency()
{
    const QString file = path("gnucash-invoices.csv");
    QVERIFY(QFile::copy(str(INVOICEDESK_TEST_DATA "/presets/gnucash-invoices.csv"), file));
    const Run refused
        = cli({str("import"), str("invoices"), file, str("--profile"), str("gnucash")});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.err,
        str("gnucash-invoices.csv: line 1, column currency: the required column currency is "
            "missing\nNothing was imported: problems in the header row: 1.\n"));
    QVERIFY(!QFile::exists(path("company.invoicedesk"))); // refused: no company file was made
    const Run run = cli({str("import"), str("invoices"), file, str("--profile"), str("gnucash"),
        str("--set"), str("currency=EUR"), str("--dry-run")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        str("There is no company file at %1: the dry run checks against empty books and creates "
            "no file.\nDry run of gnucash-invoices.csv (invoices): 2 created, 0 updated, 0 "
            "skipped, 0 rejected; nothing was written.\n"
            "The import would add these customers (2): 000017, 000018.\n")
            .arg(path("company.invoicedesk")));
}

void TestCliMapping::mapSetAndIgnore()
{
    const QString file = write("theirs.csv",
        "Inv #,Issued,Item,Qty,Price,Notes,Country\r\n"
        "A-1,2026-03-01,Tea,2,3.50,call first,Germany\r\n");
    const Run unknown = cli({str("import"), str("invoices"), file, str("--map"),
        str("Inv #=number"), str("--map"), str("Issued=date"), str("--map"),
        str("Item=line.description"), str("--map"), str("Qty=line.quantity"), str("--map"),
        str("Price=line.rate"), str("--set"), str("currency=EUR")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.startsWith(str("theirs.csv: line 1, column Notes: unknown column; the "
                                        "columns are: number, status,")),
        qPrintable(unknown.err));
    const Run run = cli({str("import"), str("invoices"), file, str("--map"), str("Inv #=number"),
        str("--map"), str("Issued=date"), str("--map"), str("Item=line.description"), str("--map"),
        str("Qty=line.quantity"), str("--map"), str("Price=line.rate"), str("--map"),
        str("Country=billing.countryId"), str("--set"), str("currency=EUR"), str("--ignore-column"),
        str("Notes")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    const Run listed = cli({str("list"), str("invoices"), str("--format"), str("csv")});
    QVERIFY2(listed.out.contains(str("A-1")) && listed.out.contains(str("7.00")),
        qPrintable(listed.out));
    const Run ignored = cli({str("import"), str("invoices"), file, str("--map"),
        str("Inv #=number"), str("--map"), str("Issued=date"), str("--map"),
        str("Item=line.description"), str("--map"), str("Qty=line.quantity"), str("--map"),
        str("Price=line.rate"), str("--set"), str("currency=EUR"), str("--ignore-unknown-columns"),
        str("--on-existing"), str("skip")});
    QCOMPARE(ignored.exitCode, 0);
    QCOMPARE(ignored.out,
        str("Imported theirs.csv (invoices): 0 created, 0 updated, 1 skipped, 0 rejected.\n"));
}

void TestCliMapping::headerlessFileByPosition()
{
    const QString file = write("plain.csv", "B-7,2026-04-02,Coffee,3,2.25\n");
    const Run run = cli({str("import"), str("invoices"), file, str("--no-header"), str("--map"),
        str("1=number"), str("--map"), str("2=date"), str("--map"), str("3=line.description"),
        str("--map"), str("4=line.quantity"), str("--map"), str("5=line.rate"), str("--set"),
        str("currency=USD")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out,
        str("Imported plain.csv (invoices): 1 created, 0 updated, 0 skipped, 0 rejected.\n"));
}

void TestCliMapping::mappedColumnsHaveTheirFormatsFound()
{
    // A decimal comma and day-first dates in columns named by --map, with a header or by
    // position: found in their values as in columns under our names (they were not looked at).
    const QString named = write("named.csv",
        "Nr;Datum;Artikel;Menge;Preis\r\n"
        "D-1;15.01.2026;Tee;2;1.234,56\r\nD-2;25.01.2026;Kaffee;1;0,5\r\n");
    const Run run = cli({str("import"), str("invoices"), named, str("--map"), str("Nr=number"),
        str("--map"), str("Datum=date"), str("--map"), str("Artikel=line.description"),
        str("--map"), str("Menge=line.quantity"), str("--map"), str("Preis=line.rate"),
        str("--set"), str("currency=EUR")});
    QCOMPARE(run.err, QString());
    const QString plain = write("plain.csv", "D-3;03.02.2026;Tee;1;12,50\r\n");
    const Run byPosition = cli({str("import"), str("invoices"), plain, str("--no-header"),
        str("--map"), str("1=number"), str("--map"), str("2=date"), str("--map"),
        str("3=line.description"), str("--map"), str("4=line.quantity"), str("--map"),
        str("5=line.rate"), str("--set"), str("currency=EUR")});
    QCOMPARE(byPosition.err, QString());
    QCOMPARE(cli({str("list"), str("invoices"), str("--format"), str("csv")})
                 .out.split(str("\r\n"))
                 .mid(1, 3),
        QStringList({str("D-1,2026-01-15,,,Pending,EUR,2469.12,0.00,2469.12"),
            str("D-2,2026-01-25,,,Pending,EUR,0.50,0.00,0.50"),
            str("D-3,2026-02-03,,,Pending,EUR,12.50,0.00,12.50")}));
}

void TestCliMapping::badOptionValues_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("map without =") << QStringList {
        str("--map"), str("Inv")} << str("--map \"Inv\": write it as \"Their Column=ourColumn\"\n");
    QTest::newRow("map to nothing of ours")
        << QStringList {str("--map"), str("Inv=invoiceNo")}
        << str("--map \"Inv=invoiceNo\": invoiceNo is not one of our columns; they are: number, ");
    QTest::newRow("positional needs a number")
        << QStringList {str("--no-header"), str("--map"), str("first=number")}
        << str("--map \"first=number\": a file without a header names its columns by number, "
               "counted from 1 (--map \"3=number\")\n");
    QTest::newRow("set of nothing")
        << QStringList {str("--set"), str("money=EUR")}
        << str("--set \"money=EUR\": write it as column=VALUE with one of our columns: number, ");
    QTest::newRow("date format in capitals")
        << QStringList {str("--date-format"), str("DD.MM.YYYY")}
        << str("--date-format DD.MM.YYYY: write the day as d or dd, the month as M or MM and the "
               "year as yy or yyyy, e.g. dd.MM.yyyy or M/d/yyyy\n");
    QTest::newRow("date format without a year")
        << QStringList {str("--date-format"), str("dd.MM")}
        << str("--date-format dd.MM: write the day as d or dd, the month as M or MM and the "
               "year as yy or yyyy, e.g. dd.MM.yyyy or M/d/yyyy\n");
    QTest::newRow("unknown profile")
        << QStringList {str("--profile"), str("sage")}
        << str("--profile: there is no import profile named \"sage\"; the profiles are: gnucash, "
               "quickbooks-online, xero\n");
}

void TestCliMapping::badOptionValues()
{
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const QString file = write("any.csv", "number,date,currency\r\n");
    const Run run = cli(QStringList {str("import"), str("invoices"), file} + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(message), qPrintable(run.err));
    QCOMPARE(run.out, QString());
}

void TestCliMapping::userProfileFromTheDataFolder()
{
    QDir().mkpath(path("data/InvoiceDesk/InvoiceDesk/import-profiles"));
    write("data/InvoiceDesk/InvoiceDesk/import-profiles/shop.json",
        R"({"name": "shop", "columns": {"Nr": "number", "Datum": "date", "Artikel": "line.description",
            "Menge": "line.quantity", "Preis": "line.rate", "MwSt": "line.taxRate"},
            "constants": {"currency": "EUR"}, "numbers": {"decimalMark": ",", "grouping": ".",
            "currencySymbols": ["€"]}, "dateFormat": "dd.MM.yyyy"})");
    const QString file = write("shop.csv",
        "Nr;Datum;Artikel;Menge;Preis;MwSt\r\nS-1;02.03.2026;Käse;2;€ 1.234,50;19%\r\n");
    const Run run = cli({str("import"), str("invoices"), file, str("--profile"), str("shop")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    const Run listed = cli({str("list"), str("invoices"), str("--format"), str("csv")});
    // 2 × 1234.50 = 2469.00, 19 % = 469.11 → 2938.11
    QVERIFY2(listed.out.contains(str("2938.11")), qPrintable(listed.out));
}

QTEST_MAIN(TestCliMapping)
#include "tst_climapping.moc"
