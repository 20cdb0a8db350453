// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QDialogButtonBox;
class QMenu;
class QWidget;

namespace InvoiceDesk {

class CreditNotesPanel;
class InvoiceEditor;
class Ledger;
class MainWindow;

/**
 * Printed invoices in the desktop app (issue 14 items 1 and 2): File → Company…, Print…
 * (Ctrl+P, QPrintDialog), Print Preview… and Export PDF… for the invoices selected in the list,
 * and the same for the invoice open in an editor. Several invoices print one after the other;
 * exported, they go into one PDF or one file each, as the bookkeeper chooses. The numbers may
 * be credit notes' too: the credit notes panel's context menu uses the same actions, and the
 * File menu's act on the panel's selection while the panel has the focus.
 */
namespace DocumentActions {

/** Adds Company…, Print…, Print Preview…, Export PDF… and Export E-Invoice… to the main
 * window's File menu. */
void addTo(MainWindow *window, QMenu *file);
/** Adds a Print button with Print…, Print Preview…, Export PDF… and Export E-Invoice… to an
 * editor's buttons. */
void addTo(InvoiceEditor *editor, Ledger &ledger, QDialogButtonBox *buttons);

/** The credit notes panel's Print…, Print Preview…, Export PDF… and Export E-Invoice… for the
 * credit notes selected in it, in its context menu. */
void addTo(MainWindow *window, CreditNotesPanel *panel);
/** What the File menu's actions act on: the credit notes panel's selection while it has the
 * focus, else the invoices selected in the list. */
QStringList selectedNumbers(MainWindow *window);

void print(QWidget *parent, Ledger &ledger, const QStringList &numbers);
void preview(QWidget *parent, Ledger &ledger, const QStringList &numbers);
void exportPdf(QWidget *parent, Ledger &ledger, const QStringList &numbers);
/** Export E-Invoice…: the EInvoiceDialog for the one invoice in `numbers`. */
void exportEInvoice(QWidget *parent, Ledger &ledger, const QStringList &numbers);

} // namespace DocumentActions

} // namespace InvoiceDesk
