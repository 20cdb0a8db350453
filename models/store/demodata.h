// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>

namespace InvoiceDesk {

class Ledger;

/**
 * Realistic sample data for trying the program: invoices in several
 * currencies, drafts, cancellations, part payments, every payment method
 * with its details, refunds and a voided payment. Deterministic for a seed.
 */
class DemoData
{
public:
    struct Options
    {
        int invoiceCount = 60;
        quint32 seed = 20261122;
        QDate today = QDate::currentDate();
    };

    /** Adds the sample invoices and payments in one transaction; returns the number of invoices. */
    static Result<int> fill(Ledger &ledger, const Options &options);
};

} // namespace InvoiceDesk
