// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bank: statements, matching and reconciliation from the command line (issue 15).
#include "bankcli.h"

#include "database.h"
#include "ledger.h"

#include <QCoreApplication>

namespace InvoiceDesk::Cli {

namespace Bank {

std::optional<BankAccount> namedAccount(Context &bank, const QString &name)
{
    auto found = bank.store.accountByName(name);
    if (!found) {
        bank.io.err << found.error() << Qt::endl;
        return std::nullopt;
    }
    if (!found->has_value()) {
        bank.io.err
            << QCoreApplication::translate("Cli", "there is no bank account named \"%1\"").arg(name)
            << Qt::endl;
        return std::nullopt;
    }
    return **found;
}

QString money(qint64 minor, const Currency &currency)
{
    return Money::fromMinorUnits(minor, currency).toString();
}

std::optional<QDate> dateOption(const Arguments &args, const QString &name, Output &io)
{
    const QString text = args.value(name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        io.err << QCoreApplication::translate(
            "Cli", "--%1 must be a date such as 2026-03-31, not \"%2\"")
                      .arg(name, text)
               << Qt::endl;
        return std::nullopt;
    }
    return date;
}

namespace {

int usageError(Output &io)
{
    io.err << QCoreApplication::translate("Cli",
        "usage: bank account add|list, bank import FILE, bank match, bank unmatch LINE, "
        "bank list, bank report, bank assign MARKER (see --help)")
           << Qt::endl;
    return BadUsage;
}

} // namespace

} // namespace Bank

int runBank(Ledger &ledger, Database &database, const Arguments &args, Output &io)
{
    Bank::Context bank {ledger, BankStore(database), io};
    const QString verb = args.word(1);
    if (verb == QLatin1String("account"))
        return Bank::runAccount(bank, args);
    if (verb == QLatin1String("import"))
        return Bank::runImport(bank, args);
    if (verb == QLatin1String("assign"))
        return Bank::runAssign(bank, args);
    if (verb == QLatin1String("match"))
        return Bank::runMatch(bank, args);
    if (verb == QLatin1String("unmatch"))
        return Bank::runUnmatch(bank, args);
    if (verb == QLatin1String("list"))
        return Bank::runLines(bank, args);
    if (verb == QLatin1String("report"))
        return Bank::runReport(bank, args);
    return Bank::usageError(io);
}

} // namespace InvoiceDesk::Cli
