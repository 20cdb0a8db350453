#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#include <map>

Q_LOGGING_CATEGORY(lcDatabase, "invoicedesk.database")

namespace InvoiceDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

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

} // namespace

Database::Database(QString path, std::unique_ptr<QLockFile> lock)
    : mPath(std::move(path))
    , mConnectionName(QStringLiteral("invoicedesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
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
        return Error{tr("%1 does not exist").arg(db->mPath)};
    if (auto opened = db->openConnection(); !opened)
        return Error{opened.error()};
    if (db->mSchemaVersion != latestSchemaVersion())
        return Error{tr("%1 is not migrated; open it in the main thread first").arg(db->mPath)};
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
        return Error{tr("%1 is not a file").arg(absolute)};
    if (!info.dir().exists() && !QDir().mkpath(info.absolutePath()))
        return Error{tr("Cannot create the folder %1").arg(info.absolutePath())};

    auto lock = std::make_unique<QLockFile>(lockFilePath(absolute));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone, never by age
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->getLockInfo(&pid, &host, &application);
        if (lock->error() == QLockFile::LockFailedError) {
            return Error{tr("%1 is already open in another InvoiceDesk process (pid %2 on %3); "
                            "close it there first")
                             .arg(absolute)
                             .arg(pid)
                             .arg(host)};
        }
        return Error{tr("Cannot create the lock file %1").arg(lockFilePath(absolute))};
    }

    std::unique_ptr<Database> db(new Database(absolute, std::move(lock)));
    if (auto inspected = db->inspectExisting(); !inspected)
        return Error{inspected.error()};
    if (auto opened = db->openConnection(); !opened)
        return Error{opened.error()};
    if (auto migrated = db->migrate(); !migrated)
        return Error{migrated.error()};
    return db;
}

Status Database::inspectExisting()
{
    QFile file(mPath);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(mPath, file.errorString())};
    const QByteArray header = file.read(16);
    file.close();
    if (header != QByteArray("SQLite format 3\0", 16))
        return Error{tr("%1 is not an InvoiceDesk database (it is not an SQLite file); it was left untouched").arg(mPath)};

    // Look before touching: a read-only connection, so a refused file keeps every byte.
    const QString name = mConnectionName + QStringLiteral("-inspect");
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(mPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            status = Error{tr("Cannot open %1").arg(mPath)};
        } else {
            const int applicationId = pragmaInt(db, QStringLiteral("application_id"));
            const int version = pragmaInt(db, QStringLiteral("user_version"));
            QSqlQuery tables(db);
            const bool hasTables = tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))
                                   && tables.next() && tables.value(0).toInt() > 0;
            if (version < 0) {
                status = Error{tr("%1 cannot be read as an SQLite database; it was left untouched").arg(mPath)};
            } else if (applicationId != ApplicationId && (hasTables || version != 0)) {
                status = Error{tr("%1 is an SQLite file of another program, not an InvoiceDesk database; "
                                  "it was left untouched")
                                   .arg(mPath)};
            } else if (version > latestSchemaVersion()) {
                status = Error{tr("%1 was written by a newer InvoiceDesk (schema %2; this program knows up to %3). "
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
        return Error{tr("Cannot open %1").arg(mPath)};
    // synchronous=FULL because WAL with NORMAL can lose the last commits on power loss,
    // and a lost commit here is a lost payment (sync-design.md section 0).
    // A 32 MB page cache keeps large imports from re-reading index pages they just wrote.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = FULL", "PRAGMA cache_size = -32768"}) {
        if (auto status = Sql::execute(db, QLatin1String(pragma)); !status)
            return status;
    }
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
        const QString backup = QStringLiteral("%1.before-v%2-%3.bak")
                                   .arg(mPath)
                                   .arg(latestSchemaVersion())
                                   .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        if (auto status = backupTo(backup); !status)
            return Error{tr("Not migrating %1: the backup before migrating failed: %2").arg(mPath, status.error())};
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
                return Error{tr("Migration %1 failed: %2").arg(version).arg(status.error())};
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
        return Error{tr("%1 is damaged (SQLite's integrity check failed: %2); restore a backup")
                         .arg(mPath, check.value(0).toString())};
    }
    return {};
}

Status Database::backupTo(const QString &target) const
{
    if (QFileInfo::exists(target))
        return Error{tr("%1 already exists").arg(target)};
    QSqlQuery query(connection());
    if (!query.prepare(QStringLiteral("VACUUM INTO ?")))
        return Sql::error(query, tr("Preparing the backup"));
    query.addBindValue(target);
    if (!query.exec())
        return Sql::error(query, tr("Backing up to %1").arg(target));
    return {};
}

} // namespace InvoiceDesk
