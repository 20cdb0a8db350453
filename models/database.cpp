// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "searchtext.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

#include <map>

Q_LOGGING_CATEGORY(lcDatabase, "invoicedesk.database")

namespace InvoiceDesk {

namespace {

/** Migration number -> SQL text, from the NNNN_name.sql files in resources/migrations. */
std::map<int, QString> migrations()
{
    std::map<int, QString> result;
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    QDirIterator it(QStringLiteral(":/migrations"));
    while (it.hasNext()) {
        it.next();
        const auto match = name.match(it.fileName());
        if (!match.hasMatch())
            continue;
        QFile file(it.filePath());
        if (file.open(QIODevice::ReadOnly))
            result[match.captured(1).toInt()] = QString::fromUtf8(file.readAll());
    }
    return result;
}

/** Splits a migration into statements; comments are dropped first. */
QStringList statements(QString sql)
{
    static const QRegularExpression comment(QStringLiteral("--[^\\n]*"));
    sql.remove(comment);
    QStringList result;
    for (const QString &part : sql.split(QLatin1Char(';'))) {
        if (!part.trimmed().isEmpty())
            result.append(part.trimmed());
    }
    return result;
}

int pragmaInt(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next())
        return query.value(0).toInt();
    return -1;
}

sqlite3 *handleOf(const QSqlDatabase &db);

/** invoicedesk_fold(text): SearchText::fold, for migration 0004 and later SQL. */
void foldFunction(sqlite3_context *context, int, sqlite3_value **arguments)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    const QByteArray folded = SearchText::fold(QString::fromUtf8(text)).toUtf8();
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

Database::Database(QString path, std::unique_ptr<QLockFile> lock)
    : mPath(std::move(path))
    , mConnectionName(
          QStringLiteral("invoicedesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , mLock(std::move(lock))
{
}

Database::~Database()
{
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
    return databasePath + QStringLiteral(".lock");
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absolute);
    if (info.exists() && !info.isFile())
        return Error {QCoreApplication::translate("Database", "%1 is not a file").arg(absolute)};
    if (!info.dir().exists() && !QDir().mkpath(info.absolutePath()))
        return Error {QCoreApplication::translate("Database", "Cannot create the folder %1")
                          .arg(info.absolutePath())};

    auto lock = std::make_unique<QLockFile>(lockFilePath(absolute));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone, never by age
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        if (lock->error() == QLockFile::LockFailedError) {
            return Error {QCoreApplication::translate("Database",
                "%1 is already open in another InvoiceDesk process (pid %2 on %3); "
                "close it there first")
                              .arg(absolute)
                              .arg(pid)
                              .arg(host)};
        }
        return Error {QCoreApplication::translate("Database", "Cannot create the lock file %1")
                          .arg(lockFilePath(absolute))};
    }

    std::unique_ptr<Database> db(new Database(absolute, std::move(lock)));
    if (auto inspected = db->inspectExisting(); !inspected)
        return Error {inspected.error()};
    if (auto opened = db->openConnection(); !opened)
        return Error {opened.error()};
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
        db.setDatabaseName(mPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            status = Error {QCoreApplication::translate("Database", "Cannot open %1").arg(mPath)};
        } else {
            const int applicationId = pragmaInt(db, QStringLiteral("application_id"));
            const int version = pragmaInt(db, QStringLiteral("user_version"));
            QSqlQuery tables(db);
            const bool hasTables = tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
                && tables.next() && tables.value(0).toInt() > 0;
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
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
             "PRAGMA synchronous = FULL", "PRAGMA cache_size = -32768"}) {
        if (auto status = Sql::execute(db, QLatin1String(pragma)); !status)
            return status;
    }
    // The search column's fold (issue 10), the same in SQL as in the store's C++.
    sqlite3 *handle = handleOf(db);
    if (!handle
        || sqlite3_create_function_v2(handle, "invoicedesk_fold", 1,
               SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, foldFunction, nullptr, nullptr, nullptr)
            != SQLITE_OK)
        return Error {QCoreApplication::translate("Database", "Cannot open %1").arg(mPath)};
    mSchemaVersion = pragmaInt(db, QStringLiteral("user_version"));
    return {};
}

Status Database::migrate()
{
    const auto all = migrations();
    QSqlDatabase db = connection();
    if (mSchemaVersion >= latestSchemaVersion())
        return {};

    if (mHadData) {
        const QString backup
            = QStringLiteral("%1.before-v%2-%3.bak")
                  .arg(mPath)
                  .arg(latestSchemaVersion())
                  .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        if (auto status = backupTo(backup); !status)
            return Error {QCoreApplication::translate(
                "Database", "Not migrating %1: the backup before migrating failed: %2")
                              .arg(mPath, status.error())};
        mMigrationBackupPath = backup;
        qCInfo(lcDatabase) << "backed up" << mPath << "to" << backup << "before migrating";
    }

    for (const auto &[version, sql] : all) {
        if (version <= mSchemaVersion)
            continue;
        Sql::Transaction transaction(db);
        if (auto status = transaction.begin(); !status)
            return status;
        for (const QString &statement : statements(sql)) {
            if (auto status = Sql::execute(db, statement); !status)
                return Error {QCoreApplication::translate("Database", "Migration %1 failed: %2")
                                  .arg(version)
                                  .arg(status.error())};
        }
        for (const QString &pragma : {QStringLiteral("PRAGMA user_version = %1").arg(version),
                 QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId)}) {
            if (auto status = Sql::execute(db, pragma); !status)
                return status;
        }
        if (auto status = transaction.commit(); !status)
            return status;
        mSchemaVersion = version;
    }
    return {};
}

Status Database::checkIntegrity() const
{
    QSqlQuery check(connection());
    if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
        || check.value(0).toString() != QLatin1String("ok")) {
        return Error {QCoreApplication::translate(
            "Database", "%1 is damaged (SQLite's integrity check failed: %2); restore a backup")
                          .arg(mPath, check.value(0).toString())};
    }
    return {};
}

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

/** Copies database `from` into `to` page by page (sqlite3_backup_*), as one consistent snapshot. */
QString copyDatabase(sqlite3 *to, sqlite3 *from)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return QString::fromUtf8(sqlite3_errmsg(to));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    return rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errstr(rc));
}

} // namespace

Status Database::backupTo(const QString &target) const
{
    if (QFileInfo::exists(target))
        return Error {QCoreApplication::translate("Database", "%1 already exists").arg(target)};
    sqlite3 *source = handleOf(connection());
    if (!source)
        return Error {QCoreApplication::translate(
            "Database", "The database handle is not available for a backup")};
    sqlite3 *destination = nullptr;
    if (sqlite3_open_v2(target.toUtf8().constData(), &destination,
            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(destination));
        sqlite3_close(destination);
        return Error {
            QCoreApplication::translate("Database", "Cannot write %1: %2").arg(target, why)};
    }
    const QString failure = copyDatabase(destination, source);
    sqlite3_close(destination);
    if (!failure.isEmpty()) {
        QFile::remove(target);
        return Error {QCoreApplication::translate("Database", "Backing up to %1 failed: %2")
                          .arg(target, failure)};
    }
    return {};
}

Result<QString> Database::restoreFrom(const QString &backupPath)
{
    // Look at the backup as open() looks at any file: ours, not newer, readable.
    {
        Database probe(QFileInfo(backupPath).absoluteFilePath(), nullptr);
        if (!QFileInfo::exists(probe.mPath))
            return Error {
                QCoreApplication::translate("Database", "%1 does not exist").arg(backupPath)};
        if (auto inspected = probe.inspectExisting(); !inspected)
            return Error {inspected.error()};
        if (!probe.mHadData)
            return Error {QCoreApplication::translate(
                "Database", "%1 is empty; it is not a backup of a company file")
                              .arg(backupPath)};
    }
    const QString safety
        = QStringLiteral("%1.before-restore-%2.bak")
              .arg(mPath,
                  QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
    if (auto kept = backupTo(safety); !kept)
        return Error {QCoreApplication::translate(
            "Database", "Not restoring: the copy of the current data failed: %1")
                          .arg(kept.error())};

    sqlite3 *source = nullptr;
    if (sqlite3_open_v2(backupPath.toUtf8().constData(), &source, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        sqlite3_close(source);
        return Error {QCoreApplication::translate("Database", "Cannot read %1").arg(backupPath)};
    }
    const QString failure = copyDatabase(handleOf(connection()), source);
    sqlite3_close(source);
    if (!failure.isEmpty())
        return Error {QCoreApplication::translate(
            "Database", "Restoring from %1 failed: %2; your data is unchanged, and also kept in %3")
                          .arg(backupPath, failure, safety)};
    mSchemaVersion = pragmaInt(connection(), QStringLiteral("user_version"));
    mHadData = true;
    if (auto migrated = migrate(); !migrated)
        return Error {migrated.error()};
    return safety;
}

} // namespace InvoiceDesk
