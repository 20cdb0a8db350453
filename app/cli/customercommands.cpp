// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// customer list|add|edit: customers as records (issue 13).
#include "clitable.h"
#include "commands.h"

#include "ledger.h"
#include "receiptbook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace InvoiceDesk::Cli {

namespace {

QJsonObject customerJson(const Customer &c)
{
    return {{QStringLiteral("name"), c.displayName},
        {QStringLiteral("currency"), c.defaultCurrency},
        {QStringLiteral("terms"),
            c.paymentTermsDays ? QJsonValue(*c.paymentTermsDays) : QJsonValue()},
        {QStringLiteral("taxId"), c.taxId}, {QStringLiteral("email"), c.email},
        {QStringLiteral("billing"), addressToJson(c.billing)},
        {QStringLiteral("shipping"), addressToJson(c.shipping)}};
}

int listCustomers(ReceiptBook &book, const Arguments &args, Output &io)
{
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        io.err << QCoreApplication::translate("Cli", "--format must be table or json") << Qt::endl;
        return BadUsage;
    }
    auto customers = book.customers().all();
    if (!customers) {
        io.err << customers.error() << Qt::endl;
        return Failure;
    }
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const Customer &c : *customers)
            array.append(customerJson(c));
        io.out << QString::fromUtf8(QJsonDocument(
            QJsonObject {{QStringLiteral("customers"),
                array}}).toJson(QJsonDocument::Indented))
               << Qt::flush;
        return Success;
    }
    // Column names are the JSON's, not translated: scripts read them.
    QList<QStringList> rows;
    for (const Customer &c : *customers)
        rows.append({c.displayName, c.defaultCurrency,
            c.paymentTermsDays ? QString::number(*c.paymentTermsDays) : QString(), c.taxId,
            c.email});
    printTable(io.out,
        {QStringLiteral("name"), QStringLiteral("currency"), QStringLiteral("terms"),
            QStringLiteral("taxId"), QStringLiteral("email")},
        rows, {2});
    return Success;
}

/** Applies one --set billing.FIELD=VALUE (or shipping.); false with a message otherwise. */
bool setAddressField(Customer &customer, const QString &assignment, QString &error)
{
    const qsizetype equals = assignment.indexOf(QLatin1Char('='));
    const QString key = assignment.left(equals);
    const QString value = assignment.mid(equals + 1);
    const QString kind = key.section(QLatin1Char('.'), 0, 0);
    const QString field = key.section(QLatin1Char('.'), 1);
    Address *address = kind == QLatin1String("billing") ? &customer.billing
        : kind == QLatin1String("shipping")             ? &customer.shipping
                                                        : nullptr;
    for (const Address::Field &f : Address::fields()) {
        if (address && equals > 0 && field == QLatin1String(f.name)) {
            address->*f.member = value;
            return true;
        }
    }
    error = QCoreApplication::translate(
        "Cli", "--set %1: name billing.FIELD or shipping.FIELD, e.g. billing.city=Berlin")
                .arg(assignment);
    return false;
}

/** The options of customer add|edit applied to `customer`; false after printing why not. */
bool applyOptions(Customer &customer, const Arguments &args, Output &io)
{
    if (args.values.contains(QStringLiteral("name")))
        customer.displayName = args.value(QStringLiteral("name")).trimmed();
    if (args.values.contains(QStringLiteral("currency")))
        customer.defaultCurrency = args.value(QStringLiteral("currency")).trimmed().toUpper();
    if (args.values.contains(QStringLiteral("terms"))) {
        bool ok = false;
        const int days = args.value(QStringLiteral("terms")).toInt(&ok);
        if (!ok) {
            io.err << QCoreApplication::translate("Cli", "--terms must be a number of days")
                   << Qt::endl;
            return false;
        }
        customer.paymentTermsDays = days;
    }
    if (args.values.contains(QStringLiteral("tax-id")))
        customer.taxId = args.value(QStringLiteral("tax-id")).trimmed();
    if (args.values.contains(QStringLiteral("email")))
        customer.email = args.value(QStringLiteral("email")).trimmed();
    for (const QString &assignment : args.list(QStringLiteral("set"))) {
        QString error;
        if (!setAddressField(customer, assignment, error)) {
            io.err << error << Qt::endl;
            return false;
        }
    }
    return true;
}

int saveCustomer(ReceiptBook &book, const Arguments &args, Output &io, bool adding)
{
    const QString name = args.word(2).trimmed();
    if (name.isEmpty()) {
        io.err << usage();
        return BadUsage;
    }
    Customer customer;
    customer.displayName = name;
    if (!adding) {
        auto found = book.customers().byName(name);
        if (!found || !found->has_value()) {
            io.err << (found
                    ? QCoreApplication::translate("Cli", "there is no customer named \"%1\"")
                          .arg(name)
                    : found.error())
                   << Qt::endl;
            return Failure;
        }
        customer = **found;
    }
    if (!applyOptions(customer, args, io))
        return BadUsage;
    const Status saved = book.saveCustomer(customer);
    if (!saved) {
        io.err << saved.error() << Qt::endl;
        return Failure;
    }
    io.out << (adding ? QCoreApplication::translate("Cli", "Added customer %1")
                      : QCoreApplication::translate("Cli", "Saved customer %1"))
                  .arg(customer.displayName)
           << Qt::endl;
    return Success;
}

} // namespace

int runCustomer(Ledger &ledger, const Arguments &args, Output &io)
{
    ReceiptBook book(ledger);
    const QString verb = args.word(1);
    if (verb == QLatin1String("list"))
        return listCustomers(book, args, io);
    if (verb == QLatin1String("add") || verb == QLatin1String("edit"))
        return saveCustomer(book, args, io, verb == QLatin1String("add"));
    io.err << usage();
    return BadUsage;
}

} // namespace InvoiceDesk::Cli
