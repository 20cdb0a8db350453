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
    void subtract(const WideSum &other)
    {
        const quint64 before = mLow;
        mLow -= other.mLow;
        mHigh -= other.mHigh + (mLow > before ? 1 : 0);
    }
    bool negative() const { return mHigh < 0; }
    bool operator<(const WideSum &other) const
    {
        return std::tie(mHigh, mLow) < std::tie(other.mHigh, other.mLow);
    }
    /** How far above zero (a positive sum), as far as 64 bits hold it. */
    qint64 above() const
    {
        if (mHigh == 0 && mLow <= quint64(std::numeric_limits<qint64>::max()))
            return qint64(mLow);
        return std::numeric_limits<qint64>::max();
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

/** One replay of an invoice's money: what it holds and what credit notes took off it. */
class MoneyReplay
{
public:
    MoneyReplay(qint64 grandTotal, NotesApplied notesApplied)
        : mGrandTotal(grandTotal)
        , mNotesApplied(notesApplied)
    {
    }
    /** Takes the event; the breach it makes, if any. */
    std::optional<InvoiceMoneyBreach> take(const InvoiceMoneyEvent &event)
    {
        using Kind = InvoiceMoneyBreach::Kind;
        if (event.rank == DayRank::CreditNote) {
            // As the Ledger issues it: never more applied than is owed then; a note that leaves
            // the invoice owing takes off what it applied, one that settles it its whole total.
            const qint64 outstanding = outstandingNow();
            mCredited += event.applied < outstanding ? event.applied : event.amount;
            if (event.applied > outstanding && mNotesApplied == NotesApplied::AsRecorded)
                return InvoiceMoneyBreach {
                    Kind::AppliedBeyondOwed, event.date, event.applied - outstanding};
            return std::nullopt;
        }
        mHeld.add(event.amount);
        if (event.amount < 0 && mHeld.negative())
            return InvoiceMoneyBreach {Kind::RefundedBeyondPaid, event.date, mHeld.below()};
        if (event.amount > 0) { // as Payment's check: within the total less what notes credited
            WideSum beyond = mHeld;
            beyond.add(-owed());
            if (!beyond.negative() && beyond.above() > 0)
                return InvoiceMoneyBreach {Kind::Overpaid, event.date, beyond.above()};
        }
        return std::nullopt;
    }

private:
    /** What the invoice owes before payments: its total less what credit notes took off. */
    qint64 owed() const { return mGrandTotal - std::min(mCredited, mGrandTotal); }
    /** What it owes after the money held so far: within [0, owed()]. */
    qint64 outstandingNow() const
    {
        WideSum left;
        left.add(owed());
        left.subtract(mHeld);
        return left.negative() ? 0 : std::min(left.above(), owed());
    }

    qint64 mGrandTotal = 0;
    NotesApplied mNotesApplied = NotesApplied::AsRecorded;
    qint64 mCredited = 0; // credit notes never credit more than the total: no overflow
    WideSum mHeld;
};

auto replayOrder(const InvoiceMoneyEvent &event)
{
    return std::tie(event.date, event.rank, event.order);
}

} // namespace

std::optional<InvoiceMoneyBreach> firstMoneyBreach(qint64 grandTotal,
    const QList<InvoiceMoneyEvent> &standing, const QList<InvoiceMoneyEvent> &added,
    const QList<qint64> &removed, NotesApplied notesApplied)
{
    QList<InvoiceMoneyEvent> before = standing;
    std::stable_sort(before.begin(), before.end(),
        [](const auto &a, const auto &b) { return replayOrder(a) < replayOrder(b); });
    QList<InvoiceMoneyEvent> after;
    for (const InvoiceMoneyEvent &event : std::as_const(before)) {
        if (event.rank == DayRank::CreditNote || !removed.contains(event.order))
            after.append(event);
    }
    after += added;
    std::stable_sort(after.begin(), after.end(),
        [](const auto &a, const auto &b) { return replayOrder(a) < replayOrder(b); });
    // The events the file already breaks at, by (rank, order): not the change's doing.
    QList<std::pair<DayRank, qint64>> brokenBefore;
    MoneyReplay asItStands(grandTotal, notesApplied);
    for (const InvoiceMoneyEvent &event : std::as_const(before)) {
        if (asItStands.take(event))
            brokenBefore.append({event.rank, event.order});
    }
    MoneyReplay changed(grandTotal, notesApplied);
    for (const InvoiceMoneyEvent &event : std::as_const(after)) {
        const auto breach = changed.take(event);
        if (breach && !brokenBefore.contains(std::pair {event.rank, event.order}))
            return breach;
    }
    return std::nullopt;
}

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
