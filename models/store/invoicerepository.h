// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoice.h"
#include "preparedqueries.h"

#include <QHash>
#include <QMap>

#include <optional>

namespace InvoiceDesk {

/** The money-relevant columns of one stored invoice, read without its lines. */
struct InvoiceHeader
{
    qint64 id = 0;
    QString uuid;
    QString number;
    InvoiceLifecycle lifecycle = InvoiceLifecycle::Issued;
    Currency currency;
    qint64 grandTotal = 0;
    qint64 paid = 0;
    qint64 refunded = 0;
    qint64 credited = 0; ///< sum of the invoice's credit notes (issue 13 item 3)
    std::optional<qint64> connectionId;
    QString storedStatus; ///< the status column as the file holds it ("Pending")

    /** What is owed: nothing on a cancelled invoice (issue 10 item 7). */
    qint64 outstanding() const
    {
        return lifecycle == InvoiceLifecycle::Cancelled
            ? 0
            : outstandingOf(grandTotal, paid, refunded, credited);
    }
    InvoiceStatus status() const
    {
        return statusFor(lifecycle, grandTotal, paid, refunded, credited);
    }
};

/** A stored postcode and the country it is in. */
struct ZipInCountry
{
    QString zip;
    QString countryId;
};

/**
 * SQL for the invoices, invoice_lines and addresses tables. No validation and
 * no transactions: the Ledger decides what may be written and when.
 * invoicerepository.cpp writes, invoicerepository_read.cpp reads one invoice,
 * invoicerepository_lookups.cpp answers the questions asked across invoices.
 */
/**
 * Whom a new invoice belongs to: the customer record `id`; else the customer called `name`
 * (added with the invoice's billing address when there is none); else, both empty, the
 * customer its billing name derives, as the invoice list shows it.
 */
struct CustomerRef
{
    qint64 id = 0;
    QString name;
};

class InvoiceRepository
{
public:
    explicit InvoiceRepository(PreparedQueries &queries)
        : mQueries(queries)
    {
    }

    /** Inserts the invoice with its lines and addresses; sets invoice.id. */
    Status insert(Invoice &invoice, const InvoiceTotals &totals, InvoiceStatus status,
        std::optional<qint64> connectionId, const CustomerRef &customer = {});
    /** Rewrites the invoice row, its lines and its addresses. */
    Status update(const Invoice &invoice, const InvoiceTotals &totals, InvoiceStatus status,
        std::optional<qint64> connectionId);
    Status remove(qint64 id);
    /** Sets what was paid and refunded, and the status unless it is std::nullopt (unchanged). */
    Status setPaymentTotals(
        qint64 id, qint64 paid, qint64 refunded, std::optional<InvoiceStatus> status);
    Status setLifecycle(qint64 id, InvoiceLifecycle lifecycle, InvoiceStatus status);
    /** Sets the sum of the invoice's credit notes and the status that follows. */
    Status setCreditedTotal(qint64 id, qint64 credited, InvoiceStatus status);
    Status setConnection(qint64 id, qint64 connectionId);
    /**
     * During a bulk load (a Ledger batch) inserts name their customer's id themselves, looked
     * up once per customer, so the insert trigger neither searches nor rewrites the row.
     */
    void setBulkLoad(bool on);

    Result<std::optional<Invoice>> load(qint64 id);
    /** Many invoices, as load() reads each, in a fixed number of queries (the sync engine's
     * batches); an id that does not exist is missing from the result. */
    Result<QHash<qint64, Invoice>> loadMany(const QList<qint64> &ids);
    Result<std::optional<InvoiceHeader>> header(qint64 id);
    Result<std::optional<InvoiceHeader>> headerByNumber(const QString &number);

    /** The number and currency of the last invoice entered, or of the customer's last one. */
    Result<std::optional<std::pair<QString, QString>>> lastNumberAndCurrency(
        const QString &customer = {});
    /** The next number after `number` in its series that no invoice has yet. */
    Result<QString> nextFreeNumber(const QString &number);
    /** The billing address of the customer's last invoice. */
    Result<std::optional<Address>> lastBillingAddress(const QString &customer);

    /** How many invoices have each status, by status name ("Paid"). */
    Result<QMap<QString, int>> countsByStatus();
    /** What pending invoices still owe, per currency code, in minor units. */
    struct OutstandingSums
    {
        QMap<QString, qint64> byCurrency;
        /** Currencies whose amounts add up beyond what a 64-bit sum holds: not in byCurrency. */
        QStringList beyondSums;
    };
    Result<OutstandingSums> outstandingByCurrency();

    /** Every invoice number (what a spreadsheet may have turned into a number). */
    Result<QStringList> numbers();
    /** The postcodes that begin with 0, with their country (what a spreadsheet drops). */
    Result<QList<ZipInCountry>> zeroLedZips();

private:
    Status writeChildren(const Invoice &invoice);
    Status writeLines(const Invoice &invoice);
    Status writeAddresses(const Invoice &invoice);
    Status deleteChildren(const Invoice &invoice);
    Status readLines(Invoice &invoice);
    Status readAddresses(Invoice &invoice);
    /** The id `customer` names, else the bulk load's customer of the billing name (else none:
     * the insert trigger finds or adds it). */
    Result<std::optional<qint64>> customerIdFor(
        const Invoice &invoice, const CustomerRef &customer);
    /** Gives the invoice's customer its billing address and e-mail when it has neither. */
    Status fillCustomersBlankContact(const Invoice &invoice);
    Status readManyLines(QHash<qint64, Invoice> &invoices, const QString &ids);
    Status readManyAddresses(QHash<qint64, Invoice> &invoices, const QString &ids);

    PreparedQueries &mQueries;
    bool mBulkLoad = false;
    QHash<QString, qint64> mCustomerIds; ///< of the bulk load, by name as written
};

} // namespace InvoiceDesk
