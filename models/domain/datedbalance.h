// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

#include <optional>

namespace InvoiceDesk {

/**
 * Where a record goes among those of its date when `import books` replays the books: money in
 * and refunds (in the order they were entered), then credit notes, then what is applied from
 * credit (it draws on the receipts' and credit notes' credit of that day).
 */
enum class DayRank { Money = 0, CreditNote = 1, FromCredit = 2 };

/** One amount a balance (what an invoice holds, a customer's credit) takes on a date. */
struct DatedAmount
{
    QDate date;
    DayRank rank = DayRank::Money;
    qint64 amount = 0;
};

/** The first point at which a change leaves a running balance below zero. */
struct Shortfall
{
    QDate date;
    /** How far below zero, in minor units; the largest amount where it is further. */
    qint64 below = 0;
};

/**
 * The balance taken in the books' order, (date, rank), once with `standing` alone and once with
 * `change` too: the first point at which the change lowered it below zero, if any. A balance
 * already below zero without the change (a file from before this check) refuses only what
 * lowers it. Exact for any amounts: the sums are kept in 128 bits.
 */
std::optional<Shortfall> firstShortfall(
    const QList<DatedAmount> &standing, const QList<DatedAmount> &change);

/**
 * One change of an invoice's money as the books replay it: a payment (+), a refund (−) or
 * payment from credit (rank FromCredit), or a credit note's total (rank CreditNote).
 */
struct InvoiceMoneyEvent
{
    QDate date;
    DayRank rank = DayRank::Money;
    /** The payment's or credit note's id: their order within a date and rank. */
    qint64 order = 0;
    qint64 amount = 0;
    /**
     * A credit note's part that reduced what the invoice owed (its `applied`). Replayed as the
     * Ledger issues it: a note that leaves the invoice owing takes off that much, one that
     * settles it its whole total.
     */
    qint64 applied = 0;
};

/** Where replaying an invoice's money breaks a rule the import checks each payment by. */
struct InvoiceMoneyBreach
{
    enum class Kind {
        RefundedBeyondPaid, ///< more refunded than paid by then
        Overpaid, ///< a payment beyond what was owed then (its total less credit notes)
        AppliedBeyondOwed, ///< a credit note taking off more than was owed then
    };
    Kind kind = Kind::RefundedBeyondPaid;
    QDate date;
    /** By how much, in minor units; the largest amount where it is more. */
    qint64 by = 0;
};

/**
 * Whether the credit notes' `applied` stand as recorded, or follow the change (a void moves
 * credit onto the invoice or back, ledger_creditmoves.cpp): then no note is held to it.
 */
enum class NotesApplied { AsRecorded, FollowTheChange };

/**
 * Replays the invoice's money in the books' order (date, rank, order), once as it stands and once
 * with `added` and without the payments `removed` (by id): the first breach the change makes (a
 * refund beyond what was paid by then, a payment beyond what was owed then), if any. A breach
 * the file already has (written before this check) does not refuse a change.
 */
std::optional<InvoiceMoneyBreach> firstMoneyBreach(qint64 grandTotal,
    const QList<InvoiceMoneyEvent> &standing, const QList<InvoiceMoneyEvent> &added,
    const QList<qint64> &removed, NotesApplied notesApplied = NotesApplied::AsRecorded);

} // namespace InvoiceDesk
