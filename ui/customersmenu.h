// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace InvoiceDesk {

class MainWindow;
class ReceivePaymentWindow;

/**
 * The main window's Customers menu (issue 13): Customers… and Receive Payment…
 * (Ctrl+Shift+R). Each opens its window once, over the window's current company file.
 */
namespace CustomersMenu {
void install(MainWindow *window);
void showCustomers(MainWindow *window);
/** Opens Receive Payment, on `customer` when one is named. */
ReceivePaymentWindow *receivePayment(MainWindow *window, const QString &customer = {});
} // namespace CustomersMenu

} // namespace InvoiceDesk
