// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiletaxcodes.h"
#include "ledger.h"

namespace InvoiceDesk::ProfileTaxCodes {

Result<QStringList> createMissing(Ledger &ledger, const ImportProfile &profile,
    const QList<CsvRow> &rows, const QList<TaxCode> &existing)
{
    QStringList created;
    if (profile.taxCodes.isEmpty())
        return created;
    QList<TaxCode> known = existing;
    for (const CsvRow &row : rows) {
        const QString name = row.text(QStringLiteral("line.taxCode")).trimmed();
        if (name.isEmpty() || TaxCodes::byName(known, name))
            continue;
        for (const TaxCodeMapping &mapping : profile.taxCodes) {
            if (mapping.name.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            TaxCode code;
            code.name = mapping.name;
            code.rate = mapping.rate;
            code.category = mapping.category.isEmpty() ? TaxCodes::defaultCategory(mapping.rate)
                                                       : mapping.category;
            auto saved = ledger.saveTaxCode(code);
            if (!saved)
                return Error {saved.error()};
            known.append(*saved);
            created.append(saved->name);
            break;
        }
    }
    return created;
}

Result<const QList<TaxCode> *> Cache::codesFor(const QList<CsvRow> &rows, QStringList &created)
{
    bool stale = !mCodes;
    if (mCodes && mProfile) {
        auto made = createMissing(mLedger, *mProfile, rows, *mCodes);
        if (!made)
            return Error {made.error()};
        created += *made;
        stale = !made->isEmpty();
    }
    if (stale) {
        auto codes = mLedger.taxCodes().all();
        if (!codes)
            return Error {codes.error()};
        mCodes = *codes;
        if (mProfile) // the first invoice of the run may name codes too
            return codesFor(rows, created);
    }
    return &*mCodes;
}

} // namespace InvoiceDesk::ProfileTaxCodes
