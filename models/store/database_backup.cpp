// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Database: a consistent copy of the company file (backupTo) and putting one back
// (restoreFrom), through SQLite's online backup API.
#include "database.h"
#include "database_p.h"
#include "filelock.h"
#include "integritygate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

namespace InvoiceDesk {

using namespace DatabaseDetail;

namespace {

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
