// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilevalues.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace InvoiceDesk::ProfileValues {

namespace {

/** Folded country name -> ISO 3166 alpha-2 code, built once from QLocale's tables. */
const QHash<QString, QString> &countryNames()
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> map;
        const auto all = QLocale::matchingLocales(
            QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
        for (const QLocale &locale : all) {
            const QString code = QLocale::territoryToCode(locale.territory());
            if (code.size() != 2)
                continue;
            map.insert(QLocale::territoryToString(locale.territory()).toCaseFolded(), code);
            map.insert(locale.nativeTerritoryName().toCaseFolded(), code);
        }
        // Names bookkeeping tools write that QLocale spells otherwise.
        map.insert(QStringLiteral("usa"), QStringLiteral("US"));
        map.insert(QStringLiteral("united states of america"), QStringLiteral("US"));
        map.insert(QStringLiteral("uk"), QStringLiteral("GB"));
        map.insert(QStringLiteral("great britain"), QStringLiteral("GB"));
        map.insert(QStringLiteral("england"), QStringLiteral("GB"));
        return map;
    }();
    return names;
}

} // namespace

std::optional<QString> countryCode(const QString &name)
{
    const QString trimmed = name.trimmed();
    static const QRegularExpression twoLetters(QStringLiteral("^[A-Za-z]{2}$"));
    if (twoLetters.match(trimmed).hasMatch()) {
        const QString code = trimmed.toUpper();
        if (QLocale::codeToTerritory(code) != QLocale::AnyTerritory)
            return code;
    }
    const auto found = countryNames().constFind(trimmed.toCaseFolded());
    if (found == countryNames().cend())
        return std::nullopt;
    return *found;
}

std::optional<QString> percentNumber(const QString &text)
{
    static const QRegularExpression percent(QStringLiteral("^\\s*([-+]?[0-9][0-9.,]*)\\s*%"));
    const auto match = percent.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1);
}

QString plainAmount(const QString &text, const QStringList &currencySymbols, bool parentheses)
{
    QString value = text.trimmed();
    bool negative = false;
    if (parentheses && value.startsWith(QLatin1Char('(')) && value.endsWith(QLatin1Char(')'))) {
        negative = true;
        value = value.mid(1, value.size() - 2);
    }
    for (const QString &symbol : currencySymbols)
        value.remove(symbol, Qt::CaseInsensitive);
    value.remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(QLatin1Char(' '));
    if (negative && !value.isEmpty())
        value.prepend(QLatin1Char('-'));
    return value;
}

QString withoutTrailingZeros(const QString &number, QChar decimalPoint)
{
    QString value = number.trimmed();
    if (!value.contains(decimalPoint))
        return value;
    while (value.endsWith(QLatin1Char('0')))
        value.chop(1);
    if (value.endsWith(decimalPoint))
        value.chop(1);
    return value;
}

} // namespace InvoiceDesk::ProfileValues
