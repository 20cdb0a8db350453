// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// taxcode list|set: the company's tax codes, without a trip through the books folder.
#include "clitable.h"
#include "commands.h"
#include "listformat.h"

#include "ledger.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace InvoiceDesk::Cli {

namespace {

int listTaxCodes(Ledger &ledger, const Arguments &args, Output &io)
{
    const std::optional<bool> json = jsonFormat(args, io);
    if (!json)
        return BadUsage;
    auto codes = ledger.taxCodes().all();
    if (!codes) {
        io.err << codes.error() << Qt::endl;
        return Failure;
    }
    if (*json) {
        QJsonArray array;
        for (const TaxCode &code : std::as_const(*codes))
            array.append(QJsonObject {{QStringLiteral("name"), code.name},
                {QStringLiteral("rate"), code.rate.toString()},
                {QStringLiteral("category"), code.category},
                {QStringLiteral("exemptionReason"), code.exemptionReason}});
        printJson(io.out, QJsonObject {{QStringLiteral("taxCodes"), array}});
        return Success;
    }
    // Column names are taxcodes.csv's, not translated: scripts read them.
    QList<QStringList> rows;
    for (const TaxCode &code : std::as_const(*codes))
        rows.append({code.name, code.rate.toString(), code.category, code.exemptionReason});
    printTable(io.out,
        {QStringLiteral("name"), QStringLiteral("rate"), QStringLiteral("category"),
            QStringLiteral("exemptionReason")},
        rows, {1});
    return Success;
}

/** The options of taxcode set applied to `code`; false after printing why not. */
bool applyOptions(TaxCode &code, bool adding, const Arguments &args, Output &io)
{
    if (args.values.contains(QStringLiteral("rate"))) {
        const QString text = args.value(QStringLiteral("rate")).trimmed();
        auto rate = Percentage::parse(QString(text).remove(QLatin1Char('%')).trimmed());
        if (!rate) {
            io.err
                << QCoreApplication::translate("Cli", "--rate \"%1\": %2").arg(text, rate.error())
                << Qt::endl;
            return false;
        }
        code.rate = *rate;
    } else if (adding) {
        io.err << QCoreApplication::translate("Cli", "a new tax code needs --rate, e.g. --rate 19")
               << Qt::endl;
        return false;
    }
    if (args.values.contains(QStringLiteral("category")))
        code.category = args.value(QStringLiteral("category")).trimmed().toUpper();
    else if (adding)
        code.category = TaxCodes::defaultCategory(code.rate);
    if (args.values.contains(QStringLiteral("exemption-reason")))
        code.exemptionReason = args.value(QStringLiteral("exemption-reason")).trimmed();
    return true;
}

int setTaxCode(Ledger &ledger, const Arguments &args, Output &io)
{
    if (args.words.size() < 3) {
        io.err << usage();
        return BadUsage;
    }
    const QString name = args.word(2).trimmed();
    if (name.isEmpty()) {
        io.err << QCoreApplication::translate("TaxCode", "a tax code needs a name") << Qt::endl;
        return BadUsage;
    }
    auto codes = ledger.taxCodes().all();
    if (!codes) {
        io.err << codes.error() << Qt::endl;
        return Failure;
    }
    const std::optional<TaxCode> existing = TaxCodes::byName(*codes, name);
    TaxCode code = existing.value_or(TaxCode());
    if (!existing)
        code.name = name;
    if (!applyOptions(code, !existing, args, io))
        return BadUsage;
    auto saved = ledger.saveTaxCode(code);
    if (!saved) {
        io.err << QCoreApplication::translate("Cli", "Tax code %1 was not saved: %2")
                      .arg(name, saved.error())
               << Qt::endl;
        return Failure;
    }
    io.out << (existing
            ? QCoreApplication::translate("Cli", "Saved tax code %1: %2 %, category %3")
            : QCoreApplication::translate("Cli", "Added tax code %1: %2 %, category %3"))
                  .arg(saved->name, saved->rate.toString(), saved->category)
           << Qt::endl;
    return Success;
}

} // namespace

int runTaxCode(Ledger &ledger, const Arguments &args, Output &io)
{
    const QString verb = args.word(1);
    if (verb == QLatin1String("list"))
        return listTaxCodes(ledger, args, io);
    if (verb == QLatin1String("set"))
        return setTaxCode(ledger, args, io);
    io.err << QCoreApplication::translate("Cli", "taxcode takes list or set") << Qt::endl;
    return BadUsage;
}

} // namespace InvoiceDesk::Cli
