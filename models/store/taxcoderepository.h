// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preparedqueries.h"
#include "taxcode.h"

#include <optional>

namespace InvoiceDesk {

/**
 * SQL for the tax_codes table and for the line columns of migration 0008 (discount and tax
 * code). No validation and no transactions: the Ledger decides what is written and when.
 */
class TaxCodeRepository
{
public:
    explicit TaxCodeRepository(PreparedQueries &queries)
        : mQueries(queries)
    {
    }

    /** Every code, by name. */
    Result<QList<TaxCode>> all();
    Result<std::optional<TaxCode>> byName(const QString &name);
    /** Inserts the code; sets code.id. */
    Status insert(TaxCode &code);
    /** Rewrites the code with code.id, and renames it on the lines that name it. */
    Status update(const TaxCode &code, const QString &previousName);

    /** Writes the discount and tax code of the invoice's stored lines (by position). */
    Status writeLineExtras(qint64 invoiceId, const QList<LineItem> &lines);
    /** Reads them back into `lines`, which hold the invoice's lines in position order. */
    Status readLineExtras(qint64 invoiceId, QList<LineItem> &lines);

private:
    PreparedQueries &mQueries;
};

} // namespace InvoiceDesk
