// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customer.h"
#include "currency.h"

#include <QCoreApplication>

namespace InvoiceDesk {

Problems Customer::validate() const
{
    Problems problems;
    if (displayName.trimmed().isEmpty())
        problems.append({QStringLiteral("name"),
            QCoreApplication::translate("Customer", "a customer needs a name")});
    else if (displayName != displayName.trimmed())
        problems.append({QStringLiteral("name"),
            QCoreApplication::translate("Customer", "the name has spaces at its start or end")});
    if (!defaultCurrency.isEmpty() && !Currency::fromCode(defaultCurrency))
        problems.append({QStringLiteral("currency"),
            QCoreApplication::translate("Customer", "\"%1\" is not a currency code")
                .arg(defaultCurrency)});
    if (paymentTermsDays && (*paymentTermsDays < 0 || *paymentTermsDays > 3650))
        problems.append({QStringLiteral("terms"),
            QCoreApplication::translate(
                "Customer", "payment terms are a number of days from 0 to 3650")});
    if (!email.isEmpty() && !looksLikeEmail(email))
        problems.append({QStringLiteral("email"),
            QCoreApplication::translate("Customer", "\"%1\" is not an e-mail address").arg(email)});
    return problems;
}

QJsonObject addressToJson(const Address &address)
{
    QJsonObject object;
    for (const Address::Field &field : Address::fields()) {
        if (!(address.*field.member).isEmpty())
            object.insert(QLatin1String(field.name), address.*field.member);
    }
    return object;
}

Address addressFromJson(const QJsonObject &object)
{
    Address address;
    for (const Address::Field &field : Address::fields())
        address.*field.member = object.value(QLatin1String(field.name)).toString();
    return address;
}

} // namespace InvoiceDesk
