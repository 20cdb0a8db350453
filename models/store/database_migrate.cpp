// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"
#include "database_p.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

namespace InvoiceDesk {

namespace DatabaseDetail {

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

QStringList statements(QString sql)
{
    static const QRegularExpression comment(QStringLiteral("--[^\\n]*"));
    sql.remove(comment);
    QStringList result;
    QString pending;
    for (const QString &part : sql.split(QLatin1Char(';'))) {
        pending += part + QLatin1Char(';');
        if (sqlite3_complete(pending.toUtf8().constData()) == 0)
            continue;
        const QString statement = pending.trimmed().chopped(1).trimmed();
        if (!statement.isEmpty())
            result.append(statement);
        pending.clear();
    }
    return result;
}

} // namespace DatabaseDetail

using namespace DatabaseDetail;

namespace {

/**
 * A migration that rebuilds a table a foreign key points at (create the new table, copy, drop
 * the old one, rename) says so on a line of its own. SQLite's procedure for that runs with
 * foreign keys off, which only works outside a transaction, and checks every key at the end.
 */
const QLatin1String kRebuildsTables("-- invoicedesk: foreign keys are checked after the rebuild");

/** Foreign keys back on whatever happens, for the connection that switched them off. */
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(QSqlDatabase db)
        : mDb(std::move(db))
    {
    }
    ~ForeignKeysOff()
    {
        if (mOff)
            (void)Sql::execute(mDb, QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

    Status switchOff()
    {
        mOff = true;
        return Sql::execute(mDb, QStringLiteral("PRAGMA foreign_keys = OFF"));
    }

private:
    QSqlDatabase mDb;
    bool mOff = false;
};

/** The rows PRAGMA foreign_key_check finds, as "table row N refers to a missing parent". */
Status checkForeignKeys(const QSqlDatabase &db)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Sql::error(check, QStringLiteral("PRAGMA foreign_key_check"));
    QStringList findings;
    while (check.next() && findings.size() < 5)
        findings.append(QCoreApplication::translate("Database",
            "row %1 of %2 refers to a "
            "missing row of %3")
                            .arg(check.value(QStringLiteral("rowid")).toString(),
                                check.value(QStringLiteral("table")).toString(),
                                check.value(QStringLiteral("parent")).toString()));
    if (findings.isEmpty())
        return {};
    return Error {findings.join(QStringLiteral("; "))};
}

Status runMigration(const QSqlDatabase &db, int version, const QString &sql)
{
    const auto failed = [version](const QString &why) {
        return Error {QCoreApplication::translate("Database", "Migration %1 failed: %2")
                          .arg(version)
                          .arg(why)};
    };
    ForeignKeysOff keys(db);
    const bool rebuilds = sql.contains(kRebuildsTables);
    if (rebuilds) {
        if (auto status = keys.switchOff(); !status)
            return failed(status.error());
    }
    Sql::Transaction transaction(db);
    if (auto status = transaction.begin(); !status)
        return status;
    for (const QString &statement : statements(sql)) {
        if (auto status = Sql::execute(db, statement); !status)
            return failed(status.error());
    }
    if (rebuilds) {
        if (auto status = checkForeignKeys(db); !status)
            return failed(status.error());
    }
    for (const QString &pragma : {QStringLiteral("PRAGMA user_version = %1").arg(version),
             QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)}) {
        if (auto status = Sql::execute(db, pragma); !status)
            return status;
    }
    return transaction.commit();
}

} // namespace

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
    }

    for (const auto &[version, sql] : all) {
        if (version <= mSchemaVersion)
            continue;
        if (auto status = runMigration(db, version, sql); !status)
            return status;
        mSchemaVersion = version;
    }
    return {};
}

} // namespace InvoiceDesk
