// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// GnuCash's line discount (Import Bills & Invoices: disc_type, disc_how, discount) as ours.
#include "profiledrecords.h"

#include "currency.h"

namespace InvoiceDesk {

namespace {

std::optional<qint64> scaled(const QStringList &fields, int index, int scale, const QChar point)
{
    if (index < 0 || index >= fields.size())
        return std::nullopt;
    if (fields.at(index).trimmed().isEmpty())
        return 0;
    const auto value = Decimal::parse(fields.at(index), scale, DecimalFormat {point, {}});
    return value ? std::optional<qint64>(*value) : std::nullopt;
}

} // namespace

void ProfiledRecords::rewriteDiscount(const QStringList &raw, QStringList &fields)
{
    const DiscountColumns &d = mProfile.discount;
    const QString value = raw.value(d.value - 1).trimmed();
    if (value.isEmpty())
        return;
    const QString type = raw.value(d.type - 1).trimmed();
    const QString how = raw.value(d.how - 1).trimmed();
    const bool percent = type.isEmpty() || type == QLatin1String("%");
    const int percentIndex = mOut.value(QStringLiteral("line.discountPercent"));
    const int amountIndex = mOut.value(QStringLiteral("line.discountAmount"));
    // Before tax ("<") our discount is GnuCash's. After tax (">"), GnuCash takes the percentage
    // of the amount with tax, which leaves the line's gross total what the same percentage
    // before tax leaves; an amount after tax, or a discount taken at the same time as the tax
    // ("="), is the amount before tax that leaves the gross total GnuCash's: D / (1 + rate).
    if ((percent && how != QLatin1String("=")) || (!percent && how == QLatin1String("<"))) {
        fields[percent ? percentIndex : amountIndex] = value;
        return;
    }
    const QChar point = mProfile.decimalPoint;
    const auto currency
        = Currency::fromCode(fields.value(mOut.value(QStringLiteral("currency"), -1)).trimmed());
    const auto taxE4 = scaled(fields, mOut.value(QStringLiteral("line.taxRate"), -1), 4, point);
    const auto discount = scaled(raw, d.value - 1, 6, point);
    if (!currency || !taxE4 || !discount) {
        fields[percent ? percentIndex : amountIndex] = value; // the import reports what is wrong
        return;
    }
    const int exponent = currency->exponent();
    Int128 numerator = Int128(*discount) * Decimal::powerOfTen(exponent);
    qint64 denominator = 1000000 + *taxE4;
    if (percent) { // the percentage (scale 6, of 100) of quantity × price
        const auto quantity
            = scaled(fields, mOut.value(QStringLiteral("line.quantity"), -1), 3, point);
        const auto price = scaled(fields, mOut.value(QStringLiteral("line.rate"), -1), 6, point);
        if (!quantity || !price) {
            fields[percentIndex] = value;
            return;
        }
        numerator = numerator * *quantity * *price;
        denominator *= qint64(1000) * 100 * 1000000; // quantity, percent, price
    }
    const auto amount = Decimal::divideRounded(numerator, denominator);
    fields[amountIndex]
        = amount ? Decimal::format(*amount, exponent, exponent, DecimalFormat {point, {}}) : value;
}

} // namespace InvoiceDesk
