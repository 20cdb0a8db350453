// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preparedqueries.h"
#include "sqlutil.h"

#include <QCoreApplication>

namespace InvoiceDesk {

Result<PreparedQuery> PreparedQueries::get(const QString &sql)
{
    auto it = mQueries.find(sql);
    if (it == mQueries.end()) {
        auto query = std::make_unique<QSqlQuery>(mDb);
        query->setForwardOnly(true); // no result caching: every read here is one pass
        if (!query->prepare(sql))
            return Sql::error(
                *query, QCoreApplication::translate("Database", "Preparing a statement"));
        it = mQueries.emplace(sql, std::move(query)).first;
    }
    QSqlQuery *query = it->second.get();
    query->finish();
    return PreparedQuery(query);
}

Result<SqliteStatement *> PreparedQueries::statement(const QString &sql)
{
    auto it = mStatements.find(sql);
    // A connection opened again (a restored backup) needs its own statements.
    if (it == mStatements.end() || !(*it)->belongsTo(mDb)) {
        auto prepared = SqliteStatement::prepare(mDb, sql);
        if (!prepared)
            return Error {prepared.error()};
        it = mStatements.insert(sql, std::shared_ptr<SqliteStatement>(std::move(prepared).value()));
    }
    return it->get();
}

} // namespace InvoiceDesk
