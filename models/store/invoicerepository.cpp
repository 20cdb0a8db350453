// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The invoice repository's writes: an invoice with its lines and addresses, and the columns
// the Ledger changes on their own.
#include "invoicerepository.h"
#include "customerrepository.h"
#include "invoicenumbering.h"
#include "invoicerepository_p.h"
#include "searchtext.h"
#include "sqlutil.h"
#include "taxcoderepository.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

/** The invoices row of `invoice` (without uuid, version and created_at), column by column. */
Sql::Values invoiceValues(const Invoice &invoice, const InvoiceTotals &totals, InvoiceStatus status,
    std::optional<qint64> connectionId, const QString &record)
{
    return {{QStringLiteral("number"), Sql::text(invoice.number)},
        {QStringLiteral("number_key"), InvoiceNumbering::sortKey(invoice.number)},
        {QStringLiteral("lifecycle"), lifecycleKey(invoice.lifecycle)},
        {QStringLiteral("status"), statusName(status)},
        {QStringLiteral("issue_date"), Sql::dateValue(invoice.date)},
        {QStringLiteral("due_date"), Sql::dateValue(invoice.dueDate)},
        {QStringLiteral("subscription_start_on"), Sql::dateValue(invoice.subscriptionStartOn)},
        {QStringLiteral("currency"), invoice.currency.code()},
        {QStringLiteral("contact_id"), Sql::optional(invoice.contactId)},
        {QStringLiteral("group_id"), Sql::text(invoice.groupId)},
        {QStringLiteral("order_id"), Sql::optional(invoice.orderId)},
        {QStringLiteral("order_number"), Sql::text(invoice.orderNumber)},
        {QStringLiteral("lead_id"), Sql::optional(invoice.leadId)},
        {QStringLiteral("coupon_code"), Sql::text(invoice.couponCode)},
        {QStringLiteral("discount_total"), invoice.discountTotal},
        {QStringLiteral("shipping_total"), invoice.shippingTotal},
        {QStringLiteral("tax_total"), Sql::optional(invoice.taxTotal)},
        {QStringLiteral("subtotal"), totals.subtotal},
        {QStringLiteral("grand_total"), totals.grandTotal},
        {QStringLiteral("description"), Sql::text(invoice.description)},
        {QStringLiteral("note"), Sql::text(invoice.note)},
        {QStringLiteral("buyer_reference"), Sql::text(invoice.buyerReference)},
        {QStringLiteral("delivery_date"), Sql::dateValue(invoice.deliveryDate)},
        {QStringLiteral("payment_means_code"), Sql::text(invoice.paymentMeansCode)},
        {QStringLiteral("forbidden_payment_methods"),
            Sql::optional(invoice.forbiddenPaymentMethods)},
        {QStringLiteral("customer"), Sql::text(invoice.customerName())},
        {QStringLiteral("connection_id"), Sql::optional(connectionId)},
        {QStringLiteral("remote_id"), Sql::text(invoice.remoteId)},
        // The list's filter column, written with every change of the invoice (issue 10).
        {QStringLiteral("search_text"), SearchText::forInvoice(invoice, record)},
        {QStringLiteral("updated_at"), Sql::timestampNow()}};
}

/** The invoice_lines row of the invoice's line at `position`. */
Sql::Values lineValues(const Invoice &invoice, int position)
{
    const LineItem &item = invoice.lines.at(position);
    const auto taxRate
        = item.taxRate ? std::optional<qint64>(item.taxRate->scaled()) : std::nullopt;
    return {{QStringLiteral("invoice_id"), invoice.id}, {QStringLiteral("position"), position},
        {QStringLiteral("quantity_milli"), item.quantity.thousandths()},
        {QStringLiteral("rate"), item.rate},
        {QStringLiteral("unit"), Sql::text(lineUnitName(item.unit))},
        {QStringLiteral("product_code"), Sql::text(item.productCode)},
        {QStringLiteral("description"), Sql::text(item.description)},
        {QStringLiteral("commissionable_amount"), Sql::optional(item.commissionableAmount)},
        {QStringLiteral("tax_rate_e4"), Sql::optional(taxRate)},
        {QStringLiteral("total"), item.total().value_or(0)}};
}

/** The addresses row of one of the invoice's addresses. */
Sql::Values addressValues(qint64 invoiceId, const char *kind, const Address &address)
{
    Sql::Values values {
        {QStringLiteral("invoice_id"), invoiceId}, {QStringLiteral("kind"), QLatin1String(kind)}};
    const QStringList &columns = InvoiceRepositoryDetail::addressColumns();
    for (size_t i = 0; i < Address::fields().size(); ++i)
        values.append(
            {columns.at(qsizetype(i)), Sql::text(address.*Address::fields().at(i).member)});
    return values;
}

} // namespace

Status InvoiceRepository::insert(Invoice &invoice, const InvoiceTotals &totals,
    InvoiceStatus status, std::optional<qint64> connectionId, const CustomerRef &customer)
{
    Sql::Values values {{QStringLiteral("uuid"), invoice.uuid},
        {QStringLiteral("version"), invoice.version},
        {QStringLiteral("created_at"), Sql::timestampNow()}};
    values.append(invoiceValues(invoice, totals, status, connectionId, customer.name));
    auto customerId = customerIdFor(invoice, customer);
    if (!customerId)
        return Error {customerId.error()};
    values.append({QStringLiteral("customer_id"), Sql::optional(*customerId)});
    static const QString sql = Sql::insertInto(QStringLiteral("invoices"), values);
    auto q = mQueries.statement(sql);
    if (!q)
        return Error {q.error()};
    (*q)->bind(values);
    if (auto s = (*q)->run([&] {
            return QCoreApplication::translate("Database", "Saving invoice %1").arg(invoice.number);
        });
        !s)
        return s;
    invoice.id = (*q)->lastInsertId();
    if (customer.id != 0 && customer.name.isEmpty()) {
        // A record given by id: its name, for the search text.
        if (auto s = CustomerRepository(mQueries).refreshRecordInSearch(invoice.id); !s)
            return s;
    }
    if (auto s = writeChildren(invoice); !s)
        return s;
    if (auto s = fillCustomersBlankContact(invoice); !s)
        return s;
    return TaxCodeRepository(mQueries).writeLineExtras(invoice.id, invoice.lines);
}

Status InvoiceRepository::update(const Invoice &invoice, const InvoiceTotals &totals,
    InvoiceStatus status, std::optional<qint64> connectionId)
{
    const Sql::Values values = invoiceValues(invoice, totals, status, connectionId, QString());
    auto q = mQueries.get(QStringLiteral("UPDATE invoices SET version = version + 1, ")
        + Sql::assignments(values) + QStringLiteral(" WHERE id = :id"));
    if (!q)
        return Error {q.error()};
    Sql::bind(**q, values);
    (*q)->bindValue(QStringLiteral(":id"), invoice.id);
    if (auto s = Sql::exec(**q,
            [&] {
                return QCoreApplication::translate("Database", "Updating invoice %1")
                    .arg(invoice.number);
            });
        !s)
        return s;
    // Its record's name, as the update left its record (a new billing name may have moved it).
    if (auto s = CustomerRepository(mQueries).refreshRecordInSearch(invoice.id); !s)
        return s;
    if (auto s = deleteChildren(invoice); !s)
        return s;
    if (auto s = writeChildren(invoice); !s)
        return s;
    if (auto s = fillCustomersBlankContact(invoice); !s)
        return s;
    return TaxCodeRepository(mQueries).writeLineExtras(invoice.id, invoice.lines);
}

Status InvoiceRepository::deleteChildren(const Invoice &invoice)
{
    for (const char *sql : {"DELETE FROM invoice_lines WHERE invoice_id = :invoice",
             "DELETE FROM addresses WHERE invoice_id = :invoice"}) {
        auto del = mQueries.get(QLatin1String(sql));
        if (!del)
            return Error {del.error()};
        (*del)->bindValue(QStringLiteral(":invoice"), invoice.id);
        if (auto s = Sql::exec(**del,
                [&] {
                    return QCoreApplication::translate("Database", "Updating invoice %1")
                        .arg(invoice.number);
                });
            !s)
            return s;
    }
    return {};
}

Status InvoiceRepository::writeChildren(const Invoice &invoice)
{
    if (auto s = writeLines(invoice); !s)
        return s;
    return writeAddresses(invoice);
}

Status InvoiceRepository::writeLines(const Invoice &invoice)
{
    for (int i = 0; i < invoice.lines.size(); ++i) {
        const Sql::Values values = lineValues(invoice, i);
        static const QString sql = Sql::insertInto(QStringLiteral("invoice_lines"), values);
        auto line = mQueries.statement(sql);
        if (!line)
            return Error {line.error()};
        (*line)->bind(values);
        if (auto s = (*line)->run([&] {
                return QCoreApplication::translate("Database", "Saving line %1 of invoice %2")
                    .arg(i + 1)
                    .arg(invoice.number);
            });
            !s)
            return s;
    }
    return {};
}

Status InvoiceRepository::writeAddresses(const Invoice &invoice)
{
    const std::pair<const Address *, const char *> kinds[]
        = {{&invoice.billing, "billing"}, {&invoice.shipping, "shipping"}};
    for (const auto &entry : kinds) {
        const Address *address = entry.first;
        const char *kind = entry.second; // a plain variable: Clang 14 cannot capture a binding
        if (address->isEmpty())
            continue;
        const Sql::Values values = addressValues(invoice.id, kind, *address);
        static const QString sql = Sql::insertInto(QStringLiteral("addresses"), values);
        auto q = mQueries.statement(sql);
        if (!q)
            return Error {q.error()};
        (*q)->bind(values);
        if (auto s = (*q)->run([&] {
                return QCoreApplication::translate(
                    "Database", "Saving the %1 address of invoice %2")
                    .arg(QLatin1String(kind), invoice.number);
            });
            !s)
            return s;
    }
    return {};
}

void InvoiceRepository::setBulkLoad(bool on)
{
    mBulkLoad = on;
    mCustomerIds.clear(); // ids of a batch that was rolled back must not outlive it
}

Status InvoiceRepository::fillCustomersBlankContact(const Invoice &invoice)
{
    // A bulk load gives each customer it meets its first invoice's address (bulkCustomerId);
    // an invoice without an address has nothing to give, so its customer is not read.
    if (mBulkLoad || invoice.billing.isEmpty())
        return {};
    CustomerRepository customers(mQueries);
    auto customerId = customers.customerOfInvoice(invoice.id);
    if (!customerId)
        return Error {customerId.error()};
    if (!customerId->has_value())
        return {};
    return customers.adoptBlankContact(**customerId, invoice.billing);
}

Result<std::optional<qint64>> InvoiceRepository::customerIdFor(
    const Invoice &invoice, const CustomerRef &customer)
{
    if (customer.id != 0)
        return std::optional<qint64>(customer.id);
    const QString name = customer.name.isEmpty() ? invoice.customerName() : customer.name;
    // NULL for the billing name outside a bulk load: the insert trigger finds or adds it (its
    // match folds the case of A-Z only: other names are matched here).
    if (name.isEmpty()
        || (!mBulkLoad && customer.name.isEmpty() && CustomerRepository::sqlFoldsCase(name)))
        return std::optional<qint64>();
    // A bulk load looks each customer up once.
    if (const auto known = mCustomerIds.constFind(name); known != mCustomerIds.cend())
        return std::optional<qint64>(*known);
    auto id = CustomerRepository(mQueries).idForBulkInvoice(
        name, invoice.currency.code(), invoice.billing);
    if (!id)
        return Error {id.error()};
    if (mBulkLoad)
        mCustomerIds.insert(name, *id);
    return std::optional<qint64>(*id);
}

Status InvoiceRepository::remove(qint64 id)
{
    auto q = mQueries.get(QStringLiteral("DELETE FROM invoices WHERE id = :id"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":id"), id);
    return Sql::exec(
        **q, [&] { return QCoreApplication::translate("Database", "Deleting an invoice"); });
}

Status InvoiceRepository::setPaymentTotals(
    qint64 id, qint64 paid, qint64 refunded, std::optional<InvoiceStatus> status)
{
    Sql::Values values {{QStringLiteral("paid_total"), paid},
        {QStringLiteral("refunded_total"), refunded},
        {QStringLiteral("updated_at"), Sql::timestampNow()}};
    // A status left out leaves the two status indexes as they are (most payments change only
    // the amounts: issue 16, an UPDATE moves an entry in every index of a column it sets).
    if (status)
        values.append({QStringLiteral("status"), statusName(*status)});
    static const QString withStatus = QStringLiteral("UPDATE invoices SET ")
        + Sql::assignments(
            {{QStringLiteral("paid_total"), {}}, {QStringLiteral("refunded_total"), {}},
                {QStringLiteral("updated_at"), {}}, {QStringLiteral("status"), {}}})
        + QStringLiteral(" WHERE id = :id");
    static const QString amountsOnly = QStringLiteral("UPDATE invoices SET ")
        + Sql::assignments({{QStringLiteral("paid_total"), {}},
            {QStringLiteral("refunded_total"), {}}, {QStringLiteral("updated_at"), {}}})
        + QStringLiteral(" WHERE id = :id");
    auto q = mQueries.statement(status ? withStatus : amountsOnly);
    if (!q)
        return Error {q.error()};
    (*q)->bind(values);
    (*q)->bind(u"id", id);
    return (*q)->run([&] {
        return QCoreApplication::translate("Database", "Updating the invoice's paid amount");
    });
}

Status InvoiceRepository::setLifecycle(qint64 id, InvoiceLifecycle lifecycle, InvoiceStatus status)
{
    auto q = mQueries.get(QStringLiteral("UPDATE invoices SET lifecycle = :lifecycle, status = "
                                         ":status, version = version + 1, updated_at = :now "
                                         "WHERE id = :id"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":lifecycle"), lifecycleKey(lifecycle));
    (*q)->bindValue(QStringLiteral(":status"), statusName(status));
    (*q)->bindValue(QStringLiteral(":now"), Sql::timestampNow());
    (*q)->bindValue(QStringLiteral(":id"), id);
    return Sql::exec(**q,
        [&] { return QCoreApplication::translate("Database", "Changing the invoice's status"); });
}

Status InvoiceRepository::setCreditedTotal(qint64 id, qint64 credited, InvoiceStatus status)
{
    auto q = mQueries.get(QStringLiteral("UPDATE invoices SET credited_total = :credited, "
                                         "status = :status, updated_at = :now WHERE id = :id"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":credited"), credited);
    (*q)->bindValue(QStringLiteral(":status"), statusName(status));
    (*q)->bindValue(QStringLiteral(":now"), Sql::timestampNow());
    (*q)->bindValue(QStringLiteral(":id"), id);
    return Sql::exec(**q, [&] {
        return QCoreApplication::translate("Database", "Updating the invoice's credited amount");
    });
}

Status InvoiceRepository::setConnection(qint64 id, qint64 connectionId)
{
    auto q = mQueries.get(
        QStringLiteral("UPDATE invoices SET connection_id = :connection, updated_at = :now "
                       "WHERE id = :id"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":connection"), connectionId);
    (*q)->bindValue(QStringLiteral(":now"), Sql::timestampNow());
    (*q)->bindValue(QStringLiteral(":id"), id);
    return Sql::exec(**q, [&] {
        return QCoreApplication::translate("Database", "Assigning the invoice to a connection");
    });
}

} // namespace InvoiceDesk
