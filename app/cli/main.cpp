// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliarguments.h"
#include "commands.h"
#include "databaselocation.h"
#include "platform.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstring>
#include <memory>
#include <unistd.h>

using namespace InvoiceDesk;

namespace {

/**
 * Documents are laid out with QtGui (fonts, QPdfWriter), which needs a QGuiApplication; the
 * offscreen platform lets it run where there is no display. Every other command keeps the
 * plain QCoreApplication.
 */
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    bool documents = false;
    for (int i = 1; i < argc; ++i)
        documents = documents || std::strcmp(argv[i], "pdf") == 0
            || std::strcmp(argv[i], "statement") == 0 || std::strcmp(argv[i], "einvoice") == 0;
    if (!documents)
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Without a session (cron, CI) QtGui would warn on stderr that it made its runtime folder;
    // make it ourselves, private as the XDG specification wants.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString folder = QDir::tempPath() + QStringLiteral("/invoicedesk-runtime-")
            + QString::number(getuid());
        if (QDir().mkpath(folder)
            && QFile::setPermissions(
                folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(folder));
    }
#endif
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const auto application = makeApplication(argc, argv);
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
