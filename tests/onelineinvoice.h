// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One-line invoices for the tests of the books' files (receipts, credit notes, the whole books).

#include "testsupport.h"

namespace InvoiceDesk::Test {

/**
 * A one-line invoice of `rate` minor units for `company` in currency `code`, dated `date`, due 30
 * days later (with a tax rate in 1/10000 %, when given).
 */
inline Invoice invoiceFor(const char *number, const char *company, const char *code,
    const QDate &date, qint64 rate, std::optional<qint64> taxRate = std::nullopt)
{
    Invoice invoice = sampleInvoice(QString::fromUtf8(number));
    invoice.currency = currency(code);
    invoice.date = date;
    invoice.dueDate = date.addDays(30);
    invoice.billing = {};
    invoice.billing.company = QString::fromUtf8(company);
    LineItem line;
    line.quantity = Quantity::fromWhole(1);
    line.rate = rate;
    line.description = QStringLiteral("Work");
    if (taxRate)
        line.taxRate = Percentage::fromScaled(*taxRate);
    invoice.lines = {line};
    return invoice;
}

} // namespace InvoiceDesk::Test
