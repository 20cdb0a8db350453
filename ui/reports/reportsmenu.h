// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace InvoiceDesk {

class AgingWindow;
class MainWindow;
class StatementWindow;

/**
 * The main window's Reports menu (issue 14 items 3, 4): A/R Aging… and Customer Statement….
 * Each opens its window once, over the window's current company file.
 */
namespace ReportsMenu {
void install(MainWindow *window);
AgingWindow *showAging(MainWindow *window);
/** The statement window; with a customer, that customer's statement up to `to`. */
StatementWindow *showStatement(
    MainWindow *window, const QString &customer = {}, const QDate &to = {});
} // namespace ReportsMenu

} // namespace InvoiceDesk
