// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "allocationplan.h"
#include "customerrepository.h"
#include "ledger.h"
#include "receiptrepository.h"

namespace InvoiceDesk {

/**
 * The rules of receipts and customer credit over the Ledger (issue 13): a receipt and its
 * allocations are written in one transaction, each allocation through Ledger::recordPayment (so
 * it keeps its marker, audit row and outbox row); voiding a receipt voids its allocations with
 * one reason; credit is applied as an allocation from credit.
 */
class ReceiptBook
{
public:
    explicit ReceiptBook(Ledger &ledger);

    /** What a bookkeeper enters for one receipt. */
    struct Request
    {
        QString customer; ///< display name
        Currency currency;
        QDate date;
        qint64 amount = 0; ///< minor units
        Payment method; ///< method and its fields
        QString key; ///< "" mints one
        QList<Allocation> allocations; ///< manual amounts
        bool oldestFirst = false; ///< what is left goes to the oldest open invoices
        /** Per allocation (same order), the payment's own non-method fields (tds, fees). */
        QList<Payment> extras;
        /**
         * An import of history: an invoice it pays may have been cancelled later (the file's
         * invoices carry their final state), as PaymentCheck::allowCancelledInvoice.
         */
        bool history = false;
    };

    /** A recorded receipt, its allocations (as payments) and the credit it left. */
    struct Outcome
    {
        Receipt receipt;
        QList<Payment> payments;
        qint64 credit = 0;
    };

    Result<Outcome> receive(const Request &request);
    /**
     * Records the receipt (when its amount is not zero) and puts the customer's credit on the
     * invoices of `fromCredit`, all in one transaction: nothing is written if any part is
     * refused. The Receive Payment window saves this way.
     */
    Result<Outcome> receiveAndApply(const Request &request, const QList<Allocation> &fromCredit);
    /**
     * One invoice's payment (issue 13 item 4), in one transaction: `fromCredit` of the customer's
     * credit is put on the invoice, then `payment` is a receipt whose one allocation is what the
     * invoice still owes of it (none when the credit covers it); the rest is the customer's
     * credit. The credit's allocation carries the payment's date.
     */
    Result<Outcome> payInvoice(const QString &customer, const Payment &payment, qint64 fromCredit);
    /** Voids the receipt and every allocation of it still standing, with one reason. */
    Status voidReceipt(qint64 receiptId, const QString &reason);
    /** Whether voidReceipt() would void the receipt (asked before a reason is). */
    Status canVoidReceipt(qint64 receiptId);
    /**
     * Puts `amount` of the customer's credit on the invoice, as a payment from credit dated
     * `date` (today when not given).
     */
    Result<Payment> applyCredit(const QString &customer, const QString &invoiceNumber,
        qint64 amount, const QDate &date = {});
    /**
     * Puts the customer's credit on `payment`'s invoice (invoiceNumber), as dated and described
     * there (an import keeps the file's date and notes); its method is always accounts receivable.
     * `history`: an import's, whose invoice may have been cancelled later (Request::history).
     */
    Result<Payment> applyCredit(const QString &customer, Payment payment, bool history = false);

    /** The currency a receipt of the customer is in: `code` if given, else the customer's. */
    Result<Currency> currencyFor(const QString &customer, const QString &code);

    /**
     * Adds (id 0) or saves the customer in a transaction of its own, as every write goes: the
     * desktop app holds writes outside transactions until the file's integrity check passed.
     */
    Status saveCustomer(Customer &customer);

    CustomerRepository &customers() { return mCustomers; }
    ReceiptRepository &receipts() { return mReceipts; }

private:
    Result<Customer> customerNamed(const QString &name);
    Result<Outcome> write(
        const Request &request, const Customer &customer, const QList<Allocation> &allocations);
    /** The receipt when it may be voided: every allocation can be, and the credit stays >= 0. */
    Result<Receipt> voidableReceipt(qint64 receiptId);
    /**
     * Why voiding the receipt (its `standing` payments, the credit `move` with them) would take
     * credit that has paid invoices, now or on their dates; "" when it would not.
     */
    Result<QString> creditRefusal(
        const Receipt &r, const QList<Payment> &standing, const Ledger::CreditMove &move);
    /** Refuses credit applied by `payment` beyond what had arrived by its date. */
    Status checkCreditOnItsDate(
        const Customer &customer, const Currency &currency, const Payment &payment);
    static QString creditRefusalText(const Receipt &r, const Ledger::CreditMove &move,
        const Shortfall &shortfall, const QString &paid);
    /** The receipt's payments that are not voided, in the order recorded. */
    Result<QList<Payment>> standingPayments(qint64 receiptId);

    Ledger &mLedger;
    PreparedQueries mQueries;
    CustomerRepository mCustomers;
    ReceiptRepository mReceipts;
};

} // namespace InvoiceDesk
