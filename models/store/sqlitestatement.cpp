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

/**
 * Binds text as UTF-8 that `kept` holds until the run ends, so SQLite reads it in place
 * (SQLITE_STATIC) instead of copying it (issue 16: a copy per cell was a tenth of an
 * import). Qt's UTF-8 encoder is vectorised; SQLite's UTF-16 translation goes byte by byte.
 */
void bindText(sqlite3_stmt *statement, int index, QByteArray utf8, QList<QByteArray> &kept)
{
    QByteArray &slot = kept[index - 1];
    slot = std::move(utf8);
    // A null QByteArray's data is "", never a null pointer (which SQLite would bind as NULL).
    sqlite3_bind_text64(statement, index, slot.constData(), sqlite3_uint64(slot.size()),
        SQLITE_STATIC, SQLITE_UTF8);
}

/** What QtSql's SQLite driver binds for `value` (qsql_sqlite.cpp), without its detours. */
void bindVariant(sqlite3_stmt *statement, int index, const QVariant &value, QList<QByteArray> &kept)
{
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QString *text = static_cast<const QString *>(value.constData());
        if (text->isNull())
            sqlite3_bind_null(statement, index);
        else
            bindText(statement, index, text->toUtf8(), kept);
        return;
    }
    case QMetaType::QByteArray: {
        const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
        if (bytes->isNull())
            sqlite3_bind_null(statement, index);
        else {
            kept[index - 1] = *bytes; // shared, not copied
            sqlite3_bind_blob64(statement, index, kept[index - 1].constData(),
                sqlite3_uint64(bytes->size()), SQLITE_STATIC);
        }
        return;
    }
    case QMetaType::QDateTime:
        if (!value.toDateTime().isValid())
            sqlite3_bind_null(statement, index);
        else
            bindText(
                statement, index, value.toDateTime().toString(Qt::ISODateWithMs).toUtf8(), kept);
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
        bindText(statement, index, value.toString().toUtf8(), kept);
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
    mKept.resize(count);
    for (int i = 0; i < sqlite3_column_count(statement); ++i)
        mColumns.append(QByteArray(sqlite3_column_name(statement, i)));
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
        bindVariant(mStatement, index, value, mKept);
}

void SqliteStatement::bindUtf8(QStringView name, const QByteArray &utf8)
{
    const int index = indexOf(name);
    if (index && utf8.isNull())
        sqlite3_bind_null(mStatement, index);
    else if (index)
        bindText(mStatement, index, utf8, mKept);
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

int SqliteStatement::changes() const
{
    return sqlite3_changes(mDb);
}

QString SqliteStatement::step()
{
    while (nextRow()) { }
    return finish();
}

bool SqliteStatement::nextRow()
{
    mLastRc = sqlite3_step(mStatement);
    return mLastRc == SQLITE_ROW;
}

QString SqliteStatement::finish()
{
    QString failure;
    if (mLastRc != SQLITE_DONE && mLastRc != SQLITE_ROW)
        failure = QString::fromUtf8(sqlite3_errmsg(mDb));
    sqlite3_reset(mStatement);
    sqlite3_clear_bindings(mStatement);
    // The bound text may go only now that SQLite no longer points into it.
    for (QByteArray &kept : mKept)
        kept = QByteArray();
    mNext = 0;
    return failure;
}

int SqliteStatement::columnOf(const char *name) const
{
    for (qsizetype i = 0; i < mColumns.size(); ++i) {
        if (mColumns.at(i) == name)
            return int(i);
    }
    Q_ASSERT_X(false, "SqliteStatement::Row", name); // a column the query does not select
    return -1;
}

qint64 SqliteStatement::Row::integer(const char *column) const
{
    return sqlite3_column_int64(mStatement.mStatement, mStatement.columnOf(column));
}

std::optional<qint64> SqliteStatement::Row::optionalInteger(const char *column) const
{
    const int i = mStatement.columnOf(column);
    if (sqlite3_column_type(mStatement.mStatement, i) == SQLITE_NULL)
        return std::nullopt;
    return sqlite3_column_int64(mStatement.mStatement, i);
}

QString SqliteStatement::Row::text(const char *column) const
{
    const int i = mStatement.columnOf(column);
    const auto *utf8
        = reinterpret_cast<const char *>(sqlite3_column_text(mStatement.mStatement, i));
    if (!utf8)
        return {};
    return QString::fromUtf8(utf8, sqlite3_column_bytes(mStatement.mStatement, i));
}

Error SqliteStatement::failed(const QString &what, const QString &sqliteText)
{
    return Error {QCoreApplication::translate("Database", "%1 failed: %2").arg(what, sqliteText)};
}

} // namespace InvoiceDesk
