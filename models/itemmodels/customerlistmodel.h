// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "receipt.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace InvoiceDesk {

/**
 * The customers as the Customers window lists them (issue 13): name, default currency, payment
 * terms, e-mail, tax id and the credit each has, per currency. Read-only; the window edits a
 * customer in its own dialog and sets the list again.
 */
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, DefaultCurrency, Terms, Email, TaxId, Credit, ColumnCount };

    explicit CustomerListModel(QObject *parent = nullptr);

    void setCustomers(const QList<Customer> &customers, const QList<CreditBalance> &credits);
    void setLocale(const QLocale &locale);
    const Customer &customer(int row) const { return mCustomers.at(row); }
    /** The row of the customer with that id, or -1. */
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "120.00 EUR, 5 USD": the credit balances of one customer in the locale. */
    static QString creditText(const QList<CreditBalance> &credits, const QLocale &locale);

private:
    QList<Customer> mCustomers;
    QList<CreditBalance> mCredits;
    QLocale mLocale;
};

} // namespace InvoiceDesk
