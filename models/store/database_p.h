// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the parts of Database share (database.cpp: open and check; database_migrate.cpp: the
// migrations; database_backup.cpp: back up and restore). Not part of its interface.

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <map>

namespace InvoiceDesk::DatabaseDetail {

/** The SQLite handle under a Qt connection, null when the driver is not SQLite. */
inline sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

/** The value of a PRAGMA that returns one integer, -1 when it cannot be read. */
inline int pragmaInt(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA ") + pragma) && query.next())
        return query.value(pragma).toInt(); // a pragma's one column is named after it
    return -1;
}

/** Migration number -> SQL text, from the NNNN_name.sql files in resources/migrations. */
std::map<int, QString> migrations();

/**
 * Splits a migration into statements; comments are dropped first. A piece ending in ';' is a
 * statement only when SQLite says it is complete, so a trigger's body stays whole.
 */
QStringList statements(QString sql);

} // namespace InvoiceDesk::DatabaseDetail
