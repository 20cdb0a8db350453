// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payment.h"
#include "preparedqueries.h"

namespace InvoiceDesk {

/** SQL for the payments table. Payments are inserted and voided, never updated otherwise. */
class PaymentRepository
{
public:
    explicit PaymentRepository(PreparedQueries &queries)
        : mQueries(queries)
    {
    }

    Status insert(Payment &payment);
    Status markVoided(qint64 id, const QString &reason, const QDateTime &at);

    Result<std::optional<Payment>> load(qint64 id);
    /** The invoice's payments in the order they were recorded, voided ones included. */
    Result<QList<Payment>> forInvoice(qint64 invoiceId);
    /** Non-voided payments of the invoice that match on date, amount, method and reference. */
    Result<int> countLookalikes(const Payment &payment);
    /** Every payment id in insertion order, for export. */
    Result<QList<qint64>> allIds(bool includeVoided);

private:
    PreparedQueries &mQueries;
};

} // namespace InvoiceDesk
