// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QChar>
#include <QString>

#include <optional>

#if defined(_MSC_VER) && !defined(__clang__)
#include <__msvc_int128.hpp>
#endif

namespace InvoiceDesk {

/**
 * A 128-bit signed integer for the exact intermediate of quantity × rate and the like:
 * GCC's and Clang's __int128, MSVC's std::_Signed128 (MSVC has no built-in 128-bit type).
 */
#if defined(_MSC_VER) && !defined(__clang__)
using Int128 = std::_Signed128;
#else
using Int128 = __int128;
#endif

/** How decimal numbers are written: the fixed file format, or a locale's. */
struct DecimalFormat
{
    QChar decimalPoint = QLatin1Char('.');
    /** Thousands separator accepted on input; a null QChar accepts none. */
    QChar groupSeparator;

    static DecimalFormat fixed() { return {}; }
    /** A file's decimal point, with commas between thousands as US and UK spreadsheets write
     * them (1,234.56). */
    static DecimalFormat pointWithThousands() { return {QLatin1Char('.'), QLatin1Char(',')}; }
    static DecimalFormat decimalComma() { return {QLatin1Char(','), QLatin1Char('.')}; }
};

/**
 * Exact decimal text <-> scaled integers. "12.5" with scale 2 is 1250.
 * Nothing here ever goes through floating point.
 */
namespace Decimal {

/**
 * Parses text into an integer scaled by 10^scale. Fails with a reason when the
 * text is empty, not a number, has more than `scale` decimals or does not fit.
 */
Result<qint64> parse(QStringView text, int scale, const DecimalFormat &format = {});

/**
 * Writes a scaled integer as text with at least minDecimals and at most scale
 * decimals (trailing zeros beyond minDecimals are dropped).
 */
QString format(qint64 value, int scale, int minDecimals, const DecimalFormat &format = {});

/** num / den rounded half away from zero; nothing when the result does not fit in 64 bits. */
std::optional<qint64> divideRounded(Int128 num, qint64 den);

std::optional<qint64> add(qint64 a, qint64 b);
std::optional<qint64> subtract(qint64 a, qint64 b);
std::optional<qint64> multiply(qint64 a, qint64 b);

/** 10^exponent for 0 <= exponent <= 18. */
qint64 powerOfTen(int exponent);

} // namespace Decimal

} // namespace InvoiceDesk
