// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the parts of the invoice repository share (invoicerepository.cpp: writes;
// invoicerepository_read.cpp: one invoice; invoicerepository_lookups.cpp: across invoices).
// Not part of the repository's interface.

#include "address.h"

#include <QStringList>

namespace InvoiceDesk::InvoiceRepositoryDetail {

/** The addresses table's columns, in the order of Address::fields(). */
inline const QStringList &addressColumns()
{
    static const QStringList columns {QStringLiteral("first_name"), QStringLiteral("last_name"),
        QStringLiteral("company"), QStringLiteral("email"), QStringLiteral("phone"),
        QStringLiteral("address1"), QStringLiteral("address2"), QStringLiteral("neighborhood"),
        QStringLiteral("city"), QStringLiteral("zip"), QStringLiteral("state_id"),
        QStringLiteral("state_name"), QStringLiteral("country_id")};
    Q_ASSERT(columns.size() == qsizetype(Address::fields().size()));
    return columns;
}

/** The address in the current row of a query that selected addressColumns(). */
template <typename Row> Address addressFrom(const Row &row)
{
    Address address;
    for (size_t i = 0; i < Address::fields().size(); ++i)
        address.*Address::fields().at(i).member = row.text(addressColumns().at(qsizetype(i)));
    return address;
}

} // namespace InvoiceDesk::InvoiceRepositoryDetail
