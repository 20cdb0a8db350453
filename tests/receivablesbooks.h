// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receiptbook.h"
#include "testsupport.h"

namespace InvoiceDesk::Test {

/** A one-line invoice of `amount` minor units for `customer` (issued unless told). */
inline Invoice receivable(const char *number, const char *customer, const char *currencyCode,
    const QDate &date, const QDate &due, qint64 amount)
{
    Invoice invoice = sampleInvoice(str(number));
    invoice.currency = currency(currencyCode);
    invoice.date = date;
    invoice.dueDate = due;
    invoice.billing.company = str(customer);
    LineItem line;
    line.quantity = Quantity::fromWhole(1);
    line.rate = amount;
    line.description = str("Work");
    invoice.lines = {line};
    return invoice;
}

/** receivable() in the books; false when refused. */
inline bool addReceivable(Ledger &ledger, const char *number, const char *customer,
    const char *currencyCode, const QDate &date, const QDate &due, qint64 amount)
{
    return ledger.createInvoice(receivable(number, customer, currencyCode, date, due, amount)).ok();
}

inline bool payReceivable(Ledger &ledger, const char *number, const QDate &date, qint64 amount)
{
    Payment payment = samplePayment(str(number), amount);
    payment.date = date;
    return ledger.recordPayment(payment).ok();
}

/**
 * The books of the Reports windows' tests and screenshots, as of 2026-04-30:
 * Acme USD: A 1000.00 due 01-20, 400.00 paid 02-01 (over 90: 600.00); B 250.00 due 04-10
 * (1-30); a receipt of 100.00 on 04-28 all credit (Current -100.00); total 750.00.
 * Acme EUR: G 1234.56 due 03-12, 34.56 paid 04-01 (31-60: 1200.00).
 * Bistro Lumière EUR: K 880.00 due 02-15 (61-90). Kiwi Tours USD: L 99.99 due 05-15 (Current).
 * Nippon KK JPY: H 5000 due 04-01 (1-30).
 */
inline bool fillReceivables(Ledger &ledger)
{
    bool ok = addReceivable(ledger, "A", "Acme", "USD", {2026, 1, 5}, {2026, 1, 20}, 100000)
        && payReceivable(ledger, "A", {2026, 2, 1}, 40000)
        && addReceivable(ledger, "B", "Acme", "USD", {2026, 3, 11}, {2026, 4, 10}, 25000)
        && addReceivable(ledger, "G", "Acme", "EUR", {2026, 2, 10}, {2026, 3, 12}, 123456)
        && payReceivable(ledger, "G", {2026, 4, 1}, 3456)
        && addReceivable(ledger, "K", "Bistro Lumière", "EUR", {2026, 1, 16}, {2026, 2, 15}, 88000)
        && addReceivable(ledger, "L", "Kiwi Tours", "USD", {2026, 4, 15}, {2026, 5, 15}, 9999)
        && addReceivable(ledger, "H", "Nippon KK", "JPY", {2026, 4, 1}, {2026, 4, 1}, 5000);
    if (!ok)
        return false;
    ReceiptBook book(ledger);
    ReceiptBook::Request receipt;
    receipt.customer = str("Acme");
    receipt.currency = currency("USD");
    receipt.date = QDate(2026, 4, 28);
    receipt.amount = 10000;
    receipt.method.method = PaymentMethod::Cash;
    return book.receive(receipt).ok();
}

} // namespace InvoiceDesk::Test
