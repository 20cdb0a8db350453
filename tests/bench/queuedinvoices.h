// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger.h"

namespace InvoiceDesk::Benchmarks {

/**
 * `count` invoices of 100.00 USD for `connection`, each queued to be sent, numbered `prefix`
 * and n + 1 padded to `width` digits; written in one batch (the sync benchmarks' load).
 */
inline bool createQueuedInvoices(
    Ledger &ledger, const QString &connection, const QString &prefix, int width, int count)
{
    if (!ledger.beginBatch())
        return false;
    for (int n = 0; n < count; ++n) {
        Invoice invoice;
        invoice.number = prefix + QStringLiteral("%1").arg(n + 1, width, 10, QLatin1Char('0'));
        invoice.date = QDate(2026, 11, 1);
        invoice.currency = *Currency::fromCode(u"USD");
        invoice.connectionName = connection;
        invoice.billing.company = QStringLiteral("Customer %1").arg(n % 100);
        LineItem line;
        line.rate = 10000;
        line.description = QStringLiteral("Service");
        invoice.lines = {line};
        if (!ledger.createInvoice(invoice)) {
            ledger.rollbackBatch();
            return false;
        }
    }
    if (!ledger.commitBatch())
        return false;
    return true;
}

} // namespace InvoiceDesk::Benchmarks
