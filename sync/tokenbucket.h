// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace InvoiceDesk {

/** A connection's own limits, from its settings: how many lanes, and how fast. */
struct ConnectionPace
{
    static constexpr int kMaxLanes = 16;
    static constexpr double kMaxRequestsPerSecond = 1000;

    int lanes = 0; ///< requests in flight at once; 0: the engine's default
    double requestsPerSecond = 0; ///< 0: no limit of ours

    /** Reads "lanes" and "requestsPerSecond"; values out of range count as not set. */
    static ConnectionPace from(const QJsonObject &settings)
    {
        // The Connections dialog keeps its fields as text, the command line as numbers.
        const auto number = [&settings](const QString &key) {
            const QJsonValue value = settings.value(key);
            // (typed in the person's locale: "1,5" is 1.5)
            return value.isString()
                ? value.toString().replace(QLatin1Char(','), QLatin1Char('.')).toDouble()
                : value.toDouble();
        };
        ConnectionPace pace;
        const double lanes = number(QStringLiteral("lanes"));
        if (lanes >= 1 && lanes <= kMaxLanes)
            pace.lanes = int(lanes);
        const double rate = number(QStringLiteral("requestsPerSecond"));
        if (rate > 0 && rate <= kMaxRequestsPerSecond)
            pace.requestsPerSecond = rate;
        return pace;
    }
};

/**
 * The pace of one target's requests (sync-design.md 5.5): a token bucket at the rate the
 * connection's settings give (requests per second; none means unlimited) that holds one
 * token, so requests are spaced evenly. A 429 or 503 halves the rate and holds every request
 * until its Retry-After has passed; each minute without one brings the rate back up by a
 * quarter, until the configured rate (or no limit) is reached again.
 */
class TokenBucket
{
public:
    static constexpr double kFloorPerSec = 0.1; ///< never slower than one request in 10 s
    static constexpr double kFirstThrottlePerSec = 5; ///< an unlimited target's first 429
    static constexpr qint64 kRecoverySecs = 60;

    /** `ratePerSec` <= 0: unlimited until the target says otherwise. */
    void configure(double ratePerSec);
    /** The rate now (0: unlimited). */
    double rate() const { return mRate; }
    /** When the next request may leave: `now` when a token is there. */
    QDateTime nextSlot(const QDateTime &now);
    /** A request leaves now (its slot has come). */
    void take(const QDateTime &now);
    /** The target said "too many" (429 / 503): slower, and nothing before Retry-After. */
    void throttle(const QDateTime &now, std::optional<qint64> retryAfterSecs);

private:
    void recover(const QDateTime &now);

    double mCeiling = 0; ///< the configured rate; 0: none
    double mRate = 0; ///< the rate now; 0: unlimited
    QDateTime mNextFree; ///< the earliest time the next token is there
    QDateTime mThrottledAt; ///< the last 429 / 503, or the last step of recovery since
};

} // namespace InvoiceDesk
