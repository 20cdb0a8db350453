// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// company show|set: the company's profile (issue 14 item 1).
#include "clitable.h"
#include "commands.h"

#include "database.h"
#include "ledger.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace InvoiceDesk::Cli {

namespace {

int showCompany(Ledger &ledger, const Arguments &args, Output &io)
{
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        io.err << QCoreApplication::translate("Cli", "--format must be table or json") << Qt::endl;
        return BadUsage;
    }
    auto profile = ledger.companyProfile();
    if (!profile) {
        io.err << profile.error() << Qt::endl;
        return Failure;
    }
    if (format == QLatin1String("json")) {
        QJsonObject object;
        for (const QString &key : CompanyProfile::keys())
            object.insert(key, profile->value(key));
        io.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented))
               << Qt::flush;
        return Success;
    }
    // Keys as `company set` takes them, not translated: scripts read them.
    QList<QStringList> rows;
    for (const QString &key : CompanyProfile::keys())
        rows.append({key, profile->value(key)});
    printTable(io.out, {QStringLiteral("key"), QStringLiteral("value")}, rows);
    return Success;
}

int setCompany(Ledger &ledger, const Arguments &args, Output &io)
{
    const QStringList assignments = args.words.mid(2);
    if (assignments.isEmpty()) {
        io.err << QCoreApplication::translate("Cli", "company set needs KEY=VALUE, e.g. name=Acme")
               << Qt::endl;
        return BadUsage;
    }
    const auto stored = ledger.companyProfile();
    if (!stored) {
        io.err << stored.error() << Qt::endl;
        return Failure;
    }
    CompanyProfile profile = *stored;
    for (const QString &assignment : assignments) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        const QString key = assignment.left(equals);
        if (equals <= 0 || !CompanyProfile::isKey(key)) {
            io.err << QCoreApplication::translate("Cli", "%1: the keys are %2")
                          .arg(assignment, CompanyProfile::keys().join(QStringLiteral(", ")))
                   << Qt::endl;
            return BadUsage;
        }
        profile.setValue(key, assignment.mid(equals + 1));
    }
    if (auto saved = ledger.saveCompanyProfile(profile); !saved) {
        io.err << QCoreApplication::translate("Cli", "The company profile was not changed: %1")
                      .arg(saved.error())
               << Qt::endl;
        return Failure;
    }
    io.out << QCoreApplication::translate("Cli", "Saved the company profile") << Qt::endl;
    return Success;
}

} // namespace

int runCompany(Ledger &ledger, const Arguments &args, Output &io)
{
    const QString verb = args.word(1);
    if (verb == QLatin1String("show"))
        return showCompany(ledger, args, io);
    if (verb == QLatin1String("set"))
        return setCompany(ledger, args, io);
    io.err << QCoreApplication::translate("Cli", "company takes show or set") << Qt::endl;
    return BadUsage;
}

int runUpgrade(Ledger &, Database &database, const Arguments &args, Output &io)
{
    if (args.words.size() > 1) {
        io.err << QCoreApplication::translate("Cli", "upgrade takes no more words") << Qt::endl;
        return BadUsage;
    }
    io.out << QCoreApplication::translate("Cli", "%1 is up to date (schema %2).")
                  .arg(database.path())
                  .arg(database.schemaVersion())
           << Qt::endl;
    return Success;
}

} // namespace InvoiceDesk::Cli
