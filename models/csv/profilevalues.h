// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace InvoiceDesk::ProfileValues {

/**
 * The ISO 3166 code of a country named in English ("Germany", "United States") or in its own
 * languages ("Deutschland"), as QLocale knows them, or of a two-letter code in any case;
 * nothing when no country has that name.
 */
std::optional<QString> countryCode(const QString &name);

/**
 * The number of a percentage written as "20% (VAT on Income)", "8.875%" or "20 %": the digits
 * before the first "%", as the file writes them; nothing when there is no "%".
 */
std::optional<QString> percentNumber(const QString &text);

/**
 * An amount as the file writes it without what only decorates it: currency symbols, spaces,
 * and parentheses around a negative amount ("(1,234.50)" -> "-1,234.50").
 */
QString plainAmount(const QString &text, const QStringList &currencySymbols, bool parentheses);

/** "10.0000" -> "10", "2.5000" -> "2.5": Xero writes quantities with four decimals. */
QString withoutTrailingZeros(const QString &number, QChar decimalPoint);

} // namespace InvoiceDesk::ProfileValues
