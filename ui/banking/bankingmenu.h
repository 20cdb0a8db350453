// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace InvoiceDesk {

class MainWindow;

/**
 * The main window's Banking menu (issue 15): Accounts…, Import Statement… and Reconcile…
 * (Ctrl+Shift+B). Each opens its window once, over the window's current company file.
 */
namespace BankingMenu {
void install(MainWindow *window);
void showAccounts(MainWindow *window);
void importStatement(MainWindow *window);
void reconcile(MainWindow *window);
} // namespace BankingMenu

} // namespace InvoiceDesk
