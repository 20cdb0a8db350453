// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Matching (issue 15, item 3) in memory: how text is searched, the exact rule's edges, unique
// both ways, refunds, card fees, accounts and currencies, and when "record payment" is proposed.
#include "matcher.h"
#include "testsupport.h"

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

OpenPayment payment(qint64 id, const char *invoice, qint64 amount, QDate date)
{
    OpenPayment p;
    p.id = id;
    p.marker = str("BK-%1").arg(id);
    p.invoiceId = id;
    p.invoiceNumber = str(invoice);
    p.currency = str("EUR");
    p.customer = str("Acme GmbH");
    p.amount = amount;
    p.date = date;
    p.method = str("eft");
    return p;
}

BankLine line(qint64 id, qint64 amount, QDate booking, const char *text, const char *name = "")
{
    BankLine l;
    l.id = id;
    l.accountId = 1;
    l.amount = amount;
    l.bookingDate = booking;
    l.remittance = str(text);
    l.counterpartyName = str(name);
    l.currency = currency("EUR");
    return l;
}

const QDate kDay(2026, 3, 10);

} // namespace

class TestMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textSearch_data();
    void textSearch();
    void namesAlike_data();
    void namesAlike();
    void exactRuleWindow_data();
    void exactRuleWindow();
    void uniqueBothWays();
    void refundsAndCardFees();
    void accountsAndCurrencies();
    void proposals();
};

void TestMatcher::textSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("found");
    QTest::newRow("as written") << str("Payment INV-1001 thanks") << str("INV-1001") << true;
    QTest::newRow("punctuation differs") << str("payment inv 1001") << str("INV-1001") << true;
    QTest::newRow("run together") << str("INV1001") << str("INV-1001") << true;
    QTest::newRow("longer number") << str("INV-10012") << str("INV-1001") << false;
    QTest::newRow("inside a word") << str("XINV-1001") << str("INV-1001") << false;
    QTest::newRow("leading zeros dropped") << str("CHQ 123") << str("000123") << true;
    QTest::newRow("leading zeros added") << str("CHEQUE 000123") << str("123") << true;
    QTest::newRow("marker") << str("ref BK-7Q2X9M4K1ZPA") << str("BK-7Q2X9M4K1ZPA") << true;
    QTest::newRow("too short to mean anything") << str("1 2 3") << str("12") << false;
    QTest::newRow("accents kept apart") << str("Müller") << str("Muller") << false;
}

void TestMatcher::textSearch()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QTEST(MatchText(text).contains(needle), "found");
}

void TestMatcher::namesAlike_data()
{
    QTest::addColumn<QString>("counterparty");
    QTest::addColumn<QString>("customer");
    QTest::addColumn<bool>("alike");
    QTest::newRow("legal form aside") << str("ACME GMBH") << str("Acme") << true;
    QTest::newRow("accents aside") << str("MUELLER") << str("Müller") << false;
    QTest::newRow("folded") << str("MULLER & SOHNE KG") << str("Müller Söhne") << true;
    QTest::newRow("other company") << str("Acme Tools") << str("Beta Tools") << false;
    QTest::newRow("empty") << QString() << str("Acme") << false;
}

void TestMatcher::namesAlike()
{
    QFETCH(QString, counterparty);
    QFETCH(QString, customer);
    QTEST(InvoiceDesk::namesAlike(counterparty, customer), "alike");
}

void TestMatcher::exactRuleWindow_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<bool>("candidate");
    QTest::addColumn<bool>("exact");
    QTest::newRow("same day") << 0 << true << true;
    QTest::newRow("five days after") << 5 << true << true;
    QTest::newRow("six days after") << 6 << true << false;
    QTest::newRow("a day before") << -1 << true << false;
    QTest::newRow("45 days after") << 45 << true << false;
    QTest::newRow("46 days after") << 46 << false << false;
    QTest::newRow("8 days before") << -8 << false << false;
}

void TestMatcher::exactRuleWindow()
{
    QFETCH(int, days);
    const Matcher matcher({payment(1, "INV-1", 10000, kDay)}, {});
    const LineCandidates found = matcher.candidatesFor(line(1, 10000, kDay.addDays(days), "INV-1"));
    QTEST(!found.candidates.isEmpty(), "candidate");
    QTEST(!found.candidates.isEmpty() && found.candidates.first().exact, "exact");
    QTEST(matcher.automatic({line(1, 10000, kDay.addDays(days), "INV-1")}).size() == 1, "exact");
    // Without its reference, marker, cheque or invoice number in the text: never exact.
    const LineCandidates unnamed
        = matcher.candidatesFor(line(1, 10000, kDay.addDays(days), "thanks"));
    QVERIFY(unnamed.candidates.isEmpty() || !unnamed.candidates.first().exact);
}

void TestMatcher::uniqueBothWays()
{
    // One line naming two payments of the same amount: neither is taken.
    const Matcher two({payment(1, "INV-1", 5000, kDay), payment(2, "INV-2", 5000, kDay)}, {});
    QVERIFY(two.automatic({line(1, 5000, kDay, "INV-1 INV-2")}).isEmpty());
    // Two lines that are both exactly one payment: it waits for a person.
    const Matcher one({payment(1, "INV-1", 5000, kDay)}, {});
    QVERIFY(one.automatic({line(1, 5000, kDay, "INV-1"), line(2, 5000, kDay.addDays(1), "INV-1")})
                .isEmpty());
    // Each of two lines naming its own payment: both taken.
    const auto both = two.automatic({line(1, 5000, kDay, "INV-1"), line(2, 5000, kDay, "INV-2")});
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0).first, 0); // the lines' positions
    QCOMPARE(both.at(0).second.paymentId, 1);
    QCOMPARE(both.at(1).first, 1);
    QCOMPARE(both.at(1).second.paymentId, 2);
    const MatchCandidate best
        = two.candidatesFor(line(1, 5000, kDay, "INV-2", "Acme")).candidates.first();
    QCOMPARE(best.paymentId, 2);
    QCOMPARE(best.score, 40 + 20 + 30 + 10);
    QCOMPARE(best.reasons,
        QStringList({str("the same amount"), str("booked 0 days after the payment"),
            str("the text names its invoice number INV-2"),
            str("the counterparty is like the customer Acme GmbH")}));
}

void TestMatcher::refundsAndCardFees()
{
    OpenPayment card = payment(2, "INV-2", 20000, kDay);
    card.cardFee = 580;
    card.reference = str("ch_1");
    const Matcher matcher({payment(1, "INV-1", -5000, kDay), card}, {});
    const auto refund = matcher.automatic({line(1, -5000, kDay.addDays(1), "refund INV-1")});
    QCOMPARE(refund.size(), 1);
    QCOMPARE(refund.first().second.paymentId, 1);
    // Net of its fee, even with its reference in the text: a candidate, never automatic.
    const BankLine settlement = line(2, 19420, kDay.addDays(2), "VISA ch_1");
    QVERIFY(matcher.automatic({settlement}).isEmpty());
    const MatchCandidate c = matcher.candidatesFor(settlement).candidates.first();
    QVERIFY(c.lessCardFee);
    QVERIFY(!c.exact);
    QCOMPARE(c.reasons.first(), str("the payment less its card fee of 5.80"));
}

void TestMatcher::accountsAndCurrencies()
{
    OpenPayment other = payment(1, "INV-1", 5000, kDay);
    other.accountId = 2;
    OpenPayment dollars = payment(2, "INV-2", 5000, kDay);
    dollars.currency = str("USD");
    OpenPayment mine = payment(3, "INV-3", 5000, kDay);
    mine.accountId = 1;
    const Matcher matcher({other, dollars, mine}, {});
    const LineCandidates found = matcher.candidatesFor(line(1, 5000, kDay, "INV-1 INV-2 INV-3"));
    QCOMPARE(found.candidates.size(), 1);
    QCOMPARE(found.candidates.first().paymentId, 3);
    QVERIFY(found.candidates.first().reasons.contains(str("the payment names this account")));
}

void TestMatcher::proposals()
{
    const QList<OpenInvoice> invoices
        = {{10, str("INV-10"), str("Gamma SA"), str("EUR"), 31000, false},
            {11, str("INV-11"), str("Delta"), str("EUR"), 5000, true},
            {12, str("INV-12"), str("Hotel Ibis"), str("EUR"), 44444, false},
            {13, str("INV-13"), str("Omega"), str("EUR"), 7000, false},
            {14, str("INV-14"), str("Kappa"), str("EUR"), 7000, false},
            {15, str("INV-15"), str("Fritz Weber"), str("EUR"), 13000, false, 7},
            {16, str("INV-16"), str("Fritz Weber"), str("EUR"), 9500, false, 7},
            {17, str("INV-17"), str("Emil AG"), str("EUR"), 9500, false, 8}};
    const Matcher matcher({}, invoices);
    const auto only = [&](const BankLine &l) {
        const LineCandidates found = matcher.candidatesFor(l);
        return found.candidates.size() == 1 ? found.candidates.first().invoiceNumber : QString();
    };
    QCOMPARE(only(line(1, 31000, kDay, "Rechnung INV-10")), str("INV-10"));
    QCOMPARE(only(line(1, 10000, kDay, "part of INV-10")), str("INV-10")); // part of what it owes
    QCOMPARE(only(line(1, 44444, kDay, "thanks")), str("INV-12")); // the only one owing it
    QCOMPARE(only(line(1, 7000, kDay, "thanks", "KAPPA LTD")),
        str("INV-14")); // two owe it; one is Kappa's
    QCOMPARE(only(line(1, 7000, kDay, "thanks")), QString());
    QCOMPARE(only(line(1, -31000, kDay, "INV-10")), QString()); // money out
    // More than it owes, or an invoice with a payment no line has yet: a note, no proposal.
    const LineCandidates over = matcher.candidatesFor(line(1, 40000, kDay, "INV-10"));
    QVERIFY(over.candidates.isEmpty());
    QCOMPARE(over.notes, QStringList {str("invoice INV-10 owes 310.00, less than this line")});
    const LineCandidates waiting = matcher.candidatesFor(line(1, 5000, kDay, "INV-11"));
    QVERIFY(waiting.candidates.isEmpty());
    QVERIFY(waiting.notes.first().startsWith(str("invoice INV-11 has a recorded payment")));
    QCOMPARE(matcher.candidatesFor(line(1, 31000, kDay, "INV-10")).candidates.first().kind,
        MatchCandidate::Kind::RecordPayment);
    QVERIFY(matcher.automatic({line(1, 31000, kDay, "INV-10")}).isEmpty()); // never automatic
    // One transfer for two invoices of one customer: a receipt across them; of two customers:
    // a note only.
    const LineCandidates both = matcher.candidatesFor(line(1, 22500, kDay, "INV-15 + INV-16"));
    QCOMPARE(both.candidates.size(), 1);
    QCOMPARE(both.candidates.first().kind, MatchCandidate::Kind::RecordReceipt);
    QCOMPARE(both.candidates.first().shares,
        QList<ReceiptShare>({{15, str("INV-15"), 13000}, {16, str("INV-16"), 9500}}));
    QVERIFY(matcher.automatic({line(1, 22500, kDay, "INV-15 + INV-16")}).isEmpty());
    const LineCandidates two = matcher.candidatesFor(line(1, 22500, kDay, "INV-15 + INV-17"));
    QVERIFY(two.candidates.isEmpty());
    QVERIFY2(two.notes.first().contains(str("not all open invoices of one customer")),
        qPrintable(two.notes.first()));
}

QTEST_GUILESS_MAIN(TestMatcher)
#include "tst_matcher.moc"
