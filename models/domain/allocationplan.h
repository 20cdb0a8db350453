// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "currency.h"
#include "customerrepository.h"
#include "result.h"

#include <optional>

namespace InvoiceDesk {

/** One invoice and the amount a receipt (or credit) puts on it, in minor units. */
struct Allocation
{
    QString invoiceNumber;
    qint64 amount = 0;
    friend bool operator==(const Allocation &, const Allocation &) = default;
};

/**
 * The allocation rules of a receipt (issue 13), exact to the minor unit: an allocation goes to
 * an open invoice of the customer in the receipt's currency, is positive, never exceeds what the
 * invoice owes, and all of them together never exceed the receipt. With `oldestFirst`, what the
 * manual allocations leave goes to the open invoices oldest first; the rest is credit.
 */
Result<QList<Allocation>> planAllocations(qint64 amount, const QList<OwedInvoice> &open,
    const QList<Allocation> &manual, bool oldestFirst, const Currency &currency);

/** The sum of the allocations' amounts; the largest amount where they add up to more. */
qint64 allocatedTotal(const QList<Allocation> &allocations);
/** The sum of the allocations' amounts; nothing where it is beyond 64 bits. */
std::optional<qint64> exactAllocatedTotal(const QList<Allocation> &allocations);

} // namespace InvoiceDesk
