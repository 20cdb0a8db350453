// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "currency.h"
#include "problem.h"

#include <QDate>
#include <QString>

namespace InvoiceDesk {

/**
 * A bank account payments go into (issue 15): its name, IBAN or account number, currency,
 * and the balance at the start of its opening date. Statements name their account by the
 * identifier; the name is what a person types.
 */
struct BankAccount
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString identifier; ///< compact IBAN (upper case, no spaces) or the account number
    Currency currency;
    qint64 openingBalance = 0; ///< minor units, at the start of openingDate
    QDate openingDate;

    /** Problems with the account's own fields: a name, a currency, a valid IBAN. */
    Problems validate() const;
    /** The identifier as people read it: an IBAN in groups of four. */
    QString displayIdentifier() const;
    /**
     * What a list or a message shows in brackets after the name: "DE89 3704 …, EUR", or the
     * currency alone where the account has no identifier or is named by it.
     */
    QString details() const;

    friend bool operator==(const BankAccount &, const BankAccount &) = default;
};

/** IBAN rules (ISO 13616): the country code, check digits and the mod-97 check. */
namespace Iban {
/** Upper case without spaces: "DE89 3704 0044 0532 0130 00" -> "DE89370400440532013000". */
QString compact(QStringView text);
/** True when the text has the shape of an IBAN (two letters, two digits, then letters and digits).
 */
bool looksLikeIban(QStringView text);
/** True when the check digits are right. */
bool isValid(QStringView text);
/** Groups of four characters. */
QString display(QStringView text);
} // namespace Iban

/** An account identifier as stored: a compact IBAN, or the number without spaces. */
QString normaliseAccountIdentifier(QStringView text);

} // namespace InvoiceDesk
