// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <algorithm>
#include <functional>

namespace InvoiceDesk {

/** Where the engine reads the time; tests move it by hand. */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    /** Real milliseconds until `when`, for a timer; a test's clock may jump there instead. */
    virtual qint64 realMsUntil(const QDateTime &when) const
    {
        return std::max<qint64>(0, now().msecsTo(when));
    }
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/**
 * The engine's timing (sync-design.md 5.5); the CLI's --quiet-period,
 * --backoff-base and --timeout override it for one run.
 */
struct SyncPolicy
{
    int transferTimeoutMs = 30000; ///< QNetworkRequest::setTransferTimeout on every request
    int attemptWatchdogMs = 120000; ///< overall limit for one exchange
    qint64 maxResponseBytes = 4 * 1024 * 1024; ///< a longer answer is no answer (in doubt)
    qint64 quietPeriodSecs = 600; ///< Tq: a NOT_FOUND read-back is trusted only after this
    qint64 readBackSpacingSecs = 60; ///< two agreeing NOT_FOUND reads at least this far apart
    qint64 firstReadBackSecs = 30; ///< first read-back of an in-doubt op
    double backoffBaseSecs = 2; ///< full jitter: rand(0, min(cap, base·2^n))
    qint64 backoffCapSecs = 600;
    qint64 inDoubtEscalationSecs = 24 * 3600; ///< still in doubt after this: a person decides
    int maxResendsAfterNotFound = 3;
    int maxParallel = 4; ///< lanes in flight at once per connection, unless its settings say
    /** Operations claimed together: their intents commit in one transaction before any of
     * them is sent. */
    int intentBatch = 64;
    /** Answers whose outcomes commit together (sooner when the pass needs them durable). */
    int outcomeBatch = 64;
    /** A target's bucket holds its requests at most this long within a pass (a longer
     * Retry-After: the ops wait outside the pass). */
    qint64 maxPaceWaitMs = 5000;
    /** Full-jitter random source; tests make it deterministic. */
    std::function<double()> random; ///< returns [0, 1); empty means QRandomGenerator
};

} // namespace InvoiceDesk
