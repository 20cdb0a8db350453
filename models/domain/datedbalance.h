// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

#include <optional>

namespace InvoiceDesk {

/**
 * Where a record goes among those of its date when `import books` replays the books: money in,
 * then refunds (they take back what came in that day), then credit notes, then what is applied
 * from credit (it draws on the receipts' and credit notes' credit of that day).
 */
enum class DayRank { MoneyIn = 0, Refund = 1, CreditNote = 2, FromCredit = 3 };

/** One amount a balance (what an invoice holds, a customer's credit) takes on a date. */
struct DatedAmount
{
    QDate date;
    DayRank rank = DayRank::MoneyIn;
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

} // namespace InvoiceDesk
