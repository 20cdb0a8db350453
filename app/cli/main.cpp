// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliarguments.h"
#include "commands.h"
#include "databaselocation.h"
#include "platform.h"
#include "translations.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace InvoiceDesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same identity as the desktop app, so both find the same company file by default.
    DatabaseLocation::setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(INVOICEDESK_VERSION));
    // The CLI follows the environment's language (LANGUAGE, LC_ALL, LANG) only, not the
    // desktop app's setting, so a script decides what it parses.
    Translations::install(app, QLocale::system());

    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli::Output io {out, err, Platform::stderrIsTerminal()};

    QString error;
    const auto args = Cli::parse(app.arguments().mid(1), &error);
    if (!args) {
        err << error << Qt::endl << Cli::usage();
        return Cli::BadUsage;
    }
    return Cli::run(*args, io);
}
