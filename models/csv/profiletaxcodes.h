// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvfields.h"
#include "importprofile.h"

namespace InvoiceDesk {

class Ledger;

namespace ProfileTaxCodes {

/**
 * Creates the company's tax codes that the rows name through the profile's table and the
 * company lacks (`existing`), with the table's rate and category (issue 12 item 3: "a code the
 * company lacks is created on first use"), in the import's transaction. Returns their names.
 */
Result<QStringList> createMissing(Ledger &ledger, const ImportProfile &profile,
    const QList<CsvRow> &rows, const QList<TaxCode> &existing);

/**
 * The company's tax codes during one import: read once, and read again after a profile's
 * table created some on first use.
 */
class Cache
{
public:
    Cache(Ledger &ledger, const std::optional<ImportProfile> &profile)
        : mLedger(ledger)
        , mProfile(profile)
    {
    }
    /** The codes for an invoice of `rows`, creating (and listing in `created`) the missing. */
    Result<const QList<TaxCode> *> codesFor(const QList<CsvRow> &rows, QStringList &created);

private:
    Ledger &mLedger;
    const std::optional<ImportProfile> &mProfile;
    std::optional<QList<TaxCode>> mCodes;
};

} // namespace ProfileTaxCodes

} // namespace InvoiceDesk
