// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "database.h"
#include "databaselocation.h"
#include "ledger.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace InvoiceDesk::Cli {

namespace {

/**
 * A command: one of the books, run on the Ledger, or the sync command, which the wiring also
 * hands the company file to (the sync engine keeps its own store on it).
 */
struct Command
{
    using OnBooks = int (*)(Ledger &, const Arguments &, Output &);
    using OnBooksAndFile = int (*)(Ledger &, Database &, const Arguments &, Output &);

    Command(OnBooks run = nullptr)
        : books(run)
    {
    }
    Command(OnBooksAndFile run)
        : booksAndFile(run)
    {
    }
    explicit operator bool() const { return books || booksAndFile; }
    int operator()(Ledger &ledger, Database &database, const Arguments &args, Output &io) const
    {
        return books ? books(ledger, args, io) : booksAndFile(ledger, database, args, io);
    }

    OnBooks books = nullptr;
    OnBooksAndFile booksAndFile = nullptr;
};

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
    if (name == QLatin1String("upgrade"))
        return runUpgrade;
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
    if (name == QLatin1String("void-receipt"))
        return runVoidReceipt;
    if (name == QLatin1String("void-payment"))
        return runVoidPayment;
    if (name == QLatin1String("credit-note"))
        return runCreditNote;
    if (name == QLatin1String("cancel"))
        return runCancel;
    if (name == QLatin1String("reopen"))
        return runReopen;
    if (name == QLatin1String("company"))
        return runCompany;
    if (name == QLatin1String("taxcode"))
        return runTaxCode;
    if (name == QLatin1String("pdf"))
        return runPdf;
    if (name == QLatin1String("einvoice"))
        return runEInvoice;
    if (name == QLatin1String("aging"))
        return runAging;
    if (name == QLatin1String("statement"))
        return runStatement;
    return {};
}

/**
 * How a command opens the company file: commands that only report open it read-only (they
 * never write, and work on a full disk); only commands that bring data in may create a file.
 */
Database::OpenOptions accessFor(const Arguments &args)
{
    const QString command = args.words.first();
    const QString verb = args.word(1);
    // bank list, report, account list and match without a decision only read (issue 15).
    const bool bankReads = command == QLatin1String("bank")
        && (verb == QLatin1String("list") || verb == QLatin1String("report")
            || (verb == QLatin1String("account") && args.word(2) == QLatin1String("list"))
            || (verb == QLatin1String("match") && !args.has(QStringLiteral("auto"))
                && !args.values.contains(QStringLiteral("line"))));
    const bool reports = command == QLatin1String("export") || command == QLatin1String("list")
        || command == QLatin1String("status") || bankReads
        || (command == QLatin1String("connection") && verb == QLatin1String("list"))
        || (command == QLatin1String("sync") && verb == QLatin1String("verify"))
        || command == QLatin1String("aging") || command == QLatin1String("statement")
        || ((command == QLatin1String("customer") || command == QLatin1String("credit"))
            && verb == QLatin1String("list"))
        || (command == QLatin1String("company") && verb == QLatin1String("show"))
        || (command == QLatin1String("taxcode") && verb == QLatin1String("list"))
        || command == QLatin1String("pdf") || command == QLatin1String("einvoice");
    const bool bringsData = command == QLatin1String("import") || command == QLatin1String("demo")
        || (command == QLatin1String("connection") && verb == QLatin1String("add"))
        || (command == QLatin1String("bank")
            && (verb == QLatin1String("import") || verb == QLatin1String("account")));
    // A dry run writes nothing, a migration neither (README).
    const bool dryRun = args.has(QStringLiteral("dry-run"));
    return {reports, bringsData, !dryRun};
}

/**
 * A dry run writes nothing, not even a new company file: where there is none, it checks against
 * empty books in a temporary file that goes when the command ends (README). Empty when the
 * temporary folder cannot be made.
 */
QString dryRunPath(const QString &path, const QTemporaryDir &scratch, Output &io)
{
    if (!scratch.isValid()) {
        io.err << QCoreApplication::translate(
            "Cli", "Cannot create a temporary folder for the dry run: %1")
                      .arg(scratch.errorString())
               << Qt::endl;
        return {};
    }
    io.out << QCoreApplication::translate("Cli",
        "There is no company file at %1: the dry run checks against empty books and "
        "creates no file.")
                  .arg(QFileInfo(path).absoluteFilePath())
           << Qt::endl;
    return scratch.filePath(QFileInfo(path).fileName());
}

void removeNewCompanyFile(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

/**
 * The company file as the command may use it: checked intact (nothing is read from a damaged
 * file, nor written to it: issue 9), and brought up to date where the command may change it,
 * saying so. Null, with the error written, when it cannot be used.
 */
std::unique_ptr<Database> openForCommand(const QString &path, const Arguments &args, Output &io)
{
    auto opened = Database::open(path, accessFor(args));
    if (!opened) {
        io.err << opened.error() << Qt::endl;
        return nullptr;
    }
    std::unique_ptr<Database> database = std::move(opened.value());
    if (auto intact = database->checkIntegrity(); !intact) {
        io.err << intact.error() << Qt::endl;
        return nullptr;
    }
    if (const QString kept = database->migrationBackupPath(); !kept.isEmpty())
        io.err << QCoreApplication::translate("Cli",
            "%1 was written by an older InvoiceDesk: it is brought up to date (schema %2), and "
            "the file as it was is kept as %3.")
                      .arg(database->path())
                      .arg(database->schemaVersion())
                      .arg(kept)
               << Qt::endl;
    return database;
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
    const bool bank = args.words.first() == QLatin1String("bank");
    if (!command && !bank) {
        io.err
            << QCoreApplication::translate("Cli", "unknown command \"%1\"").arg(args.words.first())
            << Qt::endl
            << usage();
        return BadUsage;
    }

    QString path = DatabaseLocation::resolve(args.databasePath);
    QTemporaryDir scratch;
    if (args.has(QStringLiteral("dry-run")) && !QFileInfo::exists(path)) {
        path = dryRunPath(path, scratch, io);
        if (path.isEmpty())
            return Failure;
    }
    const bool fileIsNew = !QFileInfo::exists(path);
    std::unique_ptr<Database> database = openForCommand(path, args, io);
    if (!database)
        return Failure;
    const qint64 commitsBefore = database->commits();
    int status = Success;
    {
        Ledger ledger(*database);
        status = bank ? runBank(ledger, *database, args, io) : command(ledger, *database, args, io);
    }
    // A refused command leaves no company file behind that it created and wrote nothing to:
    // the next command would find empty books nobody made.
    if (status != Success && fileIsNew && database->commits() == commitsBefore) {
        database.reset();
        removeNewCompanyFile(path);
    }
    return status;
}

} // namespace InvoiceDesk::Cli
