// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preparedqueries.h"
#include "receivables.h"
#include "sqlutil.h"

#include <functional>

namespace InvoiceDesk {

/**
 * Reads what customers owe as ArEntry facts for aging and statements (issue 14 items 3, 4):
 * issued invoices (Draft and Cancelled are not receivables) with the payments, refunds and
 * allocations on them, and receipts; nothing voided. Entries are read up to a day, so "as of"
 * is the same question for every report.
 */
class ReceivablesStore
{
public:
    explicit ReceivablesStore(QSqlDatabase db)
        : mQueries(std::move(db))
    {
    }

    /**
     * Every entry dated on or before `upTo` (a report leaves out the currencies it cannot sum:
     * leaveOutBeyondReportSums()).
     */
    Result<QList<ArEntry>> entries(const QDate &upTo);
    /** The customer's display name as stored, for a name typed in any case; "" if unknown. */
    Result<QString> customerNamed(const QString &name);
    /** Every customer's display name, sorted case-insensitively. */
    Result<QStringList> customerNames();

private:
    /** Runs `sql` with :upTo bound and hands each row to `read`. */
    Status forEachRow(
        const QString &sql, const QDate &upTo, const std::function<void(const Sql::Row &)> &read);

    PreparedQueries mQueries;
};

} // namespace InvoiceDesk
