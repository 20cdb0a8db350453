// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Bank CSV through the CSV import's machinery (issue 15, item 2): header names banks use, rows
// above the header, debit and credit columns, an amount with a CR/DR column, running balances,
// a saved profile, and refusals that say where and why.
#include "bankcsvreader.h"
#include "testsupport.h"

#include <QSettings>
#include <QStandardPaths>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

StatementParse readText(const QByteArray &text, const BankCsvOptions &options = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(str("bank.csv"));
    writeFile(path, text);
    return BankCsvReader::read(path, options);
}

BankCsvOptions inEuro()
{
    BankCsvOptions options;
    options.currency = currency("EUR");
    return options;
}

} // namespace

class TestBankCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sollHabenWithASummaryAbove();
    void amountWithDirection();
    void pendingLinesAreLeftOut();
    void headerNames_data();
    void headerNames();
    void runningBalanceNewestFirst();
    void mappingAndProfile();
    void profileFormats();
    void settingsProfilesMoveOnce();
    void refusals_data();
    void refusals();
};

void TestBankCsvReader::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // profiles go to a settings file of the tests
    QCoreApplication::setOrganizationName(str("InvoiceDeskTests"));
    QCoreApplication::setApplicationName(str("tst_bankcsvreader"));
    QSettings().clear();
}

void TestBankCsvReader::sollHabenWithASummaryAbove()
{
    const StatementParse parse
        = BankCsvReader::read(str(INVOICEDESK_TEST_DATA "/bank/csv-soll-haben.csv"), {});
    QVERIFY2(parse.ok(), qPrintable(parse.issues.value(0).toString()));
    const Statement &s = parse.statements.first();
    QCOMPARE(s.format, StatementFormat::Csv);
    QCOMPARE(s.accountIdentifier, str("DE89370400440532013000")); // from the summary above
    QCOMPARE(s.currency.code(), str("EUR"));
    QCOMPARE(s.lines.size(), 3);
    QCOMPARE(s.lines.at(0).amount, 30000);
    QCOMPARE(s.lines.at(0).bookingDate, QDate(2026, 3, 30));
    QCOMPARE(s.lines.at(0).valueDate, QDate(2026, 3, 31));
    QCOMPARE(s.lines.at(0).counterpartyName, str("Müller & Söhne KG")); // Windows-1252
    QCOMPARE(s.lines.at(0).transactionCode, str("SEPA-Gutschrift"));
    QCOMPARE(s.lines.at(1).amount, -1325); // Soll
    QCOMPARE(s.lines.at(2).amount, 122050); // "1.220,50"
    QVERIFY(!s.opening && !s.closing);
    QCOMPARE(s.fromDate, QDate(2026, 3, 30));
    QCOMPARE(s.toDate, QDate(2026, 3, 31));
}

void TestBankCsvReader::amountWithDirection()
{
    const StatementParse parse = BankCsvReader::read(
        str(INVOICEDESK_TEST_DATA "/bank/csv-amount-direction.csv"), inEuro());
    QVERIFY2(parse.ok(), qPrintable(parse.issues.value(0).toString()));
    const Statement &s = parse.statements.first();
    QVERIFY(s.accountIdentifier.isEmpty());
    QCOMPARE(s.lines.size(), 3);
    QCOMPARE(s.lines.at(0).bookingDate, QDate(2026, 3, 5)); // 03/31 says month first
    QCOMPARE(s.lines.at(0).reference, str("1043")); // "Check Number"
    QCOMPARE(s.lines.at(1).counterpartyName, str("Cafe Rene, Co"));
    QCOMPARE(s.lines.at(2).amount, -1200); // DR
}

void TestBankCsvReader::pendingLinesAreLeftOut()
{
    // Sparkasse's export: a transfer not booked yet is "Umsatz vorgemerkt"; the bank books it
    // later, so reading it now would count the money twice.
    const StatementParse parse
        = readText(QByteArray("\"Buchungstag\";\"Verwendungszweck\";\"Betrag\";\"Waehrung\";"
                              "\"Info\"\n"
                              "\"03.02.26\";\"INV-1\";\"119,00\";\"EUR\";\"Umsatz gebucht\"\n"
                              "\"09.02.26\";\"INV-3\";\"357,00\";\"EUR\";\"Umsatz vorgemerkt\"\n"),
            inEuro());
    QVERIFY2(parse.ok(), qPrintable(parse.issues.value(0).toString()));
    QCOMPARE(parse.statements.first().lines.size(), 1);
    QCOMPARE(parse.statements.first().lines.first().amount, 11900);
    QCOMPARE(parse.notes,
        QStringList {str("line 3: \"Umsatz vorgemerkt\", not booked yet: left out until a "
                         "statement books it")});
    QVERIFY(BankCsvReader::isPendingStatus(str("Pending")));
    QVERIFY(BankCsvReader::isPendingStatus(str("VORGEMERKT")));
    QVERIFY(!BankCsvReader::isPendingStatus(str("Umsatz gebucht")));
    QVERIFY(!BankCsvReader::isPendingStatus(QString()));
}

void TestBankCsvReader::headerNames_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("column");
    const std::pair<const char *, const char *> names[] = {{"Buchungstag", "bookingDate"},
        {"Date d'opération", "bookingDate"}, {"Fecha Valor", "valueDate"}, {"BETRAG", "amount"},
        {"Money Out", "debit"}, {"Bij", "credit"}, {"Auftraggeber / Empfänger", "counterparty"},
        {"Verwendungszweck", "remittance"}, {"Libellé", "remittance"},
        {"Kundenreferenz", "reference"}, {"Transaction ID", "bankReference"}, {"Saldo", "balance"},
        {"Währung", "currency"}, {"Kontonummer/IBAN", "counterpartyAccount"},
        {"Auftragskonto", "account"}, {"Kategorie", ""}};
    for (const auto &[header, column] : names)
        QTest::newRow(header) << str(header) << str(column);
}

void TestBankCsvReader::headerNames()
{
    QFETCH(QString, header);
    QTEST(BankCsvReader::columnForHeader(header), "column");
}

void TestBankCsvReader::runningBalanceNewestFirst()
{
    const StatementParse parse = readText("Date;Description;Amount;Balance\n"
                                          "2026-03-03;C;-5,00;110,00\n"
                                          "2026-03-02;B;15,00;115,00\n"
                                          "2026-03-01;A;100,00;100,00\n",
        inEuro());
    QVERIFY2(parse.ok(), qPrintable(parse.issues.value(0).toString()));
    const Statement &s = parse.statements.first();
    QCOMPARE(s.opening, std::optional(StatementBalance {0, QDate(2026, 3, 1)}));
    QCOMPARE(s.closing, std::optional(StatementBalance {11000, QDate(2026, 3, 3)}));
    QCOMPARE(s.lines.first().remittance, str("A")); // in the order of booking
    QCOMPARE(s.lines.last().remittance, str("C"));

    const StatementParse broken = readText("Date;Description;Amount;Balance\n"
                                           "2026-03-01;A;100,00;100,00\n"
                                           "2026-03-02;B;15,00;116,00\n",
        inEuro());
    QVERIFY(!broken.ok());
    QCOMPARE(broken.issues.first().line, 3);
    QCOMPARE(broken.issues.first().column, str("balance"));
    QCOMPARE(broken.issues.first().reason,
        str("does not follow from the balance 100.00 before it and the amount 15.00"));
}

void TestBankCsvReader::mappingAndProfile()
{
    const QByteArray text = "Tag,Was,Wert\n2026-03-01,INV-1,10.00\n";
    QVERIFY(!readText(text, inEuro()).ok());
    BankCsvOptions options = inEuro();
    options.mapping = {{str("tag"), str("bookingDate")}, {str("Was"), str("remittance")},
        {str("WERT"), str("amount")}};
    QVERIFY(readText(text, options).ok());
    QTemporaryDir dir;
    const ImportProfileStore store(dir.filePath(str("profiles")));
    QVERIFY(BankCsvProfile::save(store, str("My bank"), options));
    // One store, one format: a JSON file of the bank-statement kind beside the invoice ones.
    const auto stored = store.load(str("My bank"), ProfileKind::BankStatement);
    QVERIFY2(stored, qPrintable(stored.error()));
    QCOMPARE(stored->kind, ProfileKind::BankStatement);
    QVERIFY(stored->detectDecimalMark);
    QVERIFY(stored->detectDateFormat);
    QCOMPARE(BankCsvProfile::names(store), QStringList {str("My bank")});
    QVERIFY(!store.names().contains(str("My bank"))); // not offered for invoices
    const auto loaded = BankCsvProfile::load(store, str("my bank"));
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->mapping, options.mapping);
    QVERIFY(!loaded->decimal);
    QVERIFY(!loaded->dateFormat);
    BankCsvOptions fromProfile = *loaded;
    fromProfile.currency = currency("EUR");
    const StatementParse parse = readText(text, fromProfile);
    QVERIFY(parse.ok());
    QCOMPARE(parse.statements.first().lines.first().remittance, str("INV-1"));
    QCOMPARE(BankCsvProfile::load(store, str("nobody")).error(),
        str("there is no import profile named \"nobody\"; the profiles are: My bank"));
    QCOMPARE(BankCsvProfile::load(store, str("xero")).error(),
        str("the import profile \"xero\" reads invoices and payments, not bank statements; the "
            "bank statement profiles are: My bank"));
}

void TestBankCsvReader::profileFormats()
{
    QTemporaryDir dir;
    const ImportProfileStore store(dir.filePath(str("profiles")));
    BankCsvOptions options;
    options.mapping = {{str("Buchungstag"), str("bookingDate")}, {str("Betrag"), str("amount")}};
    options.decimal = DecimalFormat::decimalComma();
    options.dateFormat = str("dd.MM.yyyy");
    QVERIFY(BankCsvProfile::save(store, str("Sparkasse"), options));
    const auto loaded = BankCsvProfile::load(store, str("Sparkasse"));
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->decimal->decimalPoint, QLatin1Char(','));
    QCOMPARE(loaded->decimal->groupSeparator, QLatin1Char('.'));
    QCOMPARE(*loaded->dateFormat, str("dd.MM.yyyy"));
    // An invoice profile of the same store is refused by name.
    ImportProfile invoices;
    invoices.name = str("Old shop");
    QVERIFY(store.save(invoices));
    QCOMPARE(store.load(str("Sparkasse")).error(),
        str("the import profile \"Sparkasse\" reads bank statements, not invoices and payments; "
            "the profiles are: gnucash, quickbooks-online, xero, Old shop"));
}

void TestBankCsvReader::settingsProfilesMoveOnce()
{
    // Before one store, the wizard and the statement dialog kept profiles in one settings group.
    QSettings settings;
    settings.remove(str("importProfilesMovedToFiles")); // the tests before found none to move
    settings.setValue(str("importProfiles/Sparkasse"),
        QByteArray(R"({"columns":{"Buchungstag":"bookingDate","Betrag":"amount"},)"
                   R"("decimalComma":true})"));
    settings.setValue(str("importProfiles/Shop"), QByteArray(R"({"Nr":"number"})"));
    QTemporaryDir dir;
    const ImportProfileStore store(dir.filePath(str("profiles")));
    QCOMPARE(BankCsvProfile::names(store), QStringList {str("Sparkasse")});
    const auto loaded = BankCsvProfile::load(store, str("Sparkasse"));
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->mapping.value(str("Betrag")), str("amount"));
    QCOMPARE(loaded->decimal->decimalPoint, QLatin1Char(','));
    QVERIFY(!loaded->dateFormat); // the dialog had left it to the file
    QVERIFY(store.load(str("Shop")));
    QCOMPARE(*store.migrateSettings(settings), 0); // once
    settings.clear();
}

void TestBankCsvReader::refusals_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no header") << QByteArray("a,b\n1,2\n") << 1 << QString()
                               << str("no row names a booking date");
    QTest::newRow("ambiguous decimal")
        << QByteArray("Date,Amount\n2026-03-01,1.234\n") << 2 << str("amount")
        << str("could be read with a decimal point or a decimal comma");
    QTest::newRow("ambiguous date")
        << QByteArray("Date,Amount\n01/02/2026,1.50\n") << 2 << str("bookingDate")
        << str("could be read as two different dates");
    QTest::newRow("debit and credit")
        << QByteArray("Date,Debit,Credit\n2026-03-01,1.00,2.00\n") << 2 << str("credit")
        << str("a line has either a debit or a credit, not both");
    QTest::newRow("no amount") << QByteArray("Date,Debit,Credit,Text\n2026-03-01,,,x\n") << 2
                               << str("amount") << str("the line has no amount");
    QTest::newRow("two currencies")
        << QByteArray("Date,Amount,Currency\n2026-03-01,1.00,EUR\n2026-03-02,1.00,USD\n") << 3
        << str("currency") << str("differs from EUR");
    QTest::newRow("bad date") << QByteArray("Date,Amount\n2026-03-01,1.00\n2026-02-30,2.00\n") << 3
                              << str("bookingDate") << str("is not a real date");
    QTest::newRow("header only") << QByteArray("Date,Amount\n") << 0 << QString()
                                 << str("the file has a header but no lines");
}

void TestBankCsvReader::refusals()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, reason);
    const StatementParse parse = readText(text, inEuro());
    QVERIFY(!parse.ok());
    QCOMPARE(parse.issues.first().line, line);
    QCOMPARE(parse.issues.first().column, column);
    QVERIFY2(parse.issues.first().reason.startsWith(reason),
        qPrintable(parse.issues.first().toString()));
}

QTEST_GUILESS_MAIN(TestBankCsvReader)
#include "tst_bankcsvreader.moc"
