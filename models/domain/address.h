// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <array>

namespace InvoiceDesk {

/** A billing or shipping address with the thirteen fields the remote systems know. */
struct Address
{
    QString firstName;
    QString lastName;
    QString company;
    QString email;
    QString phone;
    QString address1;
    QString address2;
    QString neighborhood;
    QString city;
    QString zip;
    QString stateId;
    QString stateName;
    QString countryId;

    /** A field's name as used in CSV headers and the remote APIs, and where it lives. */
    struct Field
    {
        const char *name;
        QString Address::*member;
    };
    static const std::array<Field, 13> &fields();

    bool isEmpty() const;
    /** The company, else "first last": what the invoice list shows as the customer. */
    QString displayName() const;

    friend bool operator==(const Address &, const Address &) = default;
};

/** Whether `email` has the shape of one e-mail address (name@domain.tld, no spaces). */
bool looksLikeEmail(const QString &email);

} // namespace InvoiceDesk
