// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>

#include <sqlite3.h>

namespace InvoiceDesk {

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

int bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    // Qt's UTF-8 encoder is vectorised; SQLite's own UTF-16 translation goes a byte at a time.
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text(
        statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

/** What QtSql's SQLite driver binds for `value` (qsql_sqlite.cpp), without its detours. */
void bindVariant(sqlite3_stmt *statement, int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QString *text = static_cast<const QString *>(value.constData());
        if (text->isNull())
            sqlite3_bind_null(statement, index);
        else
            bindText(statement, index, *text);
        return;
    }
    case QMetaType::QByteArray: {
        const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
        if (bytes->isNull())
            sqlite3_bind_null(statement, index);
        else
            sqlite3_bind_blob(
                statement, index, bytes->constData(), int(bytes->size()), SQLITE_TRANSIENT);
        return;
    }
    case QMetaType::QDateTime:
        if (!value.toDateTime().isValid())
            sqlite3_bind_null(statement, index);
        else
            bindText(statement, index, value.toDateTime().toString(Qt::ISODateWithMs));
        return;
    default:
        break;
    }
    if (value.isNull()) {
        sqlite3_bind_null(statement, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(statement, index, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(statement, index, value.toDouble());
        return;
    default:
        bindText(statement, index, value.toString());
    }
}

} // namespace

Result<std::unique_ptr<SqliteStatement>> SqliteStatement::prepare(
    const QSqlDatabase &db, const QString &sql)
{
    const QString what = QCoreApplication::translate("Database", "Preparing a statement");
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return failed(what,
            QCoreApplication::translate("Database", "the connection is not an SQLite database"));
    sqlite3_stmt *statement = nullptr;
    const int rc = sqlite3_prepare16_v3(handle, sql.utf16(), int(sql.size() * sizeof(QChar)),
        SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return failed(what, QString::fromUtf8(sqlite3_errmsg(handle)));
    }
    return std::unique_ptr<SqliteStatement>(new SqliteStatement(handle, statement));
}

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement)
    : mDb(db)
    , mStatement(statement)
{
    const int count = sqlite3_bind_parameter_count(statement);
    for (int i = 1; i <= count; ++i) {
        const char *name = sqlite3_bind_parameter_name(statement, i);
        // Unnamed ("?") placeholders keep an empty name: nothing binds to them by name.
        mNames.append(name ? QString::fromUtf8(name + 1) : QString());
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(mStatement);
}

bool SqliteStatement::belongsTo(const QSqlDatabase &db) const
{
    return handleOf(db) == mDb;
}

int SqliteStatement::indexOf(QStringView name)
{
    const qsizetype count = mNames.size();
    for (qsizetype n = 0; n < count; ++n) {
        const qsizetype i = (mNext + n) % count;
        if (mNames.at(i) == name) {
            mNext = i + 1;
            return int(i + 1);
        }
    }
    return 0;
}

void SqliteStatement::bind(QStringView name, const QVariant &value)
{
    if (const int index = indexOf(name))
        bindVariant(mStatement, index, value);
}

void SqliteStatement::bind(const QList<std::pair<QString, QVariant>> &values)
{
    for (const auto &[column, value] : values)
        bind(column, value);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(mDb);
}

QString SqliteStatement::step()
{
    int rc = sqlite3_step(mStatement);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(mStatement);
    QString failure;
    if (rc != SQLITE_DONE)
        failure = QString::fromUtf8(sqlite3_errmsg(mDb));
    sqlite3_reset(mStatement);
    sqlite3_clear_bindings(mStatement);
    mNext = 0;
    return failure;
}

Error SqliteStatement::failed(const QString &what, const QString &sqliteText)
{
    return Error {QCoreApplication::translate("Database", "%1 failed: %2").arg(what, sqliteText)};
}

} // namespace InvoiceDesk
