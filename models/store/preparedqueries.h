// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sqlitestatement.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>
#include <utility>

namespace InvoiceDesk {

/**
 * A prepared statement lent out by PreparedQueries. When the loan ends the statement is
 * finished, so a read that stopped at its first row holds no read transaction: an open
 * read would keep an old snapshot (later writes on this connection then fail with "database
 * is locked") and stop checkpoints from resetting the write-ahead log.
 */
class PreparedQuery
{
public:
    explicit PreparedQuery(QSqlQuery *query)
        : mQuery(query)
    {
    }
    PreparedQuery(PreparedQuery &&other) noexcept
        : mQuery(std::exchange(other.mQuery, nullptr))
    {
    }
    PreparedQuery &operator=(PreparedQuery &&other) noexcept
    {
        std::swap(mQuery, other.mQuery);
        return *this;
    }
    PreparedQuery(const PreparedQuery &) = delete;
    PreparedQuery &operator=(const PreparedQuery &) = delete;
    ~PreparedQuery()
    {
        if (mQuery)
            mQuery->finish();
    }

    QSqlQuery *operator->() const { return mQuery; }
    QSqlQuery &operator*() const { return *mQuery; }

private:
    QSqlQuery *mQuery;
};

/**
 * Prepares each statement once per connection and hands it out again,
 * after Nextcloud's PreparedSqlQueryManager: imports run the same few
 * statements hundreds of thousands of times.
 */
class PreparedQueries
{
public:
    explicit PreparedQueries(QSqlDatabase db)
        : mDb(std::move(db))
    {
    }

    /** The prepared statement for `sql`, with its bound values cleared, finished when released. */
    Result<PreparedQuery> get(const QString &sql);

    /**
     * The statement for `sql` through SQLite's own API (SqliteStatement), prepared once: the
     * writes an import repeats per invoice, line, address, audit and outbox row (issue 16).
     */
    Result<SqliteStatement *> statement(const QString &sql);

    QSqlDatabase database() const { return mDb; }

private:
    QSqlDatabase mDb;
    std::map<QString, std::unique_ptr<QSqlQuery>> mQueries;
    QHash<QString, std::shared_ptr<SqliteStatement>> mStatements;
};

} // namespace InvoiceDesk
