// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "currency.h"
#include "payment.h"
#include "result.h"

#include <QHash>

#include <QDate>
#include <QDateTime>
#include <QJsonObject>

namespace InvoiceDesk {

/**
 * One money movement from one customer (issue 13): a cheque, a transfer, a card payment. Its
 * allocations are ordinary payments of the customer's invoices; what is not allocated is the
 * customer's credit in the receipt's currency.
 */
struct Receipt
{
    qint64 id = 0;
    QString uuid;
    QString key; ///< the payments.csv `receipt` column: unique, typed or minted ("R-000001")
    qint64 customerId = 0;
    QString customerName;
    Currency currency;
    QDate date;
    qint64 amount = 0; ///< minor units, always positive
    /** The method and its fields, copied by every allocation (invoice, date and amount unused). */
    Payment method;
    QDateTime voidedAt;
    QString voidReason;

    bool isVoided() const { return voidedAt.isValid(); }
};

/** A customer's credit in one currency: money received and not (yet) allocated. */
struct CreditBalance
{
    QString customer;
    QString currency;
    qint64 amount = 0;
    friend bool operator==(const CreditBalance &, const CreditBalance &) = default;
};

/** The method's fields of a payment as payments.csv writes them (column -> text). */
QJsonObject methodDetails(const Payment &payment, const Currency &currency);
/** The method's fields back from methodDetails(); `method` is set from `methodKey`. */
Payment paymentFromDetails(
    const QString &methodKey, const QJsonObject &details, const Currency &currency);
/**
 * A payment's method and fields from payments.csv column names and texts (the CLI's --set
 * cheque.number=...); an unknown column or a value that does not parse is refused, named.
 */
Result<Payment> paymentFromFields(
    const QString &methodKey, const QHash<QString, QString> &fields, const Currency &currency);
/** Copies the method and its fields (not invoice, date or amounts) from `from`. */
void copyMethod(Payment &to, const Payment &from);

} // namespace InvoiceDesk
