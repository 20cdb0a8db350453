// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoice.h"
#include "money.h"
#include "testsupport.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace InvoiceDesk;
using InvoiceDesk::Test::currency;
using InvoiceDesk::Test::str;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseFixed_data();
    void parseFixed();
    void parseRejects_data();
    void parseRejects();
    void parseLocale();
    void formatting();
    void overflowIsDetected();
    void currencies();
    void lineTotalsRoundHalfAwayFromZero_data();
    void lineTotalsRoundHalfAwayFromZero();
    void percentageRounding();
    void quantityText();
};

void TestMoney::parseFixed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("minor");

    QTest::newRow("usd") << str("1234.56") << str("USD") << qint64(123456);
    QTest::newRow("usd one decimal") << str("12.5") << str("USD") << qint64(1250);
    QTest::newRow("usd whole") << str("7") << str("USD") << qint64(700);
    QTest::newRow("usd negative") << str("-0.01") << str("USD") << qint64(-1);
    QTest::newRow("usd plus sign") << str("+3.10") << str("USD") << qint64(310);
    QTest::newRow("spaces trimmed") << str("  42.00 ") << str("EUR") << qint64(4200);
    QTest::newRow("jpy") << str("1500") << str("JPY") << qint64(1500);
    QTest::newRow("kwd") << str("1.234") << str("KWD") << qint64(1234);
    QTest::newRow("kwd negative") << str("-0.005") << str("KWD") << qint64(-5);
    QTest::newRow("leading point") << str(".5") << str("USD") << qint64(50);
    QTest::newRow("max") << str("92233720368547758.07") << str("USD")
                         << std::numeric_limits<qint64>::max();
}

void TestMoney::parseFixed()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(qint64, minor);
    const auto money = Money::parse(text, *Currency::fromCode(code));
    QVERIFY2(money.ok(), qPrintable(money.error()));
    QCOMPARE(money->minorUnits(), minor);
    QCOMPARE(money->currency().code(), code);
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << str("") << str("USD") << str("is empty");
    QTest::newRow("letters") << str("12a") << str("USD") << str("is not a number");
    QTest::newRow("too many decimals usd")
        << str("1.005") << str("USD") << str("has more than 2 decimal places");
    QTest::newRow("decimals on jpy") << str("100.5") << str("JPY") << str("must be a whole number");
    QTest::newRow("four decimals kwd")
        << str("1.2345") << str("KWD") << str("has more than 3 decimal places");
    QTest::newRow("comma in fixed format")
        << str("1,234.56") << str("USD") << str("is not a number");
    QTest::newRow("exponent") << str("1e5") << str("USD") << str("is not a number");
    QTest::newRow("double sign") << str("--1") << str("USD") << str("is not a number");
    QTest::newRow("only sign") << str("-") << str("USD") << str("is not a number");
    QTest::newRow("overflow") << str("92233720368547758.08") << str("USD") << str("is too large");
    QTest::newRow("huge") << str("99999999999999999999999") << str("JPY") << str("is too large");
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, reason);
    const auto money = Money::parse(text, *Currency::fromCode(code));
    QVERIFY(!money.ok());
    QCOMPARE(money.error(), reason);
}

void TestMoney::parseLocale()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    auto money = Money::parseLocale(str("1.234,56"), currency("EUR"), german);
    QVERIFY2(money.ok(), qPrintable(money.error()));
    QCOMPARE(money->minorUnits(), qint64(123456));

    money = Money::parseLocale(str("1234,5"), currency("EUR"), german);
    QVERIFY(money.ok());
    QCOMPARE(money->minorUnits(), qint64(123450));

    // A misplaced group separator is not silently read as something else.
    QVERIFY(!Money::parseLocale(str("1.5"), currency("EUR"), german).ok());
    QVERIFY(!Money::parseLocale(str("12.34.5"), currency("EUR"), german).ok());

    const QLocale us(QLocale::English, QLocale::UnitedStates);
    money = Money::parseLocale(str("1,234,567.89"), currency("USD"), us);
    QVERIFY(money.ok());
    QCOMPARE(money->minorUnits(), qint64(123456789));

    const auto decimalComma
        = Money::parse(str("1.234,56"), currency("EUR"), DecimalFormat::decimalComma());
    QVERIFY(decimalComma.ok());
    QCOMPARE(decimalComma->minorUnits(), qint64(123456));
}

void TestMoney::formatting()
{
    QCOMPARE(Money::fromMinorUnits(123456, currency("USD")).toString(), str("1234.56"));
    QCOMPARE(Money::fromMinorUnits(-5, currency("USD")).toString(), str("-0.05"));
    QCOMPARE(Money::fromMinorUnits(1500, currency("JPY")).toString(), str("1500"));
    QCOMPARE(Money::fromMinorUnits(1, currency("KWD")).toString(), str("0.001"));
    QCOMPARE(Money::fromMinorUnits(0, currency("USD")).toString(), str("0.00"));
    QCOMPARE(Money::fromMinorUnits(std::numeric_limits<qint64>::min(), currency("USD")).toString(),
        str("-92233720368547758.08"));
    QCOMPARE(Money::fromMinorUnits(123456789, currency("EUR"))
                 .toLocaleString(QLocale(QLocale::German, QLocale::Germany)),
        str("1.234.567,89"));
    QCOMPARE(Money::fromMinorUnits(123456789, currency("USD"))
                 .toLocaleString(QLocale(QLocale::English, QLocale::UnitedStates)),
        str("1,234,567.89"));
}

void TestMoney::overflowIsDetected()
{
    const Currency usd = currency("USD");
    const Money max = Money::fromMinorUnits(std::numeric_limits<qint64>::max(), usd);
    const Money one = Money::fromMinorUnits(1, usd);
    QVERIFY(!max.plus(one).has_value());
    QVERIFY(!Money::fromMinorUnits(std::numeric_limits<qint64>::min(), usd).minus(one).has_value());
    QCOMPARE(max.minus(one)->minorUnits(), std::numeric_limits<qint64>::max() - 1);
    QVERIFY(!lineTotal(Quantity::fromWhole(1000000), std::numeric_limits<qint64>::max() / 10)
                 .has_value());

    Invoice invoice;
    invoice.currency = usd;
    invoice.lines = {LineItem {Quantity::fromWhole(1), std::numeric_limits<qint64>::max(), {}, {},
                         str("a"), {}, {}, {}, {}, {}},
        LineItem {Quantity::fromWhole(1), 1, {}, {}, str("b"), {}, {}, {}, {}, {}}};
    const auto totals = invoice.totals();
    QVERIFY(!totals.ok());
    QCOMPARE(totals.error(), str("the invoice total is too large"));
}

void TestMoney::currencies()
{
    QCOMPARE(Currency::fromCode(u"usd")->exponent(), 2);
    QCOMPARE(Currency::fromCode(u"JPY")->exponent(), 0);
    QCOMPARE(Currency::fromCode(u"KWD")->exponent(), 3);
    QCOMPARE(Currency::fromCode(u"BHD")->exponent(), 3);
    QCOMPARE(Currency::fromCode(u"CLF")->exponent(), 4);
    QCOMPARE(Currency::fromCode(u"usd")->code(), str("USD"));
    QVERIFY(!Currency::fromCode(u"EUD").has_value());
    QVERIFY(!Currency::fromCode(u"").has_value());
}

void TestMoney::lineTotalsRoundHalfAwayFromZero_data()
{
    QTest::addColumn<QString>("quantity");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<qint64>("total");

    QTest::newRow("whole") << str("3") << qint64(1999) << qint64(5997);
    QTest::newRow("half up") << str("1.5") << qint64(1033) << qint64(1550); // 15.495 -> 15.50
    QTest::newRow("half down stays") << str("0.5") << qint64(1) << qint64(1); // 0.005 -> 0.01
    QTest::newRow("below half") << str("0.333") << qint64(100) << qint64(33); // 0.333 -> 0.33
    QTest::newRow("negative half") << str("1.5") << qint64(-1033) << qint64(-1550);
    QTest::newRow("negative small half") << str("0.5") << qint64(-1) << qint64(-1);
    QTest::newRow("thousandths") << str("2.125") << qint64(800) << qint64(1700);
}

void TestMoney::lineTotalsRoundHalfAwayFromZero()
{
    QFETCH(QString, quantity);
    QFETCH(qint64, rate);
    QFETCH(qint64, total);
    const auto q = Quantity::parse(quantity);
    QVERIFY(q.ok());
    QCOMPARE(lineTotal(*q, rate), std::optional<qint64>(total));
}

void TestMoney::percentageRounding()
{
    const auto rate = Percentage::parse(u"7.25");
    QVERIFY(rate.ok());
    QCOMPARE(rate->scaled(), qint64(72500));
    QCOMPARE(rate->applyTo(1000), std::optional<qint64>(73)); // 72.5 -> 73
    QCOMPARE(rate->applyTo(-1000), std::optional<qint64>(-73));
    QCOMPARE(Percentage::parse(u"19")->applyTo(1999), std::optional<qint64>(380)); // 379.81
    QVERIFY(!Percentage::parse(u"1.23456").ok());
    QCOMPARE(rate->toString(), str("7.25"));
}

void TestMoney::quantityText()
{
    QCOMPARE(Quantity::parse(u"1.500")->toString(), str("1.5"));
    QCOMPARE(Quantity::parse(u"3")->toString(), str("3"));
    QCOMPARE(Quantity::parse(u"0.125")->toString(), str("0.125"));
    QVERIFY(!Quantity::parse(u"0.1255").ok());
    QCOMPARE(Quantity::parse(u"0.1255").error(), str("has more than 3 decimal places"));
    QCOMPARE(Quantity::parse(u"1,5", DecimalFormat::decimalComma())->thousandths(), qint64(1500));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
