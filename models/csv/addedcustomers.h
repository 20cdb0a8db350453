// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QStringList>

namespace InvoiceDesk {

class Ledger;

/**
 * The customers an import adds (a dry run lists them before its rollback): every path that
 * adds one (an invoice's name, a receipt, customers.csv) gives it the next id, so the new ones
 * are those after the highest id the batch began with.
 */
class AddedCustomers
{
public:
    explicit AddedCustomers(Ledger &ledger)
        : mLedger(ledger)
    {
    }

    /** Remembers where the customers end; called in the batch, before the import writes. */
    Status mark();
    /** The names added since mark(), in the order they were added. */
    Result<QStringList> names();

private:
    Ledger &mLedger;
    qint64 mHighest = 0;
};

/** The names as a person reads them: the first ten, then how many more ("A, B and 3 more"). */
QString shortNameList(const QStringList &names);

/** A dry run's list: `names` from added, else `fatalError` set and false. */
bool listAddedCustomers(AddedCustomers &added, QStringList &names, QString &fatalError);

} // namespace InvoiceDesk
