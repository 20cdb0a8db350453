// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankingmenu.h"
#include "bankaccountsdialog.h"
#include "importstatementdialog.h"
#include "mainwindow.h"
#include "reconcilewindow.h"
#include "singlewindow.h"

#include <QCoreApplication>
#include <QMenuBar>

namespace InvoiceDesk::BankingMenu {

namespace {

/** The window of type T over the main window's company file, created the first time. */
template <typename T> T *single(MainWindow *window, bool *created = nullptr)
{
    return singleWindow<T>(
        window,
        [window] {
            auto *made = new T(window->ledger(), window->database(), window);
            QObject::connect(made, &T::changed, window, &MainWindow::refresh);
            return made;
        },
        created);
}

} // namespace

void install(MainWindow *window)
{
    QMenu *menu
        = window->menuBar()->addMenu(QCoreApplication::translate("BankingMenu", "&Banking"));
    menu->setObjectName(QStringLiteral("bankingMenu"));
    menu->addAction(QCoreApplication::translate("BankingMenu", "&Accounts…"), window,
        [window] { showAccounts(window); });
    menu->addAction(QCoreApplication::translate("BankingMenu", "&Import Statement…"), window,
        [window] { importStatement(window); });
    QAction *reconcileAction
        = menu->addAction(QCoreApplication::translate("BankingMenu", "&Reconcile…"), window,
            [window] { reconcile(window); });
    reconcileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
}

void showAccounts(MainWindow *window)
{
    single<BankAccountsDialog>(window);
}

void importStatement(MainWindow *window)
{
    bool created = false;
    auto *dialog = single<ImportStatementDialog>(window, &created);
    if (created) // once: Qt refuses a unique connection to a lambda (it was never made)
        QObject::connect(dialog, &ImportStatementDialog::reconcileRequested, window,
            [window] { reconcile(window); });
}

void reconcile(MainWindow *window)
{
    single<ReconcileWindow>(window)->reload();
}

} // namespace InvoiceDesk::BankingMenu
