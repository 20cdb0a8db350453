// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkindexes.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace InvoiceDesk {

Status BulkIndexes::begin()
{
    mAside.clear();
    mWritten = 0;
    mWatching = false;
    QSqlQuery q(mDb);
    // The count the triggers of migration 0012 keep: count(*) would read a whole index.
    if (!q.exec(QStringLiteral("SELECT invoices FROM invoice_count")))
        return Sql::error(q, QCoreApplication::translate("Database", "Counting invoices"));
    mHeld = q.next() ? q.value(QStringLiteral("invoices")).toLongLong() : 0;
    mWatching = true;
    return {};
}

Status BulkIndexes::wrote()
{
    if (!mWatching)
        return {};
    ++mWritten;
    if (!holdsAside() && worthSettingAside(mHeld, mWritten))
        return setAside();
    return {};
}

Status BulkIndexes::setAside()
{
    const QString what = QCoreApplication::translate("Database", "Preparing the bulk load");
    QSqlQuery q(mDb);
    q.setForwardOnly(true);
    // Indexes made by CREATE INDEX (origin 'c') that are not UNIQUE; their text as stored.
    if (!q.exec(QStringLiteral("SELECT m.name, m.sql FROM pragma_index_list('invoices') l "
                               "JOIN sqlite_master m ON m.name = l.name AND m.type = 'index' "
                               "WHERE l.origin = 'c' AND l.\"unique\" = 0 AND m.sql IS NOT NULL "
                               "ORDER BY m.name")))
        return Sql::error(q, what);
    QList<std::pair<QString, QString>> indexes;
    while (q.next())
        indexes.append({q.value(QStringLiteral("name")).toString(),
            q.value(QStringLiteral("sql")).toString()});
    q.finish();
    for (const auto &[name, sql] : std::as_const(indexes)) {
        // The name comes from sqlite_master; quoted as an identifier all the same.
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (auto s = Sql::execute(mDb, QStringLiteral("DROP INDEX \"%1\"").arg(quoted)); !s)
            return s;
        mAside.append(sql);
    }
    return {};
}

Status BulkIndexes::restore()
{
    mWatching = false;
    while (!mAside.isEmpty()) {
        if (auto s = Sql::execute(mDb, mAside.constFirst()); !s)
            return s;
        mAside.removeFirst();
    }
    return {};
}

void BulkIndexes::forget()
{
    mWatching = false;
    mAside.clear();
}

} // namespace InvoiceDesk
