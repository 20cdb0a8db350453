// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptbook.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

Run cli(const QStringList &arguments, const QString &workingDirectory = {},
    const QString &language = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("INVOICEDESK_DB"));
    // The default company file lives in a folder of the test's own, never the user's.
    static const QTemporaryDir dataHome;
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
    if (!language.isEmpty()) {
        environment.insert(QStringLiteral("LANGUAGE"), language);
        environment.insert(QStringLiteral("LC_ALL"), language + QStringLiteral(".UTF-8"));
    }
    return runProgram(QStringLiteral(INVOICEDESK_CLI), arguments, environment, workingDirectory);
}

/** A company file at `db` with one invoice (imported from `csv`), marked as schema 21. */
bool makeOlderFile(const QString &db, const QString &csv)
{
    writeFile(csv,
        "number,date,currency,customer,line.quantity,line.rate,line.description\n"
        "O-1,2026-01-01,EUR,Foo,1,10.00,Work\n");
    return cli({str("--db"), db, str("import"), str("invoices"), csv}).exitCode == 0
        && rawExec(db, {str("PRAGMA user_version = 21")}).isEmpty();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badUsageExitsWithTwo();
    void demoStatusAndList();
    void exportImportExportThroughTheCli();
    void rejectedImportExitsWithOneAndChangesNothing();
    void dryRunCreatesNoCompanyFile();
    void upgradeBringsAnOlderFileUpToDate();
    void dryRunNamesTheCustomersItWouldAdd();
    void dryRunLeavesAnOlderFileAsItIs();
    void environmentVariableNamesTheDatabase();
    void speaksTheEnvironmentsLanguage();
    void secondProcessIsRefused();
    void newerDatabaseIsRefused();
    void listInvoicesFiltersAsTheListDoes();
    void listInvoicesNamesTheCustomerRecord();
};

void TestCli::badUsageExitsWithTwo()
{
    QCOMPARE(cli({}).exitCode, 2);
    Run run = cli({str("frobnicate")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(str("unknown command \"frobnicate\"\n")));
    run = cli({str("import"), str("receipts"), str("x.csv")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err,
        str("usage: import invoices|payments|creditnotes FILE [options], or import books DIR\n"));
    run = cli({str("--db")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(str("--db needs a value\n")));
    run = cli({str("list"), str("invoices"), str("--bogus")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith(str("unknown option --bogus\n")));
    QTemporaryDir dir;
    run = cli({str("--db"), dir.filePath(str("x.db")), str("import"), str("invoices"), str("a.csv"),
        str("--on-existing"), str("merge")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, str("--on-existing must be update, skip or fail, not \"merge\"\n"));
    QCOMPARE(cli({str("--help")}).exitCode, 0);
}

void TestCli::demoStatusAndList()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(str("demo.db"));
    Run run = cli({str("--db"), db, str("demo"), str("--count"), str("25")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, str("Added 25 sample invoices with their payments to %1.\n").arg(db));
    QCOMPARE(cli({str("--db"), db, str("demo")}).exitCode, 1); // never on top of real data

    run = cli({str("--db"), db, str("status"), str("--format"), str("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject status = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(status.value(str("invoices")).toInt(), 25);
    QCOMPARE(status.value(str("sync")).toString(), str("All changes synced"));
    QCOMPARE(status.value(str("schemaVersion")).toInt(), Database::latestSchemaVersion());

    run = cli({str("--db"), db, str("list"), str("invoices"), str("--format"), str("csv"),
        str("--status"), str("Draft")});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(str("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(
        lines.first(), str("number,date,dueDate,customer,status,currency,total,paid,outstanding"));
    QVERIFY(lines.size() >= 2);
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.contains(str(",Draft,")), qPrintable(line));
}

void TestCli::exportImportExportThroughTheCli()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(str("a.db"));
    const QString b = dir.filePath(str("b.db"));
    QCOMPARE(cli({str("--db"), a, str("demo")}).exitCode, 0);
    QCOMPARE(
        cli({str("--db"), a, str("export"), str("invoices"), dir.filePath(str("invoices.csv"))})
            .exitCode,
        0);
    QCOMPARE(
        cli({str("--db"), a, str("export"), str("payments"), dir.filePath(str("payments.csv"))})
            .exitCode,
        0);

    Run run
        = cli({str("--db"), b, str("import"), str("invoices"), dir.filePath(str("invoices.csv"))});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        str("Imported invoices.csv (invoices): 60 created, 0 updated, 0 skipped, 0 rejected.\n"));
    run = cli({str("--db"), b, str("import"), str("payments"), dir.filePath(str("payments.csv"))});
    QCOMPARE(run.exitCode, 0);

    run = cli({str("--db"), b, str("export"), str("invoices"), str("-")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.toUtf8(), readFile(dir.filePath(str("invoices.csv"))));
    run = cli({str("--db"), b, str("export"), str("payments"), str("-")});
    QCOMPARE(run.out.toUtf8(), readFile(dir.filePath(str("payments.csv"))));

    // Importing the same invoices again duplicates nothing.
    run = cli({str("--db"), b, str("import"), str("invoices"), dir.filePath(str("invoices.csv")),
        str("--on-existing"), str("skip")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        str("Imported invoices.csv (invoices): 0 created, 0 updated, 60 skipped, 0 rejected.\n"));
    run = cli({str("--db"), b, str("import"), str("payments"), dir.filePath(str("payments.csv"))});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(str("is already recorded on invoice")));
    QVERIFY2(!run.err.contains(str("would overpay")), qPrintable(run.err)); // it follows from it
    const QByteArray recorded = fileHash(b);
    run = cli({str("--db"), b, str("import"), str("payments"), dir.filePath(str("payments.csv")),
        str("--on-existing"), str("skip")});
    QCOMPARE(run.err, QString());
    QVERIFY2(run.out.startsWith(str("Imported payments.csv (payments): 0 created, 0 updated, ")),
        qPrintable(run.out));
    QVERIFY(run.out.endsWith(str(" skipped, 0 rejected.\n")));
    QCOMPARE(fileHash(b), recorded);
}

void TestCli::rejectedImportExitsWithOneAndChangesNothing()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(str("c.db"));
    createCompanyFile(db);
    QCOMPARE(cli({str("--db"), db, str("status")}).exitCode, 0);
    const QByteArray before = fileHash(db);
    writeFile(dir.filePath(str("bad.csv")),
        "number;date;currency;line.quantity;line.rate;line.description\n"
        "X-1;01/02/2026;EUR;1;10,00;Fine\n"
        "X-2;31/02/2026;EUR;1;10,00;No such day\n"
        "X-3;01/02/2026;EUR;1;10,001;Too precise\n");
    const Run run
        = cli({str("--db"), db, str("import"), str("invoices"), dir.filePath(str("bad.csv")),
            str("--decimal-comma"), str("--date-format"), str("dd/MM/yyyy")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err,
        str("bad.csv: line 3, column date (\"31/02/2026\"): is not a real date in the form "
            "dd/MM/yyyy\n"
            "bad.csv: line 4, column line.rate (\"10,001\"): has more than 2 decimal places (EUR)\n"
            "Nothing was imported: invoices with problems: 2. The rows and their problems are in "
            "%1.\n")
            .arg(dir.filePath(str("bad.errors.csv"))));
    QCOMPARE(fileHash(db), before);

    const Run dry = cli({str("--db"), db, str("import"), str("invoices"),
        dir.filePath(str("bad.csv")), str("--decimal-comma"), str("--date-format"),
        str("dd/MM/yyyy"), str("--skip-invalid"), str("--dry-run")});
    QCOMPARE(dry.exitCode, 1);
    QCOMPARE(dry.out,
        str("Dry run of bad.csv (invoices): 1 created, 0 updated, 0 skipped, 2 rejected; nothing "
            "was written.\n"));
    QCOMPARE(fileHash(db), before);
}

void TestCli::dryRunCreatesNoCompanyFile()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(str("tiny.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("number,date,currency,customer,line.quantity,line.rate,line.description\n"
               "X-1,2026-01-01,EUR,Foo,1,10.00,Test\n");
    file.close();
    const QString db = dir.filePath(str("probe.invoicedesk"));
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const Run dry = cli({str("--db"), db, str("import"), str("invoices"), csv, str("--dry-run")});
    QCOMPARE(dry.err, QString());
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(dry.out,
        str("There is no company file at %1: the dry run checks against empty books and creates "
            "no file.\n"
            "Dry run of tiny.csv (invoices): 1 created, 0 updated, 0 skipped, 0 rejected; nothing "
            "was written.\n"
            "The import would add these customers (1): Foo.\n")
            .arg(db));
    // No company file, no lock, no journal: the folder is as it was.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
}

void TestCli::dryRunLeavesAnOlderFileAsItIs()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(str("older.invoicedesk"));
    const QString csv = dir.filePath(str("one.csv"));
    QVERIFY(makeOlderFile(db, csv));
    const QByteArray before = fileHash(db);
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    // A dry run writes nothing, a migration neither: it says what to do instead.
    for (const char *kind : {"invoices", "payments"}) {
        const Run dry = cli({str("--db"), db, str("import"), str(kind), csv, str("--dry-run")});
        QCOMPARE(dry.exitCode, 1);
        QCOMPARE(dry.out, QString());
        QCOMPARE(dry.err,
            str("%1 was written by an older InvoiceDesk (schema 21), and a dry run does not bring "
                "it up to date: open it once in the app, or run the command without --dry-run\n")
                .arg(db));
    }
    QCOMPARE(fileHash(db), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), files); // no backup, no journal
    // Without --dry-run the import brings it up to date (and backs it up) first.
    QCOMPARE(cli({str("--db"), db, str("import"), str("invoices"), csv, str("--on-existing"),
                     str("skip")})
                 .exitCode,
        0);
    QCOMPARE(QDir(dir.path()).entryList({str("older.invoicedesk.before-v*.bak")}).size(), 1);
}

/** A reading command refuses an older file naming what to run; upgrade runs it and says so. */
void TestCli::upgradeBringsAnOlderFileUpToDate()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(str("older.invoicedesk"));
    const QString csv = dir.filePath(str("one.csv"));
    QVERIFY(makeOlderFile(db, csv));
    const QByteArray before = fileHash(db);
    Run run = cli({str("--db"), db, str("status")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
        str("%1 was written by an older InvoiceDesk (schema 21); open it once in the app, or run "
            "invoicedesk-cli upgrade on it, to bring it up to date\n")
            .arg(db));
    QCOMPARE(fileHash(db), before);

    run = cli({str("--db"), db, str("upgrade")});
    QCOMPARE(run.exitCode, 0);
    const QStringList backups
        = QDir(dir.path()).entryList({str("older.invoicedesk.before-v*.bak")});
    QCOMPARE(backups.size(), 1);
    const int latest = Database::latestSchemaVersion();
    QCOMPARE(run.err,
        str("%1 was written by an older InvoiceDesk: it is brought up to date (schema %2), and "
            "the file as it was is kept as %3.\n")
            .arg(db)
            .arg(latest)
            .arg(dir.filePath(backups.first())));
    const QString upToDate = str("%1 is up to date (schema %2).\n").arg(db).arg(latest);
    QCOMPARE(run.out, upToDate);
    run = cli({str("--db"), db, str("status")});
    QCOMPARE(run.exitCode, 0);

    // Once up to date, upgrade changes nothing and says so.
    const QByteArray current = fileHash(db);
    run = cli({str("--db"), db, str("upgrade")});
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out, upToDate);
    QCOMPARE(fileHash(db), current);
    run = cli({str("--db"), dir.filePath(str("none.invoicedesk")), str("upgrade")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!QFile::exists(dir.filePath(str("none.invoicedesk"))));
}

void TestCli::dryRunNamesTheCustomersItWouldAdd()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(str("c.invoicedesk"));
    QByteArray rows = "number,date,currency,customer,line.quantity,line.rate,line.description\n"
                      "K-1,2026-01-01,EUR,Known GmbH,1,10.00,Work\n";
    writeFile(dir.filePath(str("known.csv")), rows);
    QCOMPARE(cli({str("--db"), db, str("import"), str("invoices"), dir.filePath(str("known.csv"))})
                 .exitCode,
        0);
    rows += "K-2,2026-01-02,EUR,KNOWN GMBH,1,10.00,Work\n";
    for (int i = 1; i <= 11; ++i)
        rows += QStringLiteral("N-%1,2026-01-03,EUR,New %2,1,10.00,Work\n")
                    .arg(i)
                    .arg(i, 2, 10, QLatin1Char('0'))
                    .toUtf8();
    writeFile(dir.filePath(str("more.csv")), rows);
    const QByteArray before = fileHash(db);
    const Run dry = cli({str("--db"), db, str("import"), str("invoices"),
        dir.filePath(str("more.csv")), str("--on-existing"), str("skip"), str("--dry-run")});
    QCOMPARE(dry.err, QString());
    QCOMPARE(dry.out,
        str("Dry run of more.csv (invoices): 12 created, 0 updated, 1 skipped, 0 rejected; "
            "nothing was written.\n"
            "The import would add these customers (11): New 01, New 02, New 03, New 04, New 05, "
            "New 06, New 07, New 08, New 09, New 10 and 1 more.\n"));
    QCOMPARE(fileHash(db), before);
}

void TestCli::environmentVariableNamesTheDatabase()
{
    QTemporaryDir dir;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(str("INVOICEDESK_DB"), dir.filePath(str("env.db")));
    process.setProcessEnvironment(environment);
    process.start(str(INVOICEDESK_CLI), {str("demo"), str("--count"), str("2")});
    QVERIFY(process.waitForFinished());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(QFile::exists(dir.filePath(str("env.db"))));
}

void TestCli::speaksTheEnvironmentsLanguage()
{
    const Run german = cli({str("frobnicate")}, {}, str("de_DE"));
    QCOMPARE(german.exitCode, 2);
    QVERIFY2(
        german.err.startsWith(str("unbekannter Befehl „frobnicate“\n")), qPrintable(german.err));

    const Run english = cli({str("frobnicate")});
    QVERIFY2(
        english.err.startsWith(str("unknown command \"frobnicate\"\n")), qPrintable(english.err));
}

void TestCli::secondProcessIsRefused()
{
    TestDb t; // holds the lock
    const Run run = cli({str("--db"), t.path(), str("status")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(t.path()
                 + str(" is already open in another InvoiceDesk process (pid %1 on ")
                       .arg(QCoreApplication::applicationPid())),
        qPrintable(run.err));
}

void TestCli::newerDatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(str("n.db"));
    createCompanyFile(db);
    QCOMPARE(cli({str("--db"), db, str("status")}).exitCode, 0);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(str("QSQLITE"), str("raw"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery(raw).exec(str("PRAGMA user_version = 99"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(str("raw"));
    const Run run = cli({str("--db"), db, str("list"), str("invoices")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(str("was written by a newer InvoiceDesk (schema 99")));
}

void TestCli::listInvoicesFiltersAsTheListDoes()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(str("list.db"));
    {
        auto opened = Database::open(db);
        QVERIFY(opened.ok());
        Ledger ledger(*opened.value());
        const auto create = [&](const char *number, const char *company, QDate due) {
            Invoice invoice = sampleInvoice(str(number));
            invoice.billing.company = str(company);
            invoice.date = due.addDays(-30);
            invoice.dueDate = due;
            QVERIFY(ledger.createInvoice(invoice).ok());
        };
        create("A-3", "Müller Bau", QDate(2020, 1, 1)); // entered first, listed by number
        create("A-1", "Schmidt AG", QDate(2020, 1, 1));
        create("A-2", "Mullerstrasse KG", QDate(2099, 1, 1));
    }
    const auto numbers = [&](const QStringList &options) {
        const Run run = cli(
            QStringList {str("--db"), db, str("list"), str("invoices"), str("--format"), str("csv")}
            + options);
        QStringList result;
        for (const QString &line : run.out.split(str("\r\n"), Qt::SkipEmptyParts).mid(1))
            result.append(line.section(QLatin1Char(','), 0, 0));
        return run.exitCode == 0 ? result : QStringList {run.err};
    };
    QCOMPARE(numbers({}), QStringList({str("A-1"), str("A-2"), str("A-3")}));
    QCOMPARE(numbers({str("--search"), str("MÜLLER")}), QStringList({str("A-2"), str("A-3")}));
    QCOMPARE(numbers({str("--search"), str("mu")}), QStringList({str("A-2"), str("A-3")}));
    QCOMPARE(numbers({str("--overdue")}), QStringList({str("A-1"), str("A-3")}));
    QCOMPARE(numbers({str("--search"), str("muller"), str("--overdue")}), QStringList {str("A-3")});
    QCOMPARE(numbers({str("--status"), str("Pending"), str("--limit"), str("2")}),
        QStringList({str("A-1"), str("A-2")}));
    QCOMPARE(numbers({str("--status"), str("Paid")}), QStringList());
    const Run bad = cli({str("--db"), db, str("list"), str("invoices"), str("--limit"), str("0")});
    QCOMPARE(bad.exitCode, 2);
    QCOMPARE(bad.err, str("--limit must be a whole number above 0\n"));
}

void TestCli::listInvoicesNamesTheCustomerRecord()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(str("records.db"));
    {
        auto opened = Database::open(db);
        QVERIFY(opened.ok());
        Ledger ledger(*opened.value());
        ReceiptBook book(ledger);
        Customer zuse;
        zuse.displayName = str("Zuse KG");
        QVERIFY(book.customers().insert(zuse).ok());
        const auto add = [&](const char *number, const char *billedTo, const CustomerRef &record) {
            Invoice invoice = sampleInvoice(str(number));
            invoice.billing.company = str(billedTo);
            QVERIFY(ledger.createInvoice(invoice, nullptr, record).ok());
        };
        add("Z-1", "Konrad Zuse KG", {zuse.id, zuse.displayName});
        add("Z-2", "ZUSE KG", {zuse.id, zuse.displayName}); // the record's name, case aside
        add("Z-3", "Globex", {});
    }
    const auto list = [&](const QStringList &options) {
        return cli(QStringList {str("--db"), db, str("list"), str("invoices")} + options);
    };
    // JSON: the record's name where the invoice is billed to another name, else empty; the
    // same with --limit (a page, as the list window reads it).
    for (const QStringList &limit : {QStringList(), QStringList({str("--limit"), str("5")})}) {
        const Run json = list(QStringList({str("--format"), str("json")}) + limit);
        QCOMPARE(json.exitCode, 0);
        QStringList records;
        for (const QJsonValue &invoice : QJsonDocument::fromJson(json.out.toUtf8()).array())
            records.append(invoice[str("customer")].toString() + QLatin1Char('|')
                + invoice[str("customerRecord")].toString());
        QCOMPARE(
            records, QStringList({str("Konrad Zuse KG|Zuse KG"), str("ZUSE KG|"), str("Globex|")}));
    }
    // The table shows it as the list window does; CSV keeps its columns.
    const Run table = list({});
    QCOMPARE(table.exitCode, 0);
    QVERIFY2(table.out.contains(str("Konrad Zuse KG (Zuse KG)")), qPrintable(table.out));
    const Run csv = list({str("--format"), str("csv")});
    QVERIFY2(csv.out.contains(str("\r\nZ-1,2026-03-01,2026-03-31,Konrad Zuse KG,Pending,")),
        qPrintable(csv.out));
    QVERIFY(!csv.out.contains(str("(Zuse KG)")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
