// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportsmenu.h"
#include "agingwindow.h"
#include "mainwindow.h"
#include "singlewindow.h"
#include "statementwindow.h"

#include <QCoreApplication>
#include <QMenuBar>

namespace InvoiceDesk::ReportsMenu {

namespace {

/** The window of type T over the main window's company file, created the first time. */
template <typename T> T *single(MainWindow *window, bool *created = nullptr)
{
    return singleWindow<T>(
        window, [window] { return new T(window->database(), window); }, created);
}

} // namespace

void install(MainWindow *window)
{
    QMenu *menu
        = window->menuBar()->addMenu(QCoreApplication::translate("ReportsMenu", "&Reports"));
    menu->setObjectName(QStringLiteral("reportsMenu"));
    menu->addAction(QCoreApplication::translate("ReportsMenu", "A/R &Aging…"), window,
        [window] { showAging(window); });
    menu->addAction(QCoreApplication::translate("ReportsMenu", "Customer &Statement…"), window,
        [window] { showStatement(window); });
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
