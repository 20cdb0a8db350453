// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QCoreApplication>

namespace InvoiceDesk {

Result<Money> Money::parse(QStringView text, const Currency &currency, const DecimalFormat &format)
{
    auto scaled = Decimal::parse(text, currency.exponent(), format);
    if (!scaled)
        return Error {scaled.error()};
    return Money(scaled.value(), currency);
}

Result<Money> Money::parseLocale(QStringView text, const Currency &currency, const QLocale &locale)
{
    return parse(text, currency, decimalFormatFor(locale));
}

QString Money::toString() const
{
    return Decimal::format(mMinorUnits, mCurrency.exponent(), mCurrency.exponent());
}

QString Money::toLocaleString(const QLocale &locale) const
{
    DecimalFormat format = decimalFormatFor(locale);
    QString text = Decimal::format(mMinorUnits, mCurrency.exponent(), mCurrency.exponent(), format);
    if (mMinorUnits < 0 && locale.negativeSign() != QLatin1String("-"))
        text.replace(0, 1, locale.negativeSign());
    return text;
}

std::optional<Money> Money::plus(const Money &other) const
{
    Q_ASSERT(other.mCurrency == mCurrency);
    const auto sum = Decimal::add(mMinorUnits, other.mMinorUnits);
    return sum ? std::optional<Money>(Money(*sum, mCurrency)) : std::nullopt;
}

std::optional<Money> Money::minus(const Money &other) const
{
    Q_ASSERT(other.mCurrency == mCurrency);
    const auto difference = Decimal::subtract(mMinorUnits, other.mMinorUnits);
    return difference ? std::optional<Money>(Money(*difference, mCurrency)) : std::nullopt;
}

DecimalFormat decimalFormatFor(const QLocale &locale)
{
    DecimalFormat format;
    format.decimalPoint = locale.decimalPoint().front();
    const QString group = locale.groupSeparator();
    format.groupSeparator = group.isEmpty() ? QChar() : group.front();
    return format;
}

Result<Quantity> Quantity::parse(QStringView text, const DecimalFormat &format)
{
    auto scaled = Decimal::parse(text, Scale, format);
    if (!scaled)
        return Error {scaled.error()};
    return Quantity(scaled.value());
}

QString Quantity::toString(const DecimalFormat &format) const
{
    return Decimal::format(mThousandths, Scale, 0, format);
}

Result<Percentage> Percentage::parse(QStringView text, const DecimalFormat &format)
{
    auto scaled = Decimal::parse(text, Scale, format);
    if (!scaled)
        return Error {scaled.error()};
    return Percentage(scaled.value());
}

QString Percentage::toString(const DecimalFormat &format) const
{
    return Decimal::format(mScaled, Scale, 0, format);
}

std::optional<qint64> Percentage::applyTo(qint64 minorUnits) const
{
    // scaled is percent × 10^4, so divide by 100 × 10^4.
    return Decimal::divideRounded(Int128(minorUnits) * mScaled, 1000000);
}

std::optional<qint64> lineTotal(const Quantity &quantity, qint64 rateMinorUnits)
{
    return Decimal::divideRounded(Int128(quantity.thousandths()) * rateMinorUnits, 1000);
}

} // namespace InvoiceDesk
