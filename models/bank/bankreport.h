// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bankstore.h"

namespace InvoiceDesk {

/**
 * An account's reconciliation as of a date (issue 15, item 4): the statement balance (the
 * opening balance and the lines booked up to the date), the book balance (the opening balance
 * and the payments into the account up to the date), their difference, and the items that
 * explain it: lines the books do not have yet, payments the bank has not booked yet, and
 * matched lines that differ from their payment (card fees kept by the card company).
 */
struct ReconciliationReport
{
    BankAccount account;
    QDate to;
    qint64 statementBalance = 0;
    qint64 bookBalance = 0;
    QList<BankLine> unreconciledLines;
    QList<AccountPayment> unreconciledPayments;
    QList<BankLine> differingMatches; ///< line.amount - match->paymentAmount is the difference

    qint64 difference() const { return statementBalance - bookBalance; }
    /** What the items add up to: equal to difference() when every item is listed. */
    qint64 explained() const;

    static Result<ReconciliationReport> build(BankStore &store, qint64 accountId, const QDate &to);
};

} // namespace InvoiceDesk
