// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "problem.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace InvoiceDesk {

/**
 * The company's own profile (issue 14 item 1): who sends the invoices, printed in the company
 * block of every document and used as the seller of e-invoices. A fixed set of keys, each a
 * text; an unset key is empty.
 */
class CompanyProfile
{
public:
    /** The keys, in the order `company show` prints them. */
    static const QStringList &keys();
    static bool isKey(const QString &key) { return keys().contains(key); }

    QString value(const QString &key) const { return mValues.value(key); }
    /** Sets a known key; the value is trimmed (an IBAN is also compacted). */
    void setValue(const QString &key, const QString &value);

    /** Every problem with the values: a two-letter country, a valid IBAN and BIC, an e-mail. */
    Problems validate() const;

    /** The non-empty values by key. */
    QMap<QString, QString> values() const { return mValues; }

    friend bool operator==(const CompanyProfile &, const CompanyProfile &) = default;

private:
    QMap<QString, QString> mValues;
};

} // namespace InvoiceDesk
