// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "currency.h"
#include "decimal.h"
#include "result.h"

#include <QLocale>

#include <compare>
#include <optional>

namespace InvoiceDesk {

/**
 * An exact amount: a count of the currency's minor units. There is no
 * constructor from a floating-point number on purpose.
 */
class Money
{
public:
    Money() = default;

    static Money fromMinorUnits(qint64 minorUnits, const Currency &currency)
    {
        return Money(minorUnits, currency);
    }

    /** Parses "1234.56" (or the given format) exactly; too many decimals is an error. */
    static Result<Money> parse(
        QStringView text, const Currency &currency, const DecimalFormat &format = {});

    /** Parses an amount typed in a locale, such as "1.234,56" in de_DE. */
    static Result<Money> parseLocale(
        QStringView text, const Currency &currency, const QLocale &locale);

    qint64 minorUnits() const { return mMinorUnits; }
    Currency currency() const { return mCurrency; }

    bool isZero() const { return mMinorUnits == 0; }
    bool isNegative() const { return mMinorUnits < 0; }

    /** The fixed file format: "-1234.56", always with the currency's decimals. */
    QString toString() const;
    /** The amount for display in a locale, with grouping; no currency symbol. */
    QString toLocaleString(const QLocale &locale) const;

    std::optional<Money> plus(const Money &other) const;
    std::optional<Money> minus(const Money &other) const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    Money(qint64 minorUnits, Currency currency)
        : mMinorUnits(minorUnits)
        , mCurrency(std::move(currency))
    {
    }

    qint64 mMinorUnits = 0;
    Currency mCurrency;
};

/** DecimalFormat for text typed by a person in the given locale. */
DecimalFormat decimalFormatFor(const QLocale &locale);

/**
 * A quantity with up to three decimals (hours, days), stored in thousandths.
 */
class Quantity
{
public:
    static constexpr int Scale = 3;

    Quantity() = default;
    static Quantity fromThousandths(qint64 thousandths) { return Quantity(thousandths); }
    static Quantity fromWhole(qint64 units) { return Quantity(units * 1000); }
    static Result<Quantity> parse(QStringView text, const DecimalFormat &format = {});

    qint64 thousandths() const { return mThousandths; }
    bool isWhole() const { return mThousandths % 1000 == 0; }
    /** "3", "1.5", "0.125": no trailing zeros. */
    QString toString(const DecimalFormat &format = {}) const;

    friend auto operator<=>(const Quantity &, const Quantity &) = default;

private:
    explicit Quantity(qint64 thousandths)
        : mThousandths(thousandths)
    {
    }
    qint64 mThousandths = 0;
};

/**
 * A percentage with up to four decimals (tax rates, card fees), stored in
 * ten-thousandths of a percent: 7.25 % is 72500.
 */
class Percentage
{
public:
    static constexpr int Scale = 4;

    Percentage() = default;
    static Percentage fromScaled(qint64 scaled) { return Percentage(scaled); }
    static Result<Percentage> parse(QStringView text, const DecimalFormat &format = {});

    qint64 scaled() const { return mScaled; }
    QString toString(const DecimalFormat &format = {}) const;

    /** amount × this percentage, rounded half away from zero to whole minor units. */
    std::optional<qint64> applyTo(qint64 minorUnits) const;

    friend auto operator<=>(const Percentage &, const Percentage &) = default;

private:
    explicit Percentage(qint64 scaled)
        : mScaled(scaled)
    {
    }
    qint64 mScaled = 0;
};

/**
 * quantity × rate rounded half away from zero to the rate's minor units;
 * nothing on overflow.
 */
std::optional<qint64> lineTotal(const Quantity &quantity, qint64 rateMinorUnits);

} // namespace InvoiceDesk
