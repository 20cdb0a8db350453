// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "allocationplan.h"
#include "customerrepository.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace InvoiceDesk {

/**
 * A customer's open invoices in one currency with the amount a receipt applies to each, as the
 * Receive Payment window shows them (issue 13 item 4): number, date, due, total and owing are
 * read-only; the applied amount is typed in the window's locale and never exceeds what the
 * invoice owes.
 */
class AllocationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Date, Due, Total, Owing, Apply, ColumnCount };

    explicit AllocationTableModel(QObject *parent = nullptr);

    void setInvoices(const QList<OwedInvoice> &invoices, const Currency &currency);
    void setLocale(const QLocale &locale);
    /** Spreads `amount` over the invoices oldest first, replacing what was applied. */
    void applyOldestFirst(qint64 amount);
    void clearApplied();

    /** The invoices with an amount applied, in the table's order. */
    QList<Allocation> allocations() const;
    qint64 appliedTotal() const;
    const Currency &currency() const { return mCurrency; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /** The applied amounts changed. */
    void appliedChanged();
    /** A typed amount was refused, with the reason; the cell kept its amount. */
    void entryRefused(const QString &reason);

private:
    QString money(qint64 minor) const;

    QList<OwedInvoice> mInvoices;
    QList<qint64> mApplied;
    Currency mCurrency;
    QLocale mLocale;
};

} // namespace InvoiceDesk
