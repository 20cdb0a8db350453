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
 * customer's record says, and one without a due date takes the customer's terms
 * (takeRecord()).
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
     * Whether the invoice's billing gives no address of its own: no names but `customer`'s
     * (case aside), no postal field; an e-mail or phone number alone is no address.
     */
    static bool givesNoAddress(const Invoice &invoice, const QString &customer);
    /** Whether the invoice, naming `customer`, leaves anything to the record (takeRecord()). */
    static bool needsRecord(const Invoice &invoice, const QString &customer);
    /**
     * Fills what the file left to the record. An invoice that gives no address of its own takes
     * the record's billing address (its own e-mail and phone stay; the name stays when the
     * record has no address), the record's e-mail when it has none and its shipping address
     * when it has none. An invoice with a date and no due date takes the payment terms.
     */
    static void takeRecord(Invoice &invoice, const Customer &customer);

private:
    CustomerRepository &mCustomers;
    QHash<QString, Customer> mKnown; ///< by case-folded name; only records with a contact
};

} // namespace InvoiceDesk
