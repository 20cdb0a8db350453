// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receiptbook.h"

#include <QDialog>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace InvoiceDesk {

class CustomerListModel;
class KeyboardTableView;
class Ledger;

/**
 * The Customers window (issue 13 item 0): every customer with currency, terms, e-mail, tax id
 * and credit; New and Edit open the customer's dialog; below the list, the chosen customer's
 * invoices and credit per currency. Receive Payment opens that window on the customer.
 */
class CustomersWindow : public QDialog
{
    Q_OBJECT

public:
    explicit CustomersWindow(Ledger &ledger, QWidget *parent = nullptr);
    ~CustomersWindow() override;

    CustomerListModel *customerModel() const { return mModel; }
    QStandardItemModel *invoiceModel() const { return mInvoices; }
    QString creditText() const;
    /** Makes the customer of that name current; false when there is none. */
    bool selectCustomer(const QString &name);

    /** Reads the customers again, keeping the current one. */
    void reload();
    /** Opens the dialog for a new customer (modal) and lists it once saved. */
    void newCustomer();
    /** Opens the dialog on the current customer. */
    void editCurrent();

Q_SIGNALS:
    /** A customer was added or changed, or a payment received. */
    void changed();
    /** Receive Payment was asked for the customer. */
    void receivePaymentRequested(const QString &customer);

private:
    void buildButtons();
    void showDetails();
    void runDialog(const Customer &customer);

    Ledger &mLedger;
    ReceiptBook mBook;
    CustomerListModel *mModel = nullptr;
    KeyboardTableView *mTable = nullptr;
    QStandardItemModel *mInvoices = nullptr;
    QTableView *mInvoiceTable = nullptr;
    QLabel *mCredit = nullptr;
    QLabel *mInvoicesLabel = nullptr;
};

} // namespace InvoiceDesk
