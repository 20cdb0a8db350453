// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The invoice repository's questions across invoices: numbering, customers and their last
// address, counts and what is owed, and the stored numbers a spreadsheet may have damaged.
#include "invoicenumbering.h"
#include "invoicerepository.h"
#include "invoicerepository_p.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace InvoiceDesk {

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

Result<std::optional<Address>> InvoiceRepository::lastBillingAddress(const QString &customer)
{
    QSqlQuery q(mQueries.database());
    q.prepare(QStringLiteral("SELECT ")
        + InvoiceRepositoryDetail::addressColumns().join(QStringLiteral(", "))
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
    return std::optional<Address>(InvoiceRepositoryDetail::addressFrom(Sql::Row(q)));
}

Result<QMap<QString, int>> InvoiceRepository::countsByStatus()
{
    QSqlQuery q(mQueries.database());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT status, count(*) AS invoices FROM invoices GROUP BY status")))
        return Sql::error(q, QCoreApplication::translate("Database", "Counting invoices"));
    QMap<QString, int> counts;
    const Sql::Row row(q);
    while (q.next())
        counts.insert(row.text("status"), int(row.integer("invoices")));
    return counts;
}

Result<InvoiceRepository::OutstandingSums> InvoiceRepository::outstandingByCurrency()
{
    static const QString owed
        = QStringLiteral("max(0, grand_total - paid_total + refunded_total - credited_total)");
    const auto sums = [this](const QStringList &leaveOut) -> Result<QMap<QString, qint64>> {
        QSqlQuery q(mQueries.database());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT currency, sum(%1) AS outstanding FROM invoices WHERE "
                                 "status = 'Pending' AND currency NOT IN (SELECT value FROM "
                                 "json_each(:leaveOut)) GROUP BY currency")
                      .arg(owed));
        q.bindValue(QStringLiteral(":leaveOut"),
            QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(leaveOut)).toJson()));
        QMap<QString, qint64> outstanding;
        if (q.exec()) {
            const Sql::Row row(q);
            while (q.next())
                outstanding.insert(row.text("currency"), row.integer("outstanding"));
        }
        if (q.lastError().isValid())
            return Sql::error(q, QCoreApplication::translate("Database", "Counting invoices"));
        return outstanding;
    };
    OutstandingSums result;
    if (auto summed = sums({})) {
        result.byCurrency = *summed;
        return result;
    }
    // SQLite's sum() stops at an integer overflow: the currencies beyond it are named and the
    // others summed without them (total() is a float: near 2^63 it is exact enough to tell).
    QSqlQuery beyond(mQueries.database());
    beyond.setForwardOnly(true);
    if (!beyond.exec(QStringLiteral("SELECT currency FROM invoices WHERE status = 'Pending' "
                                    "GROUP BY currency HAVING total(%1) > 9.2e18 ORDER BY currency")
                         .arg(owed)))
        return Sql::error(beyond, QCoreApplication::translate("Database", "Counting invoices"));
    while (beyond.next())
        result.beyondSums.append(beyond.value(QStringLiteral("currency")).toString());
    auto summed = sums(result.beyondSums);
    if (!summed)
        return Error {summed.error()};
    result.byCurrency = *summed;
    return result;
}

Result<QStringList> InvoiceRepository::numbers()
{
    QSqlQuery q(mQueries.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT number FROM invoices")))
        return Sql::error(
            q, QCoreApplication::translate("CsvImport", "Reading the stored numbers"));
    QStringList numbers;
    const Sql::Row row(q);
    while (q.next())
        numbers.append(row.text("number"));
    return numbers;
}

Result<QList<ZipInCountry>> InvoiceRepository::zeroLedZips()
{
    QSqlQuery q(mQueries.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT DISTINCT zip, country_id FROM addresses "
                               "WHERE zip GLOB '0[0-9]*'")))
        return Sql::error(
            q, QCoreApplication::translate("CsvImport", "Reading the stored numbers"));
    QList<ZipInCountry> zips;
    const Sql::Row row(q);
    while (q.next())
        zips.append({row.text("zip"), row.text("country_id")});
    return zips;
}

} // namespace InvoiceDesk
