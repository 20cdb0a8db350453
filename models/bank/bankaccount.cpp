// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankaccount.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace Iban {

QString compact(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace() && c != QLatin1Char('-'))
            result.append(c.toUpper());
    }
    return result;
}

bool looksLikeIban(QStringView text)
{
    const QString iban = compact(text);
    if (iban.size() < 15 || iban.size() > 34)
        return false;
    for (qsizetype i = 0; i < iban.size(); ++i) {
        const QChar c = iban.at(i);
        const bool letter = c >= QLatin1Char('A') && c <= QLatin1Char('Z');
        const bool digit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        if ((i < 2 && !letter) || (i >= 2 && i < 4 && !digit) || (!letter && !digit))
            return false;
    }
    return true;
}

bool isValid(QStringView text)
{
    if (!looksLikeIban(text))
        return false;
    const QString iban = compact(text);
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (QChar c : rearranged) {
        // Letters count as 10..35; the number is reduced as it is read, digit by digit.
        const int value = c.isDigit() ? c.digitValue() : c.unicode() - 'A' + 10;
        remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
    }
    return remainder == 1;
}

QString display(QStringView text)
{
    const QString iban = compact(text);
    QString result;
    for (qsizetype i = 0; i < iban.size(); i += 4) {
        if (!result.isEmpty())
            result.append(QLatin1Char(' '));
        result.append(iban.mid(i, 4));
    }
    return result;
}

} // namespace Iban

QString normaliseAccountIdentifier(QStringView text)
{
    if (Iban::looksLikeIban(text))
        return Iban::compact(text);
    QString result;
    for (QChar c : text.trimmed()) {
        if (!c.isSpace())
            result.append(c);
    }
    return result;
}

Problems BankAccount::validate() const
{
    Problems problems;
    if (name.trimmed().isEmpty())
        problems.append({QStringLiteral("name"),
            QCoreApplication::translate("BankAccount", "a bank account needs a name")});
    if (!currency.isValid())
        problems.append({QStringLiteral("currency"),
            QCoreApplication::translate("BankAccount", "a bank account needs a currency")});
    if (Iban::looksLikeIban(identifier) && !Iban::isValid(identifier))
        problems.append({QStringLiteral("iban"),
            QCoreApplication::translate(
                "BankAccount", "%1 is not a valid IBAN (its check digits are wrong)")
                .arg(Iban::display(identifier))});
    return problems;
}

QString BankAccount::displayIdentifier() const
{
    return Iban::looksLikeIban(identifier) ? Iban::display(identifier) : identifier;
}

QString BankAccount::details() const
{
    const QString shown = displayIdentifier();
    if (shown.isEmpty() || shown == name)
        return currency.code();
    return shown + QStringLiteral(", ") + currency.code();
}

} // namespace InvoiceDesk
