// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsmenu.h"
#include "agingwindow.h"
#include "mainwindow.h"
#include "statementwindow.h"

#include <QCoreApplication>
#include <QMenuBar>

namespace InvoiceDesk::ReportsMenu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ReportsMenu", text);
}

/** The window of type T over the main window's company file, created the first time. */
template <typename T> T *single(MainWindow *window, bool *created = nullptr)
{
    auto *found = window->findChild<T *>();
    if (created)
        *created = !found;
    if (!found) {
        found = new T(window->database(), window);
        found->setAttribute(Qt::WA_DeleteOnClose);
    }
    found->show();
    found->raise();
    found->activateWindow();
    return found;
}

} // namespace

void install(MainWindow *window)
{
    QMenu *menu = window->menuBar()->addMenu(tr("&Reports"));
    menu->setObjectName(QStringLiteral("reportsMenu"));
    menu->addAction(tr("A/R &Aging…"), window, [window] { showAging(window); });
    menu->addAction(tr("Customer &Statement…"), window, [window] { showStatement(window); });
}

AgingWindow *showAging(MainWindow *window)
{
    bool created = false;
    auto *aging = single<AgingWindow>(window, &created);
    if (created) {
        QObject::connect(aging, &AgingWindow::statementRequested, window,
            [window](const QString &customer, const QDate &asOf) {
                showStatement(window, customer, asOf);
            });
    } else {
        aging->reload();
    }
    return aging;
}

StatementWindow *showStatement(MainWindow *window, const QString &customer, const QDate &to)
{
    auto *statement = single<StatementWindow>(window);
    if (!customer.isEmpty()) {
        // Three calendar months up to the day: the period a reminder usually covers.
        const QDate from = QDate(to.year(), to.month(), 1).addMonths(-2);
        statement->showStatement(customer, from, to);
    } else {
        statement->reload();
    }
    return statement;
}

} // namespace InvoiceDesk::ReportsMenu
