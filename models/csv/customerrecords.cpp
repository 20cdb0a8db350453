// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerrecords.h"

#include "customerrepository.h"

namespace InvoiceDesk {

Result<std::optional<Customer>> CustomerRecords::find(const QString &name)
{
    const QString key = name.trimmed().toCaseFolded();
    if (const auto known = mKnown.constFind(key); known != mKnown.cend())
        return std::optional<Customer>(*known);
    auto found = mCustomers.byName(name);
    if (!found)
        return found;
    // A record without a contact may adopt one from an invoice of this import: read it again.
    if (found->has_value() && !(*found)->billing.isEmpty())
        mKnown.insert(key, **found);
    return found;
}

bool CustomerRecords::givesNoAddress(const Invoice &invoice, const QString &customer)
{
    // The name (the customer's, filled in from the column), an e-mail or a phone number is no
    // address of its own.
    Address address = invoice.billing;
    if (address.company.compare(customer.trimmed(), Qt::CaseInsensitive) == 0)
        address.company.clear();
    address.email.clear();
    address.phone.clear();
    return address.isEmpty();
}

bool CustomerRecords::needsRecord(const Invoice &invoice, const QString &customer)
{
    return !customer.trimmed().isEmpty()
        && (!invoice.dueDate.isValid() || givesNoAddress(invoice, customer));
}

void CustomerRecords::takeRecord(Invoice &invoice, const Customer &customer)
{
    if (givesNoAddress(invoice, customer.displayName)) {
        const Address typed = invoice.billing;
        if (!customer.billing.isEmpty())
            invoice.billing = customer.billing;
        if (!typed.email.isEmpty())
            invoice.billing.email = typed.email;
        if (!typed.phone.isEmpty())
            invoice.billing.phone = typed.phone;
        if (invoice.billing.email.isEmpty())
            invoice.billing.email = customer.email;
        if (invoice.shipping.isEmpty())
            invoice.shipping = customer.shipping;
    }
    if (!invoice.dueDate.isValid() && invoice.date.isValid() && customer.paymentTermsDays)
        invoice.dueDate = invoice.date.addDays(*customer.paymentTermsDays);
}

} // namespace InvoiceDesk
