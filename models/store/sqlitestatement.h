// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
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
 * SQLite handle stays inside; callers see only names, values and errors. Text is bound as the
 * UTF-8 bytes the statement keeps until its run ends: SQLite reads them without a copy.
 */
class SqliteStatement
{
public:
    /** The current row of a query, read by column name (as Sql::Row reads a QSqlQuery). */
    class Row
    {
    public:
        qint64 integer(const char *column) const;
        std::optional<qint64> optionalInteger(const char *column) const;
        /** A NULL reads as a null QString, as QtSql reads it. */
        QString text(const char *column) const;

    private:
        friend class SqliteStatement;
        explicit Row(const SqliteStatement &statement)
            : mStatement(statement)
        {
        }
        const SqliteStatement &mStatement;
    };

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
    /** Binds UTF-8 bytes as text (not as a blob) to ":name", without decoding them first; a
     * null QByteArray is NULL. */
    void bindUtf8(QStringView name, const QByteArray &utf8);

    /** Runs the statement to its end; on failure the error names `describe()` and SQLite's text. */
    template <typename Describe>
    requires std::is_invocable_r_v<QString, Describe> Status run(Describe &&describe)
    {
        const QString failure = step();
        if (failure.isNull())
            return {};
        return failed(describe(), failure);
    }
    /**
     * Runs a query, calling `onRow(const Row &)` for each row; the statement is reset at its end
     * (no read snapshot stays open). On failure the error names `describe()` and SQLite's text.
     */
    template <typename Describe, typename OnRow>
    requires std::is_invocable_r_v<QString, Describe> Status query(
        Describe &&describe, OnRow &&onRow)
    {
        while (nextRow())
            onRow(Row(*this));
        const QString failure = finish();
        if (failure.isNull())
            return {};
        return failed(describe(), failure);
    }
    /** The rowid the last successful INSERT on this connection gave its row. */
    qint64 lastInsertId() const;
    /** The rows the last INSERT, UPDATE or DELETE run on this connection changed. */
    int changes() const;

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement);
    /** Steps, resets and clears the bindings; SQLite's message on failure, else a null string. */
    QString step();
    /** Steps once: true on a row; otherwise remembers how the run ended for finish(). */
    bool nextRow();
    /** Resets and clears the bindings; SQLite's message when the run failed, else null. */
    QString finish();
    int columnOf(const char *name) const;
    void keepAndBind(int index, QByteArray utf8);
    static Error failed(const QString &what, const QString &sqliteText);
    int indexOf(QStringView name);

    sqlite3 *mDb;
    sqlite3_stmt *mStatement;
    QList<QString> mNames; ///< placeholder i + 1's name, without its colon
    QList<QByteArray> mColumns; ///< result column i's name
    QList<QByteArray> mKept; ///< placeholder i + 1's text, alive until the run ends
    int mLastRc = 0;
    qsizetype mNext = 0; ///< where the next name is looked for first (values come in order)
};

} // namespace InvoiceDesk
