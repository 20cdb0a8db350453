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

bool CustomerRecords::namesOnly(const Invoice &invoice, const QString &customer)
{
    Address nameOnly;
    nameOnly.company = customer.trimmed();
    return !nameOnly.company.isEmpty() && invoice.billing == nameOnly;
}

void CustomerRecords::takeRecord(Invoice &invoice, const Customer &customer)
{
    if (!customer.billing.isEmpty())
        invoice.billing = customer.billing;
    if (invoice.billing.email.isEmpty())
        invoice.billing.email = customer.email;
    if (invoice.shipping.isEmpty())
        invoice.shipping = customer.shipping;
    if (!invoice.dueDate.isValid() && invoice.date.isValid() && customer.paymentTermsDays)
        invoice.dueDate = invoice.date.addDays(*customer.paymentTermsDays);
}

} // namespace InvoiceDesk
