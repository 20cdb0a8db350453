// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "creditsplit.h"
#include "decimal.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

/** What the lines at one rate come to, net and with their tax. */
struct RateGroup
{
    std::optional<Percentage> rate;
    qint64 net = 0;
    qint64 gross = 0;
};

Result<QList<RateGroup>> groupsOf(const Invoice &invoice)
{
    QList<RateGroup> groups;
    for (const LineItem &line : invoice.lines) {
        const auto total = line.total();
        if (!total)
            return Error {QCoreApplication::translate("CreditNote", "a line's total overflows")};
        auto found = std::find_if(groups.begin(), groups.end(),
            [&](const RateGroup &group) { return group.rate == line.taxRate; });
        if (found == groups.end()) {
            groups.append({line.taxRate, 0, 0});
            found = groups.end() - 1;
        }
        found->net += *total;
    }
    for (RateGroup &group : groups) {
        const auto tax = group.rate ? group.rate->applyTo(group.net) : std::optional<qint64>(0);
        if (!tax)
            return Error {QCoreApplication::translate("CreditNote", "a line's total overflows")};
        group.gross = group.net + *tax;
    }
    // Shipping is charged without tax (Invoice::totals), so it is credited without tax: a note
    // for the whole invoice then takes back each rate's tax exactly, never more than was
    // charged. A discount comes off that untaxed part; one larger than the shipping lowers
    // every rate alike.
    if (const qint64 untaxed = invoice.shippingTotal - invoice.discountTotal; untaxed > 0) {
        auto found = std::find_if(groups.begin(), groups.end(),
            [](const RateGroup &group) { return !group.rate.has_value(); });
        if (found == groups.end())
            groups.append({std::nullopt, untaxed, untaxed});
        else {
            found->net += untaxed;
            found->gross += untaxed;
        }
    }
    return groups;
}

/** The share at its rate, split into net (rounded half away from zero) and the tax left. */
CreditShare splitShare(qint64 share, const std::optional<Percentage> &rate)
{
    if (!rate)
        return {rate, share, 0};
    // net = share / (1 + rate), rate being percent × 10^4.
    const auto net = Decimal::divideRounded(Int128(share) * 1000000, 1000000 + rate->scaled());
    return {rate, net.value_or(share), share - net.value_or(share)};
}

} // namespace

Result<QList<CreditShare>> splitGrossCredit(qint64 gross, const Invoice &invoice)
{
    if (gross <= 0)
        return Error {
            QCoreApplication::translate("CreditNote", "a credit note's amount must be positive")};
    auto groups = groupsOf(invoice);
    if (!groups)
        return Error {groups.error()};
    Int128 base = 0;
    for (const RateGroup &group : *groups)
        base += group.gross;
    if (groups->isEmpty() || base <= 0)
        return QList<CreditShare>({{std::nullopt, gross, 0}});
    QList<qint64> shares;
    qint64 given = 0;
    qsizetype largest = 0;
    for (qsizetype i = 0; i < groups->size(); ++i) {
        const qint64 share = qint64(Int128(gross) * groups->at(i).gross / base);
        shares.append(share);
        given += share;
        if (groups->at(i).gross > groups->at(largest).gross)
            largest = i;
    }
    shares[largest] += gross - given;
    QList<CreditShare> result;
    for (qsizetype i = 0; i < groups->size(); ++i)
        result.append(splitShare(shares.at(i), groups->at(i).rate));
    return result;
}

} // namespace InvoiceDesk
