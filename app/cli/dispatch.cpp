// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "database.h"
#include "databaselocation.h"
#include "ledger.h"

#include <QCoreApplication>

namespace InvoiceDesk::Cli {

namespace {

using Command = int (*)(Ledger &, const Arguments &, Output &);

Command commandFor(const QString &name)
{
    if (name == QLatin1String("import"))
        return runImport;
    if (name == QLatin1String("export"))
        return runExport;
    if (name == QLatin1String("list"))
        return runList;
    if (name == QLatin1String("status"))
        return runStatus;
    if (name == QLatin1String("demo"))
        return runDemo;
    if (name == QLatin1String("connection"))
        return runConnection;
    if (name == QLatin1String("sync"))
        return runSync;
    if (name == QLatin1String("customer"))
        return runCustomer;
    if (name == QLatin1String("receive"))
        return runReceive;
    if (name == QLatin1String("credit"))
        return runCredit;
    return nullptr;
}

/**
 * How a command opens the company file: commands that only report open it read-only (they
 * never write, and work on a full disk); only commands that bring data in may create a file.
 */
Database::OpenOptions accessFor(const Arguments &args)
{
    const QString command = args.words.first();
    const QString verb = args.words.value(1);
    const bool reports = command == QLatin1String("export") || command == QLatin1String("list")
        || command == QLatin1String("status")
        || (command == QLatin1String("connection") && verb == QLatin1String("list"))
        || (command == QLatin1String("sync") && verb == QLatin1String("verify"))
        || ((command == QLatin1String("customer") || command == QLatin1String("credit"))
            && verb == QLatin1String("list"));
    const bool bringsData = command == QLatin1String("import") || command == QLatin1String("demo")
        || (command == QLatin1String("connection") && verb == QLatin1String("add"));
    return {reports, bringsData};
}

} // namespace

int run(const Arguments &args, Output &io)
{
    if (args.has(QStringLiteral("help"))) {
        io.out << usage();
        return Success;
    }
    if (args.has(QStringLiteral("version"))) {
        io.out << QStringLiteral("invoicedesk-cli ") << QCoreApplication::applicationVersion()
               << Qt::endl;
        return Success;
    }
    if (args.words.isEmpty()) {
        io.err << usage();
        return BadUsage;
    }
    const Command command = commandFor(args.words.first());
    if (!command) {
        io.err
            << QCoreApplication::translate("Cli", "unknown command \"%1\"").arg(args.words.first())
            << Qt::endl
            << usage();
        return BadUsage;
    }

    auto database = Database::open(DatabaseLocation::resolve(args.databasePath), accessFor(args));
    if (!database) {
        io.err << database.error() << Qt::endl;
        return Failure;
    }
    // Nothing is read from a damaged file, and nothing written to it (issue 9).
    if (auto intact = database.value()->checkIntegrity(); !intact) {
        io.err << intact.error() << Qt::endl;
        return Failure;
    }
    Ledger ledger(*database.value());
    return command(ledger, args, io);
}

} // namespace InvoiceDesk::Cli
