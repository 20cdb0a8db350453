// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The invoice repository's reads of one invoice: its header (the money-relevant columns) or
// the whole invoice with its lines and addresses.
#include "invoicerepository.h"
#include "invoicerepository_p.h"
#include "sqlutil.h"
#include "taxcoderepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace InvoiceDesk {

namespace {

const QString kHeaderSelect
    = QStringLiteral("SELECT id, uuid, number, lifecycle, status, currency, grand_total, "
                     "paid_total, refunded_total, credited_total, connection_id FROM invoices ");

/** The header of a row read through QtSql (Sql::Row) or SQLite's API (SqliteStatement::Row). */
template <typename Row> InvoiceHeader headerFrom(const Row &row)
{
    InvoiceHeader header;
    header.id = row.integer("id");
    header.uuid = row.text("uuid");
    header.number = row.text("number");
    header.lifecycle = lifecycleFromKey(row.text("lifecycle")).value_or(InvoiceLifecycle::Issued);
    header.currency = Currency::fromCode(row.text("currency")).value_or(Currency());
    header.grandTotal = row.integer("grand_total");
    header.paid = row.integer("paid_total");
    header.refunded = row.integer("refunded_total");
    header.credited = row.integer("credited_total");
    header.connectionId = row.optionalInteger("connection_id");
    header.storedStatus = row.text("status");
    return header;
}

const QString kInvoiceSelect = QStringLiteral(
    "SELECT i.id, i.uuid, i.number, i.lifecycle, i.issue_date, i.due_date, "
    "i.subscription_start_on, i.currency, i.contact_id, i.group_id, i.order_id, "
    "i.order_number, i.lead_id, i.coupon_code, i.discount_total, i.shipping_total, "
    "i.tax_total, i.description, i.note, i.forbidden_payment_methods, "
    "coalesce(c.name, '') AS connection_name, i.remote_id, i.version, i.buyer_reference, "
    "i.delivery_date, i.payment_means_code "
    "FROM invoices i LEFT JOIN connections c ON c.id = i.connection_id ");

/** The references to other records in the remote system (contact, group, order, lead). */
void readReferences(const Sql::Row &row, Invoice &invoice)
{
    invoice.contactId = row.optionalInteger("contact_id");
    invoice.groupId = row.text("group_id");
    invoice.orderId = row.optionalInteger("order_id");
    invoice.orderNumber = row.text("order_number");
    invoice.leadId = row.optionalInteger("lead_id");
    invoice.couponCode = row.text("coupon_code");
}

/** The invoice (without lines and addresses) on the current row; `row` is made once per query. */
Invoice invoiceFrom(const Sql::Row &row)
{
    Invoice invoice;
    invoice.uuid = row.text("uuid");
    invoice.number = row.text("number");
    invoice.lifecycle = lifecycleFromKey(row.text("lifecycle")).value_or(InvoiceLifecycle::Issued);
    invoice.date = row.date("issue_date");
    invoice.dueDate = row.date("due_date");
    invoice.subscriptionStartOn = row.date("subscription_start_on");
    invoice.currency = Currency::fromCode(row.text("currency")).value_or(Currency());
    readReferences(row, invoice);
    invoice.discountTotal = row.integer("discount_total");
    invoice.shippingTotal = row.integer("shipping_total");
    invoice.taxTotal = row.optionalInteger("tax_total");
    invoice.description = row.text("description");
    invoice.note = row.text("note");
    invoice.forbiddenPaymentMethods = row.optionalInteger("forbidden_payment_methods");
    invoice.connectionName = row.text("connection_name");
    invoice.remoteId = row.text("remote_id");
    invoice.version = int(row.integer("version"));
    invoice.buyerReference = row.text("buyer_reference");
    invoice.deliveryDate = row.date("delivery_date");
    invoice.paymentMeansCode = row.text("payment_means_code");
    return invoice;
}

LineItem lineFrom(const Sql::Row &row)
{
    LineItem item;
    item.quantity = Quantity::fromThousandths(row.integer("quantity_milli"));
    item.rate = row.integer("rate");
    item.unit = lineUnitFromName(row.text("unit")).value_or(LineUnit::None);
    item.productCode = row.text("product_code");
    item.description = row.text("description");
    item.commissionableAmount = row.optionalInteger("commissionable_amount");
    if (const auto rate = row.optionalInteger("tax_rate_e4"))
        item.taxRate = Percentage::fromScaled(*rate);
    return item;
}

/**
 * The header of the invoice whose column `placeholder` holds `value`, through one statement
 * prepared once on SQLite's own API: an import asks it twice per invoice and payment (issue 16).
 */
template <typename Describe>
Result<std::optional<InvoiceHeader>> readHeader(PreparedQueries &queries, const QString &sql,
    QStringView placeholder, const QVariant &value, Describe &&describe)
{
    auto q = queries.statement(sql);
    if (!q)
        return Error {q.error()};
    (*q)->bind(placeholder, value);
    std::optional<InvoiceHeader> header;
    if (auto s = (*q)->query(describe,
            [&](const SqliteStatement::Row &row) {
                if (!header)
                    header = headerFrom(row);
            });
        !s)
        return Error {s.error()};
    return header;
}

} // namespace

Result<std::optional<InvoiceHeader>> InvoiceRepository::header(qint64 id)
{
    static const QString sql = kHeaderSelect + QStringLiteral("WHERE id = :id");
    return readHeader(mQueries, sql, u"id", id,
        [] { return QCoreApplication::translate("Database", "Reading an invoice"); });
}

Result<std::optional<InvoiceHeader>> InvoiceRepository::headerByNumber(const QString &number)
{
    static const QString sql = kHeaderSelect + QStringLiteral("WHERE number = :number");
    return readHeader(mQueries, sql, u"number", number, [&] {
        return QCoreApplication::translate("Database", "Looking up invoice %1").arg(number);
    });
}

Result<std::optional<Invoice>> InvoiceRepository::load(qint64 id)
{
    auto q = mQueries.get(kInvoiceSelect + QStringLiteral("WHERE i.id = :id"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":id"), id);
    if (auto s = Sql::exec(
            **q, [&] { return QCoreApplication::translate("Database", "Reading an invoice"); });
        !s)
        return Error {s.error()};
    if (!(*q)->next())
        return std::optional<Invoice>();
    Invoice invoice = invoiceFrom(Sql::Row(**q));
    invoice.id = id;
    (*q)->finish();
    if (auto s = readLines(invoice); !s)
        return Error {s.error()};
    if (auto s = readAddresses(invoice); !s)
        return Error {s.error()};
    if (auto s = TaxCodeRepository(mQueries).readLineExtras(id, invoice.lines); !s)
        return Error {s.error()};
    return std::optional<Invoice>(invoice);
}

Status InvoiceRepository::readLines(Invoice &invoice)
{
    auto lines = mQueries.get(
        QStringLiteral("SELECT quantity_milli, rate, unit, product_code, description, "
                       "commissionable_amount, tax_rate_e4 FROM invoice_lines "
                       "WHERE invoice_id = :invoice ORDER BY position"));
    if (!lines)
        return Error {lines.error()};
    (*lines)->bindValue(QStringLiteral(":invoice"), invoice.id);
    if (auto s = Sql::exec(**lines,
            [&] { return QCoreApplication::translate("Database", "Reading invoice lines"); });
        !s)
        return s;
    const Sql::Row row(**lines);
    while ((*lines)->next())
        invoice.lines.append(lineFrom(row));
    return {};
}

Status InvoiceRepository::readAddresses(Invoice &invoice)
{
    auto addresses = mQueries.get(QStringLiteral("SELECT kind, ")
        + InvoiceRepositoryDetail::addressColumns().join(QStringLiteral(", "))
        + QStringLiteral(" FROM addresses WHERE invoice_id = :invoice"));
    if (!addresses)
        return Error {addresses.error()};
    (*addresses)->bindValue(QStringLiteral(":invoice"), invoice.id);
    if (auto s = Sql::exec(**addresses,
            [&] { return QCoreApplication::translate("Database", "Reading addresses"); });
        !s)
        return s;
    const Sql::Row row(**addresses);
    while ((*addresses)->next()) {
        Address &target
            = row.text("kind") == QLatin1String("billing") ? invoice.billing : invoice.shipping;
        target = InvoiceRepositoryDetail::addressFrom(row);
    }
    return {};
}

Result<QHash<qint64, Invoice>> InvoiceRepository::loadMany(const QList<qint64> &ids)
{
    QJsonArray list;
    for (const qint64 id : ids)
        list.append(id);
    const QString json = QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
    QHash<qint64, Invoice> invoices;
    auto q = mQueries.get(
        kInvoiceSelect + QStringLiteral("WHERE i.id IN (SELECT value FROM json_each(:ids))"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":ids"), json);
    if (auto s = Sql::exec(
            **q, [&] { return QCoreApplication::translate("Database", "Reading an invoice"); });
        !s)
        return Error {s.error()};
    const Sql::Row row(**q);
    while ((*q)->next()) {
        Invoice invoice = invoiceFrom(row);
        invoice.id = row.integer("id");
        invoices.insert(invoice.id, invoice);
    }
    (*q)->finish();
    if (auto s = readManyLines(invoices, json); !s)
        return Error {s.error()};
    if (auto s = readManyAddresses(invoices, json); !s)
        return Error {s.error()};
    return invoices;
}

Status InvoiceRepository::readManyLines(QHash<qint64, Invoice> &invoices, const QString &ids)
{
    // The lines with their discount and tax code (as TaxCodeRepository::readLineExtras reads
    // them), in one query for every invoice.
    auto lines = mQueries.get(
        QStringLiteral("SELECT invoice_id, quantity_milli, rate, unit, product_code, description, "
                       "commissionable_amount, tax_rate_e4, discount_percent_e4, discount_amount, "
                       "tax_code FROM invoice_lines WHERE invoice_id IN (SELECT value FROM "
                       "json_each(:ids)) ORDER BY invoice_id, position"));
    if (!lines)
        return Error {lines.error()};
    (*lines)->bindValue(QStringLiteral(":ids"), ids);
    if (auto s = Sql::exec(**lines,
            [&] { return QCoreApplication::translate("Database", "Reading invoice lines"); });
        !s)
        return s;
    const Sql::Row row(**lines);
    while ((*lines)->next()) {
        const auto found = invoices.find(row.integer("invoice_id"));
        if (found == invoices.end())
            continue;
        LineItem line = lineFrom(row);
        const auto percent = row.optionalInteger("discount_percent_e4");
        const auto amount = row.optionalInteger("discount_amount");
        const QString taxCode = row.text("tax_code");
        if (percent || amount || !taxCode.isEmpty()) {
            if (percent)
                line.discountPercent = Percentage::fromScaled(*percent);
            line.discountAmount = amount;
            line.taxCode = taxCode;
        }
        found->lines.append(line);
    }
    return {};
}

Status InvoiceRepository::readManyAddresses(QHash<qint64, Invoice> &invoices, const QString &ids)
{
    auto addresses = mQueries.get(QStringLiteral("SELECT invoice_id, kind, ")
        + InvoiceRepositoryDetail::addressColumns().join(QStringLiteral(", "))
        + QStringLiteral(
            " FROM addresses WHERE invoice_id IN (SELECT value FROM json_each(:ids))"));
    if (!addresses)
        return Error {addresses.error()};
    (*addresses)->bindValue(QStringLiteral(":ids"), ids);
    if (auto s = Sql::exec(**addresses,
            [&] { return QCoreApplication::translate("Database", "Reading addresses"); });
        !s)
        return s;
    const Sql::Row row(**addresses);
    while ((*addresses)->next()) {
        const auto found = invoices.find(row.integer("invoice_id"));
        if (found == invoices.end())
            continue;
        Address &target
            = row.text("kind") == QLatin1String("billing") ? found->billing : found->shipping;
        target = InvoiceRepositoryDetail::addressFrom(row);
    }
    return {};
}

} // namespace InvoiceDesk
