// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>

namespace InvoiceDesk {

/**
 * The identity of a new record (invoice, payment, credit note, receipt, outbox operation): a
 * UUID of version 7 (RFC 9562), the time in milliseconds first, then a counter within the
 * millisecond, then 62 random bits. Records made one after another get ascending identities,
 * so the unique indexes on them, and the audit log's index of them, grow at their end as the
 * tables do rather than at a random place each: a bulk import keeps a few pages of each index
 * in hand instead of all of them (issue 16). As unique as version 4 without any coordination.
 * Qt 6.4's QUuid makes only version 4 (createUuidV7 came in Qt 6.9).
 */
class RecordUuid
{
public:
    /** A new identity, in the form QUuid::WithoutBraces writes (lower case, with hyphens). */
    static QString create();

    /**
     * The layout of RFC 9562 section 5.7: the 48 bits of `unixMilliseconds`, the version, the
     * low 12 bits of `counter`, the variant and the low 62 bits of `random`.
     */
    static QUuid compose(quint64 unixMilliseconds, quint16 counter, quint64 random);
};

} // namespace InvoiceDesk
