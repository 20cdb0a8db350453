// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace InvoiceDesk {

/**
 * An ISO 4217 currency: its code and its exponent, the number of decimals
 * its minor unit has (JPY 0, USD 2, KWD 3).
 */
class Currency
{
public:
    Currency() = default;

    /** The currency for an ISO 4217 code (case-insensitive), or nothing if unknown. */
    static std::optional<Currency> fromCode(QStringView code);
    /** Every code this program knows, sorted. */
    static QStringList allCodes();

    QString code() const { return mCode; }
    int exponent() const { return mExponent; }
    bool isValid() const { return !mCode.isEmpty(); }

    friend bool operator==(const Currency &a, const Currency &b) { return a.mCode == b.mCode; }

private:
    Currency(QString code, int exponent)
        : mCode(std::move(code))
        , mExponent(exponent)
    {
    }

    QString mCode;
    int mExponent = 2;
};

} // namespace InvoiceDesk
