// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVarLengthArray>
#include <QVariant>
#include <QVariantMap>

#include <functional>
#include <optional>
#include <type_traits>

namespace InvoiceDesk::Sql {

/** An Error naming what we were doing and what SQLite said. */
Error error(const QSqlQuery &query, const QString &what);

/** Prepares `sql`, failing with a clear error. */
Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql);

/** exec() on a prepared query, mapping failure to an Error. */
Status exec(QSqlQuery &query, const QString &what);

/** exec() that builds its description only on failure: hot paths run it per row. */
template <typename Describe>
requires std::is_invocable_r_v<QString, Describe> Status exec(QSqlQuery &query, Describe &&describe)
{
    if (!query.exec())
        return error(query, describe());
    return {};
}

/** Runs one statement without parameters. */
Status execute(const QSqlDatabase &db, const QString &sql);

/** Binds each value to its named placeholder (":key"); statements bind by name, never position. */
void bind(QSqlQuery &query, const QVariantMap &values);

/** A row to write: each column's name and value, in the statement's column order. */
using Values = QList<std::pair<QString, QVariant>>;
/** "INSERT INTO table (a, b) VALUES (:a, :b)" for the columns of `values`. */
QString insertInto(const QString &table, const Values &values);
/** "a = :a, b = :b" (an UPDATE's SET list) for the columns of `values`. */
QString assignments(const Values &values);
/** Binds each value to the placeholder named after its column. */
void bind(QSqlQuery &query, const Values &values);

QVariant optional(const std::optional<qint64> &value);
/** Text for a NOT NULL column: QtSql binds a null QString as NULL, so empty stays "". */
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}
QVariant dateValue(const QDate &date);
std::optional<qint64> toOptional(const QVariant &value);
QDate toDate(const QVariant &value);

/**
 * The current row of a query, read by column name (the select list's own name or its AS alias),
 * never by position: a column added to a select list cannot shift the others.
 */
class Row
{
public:
    explicit Row(const QSqlQuery &query)
        : mQuery(query)
    {
    }
    QVariant value(const char *column) const { return mQuery.value(indexOf(column)); }
    QVariant value(const QString &column) const { return mQuery.value(column); }
    QString text(const char *column) const { return value(column).toString(); }
    QString text(const QString &column) const { return value(column).toString(); }
    qint64 integer(const char *column) const { return value(column).toLongLong(); }
    std::optional<qint64> optionalInteger(const char *column) const
    {
        return toOptional(value(column));
    }
    QDate date(const char *column) const { return toDate(value(column)); }

private:
    /** The column's position, looked up once per name (names are string literals, remembered
     * by address): QSqlQuery::value(name) copies the whole record and compares every column's
     * name on each call. */
    int indexOf(const char *column) const;

    const QSqlQuery &mQuery;
    mutable QVarLengthArray<std::pair<const char *, int>, 24> mColumns;
    mutable QSqlRecord mRecord;
};

/** Now, in UTC, as stored in every timestamp column. */
QString timestampNow();
QString timestamp(const QDateTime &when);

/**
 * A check run before every transaction on the named connection (the integrity gate of a
 * company file whose check is still running); an empty function removes it.
 */
void setWriteGuard(const QString &connectionName, std::function<Status()> guard);

/**
 * BEGIN IMMEDIATE ... COMMIT behind an RAII guard: a transaction that is not
 * committed is rolled back when the guard goes out of scope.
 */
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    QSqlDatabase mDb;
    bool mActive = false;
};

/**
 * One consistent view of the file for several reads (BEGIN DEFERRED, then a first read, which
 * is where SQLite's write-ahead log fixes the view). While it lives, this connection's reads
 * do not see what other connections commit, and those connections keep writing. It writes
 * nothing; the read transaction ends when it goes out of scope.
 */
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    Status begin();

private:
    QSqlDatabase mDb;
    bool mActive = false;
};

} // namespace InvoiceDesk::Sql
