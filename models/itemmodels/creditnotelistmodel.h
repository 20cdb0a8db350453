// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "creditnote.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace InvoiceDesk {

/**
 * Credit notes as the invoice list shows them beside the invoices (issue 13 item 3): number,
 * date, customer, the invoice credited, reason, and the effect, always negative on what is owed
 * ("−15.50 USD off INV-1") or added to the customer's credit ("+4.50 USD credit").
 */
class CreditNoteListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Date, Customer, Invoice, Reason, Effect, ColumnCount };

    explicit CreditNoteListModel(QObject *parent = nullptr);

    void setCreditNotes(const QList<CreditNote> &notes);
    void setLocale(const QLocale &locale);
    const CreditNote &creditNote(int row) const { return mNotes.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** What the note did, in words: off the invoice, to the customer's credit, or both. */
    static QString effectText(const CreditNote &note, const QLocale &locale);

private:
    QList<CreditNote> mNotes;
    QLocale mLocale;
};

} // namespace InvoiceDesk
