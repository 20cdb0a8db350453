// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <cstring>
#include <vector>

namespace InvoiceDesk {

/**
 * Reads a query's columns by name, looking each name up once: QSqlQuery::value(name) builds
 * the record on every call, and matching reads a hundred thousand payments.
 */
class SqlColumns
{
public:
    explicit SqlColumns(const QSqlQuery &query)
        : mQuery(query)
        , mRecord(query.record())
    {
    }

    QVariant operator[](const char *name)
    {
        for (const auto &[known, index] : mIndexes) {
            if (known == name || std::strcmp(known, name) == 0)
                return mQuery.value(index);
        }
        const int index = mRecord.indexOf(QLatin1String(name));
        Q_ASSERT_X(index >= 0, "SqlColumns", name);
        mIndexes.emplace_back(name, index);
        return mQuery.value(index);
    }
    QString text(const char *name) { return (*this)[name].toString(); }
    qint64 integer(const char *name) { return (*this)[name].toLongLong(); }

private:
    const QSqlQuery &mQuery;
    QSqlRecord mRecord;
    std::vector<std::pair<const char *, int>> mIndexes;
};

} // namespace InvoiceDesk
