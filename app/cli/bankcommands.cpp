// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bank account add|list, bank import, bank assign.
#include "bankcli.h"

#include "bankaccounts.h"
#include "ledger.h"
#include "reconciler.h"
#include "statementimporter.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace InvoiceDesk::Cli::Bank {

namespace {

int addAccount(Context &bank, const Arguments &args)
{
    if (args.words.size() != 4) {
        bank.io.err << QCoreApplication::translate("Cli",
            "usage: bank account add NAME --currency C [--iban IBAN | --number N] "
            "[--opening-balance A] [--opening-date D]")
                    << Qt::endl;
        return BadUsage;
    }
    BankAccount account;
    account.name = args.words.at(3);
    account.identifier = args.value(QStringLiteral("iban"), args.value(QStringLiteral("number")));
    const QString code = args.value(QStringLiteral("currency"));
    account.currency = Currency::fromCode(code).value_or(Currency());
    if (code.isEmpty()) {
        bank.io.err << QCoreApplication::translate("Cli",
            "--currency is needed: the account's "
            "currency code (EUR)")
                    << Qt::endl;
        return BadUsage;
    }
    if (!account.currency.isValid()) {
        bank.io.err << QCoreApplication::translate(
            "Cli", "--currency: \"%1\" is not a currency code")
                           .arg(code)
                    << Qt::endl;
        return BadUsage;
    }
    if (const QString text = args.value(QStringLiteral("opening-balance")); !text.isEmpty()) {
        auto amount = Money::parse(text, account.currency);
        if (!amount) {
            bank.io.err << QCoreApplication::translate("Cli", "--opening-balance \"%1\": %2")
                               .arg(text, amount.error())
                        << Qt::endl;
            return BadUsage;
        }
        account.openingBalance = amount->minorUnits();
    }
    if (args.values.contains(QStringLiteral("opening-date"))) {
        const auto date = dateOption(args, QStringLiteral("opening-date"), bank.io);
        if (!date)
            return BadUsage;
        account.openingDate = *date;
    }
    auto added = BankAccounts::add(bank.ledger, bank.store, account);
    if (!added) {
        bank.io.err << added.error() << Qt::endl;
        return Failure;
    }
    bank.io.out << QCoreApplication::translate("Cli", "Added the bank account \"%1\" (%2)")
                       .arg(added->name, added->details())
                << Qt::endl;
    return Success;
}

int listAccounts(Context &bank, const Arguments &args)
{
    const auto json = jsonFormat(args, bank.io);
    if (!json)
        return BadUsage;
    auto summaries = BankAccounts::summaries(bank.store);
    if (!summaries) {
        bank.io.err << summaries.error() << Qt::endl;
        return Failure;
    }
    const QStringList header = {QStringLiteral("name"), QStringLiteral("account"),
        QStringLiteral("currency"), QStringLiteral("openingBalance"), QStringLiteral("openingDate"),
        QStringLiteral("balance"), QStringLiteral("lastBooking"), QStringLiteral("lines"),
        QStringLiteral("unmatched")};
    QList<QStringList> rows;
    QJsonArray array;
    for (const BankAccountSummary &s : *summaries) {
        const Currency &c = s.account.currency;
        const QStringList row = {s.account.name, s.account.displayIdentifier(), c.code(),
            money(s.account.openingBalance, c), s.account.openingDate.toString(Qt::ISODate),
            money(s.balance, c), s.lastBooking.toString(Qt::ISODate), QString::number(s.lines),
            QString::number(s.unmatched)};
        QJsonObject object;
        for (qsizetype i = 0; i < header.size(); ++i)
            object.insert(
                header.at(i), i >= 7 ? QJsonValue(row.at(i).toInt()) : QJsonValue(row.at(i)));
        array.append(object);
        rows.append(row);
    }
    if (*json)
        printJson(bank.io.out, {{QStringLiteral("accounts"), array}});
    else
        printTable(bank.io.out, header, rows, {3, 5, 7, 8});
    return Success;
}

/** The CSV options of bank import: a profile, then --map, --separator and the formats. */
std::optional<BankCsvOptions> csvOptions(const Arguments &args, Output &io)
{
    BankCsvOptions options;
    if (const QString profile = args.value(QStringLiteral("profile")); !profile.isEmpty()) {
        const auto loaded = BankCsvProfile::load(ImportProfileStore(), profile);
        if (!loaded) {
            io.err << QStringLiteral("--profile: ") << loaded.error() << Qt::endl;
            return std::nullopt;
        }
        options = *loaded;
    }
    // --map "Buchungstag=bookingDate,Betrag=amount", also given once per pair
    const QStringList pairs = args.list(QStringLiteral("map"))
                                  .join(QLatin1Char(','))
                                  .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            io.err << QCoreApplication::translate(
                "Cli", "--map takes THEIRS=ours pairs separated by commas, not \"%1\"")
                          .arg(pair)
                   << Qt::endl;
            return std::nullopt;
        }
        options.mapping.insert(pair.left(equals).trimmed(), pair.mid(equals + 1).trimmed());
    }
    if (const QString separator = args.value(QStringLiteral("separator")); !separator.isEmpty())
        options.separator = separator == QLatin1String("tab") ? QChar(u'\t') : separator.front();
    if (args.has(QStringLiteral("decimal-comma")))
        options.decimal = DecimalFormat::decimalComma();
    else if (args.has(QStringLiteral("decimal-point")))
        options.decimal = DecimalFormat::pointWithThousands();
    if (args.values.contains(QStringLiteral("date-format")))
        options.dateFormat = args.value(QStringLiteral("date-format"));
    if (const QString code = args.value(QStringLiteral("currency")); !code.isEmpty()) {
        options.currency = Currency::fromCode(code).value_or(Currency());
        if (!options.currency.isValid()) {
            io.err << QCoreApplication::translate(
                "Cli", "--currency: \"%1\" is not a currency code")
                          .arg(code)
                   << Qt::endl;
            return std::nullopt;
        }
    }
    if (const QString name = args.value(QStringLiteral("encoding")); !name.isEmpty())
        options.encoding = encodingFromName(name);
    return options;
}

void printImported(const StatementImport &result, Output &io, bool dryRun)
{
    for (const ImportedStatement &s : result.statements) {
        io.out << (dryRun ? QCoreApplication::translate("Cli", "Would import")
                          : QCoreApplication::translate("Cli", "Imported"))
               << QLatin1Char(' ')
               << QCoreApplication::translate("Cli",
                      "%1 statement %2 into \"%3\"%4: %5 lines, %6 added, %7 already imported")
                      .arg(statementFormatKey(s.format),
                          s.statementId.isEmpty() ? QStringLiteral("-") : s.statementId,
                          s.accountName,
                          s.accountCreated ? QCoreApplication::translate("Cli", " (a new account)")
                                           : QString())
                      .arg(s.read)
                      .arg(s.added)
                      .arg(s.duplicates)
               << Qt::endl;
        if (s.balancesChecked)
            io.out << QStringLiteral("  ")
                   << QCoreApplication::translate(
                          "Cli", "balances checked: %1 on %2 and the lines give %3 on %4")
                          .arg(money(s.opening->amount, s.currency),
                              s.opening->date.toString(Qt::ISODate),
                              money(s.closing->amount, s.currency),
                              s.closing->date.toString(Qt::ISODate))
                   << Qt::endl;
    }
    for (const QString &gap : result.gaps)
        io.err << QCoreApplication::translate("Cli", "warning: %1").arg(gap) << Qt::endl;
    for (const QString &note : result.notes)
        io.err << QCoreApplication::translate("Cli", "note: %1").arg(note) << Qt::endl;
}

} // namespace

int runAccount(Context &bank, const Arguments &args)
{
    const QString verb = args.word(2);
    if (verb == QLatin1String("add"))
        return addAccount(bank, args);
    if (verb == QLatin1String("list") && args.words.size() == 3)
        return listAccounts(bank, args);
    bank.io.err << QCoreApplication::translate(
        "Cli", "usage: bank account add NAME ... | bank account list [--format table|json]")
                << Qt::endl;
    return BadUsage;
}

int runImport(Context &bank, const Arguments &args)
{
    if (args.words.size() != 3) {
        bank.io.err << QCoreApplication::translate(
            "Cli", "usage: bank import FILE [--account NAME] [--dry-run] [CSV options]")
                    << Qt::endl;
        return BadUsage;
    }
    const auto csv = csvOptions(args, bank.io);
    if (!csv)
        return BadUsage;
    StatementImportOptions options;
    options.accountName = args.value(QStringLiteral("account"));
    options.csv = *csv;
    options.dryRun = args.has(QStringLiteral("dry-run"));
    const QString path = args.words.at(2);
    StatementImporter importer(bank.ledger, bank.store);
    const StatementImport result = importer.importFile(path, options);
    if (!result.succeeded()) {
        for (const ImportIssue &issue : result.issues)
            bank.io.err << path << QStringLiteral(": ") << issue.toString() << Qt::endl;
        bank.io.err << QCoreApplication::translate("Cli", "Nothing was imported.") << Qt::endl;
        return Failure;
    }
    printImported(result, bank.io, options.dryRun);
    return Success;
}

int runAssign(Context &bank, const Arguments &args)
{
    if (args.words.size() != 3 || args.value(QStringLiteral("account")).isEmpty()) {
        bank.io.err << QCoreApplication::translate(
            "Cli", "usage: bank assign MARKER --account NAME")
                    << Qt::endl;
        return BadUsage;
    }
    const auto account = namedAccount(bank, args.value(QStringLiteral("account")));
    if (!account)
        return Failure;
    auto payment = bank.store.paymentIdByMarker(args.words.at(2));
    if (!payment || !payment->has_value()) {
        bank.io.err << (payment
                ? QCoreApplication::translate("Cli", "there is no payment with the marker %1")
                      .arg(args.words.at(2))
                : payment.error())
                    << Qt::endl;
        return Failure;
    }
    Reconciler reconciler(bank.ledger, bank.store);
    if (auto s = reconciler.assignAccount(**payment, account->id); !s) {
        bank.io.err << s.error() << Qt::endl;
        return Failure;
    }
    bank.io.out << QCoreApplication::translate("Cli", "The payment %1 went into \"%2\"")
                       .arg(args.words.at(2), account->name)
                << Qt::endl;
    return Success;
}

} // namespace InvoiceDesk::Cli::Bank
