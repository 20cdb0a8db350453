// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MT940 (issue 15, item 2): the German structured :86:, the /KEY/ form, SWIFT block wrappers,
// several statements in one file, entry dates across the new year, reversals, and bad fields.
#include "mt940reader.h"
#include "statementreader.h"
#include "testsupport.h"

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

class TestMt940Reader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanStructuredDetails();
    void swiftBlocksAndKeyedDetails();
    void detailsForms_data();
    void detailsForms();
    void badFieldsSayWhereAndWhy_data();
    void badFieldsSayWhereAndWhy();
};

void TestMt940Reader::germanStructuredDetails()
{
    const QByteArray bytes = readFile(str(INVOICEDESK_TEST_DATA "/bank/mt940-german.sta"));
    QCOMPARE(StatementReader::detect(bytes), StatementFormat::Mt940);
    const StatementParse parse = Mt940Reader::read(bytes);
    QVERIFY2(parse.ok(), qPrintable(parse.issues.value(0).toString()));
    const Statement &s = parse.statements.first();
    QCOMPARE(s.accountIdentifier, str("37040044/0532013000"));
    QCOMPARE(s.statementId, str("00012/001"));
    QCOMPARE(s.currency.code(), str("EUR"));
    QCOMPARE(s.opening, std::optional(StatementBalance {150000, QDate(2026, 3, 30)}));
    QCOMPARE(s.closing, std::optional(StatementBalance {175725, QDate(2026, 3, 31)}));
    QCOMPARE(s.lines.size(), 4);
    QCOMPARE(*s.lineTotal(), 25725);

    const StatementLine &transfer = s.lines.at(0);
    QCOMPARE(transfer.bookingDate, QDate(2026, 3, 30));
    QCOMPARE(transfer.amount, 30000);
    QCOMPARE(transfer.bankReference, str("2026033000001"));
    QCOMPARE(transfer.reference, str("RE-2026-0042"));
    // ?21 is full (27 characters): the bank cut "Kundennr." there, so no space is added.
    QCOMPARE(transfer.remittance, str("Rechnung RE-2026-0042 Kundennr. 4711"));
    QCOMPARE(transfer.counterpartyName, str("Müller + Söhne KG")); // Windows-1252 text
    QCOMPARE(transfer.counterpartyAccount, str("DE02120300000000202051"));
    QCOMPARE(transfer.transactionCode, str("SEPA-GUTSCHRIFT"));

    const StatementLine &cheque = s.lines.at(1);
    QCOMPARE(cheque.reference, str("000451")); // the customer reference of :61:
    QCOMPARE(cheque.remittance, str("SCHECK 000451 SCHECK 000452 SCHECKEINREICHUNG"));
    QCOMPARE(s.lines.at(2).amount, -1325);
    QVERIFY(s.lines.at(2).bankReference.isEmpty());
    QCOMPARE(s.lines.at(3).amount, -25000); // RC: a credit reversed takes the money out
}

void TestMt940Reader::swiftBlocksAndKeyedDetails()
{
    const StatementParse parse
        = Mt940Reader::read(readFile(str(INVOICEDESK_TEST_DATA "/bank/mt940-swift.sta")));
    QVERIFY2(parse.ok(), qPrintable(parse.issues.value(0).toString()));
    QCOMPARE(parse.statements.size(), 2);
    const Statement &december = parse.statements.first();
    QCOMPARE(
        december.accountIdentifier, str("NL91ABNA0417164300")); // the currency after it dropped
    const StatementLine &jansen = december.lines.first();
    // Value date 31 December 2025, entry date 02 January: the next year.
    QCOMPARE(jansen.valueDate, QDate(2025, 12, 31));
    QCOMPARE(jansen.bookingDate, QDate(2026, 1, 2));
    QCOMPARE(jansen.counterpartyName, str("Jansen B.V."));
    QCOMPARE(jansen.counterpartyAccount, str("NL44RABO0123456789"));
    QCOMPARE(jansen.remittance, str("Factuur 2025-118"));
    QVERIFY(jansen.reference.isEmpty());
    QCOMPARE(jansen.transactionCode, str("SEPA OVERBOEKING"));
    QCOMPARE(december.lines.at(1).remittance, str("Bankkosten december"));
    QCOMPARE(december.lines.at(1).amount, -500);
    const Statement &january = parse.statements.at(1);
    QCOMPARE(january.opening->amount, 12000);
    QCOMPARE(january.lines.first().bankReference, str("A5"));
    QCOMPARE(january.lines.first().remittance, str("free text remittance for INV-7"));
}

void TestMt940Reader::detailsForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("remittance");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("name");
    QTest::newRow("german, SEPA keywords")
        << str("166?00GUTSCHRIFT?20EREF+E2E-1?21KREF+K9?22SVWZ+INV-1001?32ACME") << str("INV-1001")
        << str("E2E-1") << str("ACME");
    QTest::newRow("german, no keywords") << str("166?00GUTSCHRIFT?20Rechnung?21INV-1002?32ACME")
                                         << str("Rechnung INV-1002") << QString() << str("ACME");
    QTest::newRow("keyed, structured REMI")
        << str("/NAME/X Ltd/REMI/USTD//INV-5/") << str("INV-5") << QString() << str("X Ltd");
    QTest::newRow("free text") << str("Payment for INV-9\nthank you")
                               << str("Payment for INV-9 thank you") << QString() << QString();
}

void TestMt940Reader::detailsForms()
{
    QFETCH(QString, text);
    const Mt940Details details = Mt940Details::parse(text);
    QTEST(details.remittance, "remittance");
    QTEST(details.reference, "reference");
    QTEST(details.counterpartyName, "name");
}

void TestMt940Reader::badFieldsSayWhereAndWhy_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("reason");
    const QByteArray head = ":20:X\r\n:25:DE89370400440532013000\r\n:60F:C260301EUR10,00\r\n";
    QTest::newRow("bad balance") << QByteArray(":20:X\r\n:25:A\r\n:60F:C2603EUR10,00\r\n") << 3
                                 << str(":60F:") << str("is not a balance");
    QTest::newRow("bad line") << QByteArray(head + ":61:26030C10,00NTRF\r\n") << 4 << str(":61:")
                              << str("is not a statement line");
    QTest::newRow("impossible date") << QByteArray(head + ":61:260230C10,00NTRFNONREF\r\n") << 4
                                     << str(":61:") << str("has no real value date");
    QTest::newRow("too many decimals") << QByteArray(head + ":61:260302C10,001NTRFNONREF\r\n") << 4
                                       << str(":61:") << str("has more than 2 decimal places");
    QTest::newRow("line before balance")
        << QByteArray(":20:X\r\n:61:260302C10,00NTRFNONREF\r\n") << 2 << str(":61:")
        << str("comes before the opening balance");
    QTest::newRow("other currency") << QByteArray(head + ":62F:C260302USD10,00\r\n") << 4
                                    << str(":62F:") << str("is in USD, the statement in EUR");
    QTest::newRow("no tag") << QByteArray("hello\r\n") << 1 << QString()
                            << str("this line belongs to no MT940 field");
    // Cut short after a :61: (its :86:, the closing balance and "-" lost): never read as whole.
    QTest::newRow("cut short") << QByteArray(head
        + ":61:260302C10,00NTRFNONREF\r\n:86:166?00GUTSCHRIFT\r\n"
          ":61:260303D2,50NMSCNONREF\r\n")
                               << 6 << str(":62F:")
                               << str("the statement X ends without its closing balance (:62F:)");
}

void TestMt940Reader::badFieldsSayWhereAndWhy()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    const StatementParse parse = Mt940Reader::read(text);
    QVERIFY(!parse.ok());
    QCOMPARE(parse.issues.first().line, line);
    QCOMPARE(parse.issues.first().column, field);
    QVERIFY2(parse.issues.first().reason.startsWith(reason),
        qPrintable(parse.issues.first().toString()));
}

QTEST_GUILESS_MAIN(TestMt940Reader)
#include "tst_mt940reader.moc"
