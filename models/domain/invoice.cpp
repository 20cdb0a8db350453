// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoice.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace InvoiceDesk {

namespace {

void validateAddress(const Address &address, const QString &prefix, Problems &problems)
{
    if (!address.email.isEmpty() && !looksLikeEmail(address.email))
        problems.append({prefix + QStringLiteral(".email"),
            QCoreApplication::translate("Invoice", "\"%1\" is not an e-mail address")
                .arg(address.email)});
    static const QRegularExpression country(QStringLiteral("^[A-Z]{2}$"));
    if (!address.countryId.isEmpty() && !country.match(address.countryId).hasMatch()) {
        problems.append({prefix + QStringLiteral(".countryId"),
            QCoreApplication::translate(
                "Invoice", "\"%1\" is not a two-letter ISO 3166 country code")
                .arg(address.countryId)});
    }
}

/** At most one discount per line, neither negative, and never more than the line itself. */
void validateDiscount(const LineItem &line, int index, Problems &problems)
{
    const auto problem = [&](const char *field, const QString &message) {
        problems.append({QLatin1String(field), message, index});
    };
    if (line.discountPercent && line.discountAmount) {
        problem("line.discountAmount",
            QCoreApplication::translate(
                "Invoice", "a line takes a discount percentage or a discount amount, not both"));
        return;
    }
    if (line.discountPercent
        && (line.discountPercent->scaled() < 0 || line.discountPercent->scaled() > 100 * 10000))
        problem("line.discountPercent",
            QCoreApplication::translate("Invoice", "a discount must be between 0 and 100 %"));
    if (line.discountAmount && *line.discountAmount < 0)
        problem("line.discountAmount",
            QCoreApplication::translate("Invoice", "a discount cannot be negative"));
    const auto gross = line.grossTotal();
    if (line.discountAmount && gross && *gross >= 0 && *line.discountAmount > *gross)
        problem("line.discountAmount",
            QCoreApplication::translate("Invoice", "the discount is larger than quantity × rate"));
}

} // namespace

QString lineUnitName(LineUnit unit)
{
    switch (unit) {
    case LineUnit::None:
        return {};
    case LineUnit::Day:
        return QStringLiteral("Day");
    case LineUnit::Month:
        return QStringLiteral("Month");
    case LineUnit::Year:
        return QStringLiteral("Year");
    }
    return {};
}

std::optional<LineUnit> lineUnitFromName(QStringView name)
{
    for (auto unit : {LineUnit::None, LineUnit::Day, LineUnit::Month, LineUnit::Year}) {
        if (name.trimmed().compare(lineUnitName(unit), Qt::CaseInsensitive) == 0)
            return unit;
    }
    return std::nullopt;
}

std::optional<qint64> LineItem::total() const
{
    if (discountAmount) {
        const auto gross = grossTotal();
        return gross ? Decimal::subtract(*gross, *discountAmount) : std::nullopt;
    }
    if (!discountPercent)
        return grossTotal();
    // quantity (thousandths) × rate × (100 % − discount), one rounding at the end.
    constexpr qint64 hundredPercent = 100 * 10000;
    const Int128 product = Int128(quantity.thousandths()) * rate;
    if (product > (Int128(1) << 100) || product < -(Int128(1) << 100))
        return std::nullopt;
    return Decimal::divideRounded(
        product * (hundredPercent - discountPercent->scaled()), 1000 * hundredPercent);
}

Result<InvoiceTotals> Invoice::totals() const
{
    const Error overflow {QCoreApplication::translate("Invoice", "the invoice total is too large")};
    InvoiceTotals result;
    result.discount = discountTotal;
    result.shipping = shippingTotal;
    qint64 computedTax = 0;
    for (const LineItem &line : lines) {
        const auto total = line.total();
        if (!total)
            return overflow;
        const auto subtotal = Decimal::add(result.subtotal, *total);
        if (!subtotal)
            return overflow;
        result.subtotal = *subtotal;
        if (line.taxRate) {
            const auto tax = line.taxRate->applyTo(*total);
            const auto sum = tax ? Decimal::add(computedTax, *tax) : std::nullopt;
            if (!sum)
                return overflow;
            computedTax = *sum;
        }
    }
    result.tax = taxTotal.value_or(computedTax);
    auto grand = Decimal::subtract(result.subtotal, result.discount);
    if (grand)
        grand = Decimal::add(*grand, result.shipping);
    if (grand)
        grand = Decimal::add(*grand, result.tax);
    if (!grand)
        return overflow;
    result.grandTotal = *grand;
    return result;
}

QString Invoice::customerName() const
{
    const QString name = billing.displayName();
    return name.isEmpty() ? shipping.displayName() : name;
}

Problems Invoice::validate() const
{
    Problems problems;
    if (number.trimmed().isEmpty())
        problems.append({QStringLiteral("number"),
            QCoreApplication::translate("Invoice", "an invoice needs a number")});
    else if (number != number.trimmed())
        problems.append({QStringLiteral("number"),
            QCoreApplication::translate("Invoice", "the number has spaces at its start or end")});
    if (!currency.isValid())
        problems.append({QStringLiteral("currency"),
            QCoreApplication::translate("Invoice", "an invoice needs a currency")});
    if (!date.isValid())
        problems.append({QStringLiteral("date"),
            QCoreApplication::translate("Invoice", "an invoice needs a date")});
    if (date.isValid() && dueDate.isValid() && dueDate < date)
        problems.append({QStringLiteral("dueDate"),
            QCoreApplication::translate("Invoice", "the due date is before the invoice date")});
    if (discountTotal < 0)
        problems.append({QStringLiteral("discountTotal"),
            QCoreApplication::translate("Invoice", "a discount cannot be negative")});
    if (shippingTotal < 0)
        problems.append({QStringLiteral("shippingTotal"),
            QCoreApplication::translate("Invoice", "shipping cannot be negative")});
    if (taxTotal && *taxTotal < 0)
        problems.append({QStringLiteral("taxTotal"),
            QCoreApplication::translate("Invoice", "tax cannot be negative")});

    validateAddress(billing, QStringLiteral("billing"), problems);
    validateAddress(shipping, QStringLiteral("shipping"), problems);

    for (int i = 0; i < lines.size(); ++i) {
        const LineItem &line = lines.at(i);
        if (line.quantity.thousandths() <= 0)
            problems.append({QStringLiteral("line.quantity"),
                QCoreApplication::translate("Invoice", "the quantity must be more than zero"), i});
        if (!line.total())
            problems.append({QStringLiteral("line.total"),
                QCoreApplication::translate("Invoice", "the line total is too large"), i});
        if (line.taxRate && (line.taxRate->scaled() < 0 || line.taxRate->scaled() > 100 * 10000))
            problems.append({QStringLiteral("line.taxRate"),
                QCoreApplication::translate("Invoice", "a tax rate must be between 0 and 100 %"),
                i});
        validateDiscount(line, i, problems);
        if (line.description.trimmed().isEmpty() && line.productCode.trimmed().isEmpty())
            problems.append({QStringLiteral("line.description"),
                QCoreApplication::translate(
                    "Invoice", "a line needs a description or a product code"),
                i});
    }

    const auto computed = totals();
    if (!computed)
        problems.append({QStringLiteral("grandTotal"), computed.error()});
    else if (computed->grandTotal < 0)
        problems.append({QStringLiteral("grandTotal"),
            QCoreApplication::translate("Invoice", "the grand total cannot be negative")});
    return problems;
}

QString describe(const Problems &problems)
{
    QStringList parts;
    for (const Problem &problem : problems) {
        QString field = problem.field;
        if (problem.lineIndex >= 0)
            field += QStringLiteral(" (line %1)").arg(problem.lineIndex + 1);
        parts.append(field + QStringLiteral(": ") + problem.message);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace InvoiceDesk
