// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliarguments.h"

#include <QCoreApplication>
#include <QSet>

namespace InvoiceDesk::Cli {

namespace {

// Options that take a value; everything else starting with -- is a flag.
const QSet<QString> kValueOptions = {
    QStringLiteral("db"),
    QStringLiteral("remote-id"),
    QStringLiteral("on-existing"),
    QStringLiteral("separator"),
    QStringLiteral("date-format"),
    QStringLiteral("encoding"),
    QStringLiteral("sheet"),
    QStringLiteral("status"),
    QStringLiteral("format"),
    QStringLiteral("count"),
    QStringLiteral("kind"),
    QStringLiteral("url"),
    QStringLiteral("token-env"),
    QStringLiteral("auth"),
    QStringLiteral("key-env"),
    QStringLiteral("secret-env"),
    QStringLiteral("username"),
    QStringLiteral("password-env"),
    QStringLiteral("organisation"),
    QStringLiteral("api-key-env"),
    QStringLiteral("accounts-receivable"),
    QStringLiteral("payment-type"),
    QStringLiteral("url-key"),
    QStringLiteral("app-id"),
    QStringLiteral("app-secret-env"),
    QStringLiteral("connection"),
    QStringLiteral("timeout"),
    QStringLiteral("quiet-period"),
    QStringLiteral("backoff-base"),
    QStringLiteral("lanes"),
    QStringLiteral("requests-per-second"),
    // bank (issue 15)
    QStringLiteral("account"),
    QStringLiteral("iban"),
    QStringLiteral("number"),
    QStringLiteral("currency"),
    QStringLiteral("opening-balance"),
    QStringLiteral("opening-date"),
    QStringLiteral("line"),
    QStringLiteral("payment"),
    QStringLiteral("invoice"),
    QStringLiteral("method"),
    QStringLiteral("reason"),
    QStringLiteral("to"),
    QStringLiteral("profile"),
    // Issue 13: customers, receipts and credit.
    QStringLiteral("terms"),
    QStringLiteral("tax-id"),
    QStringLiteral("email"),
    QStringLiteral("name"),
    QStringLiteral("customer"),
    QStringLiteral("date"),
    QStringLiteral("amount"),
    QStringLiteral("receipt"),
    // Issue 16: list invoices through the list's own queries.
    QStringLiteral("search"),
    QStringLiteral("limit"),
    // Issue 13: credit notes and cancelling with money on the invoice.
    QStringLiteral("lines"),
    QStringLiteral("refund"),
    QStringLiteral("tax-rate"),
    // Issue 14: documents, statements and aging.
    QStringLiteral("output"),
    QStringLiteral("template"),
    QStringLiteral("as-of"),
    QStringLiteral("from"),
    // tax codes
    QStringLiteral("rate"),
    QStringLiteral("category"),
    QStringLiteral("exemption-reason"),
};

// Options that take a value and may be repeated.
const QSet<QString> kListOptions = {
    QStringLiteral("set"),
    QStringLiteral("allocate"),
    QStringLiteral("map"),
    QStringLiteral("ignore-column"),
};

const QSet<QString> kFlags = {
    QStringLiteral("dry-run"),
    QStringLiteral("skip-invalid"),
    QStringLiteral("decimal-comma"),
    QStringLiteral("decimal-point"),
    QStringLiteral("allow-duplicates"),
    QStringLiteral("once"),
    QStringLiteral("help"),
    QStringLiteral("version"),
    QStringLiteral("auto"),
    QStringLiteral("unmatched"),
    QStringLiteral("oldest-first"),
    QStringLiteral("overdue"),
    QStringLiteral("ignore-unknown-columns"),
    QStringLiteral("no-header"),
    QStringLiteral("keep-credit"),
};

/**
 * Whether `format` is a date format as Qt writes one: a day (d), a month (M) and a year (yy or
 * yyyy), no other letters. "DD.MM.YYYY" is refused here, not on every row of the file.
 */
bool isDateFormat(const QString &format)
{
    for (const QChar c : format) {
        if (c.isLetter() && c != u'd' && c != u'M' && c != u'y')
            return false;
    }
    return format.contains(u'd') && format.contains(u'M') && format.contains(QLatin1String("yy"));
}

} // namespace

std::optional<Arguments> parse(const QStringList &argv, QString *error)
{
    Arguments args;
    for (qsizetype i = 0; i < argv.size(); ++i) {
        const QString &arg = argv.at(i);
        if (arg == QLatin1String("-") || !arg.startsWith(QLatin1String("--"))) {
            args.words.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        const bool inlineValue = equals >= 0;
        if (inlineValue) {
            value = name.mid(equals + 1);
            name = name.left(equals);
        }
        if (kValueOptions.contains(name) || kListOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= argv.size()) {
                    *error = QCoreApplication::translate("Cli", "--%1 needs a value").arg(name);
                    return std::nullopt;
                }
                value = argv.at(++i);
            }
            if (name == QLatin1String("date-format") && !isDateFormat(value)) {
                *error = QCoreApplication::translate("Cli",
                    "--date-format %1: write the day as d or dd, the month as M or MM and the "
                    "year as yy or yyyy, e.g. dd.MM.yyyy or M/d/yyyy")
                             .arg(value);
                return std::nullopt;
            }
            if (name == QLatin1String("db"))
                args.databasePath = value;
            else if (kListOptions.contains(name))
                args.lists[name].append(value);
            else
                args.values.insert(name, value);
        } else if (kFlags.contains(name) && !inlineValue) {
            args.flags.append(name);
        } else {
            *error = QCoreApplication::translate("Cli", "unknown option --%1").arg(name);
            return std::nullopt;
        }
    }
    return args;
}

namespace {

// The synopsis is the same in every language (commands and options are not translated); only
// the words around it are.
const char kSynopsis[]
    = "  invoicedesk-cli [--db PATH] import invoices|payments|creditnotes FILE [--dry-run] "
      "[--skip-invalid]\n"
      "                  [--on-existing update|skip|fail] [--format csv|xlsx] [--sheet NAME]\n"
      "                  [--separator C] [--decimal-comma|--decimal-point] [--date-format "
      "FMT]\n"
      "                  [--encoding E] [--allow-duplicates]\n"
      "                  [--profile NAME] [--map \"THEIRS=ours\"]... [--set column=VALUE]...\n"
      "                  [--ignore-column NAME]... [--ignore-unknown-columns] [--no-header]\n"
      "  invoicedesk-cli [--db PATH] import books DIR [--dry-run] [--skip-invalid] [--on-existing "
      "...]\n"
      "  invoicedesk-cli [--db PATH] export invoices|payments|creditnotes FILE|- [--status S]\n"
      "                  [--format csv|xlsx] [--encoding utf-8|utf-8-bom|utf-16|windows-1252]\n"
      "  invoicedesk-cli [--db PATH] export books DIR [--encoding utf-8|utf-8-bom|utf-16|"
      "windows-1252]\n"
      "  invoicedesk-cli [--db PATH] list invoices [--search TEXT] [--overdue] [--status S]\n"
      "                  [--limit N] [--format table|csv|json]\n"
      "  invoicedesk-cli [--db PATH] list payments [--status S] [--format table|csv|json]\n"
      "  invoicedesk-cli [--db PATH] status [--format table|json]\n"
      "  invoicedesk-cli [--db PATH] demo [--count N]\n"
      "  invoicedesk-cli [--db PATH] upgrade\n"
      "  invoicedesk-cli [--db PATH] connection add NAME --kind KIND --url URL [options of "
      "that kind]\n"
      "      upgradechat  --token-env VAR [--auth bearer|api-key]\n"
      "      ivvy         --key-env VAR --secret-env VAR\n"
      "      crmcom       (--username U --password-env VAR --organisation ORG | --api-key-env "
      "VAR)\n"
      "                   [--accounts-receivable NUMBER] [--payment-type NAME]\n"
      "      refrens      --url-key KEY --app-id ID --app-secret-env VAR\n"
      "      any kind     [--lanes N] [--requests-per-second R]\n"
      "  invoicedesk-cli [--db PATH] connection set NAME [--lanes N] [--requests-per-second R]\n"
      "  invoicedesk-cli [--db PATH] connection list|remove NAME\n"
      "  invoicedesk-cli [--db PATH] sync [--connection NAME] [--once] [--timeout S] "
      "[--quiet-period S] [--backoff-base S]\n"
      "  invoicedesk-cli [--db PATH] sync verify [--connection NAME]\n"
      "  invoicedesk-cli [--db PATH] sync link NUMBER --remote-id ID\n"
      "  invoicedesk-cli [--db PATH] bank account add NAME --currency C [--iban IBAN | "
      "--number N]\n"
      "                  [--opening-balance A] [--opening-date D]\n"
      "  invoicedesk-cli [--db PATH] bank account list [--format table|json]\n"
      "  invoicedesk-cli [--db PATH] bank import FILE [--account NAME] [--dry-run] [--currency "
      "C]\n"
      "                  [--profile NAME] [--map \"THEIRS=ours,...\"] [--separator C]\n"
      "                  [--decimal-comma|--decimal-point] [--date-format FMT] [--encoding E]\n"
      "  invoicedesk-cli [--db PATH] bank match [--auto] [--account NAME] [--format "
      "table|json]\n"
      "  invoicedesk-cli [--db PATH] bank match --line ID (--payment MARKER | --invoice "
      "NUMBER[,NUMBER...]\n"
      "                  [--method M])\n"
      "  invoicedesk-cli [--db PATH] bank unmatch LINE [--reason TEXT]\n"
      "  invoicedesk-cli [--db PATH] bank list [--unmatched] [--account NAME] [--format "
      "table|json]\n"
      "  invoicedesk-cli [--db PATH] bank report --account NAME --to DATE [--format "
      "table|json]\n"
      "  invoicedesk-cli [--db PATH] bank assign MARKER --account NAME\n"
      "  invoicedesk-cli [--db PATH] customer list [--format table|json]\n"
      "  invoicedesk-cli [--db PATH] customer add|edit NAME [--name NEW] [--currency C] "
      "[--terms DAYS]\n"
      "                  [--tax-id T] [--email E] [--set billing.FIELD=V|shipping.FIELD=V "
      "...]\n"
      "  invoicedesk-cli [--db PATH] receive --customer NAME --date D --amount A --method M\n"
      "                  [--currency C] [--receipt KEY] [--set cheque.number=... ...]\n"
      "                  [--allocate NUMBER=AMOUNT ...] [--oldest-first]\n"
      "  invoicedesk-cli [--db PATH] void-receipt KEY --reason R\n"
      "  invoicedesk-cli [--db PATH] void-payment MARKER --reason R\n"
      "  invoicedesk-cli [--db PATH] credit list [--customer NAME] [--format table|json]\n"
      "  invoicedesk-cli [--db PATH] credit apply --customer NAME --invoice NUMBER --amount "
      "A [--date D]\n"
      "  invoicedesk-cli [--db PATH] credit-note (--invoice NUMBER | --customer NAME [--currency "
      "C])\n"
      "                  (--amount A | --lines FILE) [--tax-rate PERCENT] --reason R [--date D]\n"
      "  invoicedesk-cli [--db PATH] cancel NUMBER [--keep-credit | --refund credited|owed\n"
      "                  [--method M] [--set FIELD=VALUE ...]] [--reason R] [--date D]\n"
      "  invoicedesk-cli [--db PATH] reopen NUMBER\n"
      "  invoicedesk-cli [--db PATH] company show [--format table|json]\n"
      "  invoicedesk-cli [--db PATH] company set KEY=VALUE ...\n"
      "  invoicedesk-cli [--db PATH] taxcode list [--format table|json]\n"
      "  invoicedesk-cli [--db PATH] taxcode set NAME [--rate PERCENT] [--category "
      "S|Z|E|AE|K|G|O]\n"
      "                  [--exemption-reason TEXT]\n"
      "  invoicedesk-cli [--db PATH] pdf NUMBER... --output FILE.pdf [--template NAME]\n"
      "  invoicedesk-cli [--db PATH] einvoice NUMBER --format ubl|cii|zugferd --output FILE\n"
      "                  [--template NAME]   (NUMBER: an invoice or a credit note)\n"
      "  invoicedesk-cli [--db PATH] aging --as-of D [--format table|csv|json]\n"
      "  invoicedesk-cli [--db PATH] statement --customer NAME --from D --to D "
      "--output FILE.pdf|FILE.csv\n";

} // namespace

bool dateOption(const Arguments &args, QDate &date, QString &error)
{
    date = QDate::currentDate();
    if (!args.values.contains(QStringLiteral("date")))
        return true;
    date = QDate::fromString(args.value(QStringLiteral("date")), Qt::ISODate);
    if (!date.isValid())
        error = QCoreApplication::translate("Cli", "--date must be a date such as 2026-11-15");
    return date.isValid();
}

QString usage()
{
    return QCoreApplication::translate("Cli", "Usage:") + QLatin1Char('\n')
        + QString::fromLatin1(kSynopsis) + QLatin1Char('\n')
        + QCoreApplication::translate(
            "Cli", "The database is --db, else $INVOICEDESK_DB, else the application data folder.")
        + QLatin1Char('\n')
        + QCoreApplication::translate(
            "Cli", "CSV or XLSX follows the file's extension unless --format says.")
        + QLatin1Char('\n')
        + QCoreApplication::translate("Cli",
            "Exit codes: 0 success, 1 a failure to act on (bad file, rejected rows), 2 bad usage.")
        + QLatin1Char('\n');
}

} // namespace InvoiceDesk::Cli
