// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decimal.h"

#include <QtNumeric>

#include <QCoreApplication>

#include <limits>
#include <optional>

namespace InvoiceDesk::Decimal {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

namespace {

/**
 * The digits of an amount's integer part, with thousands separators only in groups of exactly
 * three; nothing when it is not a number.
 */
std::optional<QString> digitsOf(QStringView integerPart, const DecimalFormat &format)
{
    QString digits;
    digits.reserve(integerPart.size());
    int sinceGroup = -1;
    for (const QChar c : integerPart) {
        if (isAsciiDigit(c)) {
            digits.append(c);
            if (sinceGroup >= 0)
                ++sinceGroup;
        } else if (!format.groupSeparator.isNull() && c == format.groupSeparator
            && !digits.isEmpty() && (sinceGroup < 0 || sinceGroup == 3)) {
            sinceGroup = 0;
        } else {
            return std::nullopt;
        }
    }
    if (sinceGroup >= 0 && sinceGroup != 3)
        return std::nullopt;
    return digits;
}

} // namespace

Result<qint64> parse(QStringView text, int scale, const DecimalFormat &format)
{
    QStringView s = text.trimmed();
    if (s.isEmpty())
        return Error {QCoreApplication::translate("Decimal", "is empty")};

    bool negative = false;
    if (s.front() == QLatin1Char('-') || s.front() == QLatin1Char('+')) {
        negative = s.front() == QLatin1Char('-');
        s = s.mid(1);
    }
    if (s.isEmpty())
        return Error {QCoreApplication::translate("Decimal", "is not a number")};

    const qsizetype pointAt = s.indexOf(format.decimalPoint);
    QStringView integerPart = pointAt < 0 ? s : s.left(pointAt);
    QStringView fractionPart = pointAt < 0 ? QStringView() : s.mid(pointAt + 1);
    if (pointAt >= 0 && fractionPart.isEmpty() && integerPart.isEmpty())
        return Error {QCoreApplication::translate("Decimal", "is not a number")};

    const auto integerDigits = digitsOf(integerPart, format);
    if (!integerDigits)
        return Error {QCoreApplication::translate("Decimal", "is not a number")};
    QString digits = *integerDigits;

    for (QChar c : fractionPart) {
        if (!isAsciiDigit(c))
            return Error {QCoreApplication::translate("Decimal", "is not a number")};
    }
    if (fractionPart.size() > scale) {
        return Error {scale == 0
                ? QCoreApplication::translate("Decimal", "must be a whole number")
                : QCoreApplication::translate("Decimal", "has more than %1 decimal places")
                      .arg(scale)};
    }
    if (digits.isEmpty())
        digits = QStringLiteral("0");

    qint64 value = 0;
    for (QChar c : digits) {
        const auto next = multiply(value, 10);
        const auto withDigit = next ? add(*next, c.unicode() - '0') : std::nullopt;
        if (!withDigit)
            return Error {QCoreApplication::translate("Decimal", "is too large")};
        value = *withDigit;
    }
    for (int i = 0; i < scale; ++i) {
        const int digit = i < fractionPart.size() ? fractionPart.at(i).unicode() - '0' : 0;
        const auto next = multiply(value, 10);
        const auto withDigit = next ? add(*next, digit) : std::nullopt;
        if (!withDigit)
            return Error {QCoreApplication::translate("Decimal", "is too large")};
        value = *withDigit;
    }
    return negative ? -value : value;
}

QString format(qint64 value, int scale, int minDecimals, const DecimalFormat &format)
{
    const bool negative = value < 0;
    // Work in unsigned so that the most negative value formats correctly.
    quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    const quint64 divisor = quint64(powerOfTen(scale));
    const quint64 whole = magnitude / divisor;
    quint64 fraction = magnitude % divisor;

    QString integerText = QString::number(whole);
    if (!format.groupSeparator.isNull()) {
        for (qsizetype i = integerText.size() - 3; i > 0; i -= 3)
            integerText.insert(i, format.groupSeparator);
    }

    QString fractionText;
    if (scale > 0) {
        fractionText.resize(scale);
        for (int i = scale - 1; i >= 0; --i) {
            fractionText[i] = QLatin1Char(char('0' + fraction % 10));
            fraction /= 10;
        }
        while (fractionText.size() > minDecimals && fractionText.endsWith(QLatin1Char('0')))
            fractionText.chop(1);
    }

    QString result;
    if (negative)
        result += QLatin1Char('-');
    result += integerText;
    if (!fractionText.isEmpty())
        result += format.decimalPoint + fractionText;
    return result;
}

std::optional<qint64> divideRounded(Int128 num, qint64 den)
{
    if (den == 0)
        return std::nullopt;
    if (den < 0) {
        num = -num;
        den = -den;
    }
    const bool negative = num < 0;
    const Int128 magnitude = negative ? -num : num;
    Int128 quotient = magnitude / den;
    if ((magnitude % den) * 2 >= den)
        ++quotient;
    if (negative)
        quotient = -quotient;
    if (quotient > std::numeric_limits<qint64>::max()
        || quotient < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return qint64(quotient);
}

std::optional<qint64> add(qint64 a, qint64 b)
{
    qint64 r;
    if (qAddOverflow(a, b, &r))
        return std::nullopt;
    return r;
}

std::optional<qint64> subtract(qint64 a, qint64 b)
{
    qint64 r;
    if (qSubOverflow(a, b, &r))
        return std::nullopt;
    return r;
}

std::optional<qint64> multiply(qint64 a, qint64 b)
{
    qint64 r;
    if (qMulOverflow(a, b, &r))
        return std::nullopt;
    return r;
}

} // namespace InvoiceDesk::Decimal
