// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlRecord>

#include <cstring>

namespace InvoiceDesk::Sql {

Error error(const QSqlQuery &query, const QString &what)
{
    return Error {QCoreApplication::translate("Database", "%1 failed: %2")
                      .arg(what, query.lastError().text())};
}

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return error(query, QCoreApplication::translate("Database", "Preparing a statement"));
    return query;
}

Status exec(QSqlQuery &query, const QString &what)
{
    if (!query.exec())
        return error(query, what);
    return {};
}

Status execute(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return error(query, sql.left(60));
    return {};
}

void bind(QSqlQuery &query, const QVariantMap &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(QLatin1Char(':') + it.key(), it.value());
}

QString insertInto(const QString &table, const Values &values)
{
    QStringList columns;
    QStringList placeholders;
    for (const auto &[column, value] : values) {
        columns.append(column);
        placeholders.append(QLatin1Char(':') + column);
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
}

QString assignments(const Values &values)
{
    QStringList parts;
    for (const auto &[column, value] : values)
        parts.append(column + QStringLiteral(" = :") + column);
    return parts.join(QStringLiteral(", "));
}

void bind(QSqlQuery &query, const Values &values)
{
    for (const auto &[column, value] : values)
        query.bindValue(QLatin1Char(':') + column, value);
}

QVariant optional(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<qint64>());
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

std::optional<qint64> toOptional(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

int Row::indexOf(const char *column) const
{
    for (const auto &[known, index] : mColumns) {
        if (known == column || std::strcmp(known, column) == 0)
            return index;
    }
    if (mRecord.isEmpty())
        mRecord = mQuery.record(); // once: it copies every column's value
    const int index = mRecord.indexOf(QLatin1String(column));
    if (index >= 0) // a query not yet run has no columns to remember
        mColumns.append({column, index});
    return index;
}

QString timestampNow()
{
    // Formatting a QDateTime is slow next to an insert; an import asks many times per millisecond.
    thread_local qint64 cachedAt = -1;
    thread_local QString cached;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now != cachedAt) {
        cachedAt = now;
        cached = timestamp(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
    }
    return cached;
}

namespace {

QMutex guardsMutex;
QHash<QString, std::function<Status()>> &guards()
{
    static QHash<QString, std::function<Status()>> all;
    return all;
}

} // namespace

void setWriteGuard(const QString &connectionName, std::function<Status()> guard)
{
    QMutexLocker locker(&guardsMutex);
    if (guard)
        guards().insert(connectionName, std::move(guard));
    else
        guards().remove(connectionName);
}

Transaction::Transaction(QSqlDatabase db)
    : mDb(std::move(db))
{
}

Transaction::~Transaction()
{
    if (mActive)
        rollback();
}

Status Transaction::begin()
{
    std::function<Status()> guard;
    {
        QMutexLocker locker(&guardsMutex);
        guard = guards().value(mDb.connectionName());
    }
    if (guard) {
        if (auto allowed = guard(); !allowed)
            return allowed;
    }
    // IMMEDIATE takes the write lock now, so a busy database fails here, before any work.
    QSqlQuery query(mDb);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return error(query, QCoreApplication::translate("Database", "Starting a transaction"));
    mActive = true;
    return {};
}

Status Transaction::commit()
{
    QSqlQuery query(mDb);
    if (!query.exec(QStringLiteral("COMMIT")))
        return error(query, QCoreApplication::translate("Database", "Saving the changes"));
    mActive = false;
    return {};
}

void Transaction::rollback()
{
    QSqlQuery query(mDb);
    query.exec(QStringLiteral("ROLLBACK"));
    mActive = false;
}

ReadSnapshot::ReadSnapshot(QSqlDatabase db)
    : mDb(std::move(db))
{
}

ReadSnapshot::~ReadSnapshot()
{
    if (mActive) {
        QSqlQuery query(mDb);
        query.exec(QStringLiteral("COMMIT")); // nothing was written: this only ends the read
    }
}

Status ReadSnapshot::begin()
{
    QSqlQuery query(mDb);
    if (!query.exec(QStringLiteral("BEGIN DEFERRED")))
        return error(query, QCoreApplication::translate("Database", "Starting to read"));
    mActive = true;
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next())
        return error(query, QCoreApplication::translate("Database", "Starting to read"));
    return {};
}

} // namespace InvoiceDesk::Sql
