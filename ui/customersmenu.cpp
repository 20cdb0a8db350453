// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customersmenu.h"
#include "customerswindow.h"
#include "mainwindow.h"
#include "receivepaymentwindow.h"
#include "singlewindow.h"

#include <QCoreApplication>
#include <QMenuBar>

namespace InvoiceDesk::CustomersMenu {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InvoiceDesk::CustomersMenu", text);
}

/** The window of type T over the main window's company file, created the first time. */
template <typename T> T *single(MainWindow *window, bool *created = nullptr)
{
    return singleWindow<T>(
        window,
        [window] {
            auto *made = new T(window->ledger(), window);
            QObject::connect(made, &T::changed, window, &MainWindow::refresh);
            return made;
        },
        created);
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
    bool created = false;
    auto *customers = single<CustomersWindow>(window, &created);
    // Once, when made: Qt refuses a unique connection to a lambda, so that one was never made
    // and Receive Payment from the Customers window did nothing.
    if (created)
        QObject::connect(customers, &CustomersWindow::receivePaymentRequested, window,
            [window](const QString &name) { receivePayment(window, name); });
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
