// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// OFX/QFX (issue 15, item 2): version 1 SGML with leaves left open, version 2 XML, credit card
// statements, entities, amounts with thousands commas, and broken files.
#include "ofxreader.h"
#include "statementreader.h"
#include "testsupport.h"

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

class TestOfxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sgmlVersion1();
    void xmlCreditCard();
    void badFiles_data();
    void badFiles();
};

void TestOfxReader::sgmlVersion1()
{
    const QByteArray bytes = readFile(str(INVOICEDESK_TEST_DATA "/bank/ofx-v1.ofx"));
    QCOMPARE(StatementReader::detect(bytes), StatementFormat::Ofx);
    const StatementParse parse = OfxReader::read(bytes);
    QVERIFY2(parse.ok(), qPrintable(parse.issues.value(0).toString()));
    QCOMPARE(parse.statements.size(), 1);
    const Statement &s = parse.statements.first();
    QCOMPARE(s.accountIdentifier, str("4000123456"));
    QCOMPARE(s.currency.code(), str("USD"));
    QCOMPARE(s.fromDate, QDate(2026, 3, 1));
    QCOMPARE(s.toDate, QDate(2026, 3, 31));
    QVERIFY(!s.opening);
    QCOMPARE(s.closing, std::optional(StatementBalance {533795, QDate(2026, 3, 31)}));
    QCOMPARE(s.lines.size(), 3);
    const StatementLine &cheque = s.lines.at(0);
    QCOMPARE(cheque.amount, 125000); // "1,250.00"
    QCOMPARE(cheque.bankReference, str("2026030501"));
    QCOMPARE(cheque.reference, str("1043"));
    QCOMPARE(cheque.remittance, str("Cheque 1043 for INV-77"));
    QCOMPARE(cheque.transactionCode, str("CHECK"));
    const StatementLine &cafe = s.lines.at(1);
    QCOMPARE(cafe.bookingDate, QDate(2026, 3, 10)); // the day as written, whatever the zone
    QCOMPARE(cafe.valueDate, QDate(2026, 3, 9));
    QCOMPARE(cafe.counterpartyName, str("Café René & Co")); // Windows-1252 and &amp;
    // An empty <NAME> does not swallow the <MEMO> after it.
    QVERIFY(s.lines.at(2).counterpartyName.isEmpty());
    QCOMPARE(s.lines.at(2).remittance, str("MONTHLY SERVICE FEE"));
    QCOMPARE(s.lines.at(2).amount, -1200);
}

void TestOfxReader::xmlCreditCard()
{
    const StatementParse parse
        = OfxReader::read(readFile(str(INVOICEDESK_TEST_DATA "/bank/ofx-v2-creditcard.qfx")));
    QVERIFY2(parse.ok(), qPrintable(parse.issues.value(0).toString()));
    const Statement &s = parse.statements.first();
    QCOMPARE(s.accountIdentifier, str("4500123456789012"));
    QCOMPARE(s.currency.code(), str("CAD"));
    QCOMPARE(s.closing->amount, -125490);
    QCOMPARE(s.lines.size(), 2);
    QCOMPARE(s.lines.at(0).counterpartyName, str("Office Depot")); // PAYEE/NAME
    QCOMPARE(s.lines.at(0).amount, -4510);
    QCOMPARE(s.lines.at(1).amount, 30000); // "+300.00"
    QCOMPARE(s.lines.at(1).reference, str("PMT-3"));
}

void TestOfxReader::badFiles_data()
{
    QTest::addColumn<QByteArray>("ofx");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");
    const QByteArray head
        = "OFXHEADER:100\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR\n<BANKTRANLIST>\n";
    const QByteArray tail = "\n</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n";
    QTest::newRow("no OFX element")
        << QByteArray("OFXHEADER:100\n\nhello") << 0 << str("there is no <OFX> element");
    QTest::newRow("no statement") << QByteArray("<OFX><SIGNONMSGSRSV1></SIGNONMSGSRSV1></OFX>") << 0
                                  << str("the file holds no bank or credit card statement");
    QTest::newRow("bad amount") << QByteArray(
        head + "<STMTTRN><DTPOSTED>20260301<TRNAMT>12.3.4</STMTTRN>" + tail)
                                << 5 << str("is not a number");
    QTest::newRow("no amount") << QByteArray(head + "<STMTTRN><DTPOSTED>20260301</STMTTRN>" + tail)
                               << 5 << str("the amount is missing");
    QTest::newRow("bad date") << QByteArray(
        head + "<STMTTRN><DTPOSTED>2026-03-01<TRNAMT>1.00</STMTTRN>" + tail)
                              << 5 << str("is not a date in the form YYYYMMDD");
    QTest::newRow("bad currency") << QByteArray("<OFX><STMTRS><CURDEF>EURO</STMTRS></OFX>") << 1
                                  << str("is not a currency code");
    QTest::newRow("cut inside a transaction")
        << QByteArray(head
               + "<STMTTRN><DTPOSTED>20260301<TRNAMT>1.00<FITID>1</STMTTRN>\n"
                 "<STMTTRN><DTPOSTED>20260302<TRNAMT>-12.50")
        << 0 << str("the file ends inside <STMTTRN> (opened on line 6) without its </STMTTRN>");
    QTest::newRow("cut after the transactions")
        << QByteArray(head + "<STMTTRN><DTPOSTED>20260301<TRNAMT>1.00<FITID>1</STMTTRN>\n") << 0
        << str("the file ends inside <BANKTRANLIST> (opened on line 4)");
    QTest::newRow("tag not closed")
        << QByteArray("<OFX>\n<STMTRS\n") << 0 << str("line 2: a tag is not closed");
}

void TestOfxReader::badFiles()
{
    QFETCH(QByteArray, ofx);
    QFETCH(int, line);
    QFETCH(QString, reason);
    const StatementParse parse = OfxReader::read(ofx);
    QVERIFY(!parse.ok());
    QCOMPARE(parse.issues.first().line, line);
    QVERIFY2(parse.issues.first().reason.startsWith(reason),
        qPrintable(parse.issues.first().toString()));
}

QTEST_GUILESS_MAIN(TestOfxReader)
#include "tst_ofxreader.moc"
