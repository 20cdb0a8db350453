// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "invoice.h"
#include "result.h"

#include <QHash>

#include <optional>

namespace InvoiceDesk {

class CustomerRepository;

/**
 * The customer records an import's invoices name, each read once while it has a contact to
 * give. Another tool's file often names only the customer: such an invoice is billed as the
 * customer's record says (takeRecord()).
 */
class CustomerRecords
{
public:
    explicit CustomerRecords(CustomerRepository &customers)
        : mCustomers(customers)
    {
    }

    /** The record of the customer named `name` (case aside), if the company has one. */
    Result<std::optional<Customer>> find(const QString &name);

    /**
     * Whether the invoice's billing address is only the name `customer` (the file named the
     * customer and gave no address of its own).
     */
    static bool namesOnly(const Invoice &invoice, const QString &customer);
    /**
     * Fills what the file left to the record: the billing address (the name stays when the
     * record has none; its e-mail when the address has none), the shipping address when the invoice
     * has none, and the due date from the payment terms when the invoice has a date and no due
     * date.
     */
    static void takeRecord(Invoice &invoice, const Customer &customer);

private:
    CustomerRepository &mCustomers;
    QHash<QString, Customer> mKnown; ///< by case-folded name; only records with a contact
};

} // namespace InvoiceDesk
