// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoice.h"

namespace InvoiceDesk {

/** The part of a credit note at one tax rate of the invoice it credits (none: untaxed). */
struct CreditShare
{
    std::optional<Percentage> taxRate;
    qint64 net = 0;
    qint64 tax = 0;

    qint64 gross() const { return net + tax; }
    friend bool operator==(const CreditShare &, const CreditShare &) = default;
};

/**
 * Splits a gross credit (tax included) over the invoice's tax rates in proportion to what the
 * invoice's lines at each rate come to with their tax (issue 13 item 3, `credit-note --amount`):
 * the shares are rounded down and the minor units left go to the largest, so they add up to
 * `gross` exactly; each share is then split into net and tax at its rate (net rounded half away
 * from zero). The rates come in the order the lines first name them; an invoice without lines
 * gives one untaxed share. A gross that is not positive is refused.
 */
Result<QList<CreditShare>> splitGrossCredit(qint64 gross, const Invoice &invoice);

} // namespace InvoiceDesk
