// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicerepository.h"
#include "invoicenumbering.h"
#include "searchtext.h"
#include "sqlutil.h"
#include "taxcoderepository.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

const QString kInvoiceColumns = QStringLiteral(
    "number, lifecycle, status, issue_date, due_date, subscription_start_on, currency, contact_id, "
    "group_id, order_id, order_number, lead_id, coupon_code, discount_total, shipping_total, "
    "tax_total, "
    "subtotal, grand_total, description, note, forbidden_payment_methods, customer, connection_id, "
    "remote_id, search_text, updated_at");

const QString kAddressColumns = QStringLiteral(
    "first_name, last_name, company, email, phone, address1, address2, neighborhood, city, zip, "
    "state_id, state_name, country_id");

InvoiceHeader headerFrom(const QSqlQuery &q)
{
    InvoiceHeader header;
    header.id = q.value(0).toLongLong();
    header.uuid = q.value(1).toString();
    header.number = q.value(2).toString();
    header.lifecycle = lifecycleFromKey(q.value(3).toString()).value_or(InvoiceLifecycle::Issued);
    header.currency = Currency::fromCode(q.value(4).toString()).value_or(Currency());
    header.grandTotal = q.value(5).toLongLong();
    header.paid = q.value(6).toLongLong();
    header.refunded = q.value(7).toLongLong();
    header.connectionId = Sql::toOptional(q.value(8));
    return header;
}

const QString kHeaderSelect
    = QStringLiteral("SELECT id, uuid, number, lifecycle, currency, grand_total, paid_total, "
                     "refunded_total, connection_id "
                     "FROM invoices ");

} // namespace

Status InvoiceRepository::bindAndExec(QSqlQuery *q, const Invoice &invoice,
    const InvoiceTotals &totals, InvoiceStatus status, std::optional<qint64> connectionId,
    const char *what)
{
    q->addBindValue(Sql::text(invoice.number));
    q->addBindValue(lifecycleKey(invoice.lifecycle));
    q->addBindValue(statusName(status));
    q->addBindValue(Sql::dateValue(invoice.date));
    q->addBindValue(Sql::dateValue(invoice.dueDate));
    q->addBindValue(Sql::dateValue(invoice.subscriptionStartOn));
    q->addBindValue(invoice.currency.code());
    q->addBindValue(Sql::optional(invoice.contactId));
    q->addBindValue(Sql::text(invoice.groupId));
    q->addBindValue(Sql::optional(invoice.orderId));
    q->addBindValue(Sql::text(invoice.orderNumber));
    q->addBindValue(Sql::optional(invoice.leadId));
    q->addBindValue(Sql::text(invoice.couponCode));
    q->addBindValue(invoice.discountTotal);
    q->addBindValue(invoice.shippingTotal);
    q->addBindValue(Sql::optional(invoice.taxTotal));
    q->addBindValue(totals.subtotal);
    q->addBindValue(totals.grandTotal);
    q->addBindValue(Sql::text(invoice.description));
    q->addBindValue(Sql::text(invoice.note));
    q->addBindValue(Sql::optional(invoice.forbiddenPaymentMethods));
    q->addBindValue(Sql::text(invoice.customerName()));
    q->addBindValue(Sql::optional(connectionId));
    q->addBindValue(Sql::text(invoice.remoteId));
    // The list's filter column, written with every change of the invoice (issue 10).
    q->addBindValue(SearchText::forInvoice(invoice));
    q->addBindValue(Sql::timestampNow());
    return Sql::exec(
        *q, [&] { return QCoreApplication::translate("Database", what).arg(invoice.number); });
}

Status InvoiceRepository::insert(Invoice &invoice, const InvoiceTotals &totals,
    InvoiceStatus status, std::optional<qint64> connectionId)
{
    auto q = mQueries.get(QStringLiteral("INSERT INTO invoices (uuid, version, created_at, ")
        + kInvoiceColumns
        + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                         "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return Error {q.error()};
    (*q)->addBindValue(invoice.uuid);
    (*q)->addBindValue(invoice.version);
    (*q)->addBindValue(Sql::timestampNow());
    if (auto s = bindAndExec(&**q, invoice, totals, status, connectionId,
            QT_TRANSLATE_NOOP("Database", "Saving invoice %1"));
        !s)
        return s;
    invoice.id = (*q)->lastInsertId().toLongLong();
    if (auto s = writeChildren(invoice); !s)
        return s;
    return TaxCodeRepository(mQueries).writeLineExtras(invoice.id, invoice.lines);
}

Status InvoiceRepository::update(const Invoice &invoice, const InvoiceTotals &totals,
    InvoiceStatus status, std::optional<qint64> connectionId)
{
    QString assignments = kInvoiceColumns;
    assignments.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
    auto q = mQueries.get(QStringLiteral("UPDATE invoices SET version = version + 1, ")
        + assignments + QStringLiteral(" = ? WHERE id = ?"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(26, invoice.id);
    if (auto s = bindAndExec(&**q, invoice, totals, status, connectionId,
            QT_TRANSLATE_NOOP("Database", "Updating invoice %1"));
        !s)
        return s;
    for (const char *sql : {"DELETE FROM invoice_lines WHERE invoice_id = ?",
             "DELETE FROM addresses WHERE invoice_id = ?"}) {
        auto del = mQueries.get(QLatin1String(sql));
        if (!del)
            return Error {del.error()};
        (*del)->addBindValue(invoice.id);
        if (auto s = Sql::exec(**del,
                [&] {
                    return QCoreApplication::translate("Database", "Updating invoice %1")
                        .arg(invoice.number);
                });
            !s)
            return s;
    }
    if (auto s = writeChildren(invoice); !s)
        return s;
    return TaxCodeRepository(mQueries).writeLineExtras(invoice.id, invoice.lines);
}

Status InvoiceRepository::writeChildren(const Invoice &invoice)
{
    auto line = mQueries.get(QStringLiteral(
        "INSERT INTO invoice_lines (invoice_id, position, quantity_milli, rate, unit, "
        "product_code, description, "
        "commissionable_amount, tax_rate_e4, total) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!line)
        return Error {line.error()};
    for (int i = 0; i < invoice.lines.size(); ++i) {
        const LineItem &item = invoice.lines.at(i);
        QSqlQuery *q = &**line;
        q->addBindValue(invoice.id);
        q->addBindValue(i);
        q->addBindValue(item.quantity.thousandths());
        q->addBindValue(item.rate);
        q->addBindValue(Sql::text(lineUnitName(item.unit)));
        q->addBindValue(Sql::text(item.productCode));
        q->addBindValue(Sql::text(item.description));
        q->addBindValue(Sql::optional(item.commissionableAmount));
        q->addBindValue(Sql::optional(
            item.taxRate ? std::optional<qint64>(item.taxRate->scaled()) : std::nullopt));
        q->addBindValue(item.total().value_or(0));
        if (auto s = Sql::exec(*q,
                [&] {
                    return QCoreApplication::translate("Database", "Saving line %1 of invoice %2")
                        .arg(i + 1)
                        .arg(invoice.number);
                });
            !s)
            return s;
        (*line)->finish();
    }

    auto address
        = mQueries.get(QStringLiteral("INSERT INTO addresses (invoice_id, kind, ") + kAddressColumns
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!address)
        return Error {address.error()};
    const std::pair<const Address *, const char *> kinds[]
        = {{&invoice.billing, "billing"}, {&invoice.shipping, "shipping"}};
    for (const auto &entry : kinds) {
        const Address *value = entry.first;
        const char *kind = entry.second;
        if (value->isEmpty())
            continue;
        QSqlQuery *q = &**address;
        q->addBindValue(invoice.id);
        q->addBindValue(QLatin1String(kind));
        for (const Address::Field &field : Address::fields())
            q->addBindValue(Sql::text(value->*field.member));
        if (auto s = Sql::exec(*q,
                [&] {
                    return QCoreApplication::translate(
                        "Database", "Saving the %1 address of invoice %2")
                        .arg(QLatin1String(kind), invoice.number);
                });
            !s)
            return s;
        q->finish();
    }
    return {};
}

Status InvoiceRepository::remove(qint64 id)
{
    auto q = mQueries.get(QStringLiteral("DELETE FROM invoices WHERE id = ?"));
    if (!q)
        return Error {q.error()};
    (*q)->addBindValue(id);
    return Sql::exec(
        **q, [&] { return QCoreApplication::translate("Database", "Deleting an invoice"); });
}

Status InvoiceRepository::setPaymentTotals(
    qint64 id, qint64 paid, qint64 refunded, InvoiceStatus status)
{
    auto q = mQueries.get(QStringLiteral("UPDATE invoices SET paid_total = ?, refunded_total = ?, "
                                         "status = ?, updated_at = ? WHERE id = ?"));
    if (!q)
        return Error {q.error()};
    (*q)->addBindValue(paid);
    (*q)->addBindValue(refunded);
    (*q)->addBindValue(statusName(status));
    (*q)->addBindValue(Sql::timestampNow());
    (*q)->addBindValue(id);
    return Sql::exec(**q, [&] {
        return QCoreApplication::translate("Database", "Updating the invoice's paid amount");
    });
}

Status InvoiceRepository::setLifecycle(qint64 id, InvoiceLifecycle lifecycle, InvoiceStatus status)
{
    auto q = mQueries.get(QStringLiteral("UPDATE invoices SET lifecycle = ?, status = ?, version = "
                                         "version + 1, updated_at = ? WHERE id = ?"));
    if (!q)
        return Error {q.error()};
    (*q)->addBindValue(lifecycleKey(lifecycle));
    (*q)->addBindValue(statusName(status));
    (*q)->addBindValue(Sql::timestampNow());
    (*q)->addBindValue(id);
    return Sql::exec(**q,
        [&] { return QCoreApplication::translate("Database", "Changing the invoice's status"); });
}

Status InvoiceRepository::setConnection(qint64 id, qint64 connectionId)
{
    auto q = mQueries.get(
        QStringLiteral("UPDATE invoices SET connection_id = ?, updated_at = ? WHERE id = ?"));
    if (!q)
        return Error {q.error()};
    (*q)->addBindValue(connectionId);
    (*q)->addBindValue(Sql::timestampNow());
    (*q)->addBindValue(id);
    return Sql::exec(**q, [&] {
        return QCoreApplication::translate("Database", "Assigning the invoice to a connection");
    });
}

Result<std::optional<InvoiceHeader>> InvoiceRepository::header(qint64 id)
{
    auto q = mQueries.get(kHeaderSelect + QStringLiteral("WHERE id = ?"));
    if (!q)
        return Error {q.error()};
    (*q)->addBindValue(id);
    if (auto s = Sql::exec(
            **q, [&] { return QCoreApplication::translate("Database", "Reading an invoice"); });
        !s)
        return Error {s.error()};
    if (!(*q)->next())
        return std::optional<InvoiceHeader>();
    return std::optional<InvoiceHeader>(headerFrom(**q));
}

Result<std::optional<InvoiceHeader>> InvoiceRepository::headerByNumber(const QString &number)
{
    auto q = mQueries.get(kHeaderSelect + QStringLiteral("WHERE number = ?"));
    if (!q)
        return Error {q.error()};
    (*q)->addBindValue(number);
    if (auto s = Sql::exec(**q,
            [&] {
                return QCoreApplication::translate("Database", "Looking up invoice %1").arg(number);
            });
        !s)
        return Error {s.error()};
    if (!(*q)->next())
        return std::optional<InvoiceHeader>();
    return std::optional<InvoiceHeader>(headerFrom(**q));
}

Result<std::optional<Invoice>> InvoiceRepository::load(qint64 id)
{
    auto q = mQueries.get(QStringLiteral(
        "SELECT i.uuid, i.number, i.lifecycle, i.issue_date, i.due_date, i.subscription_start_on, "
        "i.currency, "
        "i.contact_id, i.group_id, i.order_id, i.order_number, i.lead_id, i.coupon_code, "
        "i.discount_total, "
        "i.shipping_total, i.tax_total, i.description, i.note, i.forbidden_payment_methods, "
        "coalesce(c.name, ''), i.remote_id, i.version "
        "FROM invoices i LEFT JOIN connections c ON c.id = i.connection_id WHERE i.id = ?"));
    if (!q)
        return Error {q.error()};
    QSqlQuery &r = **q;
    r.addBindValue(id);
    if (auto s = Sql::exec(
            r, [&] { return QCoreApplication::translate("Database", "Reading an invoice"); });
        !s)
        return Error {s.error()};
    if (!r.next())
        return std::optional<Invoice>();

    Invoice invoice;
    invoice.id = id;
    invoice.uuid = r.value(0).toString();
    invoice.number = r.value(1).toString();
    invoice.lifecycle = lifecycleFromKey(r.value(2).toString()).value_or(InvoiceLifecycle::Issued);
    invoice.date = Sql::toDate(r.value(3));
    invoice.dueDate = Sql::toDate(r.value(4));
    invoice.subscriptionStartOn = Sql::toDate(r.value(5));
    invoice.currency = Currency::fromCode(r.value(6).toString()).value_or(Currency());
    invoice.contactId = Sql::toOptional(r.value(7));
    invoice.groupId = r.value(8).toString();
    invoice.orderId = Sql::toOptional(r.value(9));
    invoice.orderNumber = r.value(10).toString();
    invoice.leadId = Sql::toOptional(r.value(11));
    invoice.couponCode = r.value(12).toString();
    invoice.discountTotal = r.value(13).toLongLong();
    invoice.shippingTotal = r.value(14).toLongLong();
    invoice.taxTotal = Sql::toOptional(r.value(15));
    invoice.description = r.value(16).toString();
    invoice.note = r.value(17).toString();
    invoice.forbiddenPaymentMethods = Sql::toOptional(r.value(18));
    invoice.connectionName = r.value(19).toString();
    invoice.remoteId = r.value(20).toString();
    invoice.version = r.value(21).toInt();
    r.finish();

    auto lines
        = mQueries.get(QStringLiteral("SELECT quantity_milli, rate, unit, product_code, "
                                      "description, commissionable_amount, tax_rate_e4 "
                                      "FROM invoice_lines WHERE invoice_id = ? ORDER BY position"));
    if (!lines)
        return Error {lines.error()};
    QSqlQuery &l = **lines;
    l.addBindValue(id);
    if (auto s = Sql::exec(
            l, [&] { return QCoreApplication::translate("Database", "Reading invoice lines"); });
        !s)
        return Error {s.error()};
    while (l.next()) {
        LineItem item;
        item.quantity = Quantity::fromThousandths(l.value(0).toLongLong());
        item.rate = l.value(1).toLongLong();
        item.unit = lineUnitFromName(l.value(2).toString()).value_or(LineUnit::None);
        item.productCode = l.value(3).toString();
        item.description = l.value(4).toString();
        item.commissionableAmount = Sql::toOptional(l.value(5));
        if (const auto rate = Sql::toOptional(l.value(6)))
            item.taxRate = Percentage::fromScaled(*rate);
        invoice.lines.append(item);
    }
    l.finish();

    auto addresses = mQueries.get(QStringLiteral("SELECT kind, ") + kAddressColumns
        + QStringLiteral(" FROM addresses WHERE invoice_id = ?"));
    if (!addresses)
        return Error {addresses.error()};
    QSqlQuery &a = **addresses;
    a.addBindValue(id);
    if (auto s = Sql::exec(
            a, [&] { return QCoreApplication::translate("Database", "Reading addresses"); });
        !s)
        return Error {s.error()};
    while (a.next()) {
        Address &target = a.value(0).toString() == QLatin1String("billing") ? invoice.billing
                                                                            : invoice.shipping;
        int column = 1;
        for (const Address::Field &field : Address::fields())
            target.*field.member = a.value(column++).toString();
    }
    a.finish();
    if (auto s = TaxCodeRepository(mQueries).readLineExtras(id, invoice.lines); !s)
        return Error {s.error()};
    return std::optional<Invoice>(invoice);
}

Result<std::optional<std::pair<QString, QString>>> InvoiceRepository::lastNumberAndCurrency(
    const QString &customer)
{
    QSqlQuery q(mQueries.database());
    q.prepare(customer.isEmpty()
            ? QStringLiteral("SELECT number, currency FROM invoices ORDER BY id DESC LIMIT 1")
            : QStringLiteral("SELECT number, currency FROM invoices WHERE customer = :customer "
                             "ORDER BY id DESC LIMIT 1"));
    if (!customer.isEmpty())
        q.bindValue(QStringLiteral(":customer"), customer);
    if (auto s = Sql::exec(
            q, [&] { return QCoreApplication::translate("Database", "Reading an invoice"); });
        !s)
        return Error {s.error()};
    if (!q.next())
        return std::optional<std::pair<QString, QString>>();
    return std::optional<std::pair<QString, QString>>(
        std::pair {q.value(QStringLiteral("number")).toString(),
            q.value(QStringLiteral("currency")).toString()});
}

Result<QString> InvoiceRepository::nextFreeNumber(const QString &number)
{
    QString candidate = InvoiceNumbering::next(number);
    for (int tries = 0; tries < 1000; ++tries) {
        auto taken = headerByNumber(candidate);
        if (!taken)
            return Error {taken.error()};
        if (!taken->has_value())
            return candidate;
        candidate = InvoiceNumbering::next(candidate);
    }
    return candidate;
}

Result<QStringList> InvoiceRepository::customerNames(int limit)
{
    QSqlQuery q(mQueries.database());
    q.prepare(QStringLiteral("SELECT DISTINCT customer FROM invoices WHERE customer <> '' "
                             "ORDER BY customer COLLATE NOCASE LIMIT :limit"));
    q.bindValue(QStringLiteral(":limit"), limit);
    if (auto s = Sql::exec(
            q, [&] { return QCoreApplication::translate("Database", "Listing customers"); });
        !s)
        return Error {s.error()};
    QStringList names;
    while (q.next())
        names.append(q.value(QStringLiteral("customer")).toString());
    return names;
}

Result<std::optional<Address>> InvoiceRepository::lastBillingAddress(const QString &customer)
{
    QSqlQuery q(mQueries.database());
    q.prepare(QStringLiteral("SELECT ") + kAddressColumns
        + QStringLiteral(" FROM addresses a JOIN invoices i ON i.id = a.invoice_id "
                         "WHERE i.customer = :customer AND a.kind = 'billing' "
                         "ORDER BY i.id DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":customer"), customer);
    if (auto s = Sql::exec(
            q, [&] { return QCoreApplication::translate("Database", "Reading addresses"); });
        !s)
        return Error {s.error()};
    if (!q.next())
        return std::optional<Address>();
    // kAddressColumns names the columns in the order of Address::fields().
    const QStringList columns = kAddressColumns.split(QStringLiteral(", "));
    Address address;
    for (int i = 0; i < int(Address::fields().size()); ++i)
        address.*Address::fields().at(i).member = q.value(columns.at(i)).toString();
    return std::optional<Address>(address);
}

Result<QList<qint64>> InvoiceRepository::allIds(const std::optional<InvoiceStatus> &status)
{
    QSqlQuery q(mQueries.database());
    q.prepare(status ? QStringLiteral("SELECT id FROM invoices WHERE status = ? ORDER BY id")
                     : QStringLiteral("SELECT id FROM invoices ORDER BY id"));
    if (status)
        q.addBindValue(statusName(*status));
    q.setForwardOnly(true);
    if (auto s
        = Sql::exec(q, [&] { return QCoreApplication::translate("Database", "Listing invoices"); });
        !s)
        return Error {s.error()};
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

} // namespace InvoiceDesk
