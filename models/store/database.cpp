// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "database_p.h"
#include "filelock.h"
#include "integritygate.h"
#include "invoicenumbering.h"
#include "searchtext.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>

namespace InvoiceDesk {

using namespace DatabaseDetail;

namespace {

/**
 * A connection that reads without writing a byte. Without a write-ahead log to read, the file
 * is opened immutable: SQLite then needs no shared-memory file beside it, so a read works on a
 * full disk or in a read-only folder (only while nobody writes: we hold the lock, or no lock
 * can exist).
 */
void configureReadOnly(QSqlDatabase &db, const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0) {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setDatabaseName(QUrl::fromLocalFile(path).toString() + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
}

/** invoicedesk_fold(text): SearchText::fold, for migration 0004 and later SQL. */
void foldFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    const QByteArray folded = SearchText::fold(QString::fromUtf8(text)).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

/** invoicedesk_casefold(text): QString::toCaseFolded, for names compared case aside. */
void caseFoldFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    const QByteArray folded = QString::fromUtf8(text).toCaseFolded().toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

/** invoicedesk_number_key(text): InvoiceNumbering::sortKey, for migrations 0020 and 0022. */
void numberKeyFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    const QByteArray key = InvoiceNumbering::sortKey(QString::fromUtf8(text)).toUtf8();
    sqlite3_result_text(context, key.constData(), int(key.size()), SQLITE_TRANSIENT);
}

/**
 * The program's SQL functions, on every connection it opens, reading or writing: the search
 * column's fold (issue 10), the number's sort key and names' case folding, the same in SQL as
 * in the store's C++.
 */
bool registerFunctions(sqlite3 *handle)
{
    using Function = void (*)(sqlite3_context *, int, sqlite3_value **);
    const std::pair<const char *, Function> functions[] = {{"invoicedesk_fold", foldFunction},
        {"invoicedesk_number_key", numberKeyFunction}, {"invoicedesk_casefold", caseFoldFunction}};
    return handle
        && std::all_of(std::begin(functions), std::end(functions), [handle](const auto &f) {
               return sqlite3_create_function_v2(handle, f.first, 1,
                          SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, f.second, nullptr, nullptr,
                          nullptr)
                   == SQLITE_OK;
           });
}

/**
 * SQLite's process-wide settings, made before its first connection (later they are refused,
 * and the defaults stay). Without the count of the memory SQLite holds, an allocation takes no
 * global mutex (issue 16: one per statement journal page of an import); nothing reads it.
 */
void configureSqliteOnce()
{
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured);
}

} // namespace

Database::Database(QString path, std::unique_ptr<FileLock> lock)
    : mPath(std::move(path))
    , mConnectionName(
          QStringLiteral("invoicedesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , mLock(std::move(lock))
    , mGate(std::make_shared<IntegrityGate>())
{
    configureSqliteOnce();
}

void Database::holdWritesUntilChecked(std::function<void()> startChecking)
{
    mGate->startChecking();
    // query_only makes SQLite itself refuse a write that does not come through a transaction.
    mQueryOnly = Sql::execute(connection(), QStringLiteral("PRAGMA query_only = ON")).ok();
    Sql::setWriteGuard(mConnectionName, [this, startChecking = std::move(startChecking)] {
        return releaseWritesWhenChecked(startChecking);
    });
}

Status Database::releaseWritesWhenChecked(const std::function<void()> &startChecking)
{
    if (startChecking && mGate->state() == IntegrityGate::State::Checking)
        startChecking();
    if (auto checked = mGate->waitUntilWritable(); !checked)
        return checked;
    if (mQueryOnly) {
        if (auto s = Sql::execute(connection(), QStringLiteral("PRAGMA query_only = OFF")); !s)
            return s;
        mQueryOnly = false;
    }
    Sql::setWriteGuard(mConnectionName, {});
    return {};
}

Database::~Database()
{
    Sql::setWriteGuard(mConnectionName, {});
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(mConnectionName);
}

Result<std::unique_ptr<Database>> Database::openForThisThread(const QString &path)
{
    std::unique_ptr<Database> db(new Database(QFileInfo(path).absoluteFilePath(), nullptr));
    if (!QFileInfo::exists(db->mPath))
        return Error {QCoreApplication::translate("Database", "%1 does not exist").arg(db->mPath)};
    if (auto opened = db->openConnection(); !opened)
        return Error {opened.error()};
    if (db->mSchemaVersion != latestSchemaVersion())
        return Error {QCoreApplication::translate(
            "Database", "%1 is not migrated; open it in the main thread first")
                          .arg(db->mPath)};
    return db;
}

int Database::latestSchemaVersion()
{
    const auto all = migrations();
    return all.empty() ? 0 : all.rbegin()->first;
}

QString Database::lockFilePath(const QString &databasePath)
{
    return FileLock(databasePath).lockFilePath();
}

namespace {

/** Refuses a file of an older schema where `options` may not bring it up to date. */
Status refuseOlderSchema(
    const QString &path, int schemaVersion, const Database::OpenOptions &options, bool existed)
{
    if (schemaVersion == Database::latestSchemaVersion())
        return {};
    if (options.readOnly)
        return Error {QCoreApplication::translate("Database",
            "%1 was written by an older InvoiceDesk (schema %2); open it once in the app, or "
            "run invoicedesk-cli upgrade on it, to bring it up to date")
                          .arg(path)
                          .arg(schemaVersion)};
    // A new file gets its schema (a dry run's scratch file); an existing one is not migrated.
    if (!options.mayMigrate && existed)
        return Error {QCoreApplication::translate("Database",
            "%1 was written by an older InvoiceDesk (schema %2), and a dry run does not bring it "
            "up to date: open it once in the app, or run the command without --dry-run")
                          .arg(path)
                          .arg(schemaVersion)};
    return {};
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return open(path, OpenOptions {});
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, OpenOptions options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absolute);
    const bool existed = info.exists();
    if (info.exists() && !info.isFile())
        return Error {QCoreApplication::translate("Database", "%1 is not a file").arg(absolute)};
    if (!info.exists() && (options.readOnly || !options.mayCreate))
        return Error {QCoreApplication::translate(
            "Database", "There is no company file at %1 (nothing was created)")
                          .arg(absolute)};
    if (info.exists() && info.size() == 0)
        return Error {QCoreApplication::translate("Database",
            "%1 is empty (0 bytes), so it is not a company file; it was left untouched. If it "
            "should hold your books, restore your last backup over it")
                          .arg(absolute)};
    if (!info.dir().exists() && !QDir().mkpath(info.absolutePath()))
        return Error {QCoreApplication::translate("Database", "Cannot create the folder %1")
                          .arg(info.absolutePath())};

    auto lock = std::make_unique<FileLock>(absolute);
    const FileLock::Failure locked = lock->lock();
    // A read-only command may run where no lock file can be written (a full disk): it writes
    // nothing, and a process that writes holds its own lock, which would have refused us.
    if (locked == FileLock::Failure::HeldElsewhere
        || (locked == FileLock::Failure::CannotCreate && !options.readOnly))
        return Error {lock->error()};

    std::unique_ptr<Database> db(new Database(absolute, nullptr));
    db->mReadOnly = options.readOnly;
    if (auto inspected = db->inspectExisting(); !inspected)
        return Error {inspected.error()};
    if (options.readOnly) {
        if (auto opened = db->openReadOnlyConnection(); !opened)
            return Error {opened.error()};
    } else if (auto opened = db->openConnection(); !opened) {
        return Error {opened.error()};
    }
    if (lock->lockIdentity() == FileLock::Failure::HeldElsewhere)
        return Error {lock->error()};
    db->mLock = std::move(lock);
    if (auto asItIs = refuseOlderSchema(absolute, db->mSchemaVersion, options, existed); !asItIs)
        return Error {asItIs.error()};
    if (options.readOnly)
        return db;
    if (auto migrated = db->migrate(); !migrated)
        return Error {migrated.error()};
    return db;
}

Status Database::inspectExisting()
{
    QFile file(mPath);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error {QCoreApplication::translate("Database", "Cannot read %1: %2")
                          .arg(mPath, file.errorString())};
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArray("SQLite format 3\0", 16))
        return Error {QCoreApplication::translate("Database",
            "%1 is not an InvoiceDesk database (it is not an SQLite file); it was left untouched")
                          .arg(mPath)};

    // Look before touching: a read-only connection, so a refused file keeps every byte.
    const QString name = mConnectionName + QStringLiteral("-inspect");
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        configureReadOnly(db, mPath);
        if (!db.open()) {
            status = Error {QCoreApplication::translate("Database", "Cannot open %1").arg(mPath)};
        } else {
            const int applicationId = pragmaInt(db, QStringLiteral("application_id"));
            const int version = pragmaInt(db, QStringLiteral("user_version"));
            QSqlQuery tables(db);
            const bool hasTables
                = tables.exec(QStringLiteral("SELECT count(*) AS objects FROM sqlite_master"))
                && tables.next() && tables.value(QStringLiteral("objects")).toInt() > 0;
            if (version < 0) {
                status = Error {QCoreApplication::translate(
                    "Database", "%1 cannot be read as an SQLite database; it was left untouched")
                                    .arg(mPath)};
            } else if (applicationId != ApplicationId && (hasTables || version != 0)) {
                status = Error {QCoreApplication::translate("Database",
                    "%1 is an SQLite file of another program, not an InvoiceDesk database; "
                    "it was left untouched")
                                    .arg(mPath)};
            } else if (version > latestSchemaVersion()) {
                status = Error {QCoreApplication::translate("Database",
                    "%1 was written by a newer InvoiceDesk (schema %2; this program knows up to "
                    "%3). "
                    "Update InvoiceDesk to open it; the file was left untouched")
                                    .arg(mPath)
                                    .arg(version)
                                    .arg(latestSchemaVersion())};
            }
            mHadData = hasTables;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

bool Database::needsMigration(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.read(16) != QByteArray("SQLite format 3\0", 16))
        return false;
    file.close();
    static std::atomic<int> peeks = 0;
    const QString name = QStringLiteral("invoicedesk-peek-%1").arg(++peeks);
    bool older = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        configureReadOnly(db, path);
        if (db.open()) {
            const int version = pragmaInt(db, QStringLiteral("user_version"));
            older = pragmaInt(db, QStringLiteral("application_id")) == ApplicationId && version > 0
                && version < latestSchemaVersion();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return older;
}

Status Database::openConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), mConnectionName);
    db.setDatabaseName(mPath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error {QCoreApplication::translate("Database", "Cannot open %1").arg(mPath)};
    // synchronous=FULL because WAL with NORMAL can lose the last commits on power loss,
    // and a lost commit here is a lost payment (sync-design.md section 0).
    // A 32 MB page cache keeps large imports from re-reading index pages they just wrote.
    // journal_size_limit truncates the write-ahead log after a checkpoint, so a long sync pass
    // leaves no large -wal behind.
    for (const char *pragma :
        {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
            "PRAGMA cache_size = -32768", "PRAGMA journal_size_limit = 4194304"}) {
        if (auto status = Sql::execute(db, QLatin1String(pragma)); !status)
            return status;
    }
    sqlite3 *handle = handleOf(db);
    if (!registerFunctions(handle))
        return Error {QCoreApplication::translate("Database", "Cannot open %1").arg(mPath)};
    sqlite3_commit_hook(
        handle,
        [](void *commits) {
            ++*static_cast<qint64 *>(commits);
            return 0; // let the commit go ahead
        },
        &mCommits);
    mSchemaVersion = pragmaInt(db, QStringLiteral("user_version"));
    return {};
}

Status Database::openReadOnlyConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), mConnectionName);
    // Without a write-ahead log to read, the file is opened immutable: SQLite then needs no
    // shared-memory file beside it, so a read works on a full disk or in a read-only folder.
    const QFileInfo wal(mPath + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0) {
        db.setDatabaseName(mPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setDatabaseName(QUrl::fromLocalFile(mPath).toString() + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
    if (!db.open())
        return Error {QCoreApplication::translate("Database", "Cannot read %1: %2")
                          .arg(mPath, db.lastError().text())};
    for (const char *pragma : {"PRAGMA query_only = ON", "PRAGMA cache_size = -32768"}) {
        if (auto status = Sql::execute(db, QLatin1String(pragma)); !status)
            return status;
    }
    if (!registerFunctions(handleOf(db)))
        return Error {QCoreApplication::translate("Database", "Cannot read %1").arg(mPath)};
    mSchemaVersion = pragmaInt(db, QStringLiteral("user_version"));
    return {};
}

namespace {

QString damaged(const QString &path, const QString &finding)
{
    return QCoreApplication::translate("Database",
        "%1 is damaged: %2. Nothing was read from it or written to it. Restore your last backup "
        "(File > Restore in InvoiceDesk, or copy the backup over this file)")
        .arg(path, finding);
}

/** Every table, index and trigger the migrations create, by name, from a scratch database. */
QStringList expectedSchemaObjects()
{
    static const QStringList objects = [] {
        QStringList names;
        const QString connection = QStringLiteral("invoicedesk-schema-reference");
        {
            QSqlDatabase scratch = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            scratch.setDatabaseName(QStringLiteral(":memory:"));
            if (scratch.open()) {
                for (const auto &[version, sql] : migrations()) {
                    for (const QString &statement : statements(sql))
                        (void)Sql::execute(scratch, statement);
                }
                QSqlQuery q(scratch);
                q.exec(QStringLiteral("SELECT type || ' ' || name AS object FROM sqlite_master "
                                      "WHERE name NOT LIKE 'sqlite_%' ORDER BY CASE type WHEN "
                                      "'table' THEN 0 WHEN 'index' THEN 1 ELSE 2 END, name"));
                while (q.next())
                    names.append(q.value(QStringLiteral("object")).toString());
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return names;
    }();
    return objects;
}

} // namespace

Status Database::checkIntegrity() const
{
    QSqlQuery check(connection());
    if (!check.exec(QStringLiteral("PRAGMA quick_check(5)")))
        return Error {damaged(mPath, check.lastError().text())};
    QStringList findings;
    while (check.next())
        findings.append(check.value(QStringLiteral("quick_check"))
                            .toString()
                            .split(QLatin1Char('\n'), Qt::SkipEmptyParts));
    if (findings != QStringList {QStringLiteral("ok")})
        return Error {damaged(mPath,
            QCoreApplication::translate("Database", "SQLite's integrity check found: %1")
                .arg(findings.join(QStringLiteral("; "))))};
    return checkSchema();
}

Status Database::checkSchema() const
{
    if (mSchemaVersion != latestSchemaVersion())
        return {};
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT type || ' ' || name AS object FROM sqlite_master")))
        return Error {damaged(mPath, q.lastError().text())};
    QStringList present;
    while (q.next())
        present.append(q.value(QStringLiteral("object")).toString());
    for (const QString &object : expectedSchemaObjects()) {
        if (!present.contains(object))
            return Error {damaged(mPath,
                QCoreApplication::translate("Database", "its %1 \"%2\" is missing")
                    .arg(object.section(QLatin1Char(' '), 0, 0),
                        object.section(QLatin1Char(' '), 1)))};
    }
    return {};
}

} // namespace InvoiceDesk
