// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the bank commands share: the store over the ledger's database, output helpers.
#pragma once

#include "clitable.h"
#include "commands.h"
#include "listformat.h"

#include "bankstore.h"

#include <QJsonObject>

namespace InvoiceDesk::Cli::Bank {

/** The bank tables of the ledger's company file, with the ledger for its transactions. */
struct Context
{
    Ledger &ledger;
    BankStore store;
    Output &io;
};

/** The account named by --account, or an error printed (and nothing) when there is none. */
std::optional<BankAccount> namedAccount(Context &bank, const QString &name);
QString money(qint64 minor, const Currency &currency);
/** A date option (yyyy-MM-dd), or an error printed. */
std::optional<QDate> dateOption(const Arguments &args, const QString &name, Output &io);

int runAccount(Context &bank, const Arguments &args);
int runImport(Context &bank, const Arguments &args);
int runAssign(Context &bank, const Arguments &args);
int runMatch(Context &bank, const Arguments &args);
int runUnmatch(Context &bank, const Arguments &args);
int runLines(Context &bank, const Arguments &args);
int runReport(Context &bank, const Arguments &args);

} // namespace InvoiceDesk::Cli::Bank
