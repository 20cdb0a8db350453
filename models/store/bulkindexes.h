// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace InvoiceDesk {

/**
 * Sets the invoices' secondary indexes aside during a large bulk load (issue 16): once a
 * batch has written more invoice rows than the file held when it began, keeping ten indexes
 * row by row costs more than building them once from the sorted table. The indexes are
 * dropped inside the batch's transaction and created again before it commits from the very
 * SQL sqlite_master held, so a rollback brings them back untouched and a commit leaves the
 * schema text exactly as it was. UNIQUE indexes (uuid, number) stay: the rules need them
 * row by row. Only the invoices' indexes: the payments' and customers' serve the lookups an
 * import makes per row.
 */
class BulkIndexes
{
public:
    /** Below this many rows written a batch never sets indexes aside (tiny files, tests). */
    static constexpr qint64 kMinimumRows = 1000;

    explicit BulkIndexes(QSqlDatabase db)
        : mDb(std::move(db))
    {
    }

    /**
     * Whether a batch that has written `written` invoice rows into a file that held `held`
     * invoices when it began should rebuild the indexes rather than keep them: only when the
     * batch is larger than the file (1,000,000 invoices + 10,000 imported: never).
     */
    static bool worthSettingAside(qint64 held, qint64 written)
    {
        return written >= kMinimumRows && written > held;
    }

    /** Starts watching a batch (inside its transaction): reads how many invoices the file holds. */
    Status begin();
    /**
     * One more invoice written (created or changed) by the batch; drops when worth it. Not a
     * payment's change of totals: allocating a receipt oldest first finds a customer's open
     * invoices by their indexes, and a payment history larger than the file would then scan
     * the invoices per receipt.
     */
    Status wrote();
    /** Creates the indexes set aside again, inside the batch's transaction, before it commits. */
    Status restore();
    /** Ends the watch after a rollback: the transaction brought the indexes back. */
    void forget();
    /** True while the batch holds indexes aside. */
    bool holdsAside() const { return !mAside.isEmpty(); }

private:
    Status setAside();

    QSqlDatabase mDb;
    bool mWatching = false;
    qint64 mHeld = 0;
    qint64 mWritten = 0;
    QList<QString> mAside; ///< the CREATE INDEX statements as sqlite_master held them
};

} // namespace InvoiceDesk
