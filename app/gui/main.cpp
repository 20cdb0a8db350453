// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companyfileupdate.h"
#include "database.h"
#include "databaselocation.h"
#include "demodata.h"
#include "firstrundialog.h"
#include "ledger.h"
#include "mainwindow.h"
#include "translations.h"
#include "uiresources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

using namespace InvoiceDesk;

namespace {

/** What the command line asked for. */
struct Options
{
    QString db;
    QString screenshot; ///< render the main window to this PNG and quit
    bool demo = false;
};

/** The language: the one chosen in View > Language, else the system's. */
void installLanguage(QApplication &app)
{
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    Translations::install(app, locale);
}

Options parseOptions(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Offline invoice and payment entry for bookkeepers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QApplication::translate("main", "The company file to open."), QStringLiteral("PATH"));
    parser.addOption(dbOption);
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "Render the main window to a PNG file and quit (for documentation and CI)."),
        QStringLiteral("PNG"));
    parser.addOption(screenshotOption);
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QApplication::translate("main",
            "Fill a company file that does not exist yet with the demo company, without asking "
            "(for scripts and screenshots)."));
    parser.addOption(demoOption);
    parser.process(app);
    return {parser.value(dbOption), parser.value(screenshotOption), parser.isSet(demoOption)};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    initUiResources();
    DatabaseLocation::setApplicationIdentity();
    QApplication::setApplicationVersion(QStringLiteral(INVOICEDESK_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("InvoiceDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/invoicedesk.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.github.invoicedesk.InvoiceDesk"));
    installLanguage(app);
    const Options options = parseOptions(app);

    // Every new company file, wherever its path came from, is offered empty, as the demo or
    // as an existing file instead (issue 10); demo data only on request.
    const CompanyFileChoice start = chooseCompanyFile(
        DatabaseLocation::resolve(options.db), options.demo, options.screenshot.isEmpty());
    if (start.cancelled)
        return 0;
    auto database = openCompanyFile(start.path, nullptr);
    if (!database) {
        QMessageBox::critical(
            nullptr, QApplication::translate("main", "Cannot Open Company File"), database.error());
        return 1;
    }
    if (start.fillDemo) {
        // Asked for: the demo company, so there is something to look at.
        Ledger ledger(*database.value());
        auto filled = DemoData::fill(ledger, {});
        if (!filled)
            QMessageBox::warning(
                nullptr, QApplication::translate("main", "Demo Data"), filled.error());
    }

    MainWindow window(std::move(database).value());
    window.show();
    if (!options.screenshot.isEmpty()) {
        QTimer::singleShot(0, &window, [&] {
            const bool saved = window.grab().save(options.screenshot);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
