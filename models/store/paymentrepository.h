// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datedbalance.h"
#include "payment.h"
#include "preparedqueries.h"

#include <QHash>

namespace InvoiceDesk {

/** Which payments a list holds; conditions left empty let all through. */
struct PaymentListFilter
{
    std::optional<bool> voided; ///< only voided (true) or only recorded and kept (false)
    QDate from; ///< paid on or after
    QDate to; ///< paid on or before
};

/** A payment in a list: its id, and the currency of its invoice (payments carry none). */
struct PaymentRef
{
    qint64 id = 0;
    Currency currency;
};

/** How many payments the books hold, and how many of them were voided. */
struct PaymentCounts
{
    int recorded = 0; ///< every payment, voided ones included
    int voided = 0;
};

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
    /** The payment with the marker (as `list payments` shows it), or nothing. */
    Result<std::optional<Payment>> byMarker(const QString &marker);
    /** Many payments in one query, by id; an id that does not exist is missing. */
    Result<QHash<qint64, Payment>> loadMany(const QList<qint64> &ids);
    /** The invoice's payments in the order they were recorded, voided ones included. */
    Result<QList<Payment>> forInvoice(qint64 invoiceId);
    /** Whether countLookalikes() counts voided payments. */
    enum class Voided { Ignored, Counted };
    /**
     * Payments of the invoice that match on date, amount, method and reference: those standing
     * (a payment entered twice), or all (an import told to skip what it recorded before, voided
     * since or not).
     */
    Result<int> countLookalikes(const Payment &payment, Voided voided = Voided::Ignored);
    /** The payments `filter` lets through, in the order they were recorded (exports keep it). */
    Result<QList<PaymentRef>> list(const PaymentListFilter &filter = {});
    /**
     * What the payment's invoice owed just before it: the invoice's total less every earlier
     * payment (refunds negative) that was not voided. Remotes that check a payment against the
     * balance (iVvy) are sent this.
     */
    Result<qint64> owedBefore(qint64 paymentId);
    /**
     * The invoice's money as `import books` replays it: its standing payments (+), refunds (−)
     * and payments from credit, and its credit notes' totals.
     */
    Result<QList<InvoiceMoneyEvent>> moneyEvents(qint64 invoiceId);
    Result<PaymentCounts> counts();
    /** The cheque numbers and references that begin with 0 (what a spreadsheet drops). */
    Result<QStringList> zeroLedReferences();

private:
    Result<std::optional<Payment>> loadWhere(const QString &column, const QVariant &value);
    PreparedQueries &mQueries;
};

} // namespace InvoiceDesk
