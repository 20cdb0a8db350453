// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxvalues.h"

#include <QRegularExpression>

namespace InvoiceDesk::XlsxValues {

namespace {

/** A number split into sign, digits and the power of ten of its last digit. */
struct DecimalParts
{
    bool negative = false;
    QString digits; ///< no leading zeros; empty for zero
    int exponent = 0; ///< value = digits × 10^exponent
};

std::optional<DecimalParts> split(QStringView text)
{
    static const QRegularExpression number(
        QStringLiteral("^([+-]?)(\\d*)(?:\\.(\\d*))?(?:[eE]([+-]?\\d{1,4}))?$"));
    const auto match = number.match(text.trimmed().toString());
    if (!match.hasMatch() || (match.capturedLength(2) == 0 && match.capturedLength(3) == 0))
        return std::nullopt;
    DecimalParts parts;
    parts.negative = match.capturedView(1) == QLatin1String("-");
    parts.digits = match.captured(2) + match.captured(3);
    parts.exponent = match.captured(4).toInt() - int(match.capturedLength(3));
    qsizetype leading = 0;
    while (leading < parts.digits.size() && parts.digits.at(leading) == QLatin1Char('0'))
        ++leading;
    parts.digits.remove(0, leading);
    return parts;
}

/** Rounds to at most `significant` digits, half away from zero. */
void roundTo(DecimalParts &parts, int significant)
{
    const qsizetype drop = parts.digits.size() - significant;
    if (drop <= 0)
        return;
    const bool up = parts.digits.at(significant) >= QLatin1Char('5');
    parts.digits.truncate(significant);
    parts.exponent += int(drop);
    if (!up)
        return;
    qsizetype i = parts.digits.size() - 1;
    while (i >= 0 && parts.digits.at(i) == QLatin1Char('9'))
        parts.digits[i--] = QLatin1Char('0');
    if (i < 0)
        parts.digits.prepend(QLatin1Char('1'));
    else
        parts.digits[i] = QChar(parts.digits.at(i).unicode() + 1);
}

QString plainText(DecimalParts parts)
{
    while (!parts.digits.isEmpty() && parts.digits.back() == QLatin1Char('0')) {
        parts.digits.chop(1);
        ++parts.exponent;
    }
    if (parts.digits.isEmpty())
        return QStringLiteral("0");
    QString text = parts.digits;
    if (parts.exponent >= 0) {
        text += QString(parts.exponent, QLatin1Char('0'));
    } else {
        const qsizetype point = text.size() + parts.exponent;
        if (point <= 0)
            text = QStringLiteral("0.") + QString(-point, QLatin1Char('0')) + text;
        else
            text.insert(point, QLatin1Char('.'));
    }
    return parts.negative ? QLatin1Char('-') + text : text;
}

/** True when the format code has one of `characters` as a code, not quoted, bracketed
 * ([$-407], [Red]) or escaped. */
bool hasShownCharacter(QStringView code, QStringView characters)
{
    bool quoted = false;
    bool bracket = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != QLatin1Char('"');
        } else if (bracket) {
            bracket = c != QLatin1Char(']');
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('[')) {
            bracket = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // the next character is shown literally (or used as fill or width)
        } else if (characters.contains(c)) {
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<QString> normaliseNumber(QStringView text)
{
    auto parts = split(text);
    if (!parts || parts->exponent > 400 || parts->exponent < -400)
        return std::nullopt;
    roundTo(*parts, kSignificantDigits);
    return plainText(*parts);
}

std::optional<QString> percentNumber(QStringView text)
{
    auto parts = split(text);
    if (!parts || parts->exponent > 400 || parts->exponent < -400)
        return std::nullopt;
    roundTo(*parts, kSignificantDigits);
    parts->exponent += 2;
    return plainText(*parts);
}

std::optional<QString> canonicalNumber(QStringView text)
{
    auto parts = split(text);
    if (!parts || parts->exponent > 400 || parts->exponent < -400)
        return std::nullopt;
    return plainText(*parts);
}

std::optional<QDate> dateFromSerial(QStringView number, bool system1904)
{
    const auto parts = split(number);
    if (!parts || parts->negative || parts->exponent > 6)
        return std::nullopt;
    // The whole days: the digits before the decimal point.
    const QString whole = parts->exponent >= 0
        ? parts->digits + QString(parts->exponent, QLatin1Char('0'))
        : parts->digits.left(std::max<qsizetype>(0, parts->digits.size() + parts->exponent));
    bool ok = true;
    const qint64 days = whole.isEmpty() ? 0 : whole.toLongLong(&ok);
    if (!ok || days > 2958465) // 9999-12-31
        return std::nullopt;
    if (system1904)
        return QDate(1904, 1, 1).addDays(days);
    if (days == 60)
        return std::nullopt; // 1900-02-29, a day that never was
    if (days == 0)
        return std::nullopt; // "1900-01-00", Excel's zero date
    return days < 60 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

std::optional<QString> dateTextFromSerial(QStringView number, bool system1904)
{
    if (const auto date = dateFromSerial(number, system1904))
        return date->toString(Qt::ISODate);
    const auto parts = split(number);
    if (!system1904 && parts && !parts->negative && parts->exponent <= 0
        && parts->digits.left(parts->digits.size() + parts->exponent) == QLatin1String("60"))
        return QStringLiteral("1900-02-29");
    return std::nullopt;
}

double serialFromDate(const QDate &date)
{
    const qint64 days = QDate(1899, 12, 30).daysTo(date);
    return double(days < 61 ? days - 1 : days);
}

bool isDateFormatCode(QStringView code)
{
    if (code.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0)
        return false;
    return hasShownCharacter(code, u"dmyhsDMYHS");
}

bool isPercentFormatCode(QStringView code)
{
    return hasShownCharacter(code, u"%");
}

bool isBuiltinPercentFormat(int id)
{
    return id == 9 || id == 10;
}

bool isBuiltinDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
        || (id >= 50 && id <= 58);
}

QString unescapeText(const QString &text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    static const QRegularExpression escape(QStringLiteral("_x([0-9A-Fa-f]{4})_"));
    QString result;
    qsizetype last = 0;
    auto it = escape.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        result += QChar(char16_t(match.captured(1).toUShort(nullptr, 16)));
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

} // namespace InvoiceDesk::XlsxValues
