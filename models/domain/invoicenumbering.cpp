// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicenumbering.h"

#include <algorithm>

namespace InvoiceDesk {

QString InvoiceNumbering::next(const QString &last)
{
    qsizetype digitsStart = last.size();
    while (digitsStart > 0 && last.at(digitsStart - 1).isDigit()
        && last.at(digitsStart - 1).unicode() < 128)
        --digitsStart;
    if (digitsStart == last.size())
        return last.isEmpty() ? QStringLiteral("INV-0001") : last + QStringLiteral("-1");
    QString digits = last.mid(digitsStart);
    // Increment as text so that any length works and leading zeros keep their width.
    qsizetype i = digits.size() - 1;
    while (i >= 0) {
        if (digits.at(i) == QLatin1Char('9')) {
            digits[i] = QLatin1Char('0');
            --i;
        } else {
            digits[i] = QChar(digits.at(i).unicode() + 1);
            break;
        }
    }
    if (i < 0)
        digits.prepend(QLatin1Char('1'));
    return last.left(digitsStart) + digits;
}

namespace {

/**
 * Capitals without accents: ASCII at once, the rest through its compatibility decomposition
 * (full-width "Ｉ" as "I", "é" as "E").
 */
QString withoutCaseOrAccents(QString text)
{
    bool ascii = true;
    for (QChar &c : text) {
        if (c.unicode() >= 0x80)
            ascii = false;
        else if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            c = QChar(c.unicode() - 'a' + 'A');
    }
    if (ascii)
        return text;
    text = text.normalized(QString::NormalizationForm_KD);
    text.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return text.toUpper();
}

} // namespace

QString InvoiceNumbering::sortKey(const QString &number)
{
    const auto isAsciiDigit
        = [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); };
    QString key;
    key.reserve(number.size() + 8);
    for (qsizetype i = 0; i < number.size();) {
        if (!isAsciiDigit(number.at(i))) {
            key.append(number.at(i++));
            continue;
        }
        qsizetype end = i;
        while (end < number.size() && isAsciiDigit(number.at(end)))
            ++end;
        qsizetype first = i;
        while (first < end - 1 && number.at(first) == QLatin1Char('0'))
            ++first;
        const qsizetype length = std::min<qsizetype>(end - first, 99);
        key.append(QLatin1Char(char('0' + length / 10)));
        key.append(QLatin1Char(char('0' + length % 10)));
        key.append(QStringView(number).mid(first, end - first));
        i = end;
    }
    return withoutCaseOrAccents(key);
}

} // namespace InvoiceDesk
