// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace InvoiceDesk {

class AddressForm;
class ReceiptBook;

/**
 * Adds or edits one customer (issue 13 item 0): display name, e-mail, tax id, default
 * currency, payment terms, billing and shipping address. A refused entry (a name another
 * customer has, a currency that is none, terms out of range) is shown and nothing is saved.
 */
class CustomerDialog : public QDialog
{
    Q_OBJECT

public:
    /** `customer.id` 0 adds a new customer. */
    CustomerDialog(ReceiptBook &book, const Customer &customer, QWidget *parent = nullptr);

    /** The customer as the form shows it; a terms entry that is no number goes to `problem`. */
    Customer collect(QString *problem) const;
    /** The customer as saved when the dialog was accepted. */
    const Customer &saved() const { return mCustomer; }
    QString problemText() const;

public Q_SLOTS:
    void accept() override;

private:
    QWidget *buildFields();

    ReceiptBook &mBook;
    Customer mCustomer;
    QLineEdit *mName = nullptr;
    QLineEdit *mEmail = nullptr;
    QLineEdit *mTaxId = nullptr;
    QLineEdit *mCurrency = nullptr;
    QLineEdit *mTerms = nullptr;
    AddressForm *mBilling = nullptr;
    AddressForm *mShipping = nullptr;
    QLabel *mProblems = nullptr;
};

} // namespace InvoiceDesk
