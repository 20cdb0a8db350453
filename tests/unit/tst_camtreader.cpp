// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// CAMT.052/053/054 (issue 15, item 2): every field a line keeps, batches split per cheque,
// pending entries left out, balances, and bad files refused with where and why.
#include "camtreader.h"
#include "statementreader.h"
#include "testsupport.h"

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

StatementParse readData(const char *name)
{
    return CamtReader::read(readFile(str(INVOICEDESK_TEST_DATA "/bank/") + QLatin1String(name)));
}

} // namespace

class TestCamtReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statementVersion2();
    void batchOfChequesIsOneLinePerCheque();
    void statementVersion8();
    void notificationAndReport();
    void detectsTheFormat();
    void badFilesSayWhereAndWhy_data();
    void badFilesSayWhereAndWhy();
};

void TestCamtReader::statementVersion2()
{
    const StatementParse parse = readData("camt053-v02.xml");
    QVERIFY2(parse.ok(), qPrintable(parse.issues.value(0).toString()));
    QCOMPARE(parse.statements.size(), 1);
    const Statement &s = parse.statements.first();
    QCOMPARE(s.format, StatementFormat::Camt053);
    QCOMPARE(s.accountIdentifier, str("DE89370400440532013000"));
    QCOMPARE(s.currency.code(), str("EUR"));
    QCOMPARE(s.statementId, str("0352C5320260401041200"));
    QCOMPARE(s.fromDate, QDate(2026, 3, 30));
    QCOMPARE(s.toDate, QDate(2026, 3, 31));
    // PRCD stands in for the missing OPBD; the available balance (CLAV) is not the closing one.
    QCOMPARE(s.opening, std::optional(StatementBalance {150000, QDate(2026, 3, 29)}));
    QCOMPARE(s.closing, std::optional(StatementBalance {175725, QDate(2026, 3, 31)}));
    QCOMPARE(s.lines.size(), 5);
    QCOMPARE(*s.lineTotal(), 175725 - 150000);

    const StatementLine &transfer = s.lines.at(0);
    QCOMPARE(transfer.bookingDate, QDate(2026, 3, 30));
    QCOMPARE(transfer.valueDate, QDate(2026, 3, 31));
    QCOMPARE(transfer.amount, 30000);
    QCOMPARE(transfer.bankReference, str("2026033000001"));
    QCOMPARE(transfer.reference, str("RE-2026-0042"));
    QCOMPARE(transfer.counterpartyName, str("Müller & Söhne KG"));
    QCOMPARE(transfer.counterpartyAccount, str("DE02120300000000202051"));
    QCOMPARE(transfer.remittance, str("Rechnung RE-2026-0042 Kundennr. 4711"));
    QCOMPARE(transfer.transactionCode, str("PMNT-RCDT-ESCT"));

    const StatementLine &fee = s.lines.at(3);
    QCOMPARE(fee.amount, -1325);
    QCOMPARE(fee.remittance, str("Kontoführungsgebühr März"));
    QVERIFY(fee.counterpartyName.isEmpty());
    // A reversal keeps the sign its CdtDbtInd gives; the payee is the creditor.
    const StatementLine &reversal = s.lines.at(4);
    QCOMPARE(reversal.amount, -25000);
    QCOMPARE(reversal.counterpartyName, str("Lieferant AG"));
    QCOMPARE(reversal.counterpartyAccount, str("0532013001"));
    QVERIFY(reversal.reference.isEmpty()); // NOTPROVIDED is no reference
    QCOMPARE(parse.notes.size(), 1);
    QVERIFY(parse.notes.first().contains(str("PDNG")));
}

void TestCamtReader::batchOfChequesIsOneLinePerCheque()
{
    const Statement s = readData("camt053-v02.xml").statements.first();
    const StatementLine &first = s.lines.at(1);
    const StatementLine &second = s.lines.at(2);
    QCOMPARE(first.amount, 12050);
    QCOMPARE(second.amount, 10000);
    QCOMPARE(first.bookingDate, QDate(2026, 3, 31)); // from a DtTm
    QCOMPARE(first.reference, str("000451"));
    QCOMPARE(second.reference, str("000452"));
    QCOMPARE(first.counterpartyName, str("Anna Schmidt"));
    QCOMPARE(second.counterpartyName, str("Bernd Meier"));
    // The entry's reference with the place in the batch, or the transaction's own reference.
    QCOMPARE(first.bankReference, str("2026033100007/1"));
    QCOMPARE(second.bankReference, str("CHQ-2"));
    QCOMPARE(second.remittance, str("RF18539007547034"));
    QCOMPARE(first.transactionCode, str("NCHK+070"));
}

void TestCamtReader::statementVersion8()
{
    const StatementParse parse = readData("camt053-v08.xml");
    QVERIFY2(parse.ok(), qPrintable(parse.issues.value(0).toString()));
    const Statement &s = parse.statements.first();
    QCOMPARE(s.accountIdentifier, str("123-456789-01"));
    QCOMPARE(s.currency.code(), str("CHF"));
    QCOMPARE(s.opening->amount, -10000); // DBIT
    QCOMPARE(s.closing->amount, 40005);
    QCOMPARE(s.lines.size(), 1);
    const StatementLine &line = s.lines.first();
    QCOMPARE(line.amount, 50005);
    QCOMPARE(line.counterpartyName, str("Zürcher Ateliers SA"));
    QCOMPARE(line.counterpartyAccount, str("CH9300762011623852957"));
    QCOMPARE(line.reference, str("INV-2026-17"));
    QCOMPARE(line.remittance, str("INV-2026-17"));
}

void TestCamtReader::notificationAndReport()
{
    const StatementParse notification = readData("camt054.xml");
    QVERIFY(notification.ok());
    QCOMPARE(notification.statements.first().format, StatementFormat::Camt054);
    QVERIFY(!notification.statements.first().opening && !notification.statements.first().closing);
    QCOMPARE(
        notification.statements.first().lines.first().counterpartyName, str("Café de la Gare"));
    QCOMPARE(notification.statements.first().fromDate, QDate(2026, 4, 2)); // from its lines

    const StatementParse report = readData("camt052.xml");
    QVERIFY2(report.ok(), qPrintable(report.issues.value(0).toString()));
    const Statement &s = report.statements.first();
    QCOMPARE(s.format, StatementFormat::Camt052);
    QCOMPARE(s.currency.code(), str("GBP")); // from the amounts
    QCOMPARE(s.lines.size(), 1); // the INFO entry is not booked
    QCOMPARE(s.lines.first().amount, -1200);
    QCOMPARE(s.lines.first().remittance, str("CARD FEE"));
}

void TestCamtReader::detectsTheFormat()
{
    QCOMPARE(StatementReader::detect(readFile(str(INVOICEDESK_TEST_DATA "/bank/camt053-v08.xml"))),
        StatementFormat::Camt053);
    QCOMPARE(StatementReader::detect(readFile(str(INVOICEDESK_TEST_DATA "/bank/camt052.xml"))),
        StatementFormat::Camt052);
    QCOMPARE(StatementReader::detect(readFile(str(INVOICEDESK_TEST_DATA "/bank/camt054.xml"))),
        StatementFormat::Camt054);
}

void TestCamtReader::badFilesSayWhereAndWhy_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("reason");
    const QByteArray head
        = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">\n"
          "<BkToCstmrStmt><Stmt><Acct><Id><IBAN>DE89370400440532013000</IBAN></Id>"
          "<Ccy>EUR</Ccy></Acct>\n";
    const QByteArray tail = "</Stmt></BkToCstmrStmt></Document>\n";
    QTest::newRow("not well-formed")
        << QByteArray(head + "<Ntry><Amt Ccy=\"EUR\">1.00</Amt>\n</Stmt>") << 4
        << str("the XML is not well-formed");
    QTest::newRow("three decimals") << QByteArray(head
        + "<Ntry><Amt Ccy=\"EUR\">1.005</Amt><CdtDbtInd>CRDT"
          "</CdtDbtInd><BookgDt><Dt>2026-03-01</Dt></BookgDt></Ntry>\n"
        + tail) << 3 << str("has more than 2 decimal places");
    QTest::newRow("no booking date") << QByteArray(head
        + "\n<Ntry><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>CRDT"
          "</CdtDbtInd></Ntry>\n"
        + tail) << 4 << str("a booked entry needs its booking date");
    QTest::newRow("other currency") << QByteArray(head
        + "<Ntry><Amt Ccy=\"USD\">1.00</Amt><CdtDbtInd>CRDT"
          "</CdtDbtInd><BookgDt><Dt>2026-03-01</Dt></BookgDt></Ntry>\n"
        + tail) << 3 << str("is not the account's currency EUR");
    QTest::newRow("no indicator") << QByteArray(head
        + "<Ntry><Amt Ccy=\"EUR\">1.00</Amt><CdtDbtInd>X</CdtDbtInd>"
          "<BookgDt><Dt>2026-03-01</Dt></BookgDt></Ntry>\n"
        + tail) << 3 << str("must be CRDT or DBIT");
    QTest::newRow("signed amount") << QByteArray(head
        + "<Ntry><Amt Ccy=\"EUR\">-1.00</Amt><CdtDbtInd>DBIT"
          "</CdtDbtInd><BookgDt><Dt>2026-03-01</Dt></BookgDt></Ntry>\n"
        + tail) << 3 << str("amounts are written without a sign");
    QTest::newRow("pain, not camt") << QByteArray("<Document><CstmrCdtTrfInitn/></Document>") << 1
                                    << str("this is not a CAMT.052, CAMT.053 or CAMT.054 message");
    QTest::newRow("empty") << QByteArray(
        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
        "<BkToCstmrStmt></BkToCstmrStmt></Document>")
                           << 0 << str("the document holds no statement, report or notification");
}

void TestCamtReader::badFilesSayWhereAndWhy()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, line);
    QFETCH(QString, reason);
    const StatementParse parse = CamtReader::read(xml);
    QVERIFY(!parse.ok());
    QCOMPARE(parse.issues.first().line, line);
    QVERIFY2(parse.issues.first().reason.startsWith(reason),
        qPrintable(parse.issues.first().toString()));
}

QTEST_GUILESS_MAIN(TestCamtReader)
#include "tst_camtreader.moc"
