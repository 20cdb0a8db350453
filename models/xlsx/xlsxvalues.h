// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace InvoiceDesk {

/**
 * The conversions between a spreadsheet's cell values and the text cells our
 * formats use. Numbers stay decimal text throughout: a workbook stores a
 * number as the text of a double, which we read digit by digit, never into a
 * double, and show as a spreadsheet does, to 15 significant digits.
 */
namespace XlsxValues {

/** Significant digits a spreadsheet shows of a double (Excel, LibreOffice). */
constexpr int kSignificantDigits = 15;

/**
 * The plain decimal text of a number as written in a workbook ("1580.0000000000002",
 * "1.23456789012346E+20", "-0.5"), rounded half away from zero to 15 significant
 * digits, with no exponent and no trailing zeros: "1580", "123456789012346000000",
 * "-0.5". Nothing when the text is not a number.
 */
std::optional<QString> normaliseNumber(QStringView text);

/**
 * The number as a cell with a percentage format shows it: normaliseNumber() of the value
 * times 100, by moving the decimal point ("0.1" → "10", "0.125" → "12.5",
 * "7.0000000000000007E-2" → "7"). Nothing when the text is not a number.
 */
std::optional<QString> percentNumber(QStringView text);

/** The same plain decimal text, with every digit kept (no rounding). */
std::optional<QString> canonicalNumber(QStringView text);

/**
 * The date of a serial day number. In the 1900 system day 1 is 1900-01-01 and
 * day 60 is the 1900-02-29 that Lotus 1-2-3 invented and Excel kept, so it has
 * no date; in the 1904 system day 0 is 1904-01-01. A time of day is dropped.
 */
std::optional<QDate> dateFromSerial(QStringView number, bool system1904);

/**
 * The yyyy-MM-dd text of a serial day number, as dateFromSerial() reads it; day 60
 * of the 1900 system gives "1900-02-29", which the date check then refuses by name.
 */
std::optional<QString> dateTextFromSerial(QStringView number, bool system1904);

/** The serial day number of a date in the 1900 system (what writers use). */
double serialFromDate(const QDate &date);

/** True when a number format code shows a date or time (d, m, y, h, s outside quotes). */
bool isDateFormatCode(QStringView code);

/** True when a number format code shows a percentage: a '%' outside quotes and brackets. */
bool isPercentFormatCode(QStringView code);

/** True when a built-in number format id is a percentage format (9 "0%", 10 "0.00%"). */
bool isBuiltinPercentFormat(int id);

/** True when a built-in number format id is a date or time format. */
bool isBuiltinDateFormat(int id);

/** Undoes the _xHHHH_ escapes a workbook uses for control characters in text. */
QString unescapeText(const QString &text);

} // namespace XlsxValues

} // namespace InvoiceDesk
