// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorduuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <mutex>

namespace InvoiceDesk {

namespace {

constexpr quint16 kCounterMask = 0x0FFF;
/** A new millisecond starts its counter in the lower half, leaving room to count up. */
constexpr quint16 kCounterSeedMask = 0x07FF;

/** The millisecond and the counter of the last identity made by this process. */
struct Clock
{
    std::mutex lock;
    quint64 milliseconds = 0;
    quint16 counter = 0;

    /**
     * The next (millisecond, counter), always after the last: identities made in one
     * millisecond count up, and a clock set back keeps counting from where it was (RFC 9562
     * section 6.2, method 1, the counter's overflow moving on to the next millisecond).
     */
    std::pair<quint64, quint16> next(quint64 now, quint16 seed)
    {
        const std::lock_guard guard(lock);
        if (now > milliseconds) {
            milliseconds = now;
            counter = seed & kCounterSeedMask;
        } else if (counter < kCounterMask) {
            ++counter;
        } else {
            ++milliseconds;
            counter = seed & kCounterSeedMask;
        }
        return {milliseconds, counter};
    }
};

Clock &processClock()
{
    static Clock clock;
    return clock;
}

} // namespace

QString RecordUuid::create()
{
    QRandomGenerator *random = QRandomGenerator::system();
    const quint64 randomBits = random->generate64();
    const auto [milliseconds, counter] = processClock().next(
        quint64(QDateTime::currentMSecsSinceEpoch()), quint16(random->generate()));
    return compose(milliseconds, counter, randomBits).toString(QUuid::WithoutBraces);
}

QUuid RecordUuid::compose(quint64 unixMilliseconds, quint16 counter, quint64 random)
{
    QUuid uuid;
    uuid.data1 = uint(unixMilliseconds >> 16);
    uuid.data2 = ushort(unixMilliseconds & 0xFFFF);
    uuid.data3 = ushort(0x7000 | (counter & kCounterMask));
    uuid.data4[0] = uchar(0x80 | ((random >> 56) & 0x3F));
    for (int i = 1; i < 8; ++i)
        uuid.data4[i] = uchar(random >> (8 * (7 - i)));
    return uuid;
}

} // namespace InvoiceDesk
