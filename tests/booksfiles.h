// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the tests of the books' files share (receipts, credit notes, the whole books).

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

/** Everything an import may write, to show that a refused import wrote nothing. */
inline QStringList everything(const TestDb &t)
{
    QStringList rows;
    for (const char *sql :
        {"SELECT * FROM invoices", "SELECT * FROM payments", "SELECT * FROM receipts",
            "SELECT * FROM allocations", "SELECT * FROM credit_notes", "SELECT * FROM credit_moves",
            "SELECT * FROM customers", "SELECT * FROM audit_log", "SELECT * FROM outbox"})
        rows += t.rows(sql);
    return rows;
}

} // namespace InvoiceDesk::Test
