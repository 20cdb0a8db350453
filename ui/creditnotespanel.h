// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableView;

namespace InvoiceDesk {

class CreditNoteListModel;
class Ledger;

/**
 * The credit notes below the invoice list, shown while "Show credit notes" is ticked
 * (issue 13 item 3): each with its number, date, customer, invoice, reason and its effect. Its
 * context menu prints and exports the selected ones (CreditNotesMenu installs it).
 */
class CreditNotesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CreditNotesPanel(QWidget *parent = nullptr);

    /** Reads the credit notes again from `ledger`. */
    void refresh(Ledger &ledger);
    CreditNoteListModel *model() const { return mModel; }
    /** The numbers of the selected credit notes, in the list's order. */
    QStringList selectedNumbers() const;
    QTableView *view() const { return mView; }

private:
    CreditNoteListModel *mModel;
    QTableView *mView;
};

} // namespace InvoiceDesk
