// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>

namespace InvoiceDesk {

/**
 * Prepares each statement once per connection and hands it out again,
 * after Nextcloud's PreparedSqlQueryManager: imports run the same few
 * statements hundreds of thousands of times.
 */
class PreparedQueries
{
public:
    explicit PreparedQueries(QSqlDatabase db)
        : mDb(std::move(db))
    {
    }

    /** The prepared statement for `sql`, with its bound values cleared. */
    Result<QSqlQuery *> get(const QString &sql);

    QSqlDatabase database() const { return mDb; }

private:
    QSqlDatabase mDb;
    std::map<QString, std::unique_ptr<QSqlQuery>> mQueries;
};

} // namespace InvoiceDesk
