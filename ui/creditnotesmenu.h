// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace InvoiceDesk {

class MainWindow;

/**
 * The main window's credit notes (issue 13 item 3) and cancellations (issue 10 item 7):
 * Invoice > Credit Note… and Reopen Invoice (also in the list's context menu), the "Show credit
 * notes" toggle with its panel below the list, and cancelling an invoice that holds money.
 */
namespace CreditNotesMenu {
void install(MainWindow *window);
/** Enables Credit Note on an issued invoice and Reopen on a cancelled one (the current row). */
void updateActions(MainWindow *window);
/** Reads the credit notes again, when the panel shows them (after every change). */
void refreshPanel(MainWindow *window);
/** Opens the Credit Note dialog on the current invoice. */
void creditCurrent(MainWindow *window);
/** Reopens the current invoice, if cancelled and not credited. */
void reopenCurrent(MainWindow *window);
/**
 * Cancels invoice `id`, first asking what becomes of the money on it: refunded (then whether
 * the invoice is credited or owed again) or kept as the customer's credit. False when the
 * person stopped or the ledger refused (said in a message box).
 */
bool cancelInvoice(MainWindow *window, qint64 id);
} // namespace CreditNotesMenu

} // namespace InvoiceDesk
