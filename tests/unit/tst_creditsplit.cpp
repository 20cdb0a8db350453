// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 13 item 3: a credit note's gross amount split over the credited invoice's tax rates,
// exact to the minor unit in 0-, 2- and 3-decimal currencies.
#include "creditsplit.h"
#include "testsupport.h"

#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

Q_DECLARE_METATYPE(InvoiceDesk::CreditShare)
Q_DECLARE_METATYPE(InvoiceDesk::Invoice)

namespace {

Percentage percent(qint64 whole)
{
    return Percentage::fromScaled(whole * 10000);
}

LineItem line(qint64 rate, std::optional<Percentage> tax)
{
    LineItem item;
    item.description = str("Work");
    item.rate = rate;
    item.taxRate = tax;
    return item;
}

Invoice invoiceOf(const char *code, const QList<LineItem> &lines)
{
    Invoice invoice = sampleInvoice();
    invoice.currency = currency(code);
    invoice.lines = lines;
    return invoice;
}

} // namespace

class TestCreditSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsInProportionExactly_data();
    void splitsInProportionExactly();
    void refusesWhatIsNotPositive();
};

void TestCreditSplit::splitsInProportionExactly_data()
{
    QTest::addColumn<Invoice>("invoice");
    QTest::addColumn<qint64>("gross");
    QTest::addColumn<QList<CreditShare>>("expected");

    // 119.00 + 53.50 + 20.00 = 192.50; 100.00 is 61.81 + 27.79 + 10.38 = 99.98, the 0.02 left
    // to the largest (19 %): 61.83 = 51.96 + 9.87.
    QTest::newRow("EUR, three rates") << invoiceOf(
        "EUR", {line(10000, percent(19)), line(5000, percent(7)), line(2000, std::nullopt)})
                                      << qint64(10000)
                                      << QList<CreditShare>({{percent(19), 5196, 987},
                                             {percent(7), 2597, 182}, {std::nullopt, 1038, 0}});
    // 1,100 + 540 = 1,640; 1,000 is 670 + 329, the 1 left to 10 %: 671 = 610 + 61, 329 = 305 + 24.
    QTest::newRow("JPY, no decimals")
        << invoiceOf("JPY", {line(1000, percent(10)), line(500, percent(8))}) << qint64(1000)
        << QList<CreditShare>({{percent(10), 610, 61}, {percent(8), 305, 24}});
    // KWD 1.000 at 5 %: 0.952 + 0.048.
    QTest::newRow("KWD, three decimals")
        << invoiceOf("KWD", {line(10000, percent(5))}) << qint64(1000)
        << QList<CreditShare>({{percent(5), 952, 48}});
    // The whole invoice credited gives back its own totals.
    QTest::newRow("USD, all of it")
        << invoiceOf("USD", {line(10000, percent(19)), line(5000, percent(7))}) << qint64(17250)
        << QList<CreditShare>({{percent(19), 10000, 1900}, {percent(7), 5000, 350}});
    QTest::newRow("no lines") << invoiceOf("USD", {}) << qint64(500)
                              << QList<CreditShare>({{std::nullopt, 500, 0}});
}

void TestCreditSplit::splitsInProportionExactly()
{
    QFETCH(Invoice, invoice);
    QFETCH(qint64, gross);
    QFETCH(QList<CreditShare>, expected);
    auto shares = splitGrossCredit(gross, invoice);
    QVERIFY2(shares.ok(), qPrintable(shares.error()));
    QCOMPARE(*shares, expected);
    qint64 sum = 0;
    for (const CreditShare &share : *shares)
        sum += share.gross();
    QCOMPARE(sum, gross);
}

void TestCreditSplit::refusesWhatIsNotPositive()
{
    const Invoice invoice = invoiceOf("USD", {line(10000, percent(19))});
    QCOMPARE(splitGrossCredit(0, invoice).error(), str("a credit note's amount must be positive"));
    QCOMPARE(splitGrossCredit(-5, invoice).error(), str("a credit note's amount must be positive"));
}

QTEST_MAIN(TestCreditSplit)
#include "tst_creditsplit.moc"
