// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customersmenu.h"
#include "customerswindow.h"
#include "mainwindow.h"
#include "receivepaymentwindow.h"

#include <QCoreApplication>
#include <QMenuBar>

namespace InvoiceDesk::CustomersMenu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InvoiceDesk::CustomersMenu", text);
}

/** The window of type T over the main window's company file, created the first time. */
template <typename T> T *single(MainWindow *window)
{
    auto *found = window->findChild<T *>();
    if (!found) {
        found = new T(window->ledger(), window);
        found->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(found, &T::changed, window, &MainWindow::refresh);
    }
    found->show();
    found->raise();
    found->activateWindow();
    return found;
}

} // namespace

void install(MainWindow *window)
{
    QMenu *menu = window->menuBar()->addMenu(tr("&Customers"));
    menu->setObjectName(QStringLiteral("customersMenu"));
    menu->addAction(tr("&Customers…"), window, [window] { showCustomers(window); });
    QAction *receive
        = menu->addAction(tr("&Receive Payment…"), window, [window] { receivePayment(window); });
    receive->setObjectName(QStringLiteral("receivePaymentAction"));
    receive->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
}

void showCustomers(MainWindow *window)
{
    auto *customers = single<CustomersWindow>(window);
    QObject::connect(
        customers, &CustomersWindow::receivePaymentRequested, window,
        [window](const QString &name) { receivePayment(window, name); }, Qt::UniqueConnection);
}

ReceivePaymentWindow *receivePayment(MainWindow *window, const QString &customer)
{
    auto *receive = single<ReceivePaymentWindow>(window);
    if (!customer.isEmpty())
        receive->setCustomer(customer);
    if (auto *customers = window->findChild<CustomersWindow *>())
        QObject::connect(receive, &ReceivePaymentWindow::changed, customers,
            &CustomersWindow::reload, Qt::UniqueConnection);
    return receive;
}

} // namespace InvoiceDesk::CustomersMenu
