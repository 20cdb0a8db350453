// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The bank commands end to end (issue 15): accounts, import, match with and without --auto,
// a person's decisions, list in the JSON shape of the issue, report, and what bad input does.
#include "bankcompany.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

/** The data and settings folders of the runs: never the shared ones. */
QString dataHome()
{
    static const QTemporaryDir dir;
    return dir.path();
}

Run cli(const QStringList &arguments, const QString &language = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!language.isEmpty()) {
        environment.insert(QStringLiteral("LANGUAGE"), language);
        environment.insert(QStringLiteral("LC_ALL"), language + QStringLiteral(".UTF-8"));
    }
    environment.remove(QStringLiteral("INVOICEDESK_DB"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dataHome());
    return runProgram(QStringLiteral(INVOICEDESK_CLI), arguments, environment);
}

/** A company file with the March books, closed, and the March statement beside it. */
struct Company
{
    QTemporaryDir dir;
    QString db = dir.filePath(str("march.invoicedesk"));
    QString camt = dir.filePath(str("march.xml"));
    BankCompany books;

    Company()
    {
        auto opened = Database::open(db);
        Ledger ledger(*opened.value());
        books = fillBankCompany(ledger);
        writeFile(camt, toCamt053(marchStatement(str("S1"), {2026, 3, 1}, {2026, 3, 31})));
    }
    Run run(QStringList arguments, const QString &language = {})
    {
        arguments.prepend(db);
        arguments.prepend(str("--db"));
        return cli(arguments, language);
    }
};

} // namespace

class TestBankCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accounts();
    void importMatchListReport();
    void decisionsOfAPerson();
    void badInput();
    void csvThroughTheImportProfiles();
    void readingWritesNothing();
    void speaksTheEnvironmentsLanguage();
};

void TestBankCli::accounts()
{
    Company c;
    Run run = c.run({str("bank"), str("account"), str("add"), str("Main"), str("--currency"),
        str("EUR"), str("--iban"), str("DE89 3704 0044 0532 0130 00"), str("--opening-balance"),
        str("1000.00"), str("--opening-date"), str("2026-03-01")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, str("Added the bank account \"Main\" (DE89 3704 0044 0532 0130 00, EUR)\n"));
    run = c.run(
        {str("bank"), str("account"), str("add"), str("Main"), str("--currency"), str("EUR")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, str("there is already an account named \"Main\"\n"));
    // Without an IBAN or number: the currency alone, no empty place before it.
    Company cash;
    run = cash.run({str("bank"), str("account"), str("add"), str("Petty cash"), str("--currency"),
        str("EUR")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, str("Added the bank account \"Petty cash\" (EUR)\n"));
    // No currency is a usage error, as a wrong one is.
    run = cash.run({str("bank"), str("account"), str("add"), str("Till")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, str("--currency is needed: the account's currency code (EUR)\n"));
    run = c.run({str("bank"), str("account"), str("list")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        str("name  account                      currency  openingBalance  openingDate  balance  "
            "lastBooking  lines  unmatched\n"
            "Main  DE89 3704 0044 0532 0130 00  EUR              1000.00  2026-03-01   1000.00     "
            "              0          0\n"));
    const QJsonObject json = QJsonDocument::fromJson(
        c.run({str("bank"), str("account"), str("list"), str("--format"), str("json")})
            .out.toUtf8())
                                 .object();
    QCOMPARE(json.value(str("accounts"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(str("openingBalance"))
                 .toString(),
        str("1000.00"));
}

void TestBankCli::importMatchListReport()
{
    Company c;
    Run run = c.run({str("bank"), str("import"), c.camt, str("--account"), str("Main")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        str("Imported camt.053 statement S1 into \"Main\" (a new account): 15 lines, 15 added, 0 "
            "already "
            "imported\n  balances checked: 1000.00 on 2026-03-01 and the lines give 2829.64 on "
            "2026-03-31\n"));
    run = c.run({str("bank"), str("import"), c.camt});
    QCOMPARE(run.out,
        str("Imported camt.053 statement S1 into \"Main\": 15 lines, 0 added, 15 already imported\n"
            "  balances checked: 1000.00 on 2026-03-01 and the lines give 2829.64 on "
            "2026-03-31\n"));
    run = c.run({str("bank"), str("match"), str("--auto")});
    QCOMPARE(run.exitCode, 0); // however many lines wait
    QCOMPARE(run.out,
        str("Matched 6 lines automatically; 9 lines wait for a person (bank match lists their "
            "candidates)\n"));
    run = c.run({str("bank"), str("list"), str("--format"), str("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray lines
        = QJsonDocument::fromJson(run.out.toUtf8()).object().value(str("lines")).toArray();
    QCOMPARE(lines.size(), 15);
    const QJsonObject acme = lines.at(1).toObject();
    QCOMPARE(acme.keys(),
        QStringList({str("account"), str("amount"), str("bankReference"), str("bookingDate"),
            str("counterparty"), str("currency"), str("id"), str("matched"), str("remittance")}));
    QCOMPARE(acme.value(str("account")).toString(), str("Main"));
    QCOMPARE(acme.value(str("bookingDate")).toString(), str("2026-03-03"));
    QCOMPARE(acme.value(str("amount")).toString(), str("250.00"));
    QCOMPARE(acme.value(str("currency")).toString(), str("EUR"));
    QCOMPARE(acme.value(str("counterparty")).toString(), str("Acme GmbH"));
    QCOMPARE(acme.value(str("remittance")).toString(), str("INV-1001 order 55"));
    QCOMPARE(acme.value(str("bankReference")).toString(), str("B001"));
    QCOMPARE(acme.value(str("matched")).toObject(),
        QJsonObject(
            {{str("kind"), str("payment")}, {str("marker"), c.books.markers[str("INV-1001")]}}));
    const QJsonArray open = QJsonDocument::fromJson(
        c.run({str("bank"), str("list"), str("--unmatched"), str("--format"), str("json")})
            .out.toUtf8())
                                .object()
                                .value(str("lines"))
                                .toArray();
    QCOMPARE(open.size(), 9);
    QVERIFY(open.first().toObject().value(str("matched")).isNull());

    run = c.run({str("bank"), str("match")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(str(
                 "record a payment for invoice INV-1008 (310.00), score 70: the text names invoice "
                 "INV-1008; the whole 310.00 invoice INV-1008 owes")),
        qPrintable(run.out));
    QVERIFY(run.out.contains(str("the payment less its card fee of 5.80")));
    run = c.run({str("bank"), str("report"), str("--account"), str("Main"), str("--to"),
        str("2026-03-31")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(str("Account:           Main (DE89 3704 0044 0532 0130 00, EUR)\n"
                                    "As of:             2026-03-31\nStatement balance: 2829.64\n")),
        qPrintable(run.out));
    const QJsonObject report = QJsonDocument::fromJson(
        c.run({str("bank"), str("report"), str("--account"), str("Main"), str("--to"),
                  str("2026-03-31"), str("--format"), str("json")})
            .out.toUtf8())
                                   .object();
    QCOMPARE(report.value(str("statementBalance")).toString(), str("2829.64"));
    QCOMPARE(report.value(str("unreconciledLines")).toArray().size(), 9);
}

void TestBankCli::decisionsOfAPerson()
{
    Company c;
    QCOMPARE(c.run({str("bank"), str("import"), c.camt}).exitCode, 0);
    const QJsonArray lines = QJsonDocument::fromJson(
        c.run({str("bank"), str("list"), str("--format"), str("json")}).out.toUtf8())
                                 .object()
                                 .value(str("lines"))
                                 .toArray();
    QHash<QString, QString> idOf;
    for (const QJsonValue &line : lines)
        idOf.insert(line.toObject().value(str("bankReference")).toString(),
            QString::number(line.toObject().value(str("id")).toInt()));
    Run run = c.run({str("bank"), str("match"), str("--line"), idOf[str("B003")], str("--payment"),
        c.books.markers[str("INV-1004")]});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
        str("Line %1 is the payment %2\n")
            .arg(idOf[str("B003")], c.books.markers[str("INV-1004")]));
    run = c.run({str("bank"), str("match"), str("--line"), idOf[str("B008")], str("--invoice"),
        str("INV-1008")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(str("Recorded the payment BK-")), qPrintable(run.out));
    QVERIFY(run.out.endsWith(
        str(" of 310.00 for invoice INV-1008 from line %1\n").arg(idOf[str("B008")])));
    run = c.run({str("bank"), str("match"), str("--line"), idOf[str("B008")], str("--invoice"),
        str("INV-1008")});
    QCOMPARE(run.exitCode, 1);
    // One transfer for two invoices of one customer: a receipt across them.
    run = c.run({str("bank"), str("match"), str("--line"), idOf[str("B007")], str("--invoice"),
        str("INV-1006,INV-1007")});
    QCOMPARE(run.exitCode, 0);
    const QString key = run.out.section(QLatin1Char(' '), 3, 3);
    QCOMPARE(run.out,
        str("Recorded the receipt %1 of 225.00 for invoices INV-1006, INV-1007 from line %2\n")
            .arg(key, idOf[str("B007")]));
    const QJsonArray after = QJsonDocument::fromJson(
        c.run({str("bank"), str("list"), str("--format"), str("json")}).out.toUtf8())
                                 .object()
                                 .value(str("lines"))
                                 .toArray();
    for (const QJsonValue &line : after) {
        if (line.toObject().value(str("bankReference")).toString() == str("B007"))
            QCOMPARE(line.toObject().value(str("matched")).toObject(),
                QJsonObject({{str("kind"), str("receipt")}, {str("marker"), key}}));
    }
    run = c.run(
        {str("bank"), str("unmatch"), idOf[str("B003")], str("--reason"), str("not that one")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, str("Line %1 is no longer matched\n").arg(idOf[str("B003")]));
    run = c.run({str("bank"), str("assign"), c.books.markers[str("INV-1011")], str("--account"),
        str("DE89 3704 0044 0532 0130 00")});
    QCOMPARE(run.exitCode, 0);
    auto db = Database::open(c.db);
    QSqlQuery q(db.value()->connection());
    QVERIFY(q.exec(str("SELECT action FROM audit_log WHERE action LIKE 'bank%' ORDER BY id")));
    QStringList actions;
    while (q.next())
        actions.append(q.value(QStringLiteral("action")).toString());
    QCOMPARE(actions,
        QStringList({str("bank_matched"), str("bank_matched"), str("bank_matched"),
            str("bank_unmatched"), str("bank_account_assigned")}));
}

void TestBankCli::badInput()
{
    Company c;
    QByteArray broken = readFile(c.camt);
    broken.replace("<Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">2829.64",
        "<Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">2829.65");
    writeFile(c.camt, broken);
    Run run = c.run({str("bank"), str("import"), c.camt});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err,
        str("%1: line 10, column closing balance (\"2829.65\"): the statement S1 opens at 1000.00 "
            "and its "
            "lines add 1829.64, which gives 2829.64, not its closing balance (a difference of "
            "0.01); "
            "nothing was imported\nNothing was imported.\n")
            .arg(c.camt));
    QCOMPARE(c.run({str("bank"), str("list")}).out,
        str("id  account  bookingDate  amount  currency  counterparty  remittance  "
            "bankReference  matched\n"));
    QCOMPARE(c.run({str("bank"), str("frob")}).exitCode, 2);
    QCOMPARE(c.run({str("bank"), str("report"), str("--account"), str("Main")}).exitCode, 2);
    run = c.run({str("bank"), str("report"), str("--account"), str("Main"), str("--to"),
        str("31.03.2026")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, str("--to must be a date such as 2026-03-31, not \"31.03.2026\"\n"));
    run = c.run({str("bank"), str("report"), str("--account"), str("Nope"), str("--to"),
        str("2026-03-31")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, str("there is no bank account named \"Nope\"\n"));
    QCOMPARE(c.run({str("bank"), str("match"), str("--line"), str("1")}).exitCode, 2);
    QCOMPARE(
        c.run({str("bank"), str("account"), str("add"), str("X"), str("--currency"), str("EURO")})
            .exitCode,
        2);
}

void TestBankCli::csvThroughTheImportProfiles()
{
    // A bank statement profile is a JSON file in the store the invoice import reads.
    const QString folder = dataHome() + str("/InvoiceDesk/InvoiceDesk/import-profiles");
    QVERIFY(QDir().mkpath(folder));
    writeFile(folder + str("/Hausbank.json"),
        R"({"name": "Hausbank", "kind": "bank-statement",
            "columns": {"Tag": "bookingDate", "Text": "remittance", "Wert": "amount"},
            "numbers": {"decimalMark": ",", "grouping": "."}, "dateFormat": "dd.MM.yyyy"})");
    Company c;
    const QString csv = c.dir.filePath(str("hausbank.csv"));
    writeFile(csv, "Tag;Text;Wert\n03.03.2026;INV-1001 order 55;1.250,00\n");
    Run run = c.run({str("bank"), str("import"), csv, str("--account"), str("Main"),
        str("--currency"), str("EUR"), str("--profile"), str("xero")});
    QCOMPARE(run.exitCode, 2); // a profile of the wrong kind is bad usage, as an unknown one
    QCOMPARE(run.err,
        str("--profile: the import profile \"xero\" reads invoices and payments, not bank "
            "statements; the bank statement profiles are: Hausbank\n"));
    run = c.run({str("bank"), str("import"), csv, str("--account"), str("Main"), str("--currency"),
        str("EUR"), str("--profile"), str("hausbank")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = c.run({str("bank"), str("list"), str("--format"), str("json")});
    const QJsonObject line = QJsonDocument::fromJson(run.out.toUtf8())
                                 .object()
                                 .value(str("lines"))
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(line.value(str("bookingDate")).toString(), str("2026-03-03"));
    QCOMPARE(line.value(str("amount")).toString(), str("1250.00"));
    QCOMPARE(line.value(str("remittance")).toString(), str("INV-1001 order 55"));
}

void TestBankCli::readingWritesNothing()
{
    Company c;
    QCOMPARE(c.run({str("bank"), str("import"), c.camt}).exitCode, 0);
    const QByteArray before = fileHash(c.db);
    for (const QStringList &arguments :
        {QStringList {str("bank"), str("list")}, QStringList {str("bank"), str("match")},
            QStringList {str("bank"), str("account"), str("list")},
            QStringList {str("bank"), str("report"), str("--account"),
                str("DE89 3704 0044 0532 0130 00"), str("--to"), str("2026-03-31")}}) {
        const Run run = c.run(arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    QCOMPARE(fileHash(c.db), before);
    QVERIFY(!QFile::exists(Database::lockFilePath(c.db)));
}

void TestBankCli::speaksTheEnvironmentsLanguage()
{
    // The bank commands' messages, from the CLI and from models/bank, in German.
    Company c;
    Run run = c.run({str("bank"), str("match"), str("--line"), str("1")}, str("de_DE"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith(str("Aufruf: bank match --line ID")), qPrintable(run.err));
    run = c.run(
        {str("bank"), str("match"), str("--line"), str("999"), str("--invoice"), str("INV-1008")},
        str("de_DE"));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, str("es gibt keine Kontoauszugszeile 999\n"));
}

QTEST_GUILESS_MAIN(TestBankCli)
#include "tst_bankcli.moc"
