// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paymentcsv.h"

#include <map>

namespace InvoiceDesk {

/** The records of a payments file whose replay key lies from `first` to `last`, both included. */
struct ReplayWindow
{
    PaymentCsv::ReplayKey first;
    PaymentCsv::ReplayKey last;

    bool contains(const PaymentCsv::ReplayKey &key) const { return first <= key && key <= last; }
};

/**
 * The replay keys of a payments file's records, as they come: whether they came in date order,
 * and how many records each key has, so that a file out of order can be imported by date a
 * window of dates at a time, holding no more than a window's records in memory (issue 16's bound
 * on the import's memory).
 */
class ReplayCensus
{
public:
    void add(const PaymentCsv::ReplayKey &key);
    /** True while no record came before the one ahead of it in the replay order. */
    bool inOrder() const { return mInOrder; }
    /**
     * The keys in order, split into windows of at most `records` records each (one key with
     * more records is a window of its own).
     */
    QList<ReplayWindow> windows(qsizetype records) const;

private:
    std::map<PaymentCsv::ReplayKey, qsizetype> mCounts;
    std::optional<PaymentCsv::ReplayKey> mLast;
    bool mInOrder = true;
};

} // namespace InvoiceDesk
