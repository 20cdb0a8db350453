// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "datedbalance.h"
#include "preparedqueries.h"
#include "receipt.h"

namespace InvoiceDesk {

/** What ties a payment to a receipt, or to its customer's credit (receiptId 0). */
struct AllocationLink
{
    qint64 receiptId = 0;
    QString customer; ///< display name
};

/** SQL for receipts, the allocations that tie payments to them, and customers' credit. */
class ReceiptRepository
{
public:
    explicit ReceiptRepository(PreparedQueries &queries)
        : mQueries(queries)
    {
    }

    /** Stores a new receipt (uuid and key set); sets its id. */
    Status insert(Receipt &receipt);
    Status markVoided(qint64 id, const QString &reason, const QDateTime &at);
    Result<std::optional<Receipt>> byId(qint64 id);
    Result<std::optional<Receipt>> byKey(const QString &key);
    /** Every receipt in the order recorded, voided ones included when asked. */
    Result<QList<Receipt>> all(bool includeVoided);
    /** A key no receipt has yet: R-000001, R-000002, ... */
    Result<QString> nextKey();

    /** Records that the payment is an allocation of the receipt (0: of the customer's credit). */
    Status linkAllocation(
        qint64 paymentId, qint64 receiptId, qint64 customerId, const QString &currency);
    /** The payments allocated from the receipt, in the order recorded. */
    Result<QList<qint64>> allocationsOf(qint64 receiptId);
    /** Every allocation, by payment id (the CSV export's receipts and credit applied). */
    Result<QHash<qint64, AllocationLink>> allocationLinks();
    /** The receipt key of the payment's receipt, "" when it has none. */
    Result<QString> receiptKeyOfPayment(qint64 paymentId);

    /**
     * The receipt the payment was taken from, 0 when from the customer's credit; nothing when it
     * is an allocation of neither.
     */
    Result<std::optional<qint64>> allocationOf(qint64 paymentId);
    /** Credit per customer and currency (not zero), by customer name; one customer when given. */
    Result<QList<CreditBalance>> credits(std::optional<qint64> customerId = std::nullopt);
    /** The customer's credit in the currency. */
    Result<qint64> creditOf(qint64 customerId, const QString &currency);
    /**
     * What made the customer's credit in the currency and what used it, each on its date and
     * ranked as `import books` replays it: receipts (+) less their allocations, credit notes'
     * credit (+), refunds that paid it out and payments applied from it (−).
     */
    Result<QList<DatedAmount>> creditOnDates(qint64 customerId, const QString &currency);
    /** firstShortfall() of the customer's credit on its dates with `change`. */
    Result<std::optional<Shortfall>> creditShortfall(
        qint64 customerId, const QString &currency, const QList<DatedAmount> &change);
    /**
     * Refuses, before the commit of a change that adds to a customer's credit, a credit that
     * could no longer be summed (over 9,223,372,036,854,775,807 minor units).
     */
    Status checkCreditSummable(qint64 customerId, const QString &currency);
    /** checkCreditSummable() for the credit a voided payment's allocation went back to. */
    Status checkCreditSummableWithout(qint64 paymentId);
    /**
     * Why adding `added` to the customer's credit in the currency would leave a credit that
     * cannot be summed, asked before anything is written so that a form or an import row can
     * refuse it; "" when it fits. An error only when the database failed.
     */
    Result<QString> creditRoomProblem(
        const Customer &customer, const QString &currency, qint64 added);
    /** The numbers of the invoices paid from the customer's credit in the currency (not voided). */
    Result<QStringList> invoicesPaidFromCredit(qint64 customerId, const QString &currency);
    /** The numbers of the invoices the receipt's payments stand on (not voided). */
    Result<QStringList> invoicesPaidFrom(qint64 receiptId);

private:
    /** A customer's credit in a currency; no amount where it is beyond 64 bits. */
    struct CreditSum
    {
        QString customer;
        QString currency;
        std::optional<qint64> amount;
    };
    /** Every customer's credit per currency (or one customer's, one currency's), exactly. */
    Result<QList<CreditSum>> creditSums(std::optional<qint64> customerId, const QString &currency);
    /** The sentence naming the credits beyond 64 bits; nothing when there are none. */
    static std::optional<QString> beyondSums(const QList<CreditSum> &sums);
    Result<std::optional<Receipt>> loadOne(const QString &where, const QVariant &value);
    Result<QStringList> paidInvoiceNumbers(const QString &where, const QVariantMap &values);

    PreparedQueries &mQueries;
};

} // namespace InvoiceDesk
