// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QDialogButtonBox;
class QMenu;
class QWidget;

namespace InvoiceDesk {

class InvoiceEditor;
class Ledger;
class MainWindow;

/**
 * Printed invoices in the desktop app (issue 14 items 1 and 2): File → Company…, Print…
 * (Ctrl+P, QPrintDialog), Print Preview… and Export PDF… for the invoices selected in the list,
 * and the same for the invoice open in an editor. Several invoices print one after the other;
 * exported, they go into one PDF or one file each, as the bookkeeper chooses.
 */
namespace DocumentActions {

/** Adds Company…, Print…, Print Preview…, Export PDF… and Export E-Invoice… to the main
 * window's File menu. */
void addTo(MainWindow *window, QMenu *file);
/** Adds a Print button with Print…, Print Preview…, Export PDF… and Export E-Invoice… to an
 * editor's buttons. */
void addTo(InvoiceEditor *editor, Ledger &ledger, QDialogButtonBox *buttons);

void print(QWidget *parent, Ledger &ledger, const QStringList &numbers);
void preview(QWidget *parent, Ledger &ledger, const QStringList &numbers);
void exportPdf(QWidget *parent, Ledger &ledger, const QStringList &numbers);
/** Export E-Invoice…: the EInvoiceDialog for the one invoice in `numbers`. */
void exportEInvoice(QWidget *parent, Ledger &ledger, const QStringList &numbers);

} // namespace DocumentActions

} // namespace InvoiceDesk
