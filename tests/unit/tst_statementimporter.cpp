// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Importing statements (issue 15, items 1 and 2): all or nothing, balances that do not add up
// refused, which account a statement goes into, references and fingerprints, the audit.
#include "bankaccounts.h"
#include "bankstatements.h"
#include "bankstore.h"
#include "statementimporter.h"
#include "testsupport.h"

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

struct Bank
{
    TestDb t;
    BankStore store {*t.db};

    StatementImport import(
        const QByteArray &bytes, const QString &account = {}, bool dryRun = false)
    {
        const QString path = t.dir.filePath(str("statement-%1.xml").arg(++mFiles));
        writeFile(path, bytes);
        StatementImportOptions options;
        options.accountName = account;
        options.dryRun = dryRun;
        return StatementImporter(*t.ledger, store).importFile(path, options);
    }
    int count(const char *sql) { return t.scalar(sql).toInt(); }

private:
    int mFiles = 0;
};

GenStatement statement(const QString &iban = str("DE89370400440532013000"))
{
    GenStatement s;
    s.iban = iban;
    s.from = QDate(2026, 3, 1);
    s.to = QDate(2026, 3, 31);
    s.opening = 50000;
    GenLine a;
    a.booking = QDate(2026, 3, 2);
    a.amount = 1000;
    a.bankReference = str("R1");
    a.name = str("A");
    a.remittance = str("first");
    GenLine b = a;
    b.amount = -300;
    b.bankReference = str("R2");
    b.remittance = str("second");
    s.lines = {a, b};
    return s;
}

} // namespace

class TestStatementImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsTheAccountFromTheStatement();
    void balancesThatDoNotAddUpAreRefused();
    void dryRunWritesNothing();
    void whichAccount();
    void handMadeAccountLearnsItsNumber();
    void referencesAndFingerprints();
    void theSameDaysInAnotherFormat();
    void mt940OpeningAtTheEndOfTheDayBefore();
    void addingAccounts();
};

void TestStatementImporter::createsTheAccountFromTheStatement()
{
    Bank bank;
    const StatementImport result = bank.import(toCamt053(statement()));
    QVERIFY2(result.succeeded(), qPrintable(result.issues.value(0).toString()));
    QVERIFY(result.committed);
    QCOMPARE(result.statements.first().accountName, str("DE89 3704 0044 0532 0130 00"));
    QVERIFY(result.statements.first().accountCreated);
    const BankAccount account = **bank.store.accountByIdentifier(str("DE89370400440532013000"));
    QCOMPARE(account.openingBalance, 50000);
    QCOMPARE(account.openingDate, QDate(2026, 3, 1));
    QCOMPARE(account.currency.code(), str("EUR"));
    QCOMPARE(bank.t.rows("SELECT entity_type, action FROM audit_log ORDER BY id"),
        QStringList({str("bank_account|created"), str("bank_account|statement_imported")}));
    QCOMPARE(
        bank.t.rows(
            "SELECT format, statement_ref, from_date, to_date, opening_balance, closing_balance, "
            "lines_read, lines_added FROM bank_statements"),
        QStringList {str("camt.053|STMT-1|2026-03-01|2026-03-31|50000|50700|2|2")});
    QCOMPARE(bank.t.rows("SELECT booking_date, amount, bank_reference, reference_key FROM "
                         "bank_lines ORDER BY id"),
        QStringList({str("2026-03-02|1000|R1|r:R1"), str("2026-03-02|-300|R2|r:R2")}));
}

void TestStatementImporter::balancesThatDoNotAddUpAreRefused()
{
    Bank bank;
    QByteArray camt = toCamt053(statement());
    camt.replace("<Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">507.00",
        "<Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">507.01");
    const StatementImport result = bank.import(camt);
    QVERIFY(!result.succeeded());
    QCOMPARE(result.issues.first().reason,
        str("the statement STMT-1 opens at 500.00 and its lines add 7.00, which gives 507.00, not "
            "its closing "
            "balance (a difference of 0.01); nothing was imported"));
    QCOMPARE(result.issues.first().column, str("closing balance"));
    // The line of the CLBD balance, not the statement's start.
    QCOMPARE(result.issues.first().line, int(camt.left(camt.indexOf("CLBD")).count('\n')) + 1);
    QCOMPARE(result.issues.size(), 1);
    for (const char *table : {"bank_accounts", "bank_statements", "bank_lines", "audit_log"})
        QCOMPARE(
            bank.t.scalar(str("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt(), 0);
    // MT940: the line of :62F:.
    QByteArray mt940 = toMt940(statement());
    mt940.replace(":62F:C260331EUR507,00", ":62F:C260331EUR507,01");
    const StatementImport refused = bank.import(mt940);
    QCOMPARE(refused.issues.size(), 1);
    QCOMPARE(refused.issues.first().line, int(mt940.left(mt940.indexOf(":62F:")).count('\n')) + 1);
}

void TestStatementImporter::dryRunWritesNothing()
{
    Bank bank;
    const StatementImport result = bank.import(toMt940(statement()), {}, true);
    QVERIFY(result.succeeded());
    QVERIFY(!result.committed);
    QCOMPARE(result.added(), 2);
    QCOMPARE(bank.count("SELECT count(*) FROM bank_lines"), 0);
    QCOMPARE(bank.count("SELECT count(*) FROM bank_accounts"), 0);
}

void TestStatementImporter::whichAccount()
{
    Bank bank;
    QVERIFY(bank.import(toCamt053(statement()), str("Main")).succeeded());
    QCOMPARE(**bank.store.accountByName(str("Main")),
        **bank.store.accountByIdentifier(str("DE89370400440532013000")));
    // The same IBAN under another name, another IBAN under this name, another currency: refused.
    QCOMPARE(bank.import(toCamt053(statement()), str("Savings")).issues.first().reason,
        str("the statement is for DE89 3704 0044 0532 0130 00, which is the account \"Main\"; "
            "import it into "
            "that account, or without naming one"));
    const QString other = str("GB29NWBK60161331926819");
    QCOMPARE(bank.import(toCamt053(statement(other)), str("Main")).issues.first().reason,
        str("the statement is for GB29 NWBK 6016 1331 9268 19, but the account \"Main\" is DE89 "
            "3704 0044 0532 0130 00"));
    GenStatement dollars = statement();
    dollars.currency = str("USD");
    dollars.lines.clear();
    QCOMPARE(bank.import(toCamt053(dollars)).issues.first().reason,
        str("the statement is in USD, the account \"Main\" in EUR"));
    GenStatement wrong = statement(str("DE00370400440532013000"));
    QVERIFY(
        bank.import(toCamt053(wrong)).issues.first().reason.contains(str("is not a valid IBAN")));
    QCOMPARE(bank.count("SELECT count(*) FROM bank_accounts"), 1);
    QCOMPARE(bank.count("SELECT count(*) FROM bank_lines"), 2);
}

void TestStatementImporter::handMadeAccountLearnsItsNumber()
{
    Bank bank;
    BankAccount account;
    account.name = str("Main");
    account.currency = currency("EUR");
    QVERIFY(BankAccounts::add(*bank.t.ledger, bank.store, account));
    const StatementImport result = bank.import(toCamt053(statement()), str("Main"));
    QVERIFY2(result.succeeded(), qPrintable(result.issues.value(0).toString()));
    QVERIFY(!result.statements.first().accountCreated);
    const BankAccount main = **bank.store.accountByName(str("Main"));
    QCOMPARE(main.identifier, str("DE89370400440532013000"));
    // Its first statement gives the opening balance it was added without.
    QCOMPARE(main.openingBalance, 50000);
    QCOMPARE(main.openingDate, QDate(2026, 3, 1));
    QVERIFY(result.gaps.isEmpty());
    // Now found by its IBAN without a name.
    QCOMPARE(bank.import(toCamt053(statement())).statements.first().accountName, str("Main"));
}

void TestStatementImporter::referencesAndFingerprints()
{
    Bank bank;
    GenStatement s = statement();
    s.lines[1].bankReference = str("R1"); // the bank gave two lines one reference
    QVERIFY(bank.import(toCamt053(s)).succeeded());
    QCOMPARE(bank.count("SELECT count(*) FROM bank_lines WHERE reference_key IS NULL"), 2);
    // A later statement with the first line's reference alone: found by its fingerprint.
    GenStatement later = statement();
    later.lines.removeLast();
    later.lines.first().bankReference = str("R1");
    later.opening = 50000;
    const StatementImport again = bank.import(toCamt053(later));
    QCOMPARE(again.added(), 0);
    QCOMPARE(again.duplicates(), 1);
    // The bank's reference wins over a changed text.
    Bank other;
    QVERIFY(other.import(toCamt053(statement())).succeeded());
    GenStatement edited = statement();
    edited.lines[0].remittance = str("first, reworded");
    QCOMPARE(other.import(toCamt053(edited)).added(), 0);
}

void TestStatementImporter::theSameDaysInAnotherFormat()
{
    // The bank's CAMT and its OFX of one month: other references, the counterparty's account
    // only in the CAMT, the fee's text as the OFX's NAME. The same bookings, added once.
    Bank bank;
    GenStatement camt = statement();
    camt.lines[0].counterpartyIban = str("DE02120300000000202051");
    camt.lines[0].endToEnd = str("INV-1");
    GenLine fee;
    fee.booking = QDate(2026, 3, 9);
    fee.amount = -500;
    fee.bankReference = str("R3");
    fee.remittance = str("Kontofuehrungsgebuehr");
    camt.lines << fee << fee; // two identical fees of one day are two lines
    camt.lines.last().bankReference = str("R4");
    QVERIFY(bank.import(toCamt053(camt)).succeeded());
    GenStatement ofx = camt;
    for (int i = 0; i < ofx.lines.size(); ++i) {
        ofx.lines[i].bankReference = str("FIT-%1").arg(i);
        ofx.lines[i].counterpartyIban.clear();
        ofx.lines[i].endToEnd.clear();
    }
    ofx.lines[2].name = ofx.lines[2].remittance;
    ofx.lines[2].remittance.clear();
    ofx.lines[3] = ofx.lines[2];
    ofx.lines[3].bankReference = str("FIT-3");
    GenLine later = ofx.lines[1];
    later.booking = QDate(2026, 3, 20);
    later.bankReference = str("FIT-4");
    ofx.lines << later; // one booking the CAMT has not
    const StatementImport result = bank.import(toOfx(ofx, true));
    QVERIFY2(result.succeeded(), qPrintable(result.issues.value(0).toString()));
    QCOMPARE(result.added(), 1);
    QCOMPARE(result.duplicates(), 4);
    QCOMPARE(bank.count("SELECT count(*) FROM bank_lines"), 5);
    QCOMPARE(bank.count("SELECT sum(amount) FROM bank_lines"), 1000 - 300 - 500 - 500 - 300);
    // Again, and the CAMT again: nothing new.
    QCOMPARE(bank.import(toOfx(ofx, true)).added(), 0);
    QCOMPARE(bank.import(toCamt053(camt)).added(), 0);
    // A fee of another day, or of another amount, is another booking.
    GenStatement other = ofx;
    other.lines = {ofx.lines[2]};
    other.lines[0].booking = QDate(2026, 3, 10);
    other.lines[0].bankReference = str("FIT-9");
    QCOMPARE(bank.import(toOfx(other, true)).added(), 1);
}

void TestStatementImporter::mt940OpeningAtTheEndOfTheDayBefore()
{
    // The CAMT holds the lines of 2 March (500.00 + 10.00 - 3.00). The next MT940 opens with
    // ":60F:C260302EUR507,00", the balance at the end of 2 March, and books from 5 March on:
    // it follows on, so no gap is reported.
    Bank bank;
    GenStatement camt = statement();
    camt.to = QDate(2026, 3, 2);
    QVERIFY(bank.import(toCamt053(camt)).succeeded());
    GenStatement next = statement();
    next.id = str("STMT-2");
    next.from = QDate(2026, 3, 2);
    next.to = QDate(2026, 3, 5);
    next.opening = 50700;
    next.lines = {next.lines.first()};
    next.lines[0].booking = QDate(2026, 3, 5);
    next.lines[0].bankReference = str("R9");
    const StatementImport result = bank.import(toMt940(next));
    QVERIFY2(result.succeeded(), qPrintable(result.issues.value(0).toString()));
    QCOMPARE(result.gaps, QStringList());
    QCOMPARE(result.added(), 1);
    // Opened at anything else, the difference is reported.
    next.opening = 50600;
    next.lines[0].bankReference = str("R10");
    next.lines[0].booking = QDate(2026, 3, 6);
    next.to = QDate(2026, 3, 6);
    const StatementImport off = bank.import(toMt940(next));
    QCOMPARE(off.gaps.size(), 1);
    QVERIFY2(off.gaps.first().contains(str("opens on 2026-03-02 at 506.00")),
        qPrintable(off.gaps.first()));
}

void TestStatementImporter::addingAccounts()
{
    Bank bank;
    BankAccount account;
    account.name = str(" Main ");
    account.identifier = str("de89 3704 0044 0532 0130 00");
    account.currency = currency("EUR");
    account.openingBalance = 12345;
    account.openingDate = QDate(2026, 1, 1);
    auto added = BankAccounts::add(*bank.t.ledger, bank.store, account);
    QVERIFY2(added, qPrintable(added.error()));
    QCOMPARE(added->name, str("Main"));
    QCOMPARE(added->identifier, str("DE89370400440532013000"));
    QCOMPARE(bank.t.rows("SELECT action, details FROM audit_log"),
        QStringList {str("created|{\"currency\":\"EUR\",\"identifier\":\"DE89370400440532013000\","
                         "\"name\":\"Main\","
                         "\"openingBalance\":\"123.45\",\"openingDate\":\"2026-01-01\"}")});
    QCOMPARE(BankAccounts::add(*bank.t.ledger, bank.store, account).error(),
        str("there is already an account named \"Main\""));
    account.name = str("Other");
    QCOMPARE(BankAccounts::add(*bank.t.ledger, bank.store, account).error(),
        str("DE89 3704 0044 0532 0130 00 is already the account \"Main\""));
    account.identifier = str("DE89370400440532013001");
    QCOMPARE(BankAccounts::add(*bank.t.ledger, bank.store, account).error(),
        str("iban: DE89 3704 0044 0532 0130 01 is not a valid IBAN (its check digits are wrong)"));
    account.identifier = str("12345678");
    account.currency = Currency();
    QCOMPARE(BankAccounts::add(*bank.t.ledger, bank.store, account).error(),
        str("currency: a bank account needs a currency"));
}

QTEST_GUILESS_MAIN(TestStatementImporter)
#include "tst_statementimporter.moc"
