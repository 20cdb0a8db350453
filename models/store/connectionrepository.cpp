// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionrepository.h"
#include "opstate.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlRecord>

namespace InvoiceDesk {

namespace {

const QString kSelect = QStringLiteral("SELECT id, name, kind, url, settings FROM connections ");

/** The connection on the current row; `row` is made once per query. */
Connection connectionFrom(const Sql::Row &row)
{
    Connection c;
    c.id = row.integer("id");
    c.name = row.text("name");
    c.kind = row.text("kind");
    c.url = QUrl(row.text("url"));
    c.settings = QJsonDocument::fromJson(row.text("settings").toUtf8()).object();
    return c;
}

QString settingsText(const Connection &c)
{
    return QString::fromUtf8(QJsonDocument(c.settings).toJson(QJsonDocument::Compact));
}

} // namespace

Status ConnectionRepository::add(Connection &c)
{
    auto existing = findByName(c.name);
    if (!existing)
        return Error {existing.error()};
    if (existing->has_value())
        return Error {
            QCoreApplication::translate("Database", "A connection named \"%1\" already exists")
                .arg(c.name)};
    const Sql::Values values {{QStringLiteral("name"), c.name}, {QStringLiteral("kind"), c.kind},
        {QStringLiteral("url"), c.url.toString()}, {QStringLiteral("settings"), settingsText(c)},
        {QStringLiteral("created_at"), Sql::timestampNow()}};
    auto q = mQueries.get(Sql::insertInto(QStringLiteral("connections"), values));
    if (!q)
        return Error {q.error()};
    Sql::bind(**q, values);
    if (auto s = Sql::exec(**q,
            [&] {
                return QCoreApplication::translate("Database", "Adding connection %1").arg(c.name);
            });
        !s)
        return s;
    c.id = (*q)->lastInsertId().toLongLong();
    return {};
}

Status ConnectionRepository::update(const Connection &c)
{
    const Sql::Values values {{QStringLiteral("name"), c.name}, {QStringLiteral("kind"), c.kind},
        {QStringLiteral("url"), c.url.toString()}, {QStringLiteral("settings"), settingsText(c)}};
    auto q = mQueries.get(QStringLiteral("UPDATE connections SET ") + Sql::assignments(values)
        + QStringLiteral(" WHERE id = :id"));
    if (!q)
        return Error {q.error()};
    Sql::bind(**q, values);
    (*q)->bindValue(QStringLiteral(":id"), c.id);
    return Sql::exec(**q, [&] {
        return QCoreApplication::translate("Database", "Updating connection %1").arg(c.name);
    });
}

Status ConnectionRepository::remove(const QString &name)
{
    auto found = findByName(name);
    if (!found)
        return Error {found.error()};
    if (!found->has_value())
        return Error {QCoreApplication::translate("Database", "There is no connection named \"%1\"")
                          .arg(name)};
    const qint64 id = (*found)->id;
    QSqlQuery q(mQueries.database());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM invoices WHERE connection_id = :id) "
                             "AS assigned, (SELECT count(*) FROM outbox WHERE connection_id = :id "
                             "AND ")
        + activeOpCondition() + QStringLiteral(") AS active"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return Sql::error(
            q, QCoreApplication::translate("Database", "Checking connection %1").arg(name));
    const Sql::Row row(q);
    if (const int active = int(row.integer("active")); active > 0)
        return Error {(active == 1 ? QCoreApplication::translate("Database",
                           "Connection \"%1\" still has 1 operation to sync; "
                           "sync or resolve it first")
                                   : QCoreApplication::translate("Database",
                                       "Connection \"%1\" still has %n operations to sync; "
                                       "sync or resolve them first",
                                       nullptr, active))
                          .arg(name)};
    if (const int assigned = int(row.integer("assigned")); assigned > 0)
        return Error {(assigned == 1 ? QCoreApplication::translate("Database",
                           "Connection \"%1\" is assigned to 1 invoice; it "
                           "cannot be removed")
                                     : QCoreApplication::translate("Database",
                                         "Connection \"%1\" is assigned to %n invoices; it "
                                         "cannot be removed",
                                         nullptr, assigned))
                          .arg(name)};
    QSqlQuery del(mQueries.database());
    del.prepare(QStringLiteral("DELETE FROM connections WHERE id = :id"));
    del.bindValue(QStringLiteral(":id"), id);
    return Sql::exec(del, [&] {
        return QCoreApplication::translate("Database", "Removing connection %1").arg(name);
    });
}

Result<std::optional<Connection>> ConnectionRepository::findByName(const QString &name)
{
    auto q = mQueries.get(kSelect + QStringLiteral("WHERE name = :name"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":name"), name);
    if (auto s = Sql::exec(
            **q, [&] { return QCoreApplication::translate("Database", "Reading connections"); });
        !s)
        return Error {s.error()};
    if (!(*q)->next())
        return std::optional<Connection>();
    return std::optional<Connection>(connectionFrom(Sql::Row(**q)));
}

Result<std::optional<Connection>> ConnectionRepository::findById(qint64 id)
{
    auto q = mQueries.get(kSelect + QStringLiteral("WHERE id = :id"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":id"), id);
    if (auto s = Sql::exec(
            **q, [&] { return QCoreApplication::translate("Database", "Reading connections"); });
        !s)
        return Error {s.error()};
    if (!(*q)->next())
        return std::optional<Connection>();
    return std::optional<Connection>(connectionFrom(Sql::Row(**q)));
}

Result<QList<Connection>> ConnectionRepository::all()
{
    QSqlQuery q(mQueries.database());
    if (!q.exec(kSelect + QStringLiteral("ORDER BY name")))
        return Sql::error(q, QCoreApplication::translate("Database", "Reading connections"));
    QList<Connection> list;
    const Sql::Row row(q);
    while (q.next())
        list.append(connectionFrom(row));
    return list;
}

Result<QList<ConnectionActivity>> ConnectionRepository::allWithActivity()
{
    QSqlQuery q(mQueries.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.id, c.name, c.kind, c.url, c.settings, c.paused_reason, "
                               "(SELECT count(*) FROM outbox o WHERE o.connection_id = c.id AND ")
            + activeOpCondition(QStringLiteral("o"))
            + QStringLiteral(") AS active_operations FROM connections c ORDER BY c.name")))
        return Sql::error(q, QCoreApplication::translate("Database", "Reading connections"));
    QList<ConnectionActivity> list;
    const Sql::Row row(q);
    while (q.next())
        list.append({connectionFrom(row), int(row.integer("active_operations")),
            row.text("paused_reason")});
    return list;
}

Result<QList<ConnectionIssue>> ConnectionRepository::needingAttention()
{
    QSqlQuery q(mQueries.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, kind, paused_reason FROM connections "
                               "WHERE paused_reason <> '' ORDER BY name")))
        return Sql::error(q, QCoreApplication::translate("Database", "Reading connections"));
    const QSqlRecord record = q.record();
    const int id = record.indexOf(QStringLiteral("id"));
    const int name = record.indexOf(QStringLiteral("name"));
    const int kind = record.indexOf(QStringLiteral("kind"));
    const int reason = record.indexOf(QStringLiteral("paused_reason"));
    QList<ConnectionIssue> issues;
    while (q.next())
        issues.append({q.value(id).toLongLong(), q.value(name).toString(), q.value(kind).toString(),
            q.value(reason).toString()});
    return issues;
}

Result<int> ConnectionRepository::count()
{
    QSqlQuery q(mQueries.database());
    if (!q.exec(QStringLiteral("SELECT count(*) AS connections FROM connections")) || !q.next())
        return Sql::error(q, QCoreApplication::translate("Database", "Reading connections"));
    return q.value(QStringLiteral("connections")).toInt();
}

} // namespace InvoiceDesk
