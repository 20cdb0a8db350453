// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bankaccount.h"
#include "result.h"

namespace InvoiceDesk {

class BankStore;
class Ledger;

/** An account with what its lines say: the balance after the last line, lines, unmatched ones. */
struct BankAccountSummary
{
    BankAccount account;
    qint64 balance = 0; ///< the opening balance and every line
    QDate lastBooking;
    int lines = 0;
    int unmatched = 0;
};

/** Adding and listing bank accounts (issue 15, item 1); adding is audited. */
namespace BankAccounts {
/**
 * Checks and stores a new account: a name and currency, a valid IBAN, neither name nor
 * identifier used by another account. The audit row is written in the same transaction.
 */
Result<BankAccount> add(Ledger &ledger, BankStore &store, BankAccount account);
Result<QList<BankAccountSummary>> summaries(BankStore &store);
} // namespace BankAccounts

} // namespace InvoiceDesk
