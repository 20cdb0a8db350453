// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "address.h"

#include <QRegularExpression>
#include <QStringList>

namespace InvoiceDesk {

const std::array<Address::Field, 13> &Address::fields()
{
    static const std::array<Field, 13> table = {{
        {"firstName", &Address::firstName},
        {"lastName", &Address::lastName},
        {"company", &Address::company},
        {"email", &Address::email},
        {"phone", &Address::phone},
        {"address1", &Address::address1},
        {"address2", &Address::address2},
        {"neighborhood", &Address::neighborhood},
        {"city", &Address::city},
        {"zip", &Address::zip},
        {"stateId", &Address::stateId},
        {"stateName", &Address::stateName},
        {"countryId", &Address::countryId},
    }};
    return table;
}

bool Address::isEmpty() const
{
    for (const Field &field : fields()) {
        if (!(this->*field.member).isEmpty())
            return false;
    }
    return true;
}

QString Address::displayName() const
{
    if (!company.isEmpty())
        return company;
    return QStringList {firstName, lastName}.join(QLatin1Char(' ')).trimmed();
}

bool looksLikeEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email).hasMatch();
}

} // namespace InvoiceDesk
