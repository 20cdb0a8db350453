// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A connection's limits on the command line: --lanes and --requests-per-second (connection add
// and connection set).
#include "commands.h"

#include "ledger.h"
#include "tokenbucket.h"

#include <QCoreApplication>

namespace InvoiceDesk::Cli {

/**
 * `--lanes N` and `--requests-per-second R`, the limits of every kind of connection, into its
 * settings (0 clears a limit: the engine's default); false after a usage error.
 */
bool paceOptions(const Arguments &args, QJsonObject &settings, Output &io)
{
    if (args.values.contains(QStringLiteral("lanes"))) {
        bool ok = false;
        const int lanes = args.value(QStringLiteral("lanes")).toInt(&ok);
        if (!ok || lanes < 0 || lanes > ConnectionPace::kMaxLanes) {
            io.err << QCoreApplication::translate(
                "Cli", "--lanes takes a whole number from 1 to %1 (0: the default)")
                          .arg(ConnectionPace::kMaxLanes)
                   << Qt::endl;
            return false;
        }
        if (lanes == 0)
            settings.remove(QStringLiteral("lanes"));
        else
            settings.insert(QStringLiteral("lanes"), lanes);
    }
    if (args.values.contains(QStringLiteral("requests-per-second"))) {
        bool ok = false;
        const double rate = args.value(QStringLiteral("requests-per-second")).toDouble(&ok);
        if (!ok || rate < 0 || rate > ConnectionPace::kMaxRequestsPerSecond) {
            io.err << QCoreApplication::translate(
                "Cli", "--requests-per-second takes a number from 0 (no limit) to %1")
                          .arg(ConnectionPace::kMaxRequestsPerSecond)
                   << Qt::endl;
            return false;
        }
        if (rate == 0)
            settings.remove(QStringLiteral("requestsPerSecond"));
        else
            settings.insert(QStringLiteral("requestsPerSecond"), rate);
    }
    return true;
}

/** `connection set NAME [--lanes N] [--requests-per-second R]`: a connection's limits. */
int connectionSet(Ledger &ledger, const Arguments &args, Output &io)
{
    auto found = ledger.connections().findByName(args.words.at(2));
    if (!found || !found->has_value()) {
        io.err << (found ? QCoreApplication::translate("Cli", "there is no connection %1")
                               .arg(args.words.at(2))
                         : found.error())
               << Qt::endl;
        return Failure;
    }
    Connection connection = **found;
    if (!paceOptions(args, connection.settings, io))
        return BadUsage;
    if (auto updated = ledger.connections().update(connection); !updated) {
        io.err << updated.error() << Qt::endl;
        return Failure;
    }
    const ConnectionPace pace = ConnectionPace::from(connection.settings);
    io.out << QCoreApplication::translate(
        "Cli", "Connection %1: lanes: %2; requests per second: %3.")
                  .arg(connection.name,
                      pace.lanes > 0 ? QString::number(pace.lanes)
                                     : QCoreApplication::translate("Cli", "default"),
                      pace.requestsPerSecond > 0 ? QString::number(pace.requestsPerSecond)
                                                 : QCoreApplication::translate("Cli", "no limit"))
           << Qt::endl;
    return Success;
}

} // namespace InvoiceDesk::Cli
