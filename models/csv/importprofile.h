// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvfields.h"
#include "result.h"
#include "taxcode.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace InvoiceDesk {

/** A row of a profile's tax table: the company's code a source code becomes. */
struct TaxCodeMapping
{
    QString name; ///< the company's code ("VAT 20"); created on first use when it lacks it
    Percentage rate;
    QString category; ///< EN 16931 category for a code created on first use; empty: by rate

    friend bool operator==(const TaxCodeMapping &, const TaxCodeMapping &) = default;
};

/**
 * How GnuCash's Import Bills & Invoices layout writes a line's discount: its value, whether it
 * is a percentage ("%") or an amount, and whether it is taken before tax ("<"), at the same
 * time (" =") or after it (">"). Columns are counted from 1.
 */
struct DiscountColumns
{
    int value = 0;
    int type = 0;
    int how = 0;
    bool isSet() const { return value > 0; }
    friend bool operator==(const DiscountColumns &, const DiscountColumns &) = default;
};

/** What a profile reads: invoices and payments (the import wizard), or a bank's statement. */
enum class ProfileKind { Records, BankStatement };

/**
 * A named way to read another tool's file (issue 12 item 3): which of its columns is which of
 * ours, constants for columns it lacks, what to ignore, and how it writes numbers, dates,
 * countries, percentages and tax codes. Stored as one JSON file per profile; the presets
 * shipped with the program are read-only.
 */
struct ImportProfile
{
    QString name;
    bool preset = false; ///< shipped with the program; cannot be changed or removed
    QString description;
    ProfileKind kind = ProfileKind::Records;
    bool hasHeader = true;
    QHash<QString, QString> columns; ///< their header (case-insensitive) -> ours; "" ignores it
    QMap<int, QString> positions; ///< header-less files: column (from 1) -> ours
    QMap<QString, QString> constants; ///< our column -> the value every row gets
    QStringList ignoredColumns; ///< their headers
    bool ignoreUnknownColumns = false;
    QChar decimalPoint = QLatin1Char('.');
    QChar groupSeparator; ///< null: none
    QStringList currencySymbols; ///< stripped from amounts ("$", "€", "EUR")
    bool parenthesesNegative = false; ///< "(12.00)" is -12.00
    QString dateFormat; ///< Qt date format; empty: yyyy-MM-dd
    /** Bank statements: the decimal mark and date format come from the file's own values. */
    bool detectDecimalMark = false;
    bool detectDateFormat = false;
    bool countryNames = false; ///< billing/shipping.countryId may hold names ("Germany")
    QHash<QString, TaxCodeMapping> taxCodes; ///< their code (case-insensitive key) -> ours
    /** Our column -> their value (lower case) -> ours: Xero's "Voided" is "Cancelled". */
    QHash<QString, QHash<QString, QString>> values;
    DiscountColumns discount;

    /** The profile as its JSON file holds it. */
    QJsonObject toJson() const;
    /** Reads a profile; an error names the key and why (`where` names the file). */
    static Result<ImportProfile> fromJson(const QJsonObject &json, const QString &where);

    /** "records" or "bank-statement", as the JSON file says it. */
    static QString kindName(ProfileKind kind);

    /** The decimal mark, grouping and date format the rows are read with. */
    FieldFormat fieldFormat() const;

    friend bool operator==(const ImportProfile &, const ImportProfile &) = default;
};

} // namespace InvoiceDesk
