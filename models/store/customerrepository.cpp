// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerrepository.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace InvoiceDesk {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, display_name, billing, shipping, default_currency, payment_terms_days, tax_id, "
    "email FROM customers ");

QString jsonText(const Address &address)
{
    return QString::fromUtf8(QJsonDocument(addressToJson(address)).toJson(QJsonDocument::Compact));
}

Address addressFrom(const QVariant &value)
{
    return addressFromJson(QJsonDocument::fromJson(value.toString().toUtf8()).object());
}

Customer customerFrom(const QSqlQuery &q)
{
    Customer c;
    c.id = q.value(QStringLiteral("id")).toLongLong();
    c.displayName = q.value(QStringLiteral("display_name")).toString();
    c.billing = addressFrom(q.value(QStringLiteral("billing")));
    c.shipping = addressFrom(q.value(QStringLiteral("shipping")));
    c.defaultCurrency = q.value(QStringLiteral("default_currency")).toString();
    if (const auto terms = Sql::toOptional(q.value(QStringLiteral("payment_terms_days"))))
        c.paymentTermsDays = int(*terms);
    c.taxId = q.value(QStringLiteral("tax_id")).toString();
    c.email = q.value(QStringLiteral("email")).toString();
    return c;
}

QString reading()
{
    return QCoreApplication::translate("Database", "Reading customers");
}

void bindFields(QSqlQuery &q, const Customer &c)
{
    q.bindValue(QStringLiteral(":name"), c.displayName);
    q.bindValue(QStringLiteral(":billing"), jsonText(c.billing));
    q.bindValue(QStringLiteral(":shipping"), jsonText(c.shipping));
    q.bindValue(QStringLiteral(":currency"), Sql::text(c.defaultCurrency));
    q.bindValue(QStringLiteral(":terms"),
        c.paymentTermsDays ? QVariant(*c.paymentTermsDays) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(QStringLiteral(":taxId"), Sql::text(c.taxId));
    q.bindValue(QStringLiteral(":email"), Sql::text(c.email));
}

} // namespace

Result<QList<Customer>> CustomerRepository::all()
{
    auto q = mQueries.get(kSelect + QStringLiteral("ORDER BY display_name COLLATE NOCASE"));
    if (!q)
        return Error {q.error()};
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    QList<Customer> customers;
    while ((*q)->next())
        customers.append(customerFrom(**q));
    return customers;
}

Result<QStringList> CustomerRepository::displayNames()
{
    return texts(
        QStringLiteral("SELECT display_name FROM customers ORDER BY display_name COLLATE NOCASE"),
        QStringLiteral("display_name"));
}

Result<QStringList> CustomerRepository::texts(
    const QString &sql, const QString &column, const QString &key, const QVariant &value)
{
    auto q = mQueries.get(sql);
    if (!q)
        return Error {q.error()};
    if (!key.isEmpty())
        (*q)->bindValue(key, value);
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    QStringList values;
    while ((*q)->next())
        values.append((*q)->value(column).toString());
    return values;
}

Result<qint64> CustomerRepository::highestId()
{
    auto q = mQueries.get(QStringLiteral("SELECT coalesce(max(id), 0) AS highest FROM customers"));
    if (!q)
        return Error {q.error()};
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    return (*q)->next() ? (*q)->value(QStringLiteral("highest")).toLongLong() : 0;
}

Result<QStringList> CustomerRepository::namesAddedAfter(qint64 id)
{
    return texts(QStringLiteral("SELECT display_name FROM customers WHERE id > :after ORDER BY id"),
        QStringLiteral("display_name"), QStringLiteral(":after"), id);
}

Result<std::optional<Customer>> CustomerRepository::loadOne(
    const QString &sql, const QString &key, const QVariant &value)
{
    auto q = mQueries.get(sql);
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(key, value);
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    if (!(*q)->next())
        return std::optional<Customer>();
    return std::optional<Customer>(customerFrom(**q));
}

Result<std::optional<Customer>> CustomerRepository::byId(qint64 id)
{
    return loadOne(kSelect + QStringLiteral("WHERE id = :id"), QStringLiteral(":id"), id);
}

bool CustomerRepository::sqlFoldsCase(const QString &name)
{
    return std::all_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() < 128; });
}

Result<std::optional<Customer>> CustomerRepository::byName(const QString &name)
{
    auto found = loadOne(kSelect + QStringLiteral("WHERE display_name = :name COLLATE NOCASE"),
        QStringLiteral(":name"), name.trimmed());
    if (!found || found->has_value() || sqlFoldsCase(name))
        return found;
    // SQLite's NOCASE folds A-Z only: "ÄRZTEHAUS MÜLLER" is "Ärztehaus Müller" too.
    return loadOne(kSelect + QStringLiteral("WHERE invoicedesk_casefold(display_name) = :name"),
        QStringLiteral(":name"), name.trimmed().toCaseFolded());
}

Status CustomerRepository::checkNameFree(const Customer &customer)
{
    auto existing = byName(customer.displayName);
    if (!existing)
        return Error {existing.error()};
    if (existing->has_value() && (*existing)->id != customer.id)
        return Error {QCoreApplication::translate("Customer", "a customer named \"%1\" exists")
                          .arg((*existing)->displayName)};
    return {};
}

Status CustomerRepository::insert(Customer &customer)
{
    if (const Problems found = customer.validate(); !found.isEmpty())
        return Error {describe(found)};
    if (auto s = checkNameFree(customer); !s)
        return s;
    auto q = mQueries.get(QStringLiteral(
        "INSERT INTO customers (display_name, billing, shipping, default_currency, "
        "payment_terms_days, tax_id, email, created_at) VALUES (:name, :billing, :shipping, "
        ":currency, :terms, :taxId, :email, :createdAt)"));
    if (!q)
        return Error {q.error()};
    bindFields(**q, customer);
    (*q)->bindValue(QStringLiteral(":createdAt"), Sql::timestampNow());
    if (auto s = Sql::exec(
            **q, [] { return QCoreApplication::translate("Database", "Saving the customer"); });
        !s)
        return s;
    customer.id = (*q)->lastInsertId().toLongLong();
    return {};
}

Status CustomerRepository::update(const Customer &customer)
{
    if (const Problems found = customer.validate(); !found.isEmpty())
        return Error {describe(found)};
    if (auto s = checkNameFree(customer); !s)
        return s;
    auto q = mQueries.get(QStringLiteral(
        "UPDATE customers SET display_name = :name, billing = :billing, shipping = :shipping, "
        "default_currency = :currency, payment_terms_days = :terms, tax_id = :taxId, "
        "email = :email WHERE id = :id"));
    if (!q)
        return Error {q.error()};
    bindFields(**q, customer);
    (*q)->bindValue(QStringLiteral(":id"), customer.id);
    if (auto s = Sql::exec(
            **q, [] { return QCoreApplication::translate("Database", "Saving the customer"); });
        !s)
        return s;
    // A renamed record is found under its new name (a name unchanged rewrites nothing).
    return renameInSearchText(
        QStringLiteral("customer_id = :customer"), QStringLiteral(":customer"), customer.id);
}

Status CustomerRepository::renameInSearchText(
    const QString &where, const QString &key, qint64 value)
{
    // The invoice's own text, then its record's name where the invoice is billed to another.
    auto q = mQueries.get(
        QStringLiteral(
            "UPDATE invoices SET search_text = (CASE WHEN instr(search_text, char(31)) > 0 "
            "THEN substr(search_text, 1, instr(search_text, char(31)) - 1) ELSE search_text END) "
            "|| coalesce((SELECT char(31) || invoicedesk_fold(c.display_name) FROM customers c "
            "WHERE c.id = invoices.customer_id AND invoicedesk_casefold(trim(c.display_name)) "
            "<> invoicedesk_casefold(trim(invoices.customer))), '') WHERE ")
        + where);
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(key, value);
    return Sql::exec(
        **q, [] { return QCoreApplication::translate("Database", "Saving the customer"); });
}

Status CustomerRepository::refreshRecordInSearch(qint64 invoiceId)
{
    return renameInSearchText(
        QStringLiteral("id = :invoice"), QStringLiteral(":invoice"), invoiceId);
}
Status CustomerRepository::adoptBlankContact(qint64 customerId, const Address &billing)
{
    if (billing.isEmpty())
        return {};
    auto customer = byId(customerId);
    if (!customer)
        return Error {customer.error()};
    if (!customer->has_value() || !(*customer)->billing.isEmpty() || !(*customer)->email.isEmpty())
        return {};
    auto q = mQueries.get(
        QStringLiteral("UPDATE customers SET billing = :billing, email = :email WHERE id = :id"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":billing"), jsonText(billing));
    (*q)->bindValue(QStringLiteral(":email"), Sql::text(billing.email));
    (*q)->bindValue(QStringLiteral(":id"), customerId);
    return Sql::exec(
        **q, [] { return QCoreApplication::translate("Database", "Saving the customer"); });
}

Status CustomerRepository::assignInvoice(qint64 invoiceId, qint64 customerId)
{
    auto q = mQueries.get(
        QStringLiteral("UPDATE invoices SET customer_id = :customer WHERE id = :invoice"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":customer"), customerId);
    (*q)->bindValue(QStringLiteral(":invoice"), invoiceId);
    if (auto s = Sql::exec(
            **q, [] { return QCoreApplication::translate("Database", "Saving the customer"); });
        !s)
        return s;
    return refreshRecordInSearch(invoiceId);
}

Result<std::optional<qint64>> CustomerRepository::customerOfInvoice(qint64 invoiceId)
{
    auto q = mQueries.get(QStringLiteral("SELECT customer_id FROM invoices WHERE id = :invoice"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":invoice"), invoiceId);
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    if (!(*q)->next())
        return std::optional<qint64>();
    return Sql::toOptional((*q)->value(QStringLiteral("customer_id")));
}

Result<QList<OwedInvoice>> CustomerRepository::openInvoices(
    qint64 customerId, const QString &currency, bool withCancelled)
{
    auto q = mQueries.get(QStringLiteral(
        "SELECT id, number, issue_date, due_date, grand_total, "
        "max(0, grand_total - paid_total + refunded_total - credited_total) AS owing "
        "FROM invoices "
        "WHERE customer_id = :customer AND currency = :currency AND (lifecycle = 'issued' "
        "OR (:cancelled AND lifecycle = 'cancelled')) "
        "AND grand_total - paid_total + refunded_total - credited_total > 0 "
        "ORDER BY issue_date, id"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":customer"), customerId);
    (*q)->bindValue(QStringLiteral(":currency"), currency);
    (*q)->bindValue(QStringLiteral(":cancelled"), withCancelled);
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    QList<OwedInvoice> open;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        open.append({r.value(QStringLiteral("id")).toLongLong(),
            r.value(QStringLiteral("number")).toString(),
            Sql::toDate(r.value(QStringLiteral("issue_date"))),
            Sql::toDate(r.value(QStringLiteral("due_date"))),
            r.value(QStringLiteral("grand_total")).toLongLong(),
            r.value(QStringLiteral("owing")).toLongLong()});
    }
    return open;
}

Result<QList<CustomerInvoice>> CustomerRepository::invoicesOf(qint64 customerId)
{
    auto q = mQueries.get(QStringLiteral(
        "SELECT number, issue_date, currency, status, grand_total, "
        "max(0, grand_total - paid_total + refunded_total - credited_total) AS owing "
        "FROM invoices "
        "WHERE customer_id = :customer ORDER BY issue_date DESC, id DESC"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":customer"), customerId);
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    QList<CustomerInvoice> invoices;
    while ((*q)->next()) {
        const QSqlQuery &r = **q;
        invoices.append({r.value(QStringLiteral("number")).toString(),
            Sql::toDate(r.value(QStringLiteral("issue_date"))),
            r.value(QStringLiteral("currency")).toString(),
            r.value(QStringLiteral("status")).toString(),
            r.value(QStringLiteral("grand_total")).toLongLong(),
            r.value(QStringLiteral("owing")).toLongLong()});
    }
    return invoices;
}

Result<QStringList> CustomerRepository::openCurrencies(qint64 customerId)
{
    return texts(
        QStringLiteral("SELECT DISTINCT currency FROM invoices WHERE customer_id = :customer "
                       "AND lifecycle = 'issued' "
                       "AND grand_total - paid_total + refunded_total - credited_total > 0 "
                       "ORDER BY currency"),
        QStringLiteral("currency"), QStringLiteral(":customer"), customerId);
}

Result<QHash<qint64, QString>> CustomerRepository::invoiceCustomerNames()
{
    auto q = mQueries.get(QStringLiteral("SELECT i.id, c.display_name FROM invoices i "
                                         "JOIN customers c ON c.id = i.customer_id"));
    if (!q)
        return Error {q.error()};
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    QHash<qint64, QString> names;
    while ((*q)->next())
        names.insert((*q)->value(QStringLiteral("id")).toLongLong(),
            (*q)->value(QStringLiteral("display_name")).toString());
    return names;
}

Result<Customer> CustomerRepository::findOrCreate(const QString &name, const QString &currency)
{
    auto found = byName(name.trimmed());
    if (!found)
        return Error {found.error()};
    if (found->has_value())
        return **found;
    Customer customer;
    customer.displayName = name.trimmed();
    customer.defaultCurrency = currency;
    if (auto s = insert(customer); !s)
        return Error {s.error()};
    return customer;
}

Result<qint64> CustomerRepository::idForBulkInvoice(
    const QString &name, const QString &currency, const Address &billing)
{
    const auto what
        = [] { return QCoreApplication::translate("Database", "Adding the invoice's customer"); };
    if (!sqlFoldsCase(name)) {
        // The insert below would take the name in another case for a new customer.
        auto existing = byName(name);
        if (!existing)
            return Error {existing.error()};
        if (existing->has_value()) {
            if (auto s = adoptBlankContact((*existing)->id, billing); !s)
                return Error {s.error()};
            return (*existing)->id;
        }
    }
    // What the invoices_customer_on_insert trigger and fillCustomersBlankContact do, in one
    // statement for a customer the load adds.
    auto add = mQueries.statement(
        QStringLiteral("INSERT OR IGNORE INTO customers (display_name, default_currency, "
                       "created_at, billing, email) VALUES (:name, :currency, "
                       "strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), :billing, :email)"));
    if (!add)
        return Error {add.error()};
    (*add)->bind(u"name", name);
    (*add)->bind(u"currency", currency);
    // An invoice without an address leaves the contact as a customer starts: "{}" and "".
    (*add)->bind(u"billing", billing.isEmpty() ? QStringLiteral("{}") : jsonText(billing));
    (*add)->bind(u"email", billing.isEmpty() ? QStringLiteral("") : Sql::text(billing.email));
    if (auto s = (*add)->run(what); !s)
        return Error {s.error()};
    if ((*add)->changes() == 1)
        return (*add)->lastInsertId();
    auto find
        = mQueries.statement(QStringLiteral("SELECT id FROM customers WHERE display_name = :name"));
    if (!find)
        return Error {find.error()};
    (*find)->bind(u"name", name);
    std::optional<qint64> id;
    if (auto s
        = (*find)->query(what, [&](const SqliteStatement::Row &row) { id = row.integer("id"); });
        !s)
        return Error {s.error()};
    if (!id)
        return Error {what()};
    if (auto s = adoptBlankContact(*id, billing); !s)
        return Error {s.error()};
    return *id;
}

} // namespace InvoiceDesk
