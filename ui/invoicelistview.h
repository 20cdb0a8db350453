// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keyboardtableview.h"

#include <QIdentityProxyModel>

namespace InvoiceDesk {

/** Colours the rows of the invoice list: overdue invoices stand out. */
class InvoiceListDecorator : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /** A header's sort: the matches of a text filter are sorted in the background. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
};

/** The invoice table: whole-row selection, sortable headers, sensible widths. */
class InvoiceListView : public KeyboardTableView
{
    Q_OBJECT

public:
    explicit InvoiceListView(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model) override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;

private:
    /**
     * Narrows the columns that can spare it (sync, status, paid, currency) so that the
     * customer keeps a readable width on a small screen (issue 10: 1024×700).
     */
    void fitColumns();
    /**
     * Widens an amount column to the widest amount among the rows in sight: an amount is never
     * elided (1,234,5… reads as another figure). Only the rows in sight are measured.
     */
    void fitAmountsInSight();
    /**
     * Across a reset (a save, a sync pass, another order) the invoice that was current stays
     * current where it is still among the rows the view shows: a person who saved an invoice
     * goes on from it with the keyboard.
     */
    void rememberCurrentInvoice();
    void restoreCurrentInvoice();

    QList<int> mPreferredWidths;
    qint64 mCurrentInvoice = 0; ///< from a reset's start until found or given up
    int mCurrentColumn = 0;
};

} // namespace InvoiceDesk
