// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "companyprofile.h"
#include "preparedqueries.h"

namespace InvoiceDesk {

/**
 * SQL for the company_profile table of migration 0011. No validation and no transactions: the
 * Ledger decides what is written and when.
 */
class CompanyProfileRepository
{
public:
    explicit CompanyProfileRepository(PreparedQueries &queries)
        : mQueries(queries)
    {
    }

    Result<CompanyProfile> load();
    /** Replaces every key's row with the profile's values. */
    Status store(const CompanyProfile &profile);

private:
    PreparedQueries &mQueries;
};

} // namespace InvoiceDesk
