// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the parts of the Ledger share (ledger.cpp: invoices; ledger_payments.cpp: payments).
// Not part of the Ledger's interface.

#include "ledger.h"
#include "recorduuid.h"

#include <algorithm>
#include <memory>

namespace InvoiceDesk {

namespace LedgerDetail {

inline QString newUuid()
{
    return RecordUuid::create();
}

/** The refusal of a change: the first problem's message; all of them go to `out`. */
inline Error refusal(const Problems &found, Problems *out)
{
    if (out)
        *out = found;
    return Error {describe(found)};
}

/** The problems' messages without their fields (a change whose fields were not typed). */
inline QString messagesOf(const Problems &problems)
{
    QStringList messages;
    for (const Problem &problem : problems)
        messages.append(problem.message);
    return messages.join(QStringLiteral("; "));
}
/** What of a credit note of `grandTotal` reduces what its invoice owes (the rest is credit). */
inline qint64 appliedPart(
    const CreditNote &note, qint64 grandTotal, const std::optional<InvoiceHeader> &invoice)
{
    return invoice ? note.recordedApplied.value_or(std::min(grandTotal, invoice->outstanding()))
                   : 0;
}
} // namespace LedgerDetail

/** Begins a transaction for one change, unless a batch already holds one. */
class Ledger::WriteScope
{
public:
    explicit WriteScope(Ledger &ledger)
    {
        if (!ledger.inBatch())
            mTransaction = std::make_unique<Sql::Transaction>(ledger.mDatabase.connection());
    }
    Status begin() { return mTransaction ? mTransaction->begin() : Status(); }
    Status commit() { return mTransaction ? mTransaction->commit() : Status(); }

private:
    std::unique_ptr<Sql::Transaction> mTransaction;
};

} // namespace InvoiceDesk
