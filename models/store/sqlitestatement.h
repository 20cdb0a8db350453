// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>
#include <type_traits>
#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace InvoiceDesk {

/**
 * One statement prepared once through SQLite's own API on a Qt connection (issue 16): the
 * writes an import repeats hundreds of thousands of times bind their values straight into
 * SQLite instead of through QtSql's per-value QVariant machinery. It binds by placeholder
 * name, runs, and is reset at once, so it never holds a read snapshot between runs. The
 * SQLite handle stays inside; callers see only names, values and errors.
 */
class SqliteStatement
{
public:
    /** Prepares `sql` on `db`'s SQLite handle; fails when the driver is not SQLite. */
    static Result<std::unique_ptr<SqliteStatement>> prepare(
        const QSqlDatabase &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /** True while `db` is still the connection this statement was prepared on. */
    bool belongsTo(const QSqlDatabase &db) const;

    /**
     * Binds `value` to the placeholder ":name" (`name` without its colon), as QtSql would: a
     * null QString or an empty QVariant is NULL. A name the statement lacks is ignored.
     */
    void bind(QStringView name, const QVariant &value);
    /** Binds each value to the placeholder named after its column. */
    void bind(const QList<std::pair<QString, QVariant>> &values);

    /** Runs the statement to its end; on failure the error names `describe()` and SQLite's text. */
    template <typename Describe>
    requires std::is_invocable_r_v<QString, Describe> Status run(Describe &&describe)
    {
        const QString failure = step();
        if (failure.isNull())
            return {};
        return failed(describe(), failure);
    }
    /** The rowid the last successful INSERT on this connection gave its row. */
    qint64 lastInsertId() const;

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement);
    /** Steps, resets and clears the bindings; SQLite's message on failure, else a null string. */
    QString step();
    static Error failed(const QString &what, const QString &sqliteText);
    int indexOf(QStringView name);

    sqlite3 *mDb;
    sqlite3_stmt *mStatement;
    QList<QString> mNames; ///< placeholder i + 1's name, without its colon
    qsizetype mNext = 0; ///< where the next name is looked for first (values come in order)
};

} // namespace InvoiceDesk
