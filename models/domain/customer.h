// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address.h"
#include "problem.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace InvoiceDesk {

/**
 * A customer as a record (issue 13): every invoice, receipt and credit note belongs to one.
 * The display name is unique (case aside); invoices without an assigned customer belong to the
 * one named as the invoice list shows them (billing company, else first and last name).
 */
struct Customer
{
    qint64 id = 0;
    QString displayName;
    Address billing;
    Address shipping;
    QString defaultCurrency; ///< ISO code, or "" for none
    std::optional<int> paymentTermsDays;
    QString taxId;
    QString email;

    /** Problems with the customer's own fields (name, currency, terms, e-mail). */
    Problems validate() const;

    friend bool operator==(const Customer &, const Customer &) = default;
};

/** An address as the customers table keeps it: a JSON object keyed by Address::fields(). */
QJsonObject addressToJson(const Address &address);
Address addressFromJson(const QJsonObject &object);

} // namespace InvoiceDesk
