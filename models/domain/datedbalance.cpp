// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datedbalance.h"

#include <algorithm>
#include <limits>
#include <tuple>
#include <vector>

namespace InvoiceDesk {

namespace {

/** A sum of 64-bit amounts that cannot overflow: two's complement in 128 bits. */
class WideSum
{
public:
    void add(qint64 amount)
    {
        const quint64 before = mLow;
        mLow += quint64(amount);
        mHigh += (amount < 0 ? -1 : 0) + (mLow < before ? 1 : 0);
    }
    bool negative() const { return mHigh < 0; }
    bool operator<(const WideSum &other) const
    {
        return std::tie(mHigh, mLow) < std::tie(other.mHigh, other.mLow);
    }
    /** How far below zero (a negative sum), as far as 64 bits hold it. */
    qint64 below() const
    {
        if (mHigh == -1 && mLow > quint64(std::numeric_limits<qint64>::max()))
            return qint64(~mLow + 1);
        return std::numeric_limits<qint64>::max();
    }

private:
    qint64 mHigh = 0;
    quint64 mLow = 0;
};

struct Step
{
    DatedAmount amount;
    bool changed = false;
};

} // namespace

std::optional<Shortfall> firstShortfall(
    const QList<DatedAmount> &standing, const QList<DatedAmount> &change)
{
    std::vector<Step> steps;
    steps.reserve(std::size_t(standing.size() + change.size()));
    for (const DatedAmount &amount : standing)
        steps.push_back({amount, false});
    for (const DatedAmount &amount : change)
        steps.push_back({amount, true});
    const auto pointOf
        = [](const Step &step) { return std::tie(step.amount.date, step.amount.rank); };
    std::stable_sort(steps.begin(), steps.end(),
        [&](const Step &a, const Step &b) { return pointOf(a) < pointOf(b); });
    WideSum without;
    WideSum with;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step &step = steps[i];
        if (!step.changed)
            without.add(step.amount.amount);
        with.add(step.amount.amount);
        // The balance counts at the end of each point: the records of one date and rank are
        // replayed in their files' order, which the books keep in the order they were entered.
        const bool pointEnds = i + 1 == steps.size() || pointOf(steps[i + 1]) != pointOf(step);
        if (pointEnds && with.negative() && with < without)
            return Shortfall {step.amount.date, with.below()};
    }
    return std::nullopt;
}

} // namespace InvoiceDesk
