// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenbucket.h"

#include <algorithm>

namespace InvoiceDesk {

void TokenBucket::configure(double ratePerSec)
{
    const double ceiling = std::max(0.0, ratePerSec);
    if (ceiling == mCeiling)
        return;
    mCeiling = ceiling;
    // A new setting takes effect at once, unless a throttle holds the rate lower still.
    if (!mThrottledAt.isValid() || mRate == 0 || (mCeiling > 0 && mRate > mCeiling))
        mRate = mCeiling;
}

void TokenBucket::recover(const QDateTime &now)
{
    // Slowly back up: a quarter more per quiet minute, never past the configured rate.
    while (mThrottledAt.isValid() && mThrottledAt.secsTo(now) >= kRecoverySecs) {
        mThrottledAt = mThrottledAt.addSecs(kRecoverySecs);
        mRate *= 1.25;
        const double limit = mCeiling > 0 ? mCeiling : 4 * kFirstThrottlePerSec;
        if (mRate >= limit) {
            mRate = mCeiling; // back to the setting (or to no limit at all)
            mThrottledAt = QDateTime();
        }
    }
}

QDateTime TokenBucket::nextSlot(const QDateTime &now)
{
    recover(now);
    if (!mNextFree.isValid() || mNextFree <= now)
        return now;
    return mNextFree;
}

void TokenBucket::take(const QDateTime &now)
{
    const QDateTime from = mNextFree.isValid() && mNextFree > now ? mNextFree : now;
    mNextFree = mRate > 0 ? from.addMSecs(qint64(1000.0 / mRate)) : from;
}

void TokenBucket::throttle(const QDateTime &now, std::optional<qint64> retryAfterSecs)
{
    recover(now);
    mRate = mRate > 0 ? std::max(kFloorPerSec, mRate / 2) : kFirstThrottlePerSec;
    mThrottledAt = now;
    const QDateTime after
        = now.addMSecs(retryAfterSecs ? *retryAfterSecs * 1000 : qint64(1000.0 / mRate));
    if (!mNextFree.isValid() || mNextFree < after)
        mNextFree = after;
}

} // namespace InvoiceDesk
