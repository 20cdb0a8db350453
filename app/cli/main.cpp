// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliarguments.h"
#include "commands.h"
#include "databaselocation.h"
#include "platform.h"
#include "translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

using namespace InvoiceDesk;

namespace {

/**
 * A statement as PDF lays text out with QtGui's fonts, which need a QGuiApplication; on the
 * offscreen platform unless told otherwise, so the CLI still runs where no display is.
 */
std::unique_ptr<QCoreApplication> applicationFor(int &argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "statement") == 0) {
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return std::make_unique<QGuiApplication>(argc, argv);
        }
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> application = applicationFor(argc, argv);
    QCoreApplication &app = *application;
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
