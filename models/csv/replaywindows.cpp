// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaywindows.h"

namespace InvoiceDesk {

void ReplayCensus::add(const PaymentCsv::ReplayKey &key)
{
    mInOrder = mInOrder && (!mLast || *mLast <= key);
    mLast = key;
    ++mCounts[key];
}

QList<ReplayWindow> ReplayCensus::windows(qsizetype records) const
{
    QList<ReplayWindow> windows;
    qsizetype held = 0;
    for (const auto &[key, count] : mCounts) {
        if (windows.isEmpty() || held + count > records) {
            windows.append({key, key});
            held = 0;
        }
        windows.last().last = key;
        held += count;
    }
    return windows;
}

} // namespace InvoiceDesk
