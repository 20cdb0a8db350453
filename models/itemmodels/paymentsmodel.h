// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payment.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace InvoiceDesk {

/** The payments of one invoice, voided ones included and marked, read-only. */
class PaymentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Method, Reference, Amount, Marker, State, ColumnCount };

    explicit PaymentsModel(QObject *parent = nullptr);

    void setPayments(const QList<Payment> &payments, const Currency &currency);
    const Payment &payment(int row) const { return mPayments.at(row); }
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The reference a person recognises: cheque number, transfer reference, transaction id or
     * reference. */
    static QString referenceOf(const Payment &payment);

private:
    QList<Payment> mPayments;
    Currency mCurrency;
    QLocale mLocale;
};

} // namespace InvoiceDesk
