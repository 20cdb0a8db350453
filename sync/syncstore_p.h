// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the parts of the sync store share (syncstore.cpp: the queue; syncstore_attempts.cpp:
// sends and their outcomes; syncstore_decisions.cpp: a person's decisions and sync verify).
// Not part of the store's interface.

#include "syncstore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace InvoiceDesk::SyncStoreDetail {

inline QVariant ts(const QDateTime &when)
{
    return when.isValid() ? QVariant(Sql::timestamp(when))
                          : QVariant(QMetaType::fromType<QString>());
}

inline QDateTime parseTs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

inline QVariant optionalId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

inline const QString kOpSelect = QStringLiteral(
    "SELECT o.seq, o.op_id, o.connection_id, o.kind, o.entity_type, o.entity_uuid, o.lane_key, "
    "o.marker, o.payload, o.state, o.attempts, o.resends, o.last_sent_at, o.in_doubt_since, "
    "o.not_found_at, o.last_error_class, o.next_attempt_at FROM outbox o ");

/** An active op of an earlier position in the same lane: the lane waits for it. */
inline QString laneIsFree()
{
    return QStringLiteral("NOT EXISTS (SELECT 1 FROM outbox p WHERE p.lane_key = o.lane_key AND "
                          "p.seq < o.seq AND ")
        + activeOpCondition(QStringLiteral("p")) + QStringLiteral(")");
}

/** The op on the current row of a query of kOpSelect's columns; `row` is made once per query. */
inline OpRow opFrom(const Sql::Row &row)
{
    const auto v = [&row](const char *column) { return row.value(column); };
    OpRow op;
    op.seq = v("seq").toLongLong();
    op.opId = v("op_id").toString();
    op.connectionId = v("connection_id").toLongLong();
    op.kind = opKindFromKey(v("kind").toString()).value_or(OpKind::CreateInvoice);
    op.entityType = v("entity_type").toString();
    op.entityUuid = v("entity_uuid").toString();
    op.laneKey = v("lane_key").toString();
    op.marker = v("marker").toString();
    op.payload = QJsonDocument::fromJson(v("payload").toString().toUtf8()).object();
    op.state = opStateFromKey(v("state").toString()).value_or(OpState::NeedsAttention);
    op.attempts = v("attempts").toInt();
    op.resends = v("resends").toInt();
    op.lastSentAt = parseTs(v("last_sent_at"));
    op.inDoubtSince = parseTs(v("in_doubt_since"));
    op.notFoundAt = parseTs(v("not_found_at"));
    op.lastErrorClass = v("last_error_class").toString();
    return op;
}

} // namespace InvoiceDesk::SyncStoreDetail

namespace InvoiceDesk {

/** Runs `work` in one IMMEDIATE transaction, or inside the open group. */
template <typename Work> Status SyncStore::inTransaction(Work &&work)
{
    if (mGroupDepth > 0)
        return work();
    Sql::Transaction transaction(mDb);
    if (auto s = transaction.begin(); !s)
        return s;
    if (auto s = work(); !s)
        return s;
    return transaction.commit();
}

} // namespace InvoiceDesk
