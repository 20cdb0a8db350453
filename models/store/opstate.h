// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace InvoiceDesk {

/**
 * The states of an outbox operation (sync-design.md 5.3). A connection that cannot run
 * (credentials refused, a secret missing) is paused as a whole; its operations keep their state.
 */
enum class OpState {
    Pending, ///< waiting to be sent
    Sending, ///< its request is (or may be) on the wire
    RetryWait, ///< certainly not applied; sent again after a backoff
    InDoubt, ///< may have landed: read back before anything is sent again
    Reconciling, ///< a read-back is on the wire
    NeedsAttention, ///< a person must act (rejected, or a decision only a person can make)
    Conflict, ///< the remote record changed under us
    Acked, ///< done
    Discarded, ///< given up by a person, after exporting it
    Superseded, ///< replaced by a later operation before it was ever sent
};

QString opStateKey(OpState state);
std::optional<OpState> opStateFromKey(QStringView key);

/** Active: everything but acked, discarded and superseded. */
bool isActive(OpState state);
/** Waits for a person: rejected, conflicting, or a decision about an in-doubt operation. */
bool needsPerson(OpState state);

/**
 * The one SQL definition of an active operation, for the outbox row `alias` (e.g. "o"), so
 * that every count, list and the engine agree. Written exactly as the WHERE of the partial
 * index outbox_active (migration 0016), which SQLite uses only for the same comparisons.
 */
QString activeOpCondition(const QString &alias = {});

/**
 * An operation the engine may send or read back (pending, retry_wait, in_doubt), written
 * exactly as the WHERE of the partial index outbox_ready (migration 0016).
 */
QString readyOpCondition(const QString &alias = {});

} // namespace InvoiceDesk
