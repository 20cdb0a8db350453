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

} // namespace InvoiceDesk
