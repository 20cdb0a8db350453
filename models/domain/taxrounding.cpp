// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "taxrounding.h"
#include "decimal.h"

#include <map>

namespace InvoiceDesk {

QString taxRoundingName(TaxRounding rounding)
{
    return rounding == TaxRounding::PerRate ? QStringLiteral("per-rate")
                                            : QStringLiteral("per-line");
}

std::optional<TaxRounding> taxRoundingFromName(QStringView name)
{
    for (auto rounding : {TaxRounding::PerLine, TaxRounding::PerRate}) {
        if (name.trimmed().compare(taxRoundingName(rounding), Qt::CaseInsensitive) == 0)
            return rounding;
    }
    return std::nullopt;
}

std::optional<qint64> taxRoundedPerRate(const QList<LineItem> &lines)
{
    std::map<Percentage, qint64> netByRate;
    for (const LineItem &line : lines) {
        if (!line.taxRate)
            continue;
        const auto net = line.total();
        const auto sum = net ? Decimal::add(netByRate[*line.taxRate], *net) : std::nullopt;
        if (!sum)
            return std::nullopt;
        netByRate[*line.taxRate] = *sum;
    }
    qint64 tax = 0;
    for (const auto &[rate, net] : netByRate) {
        const auto rateTax = rate.applyTo(net);
        const auto sum = rateTax ? Decimal::add(tax, *rateTax) : std::nullopt;
        if (!sum)
            return std::nullopt;
        tax = *sum;
    }
    return tax;
}

} // namespace InvoiceDesk
