// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "preparedqueries.h"

#include <QDate>
#include <QHash>
#include <QList>

namespace InvoiceDesk {

/** An invoice of a customer that still owes money, as receipts allocate to it. */
struct OwedInvoice
{
    qint64 id = 0;
    QString number;
    QDate issueDate;
    QDate dueDate;
    qint64 grandTotal = 0;
    qint64 owing = 0; ///< grand total less what was paid net of refunds
};

/** An invoice of a customer as the Customers window lists it. */
struct CustomerInvoice
{
    QString number;
    QDate issueDate;
    QString currency;
    QString status; ///< the stored status key ("pending", "paid", ...)
    qint64 grandTotal = 0;
    qint64 owing = 0;
};

/** SQL for the customers table and the invoices' link to their customer. */
class CustomerRepository
{
public:
    /**
     * Whether SQLite's NOCASE compares `name` case aside: it folds A-Z only, so a name with
     * other letters is found through invoicedesk_casefold() (QString::toCaseFolded).
     */
    static bool sqlFoldsCase(const QString &name);
    explicit CustomerRepository(PreparedQueries &queries)
        : mQueries(queries)
    {
    }

    /** Every customer, by name (case aside). */
    Result<QList<Customer>> all();
    /**
     * Every customer's display name, by name (case aside): what the invoice editor completes.
     * Every invoice's billing name has a customer (migration 0007), so this reads the
     * customers, never the invoices (issue 16 item 4: 1.3 s on a million invoices).
     */
    Result<QStringList> displayNames();
    /** The highest customer id so far (0 without customers): what namesAddedAfter() takes. */
    Result<qint64> highestId();
    /** The names of the customers added after `id`, in the order they were added. */
    Result<QStringList> namesAddedAfter(qint64 id);
    Result<std::optional<Customer>> byId(qint64 id);
    /** The customer of that display name, case aside. */
    Result<std::optional<Customer>> byName(const QString &name);
    /** Stores a new customer; refuses a name already used (case aside). */
    Status insert(Customer &customer);
    /** Rewrites a stored customer (by id); refuses a name another customer has. */
    Status update(const Customer &customer);

    /** Makes the invoice belong to the customer, whatever its billing name says. */
    Status assignInvoice(qint64 invoiceId, qint64 customerId);
    /**
     * Gives the customer `billing` and its e-mail when it has neither: a customer that an
     * invoice's billing name created starts with the address of that invoice.
     */
    Status adoptBlankContact(qint64 customerId, const Address &billing);
    /**
     * For a bulk load: the id of the customer named `name` as written, added with `billing`
     * and its e-mail as contact when new; one that exists takes them only when it has neither.
     */
    Result<qint64> idForBulkInvoice(
        const QString &name, const QString &currency, const Address &billing);
    /** Rewrites the record's name in the invoice's search text (SearchText::forInvoice()). */
    Status refreshRecordInSearch(qint64 invoiceId);
    /** The id of the invoice's customer, if it has one. */
    Result<std::optional<qint64>> customerOfInvoice(qint64 invoiceId);
    /**
     * The customer's issued invoices in the currency that owe money, oldest first;
     * `withCancelled`: those cancelled since too (an import of history pays them as they were).
     */
    Result<QList<OwedInvoice>> openInvoices(
        qint64 customerId, const QString &currency, bool withCancelled = false);
    /** Every invoice of the customer, newest first. */
    Result<QList<CustomerInvoice>> invoicesOf(qint64 customerId);
    /** The display name of every invoice's customer, by invoice id (the CSV export). */
    Result<QHash<qint64, QString>> invoiceCustomerNames();
    /**
     * The customer of that name, created (with `currency` as its default) when there is none:
     * the one rule of every import for a customer name, as the invoices' derivation does.
     */
    Result<Customer> findOrCreate(const QString &name, const QString &currency);
    /** The currencies of the customer's invoices that still owe money, by code. */
    Result<QStringList> openCurrencies(qint64 customerId);

private:
    /** The one text `column` of the rows of `sql`, in order; `key` bound to `value` if given. */
    Result<QStringList> texts(const QString &sql, const QString &column, const QString &key = {},
        const QVariant &value = {});
    /** Rewrites the record's name in the search text of the invoices `where` picks (SQL over
     * `invoices`, binding `key` to `value`): SearchText::forInvoice()'s rule. */
    Status renameInSearchText(const QString &where, const QString &key, qint64 value);
    Result<std::optional<Customer>> loadOne(
        const QString &sql, const QString &key, const QVariant &value);
    Status checkNameFree(const Customer &customer);

    PreparedQueries &mQueries;
};

} // namespace InvoiceDesk
