// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customer.h"
#include "receiptbook.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace InvoiceDesk {

class AllocationTableModel;
class DateEdit;
class KeyboardTableView;
class Ledger;
class MethodPages;

/**
 * Receive Payments as in QuickBooks Desktop (issue 13 item 4): one cheque or transfer from a
 * customer, spread over the customer's open invoices in one currency. "Apply oldest first"
 * fills the amounts, each can be typed over; what the payment does not cover may come from
 * the customer's credit ("Use credit" spreads payment and credit together), and what is not
 * applied stays as credit. Saving
 * records the receipt and the credit applications in one transaction. Every field, button and
 * table cell is reached with the keyboard.
 */
class ReceivePaymentWindow : public QDialog
{
    Q_OBJECT

public:
    ReceivePaymentWindow(Ledger &ledger, QWidget *parent = nullptr);
    ~ReceivePaymentWindow() override;

    /** Chooses the customer as if typed (the tests and the Customers window start here). */
    void setCustomer(const QString &name);
    /** What the window refused, as shown under the table; empty when nothing was. */
    QString problemText() const;
    /** The summary line: applied, from the payment, from credit, left as credit. */
    QString summaryText() const;
    AllocationTableModel *allocationModel() const { return mModel; }

Q_SIGNALS:
    /** A receipt or a credit application was recorded. */
    void changed();

public Q_SLOTS:
    void accept() override;

private:
    void buildForm();
    void buildTable();
    void connectSignals();
    void customerChosen();
    void currencyChosen();
    void applyOldestFirst();
    void useCredit();
    void updateSummary();
    std::optional<qint64> typedAmount() const;
    void showProblem(const QString &text);
    /** The receipt and the credit applications the window shows, or why it cannot be saved. */
    Result<std::pair<ReceiptBook::Request, QList<Allocation>>> collect() const;

    Ledger &mLedger;
    ReceiptBook mBook;
    std::optional<Customer> mCustomer;
    qint64 mCreditAvailable = 0;
    QLineEdit *mCustomerEdit = nullptr;
    QComboBox *mCurrency = nullptr;
    DateEdit *mDate = nullptr;
    QLineEdit *mAmount = nullptr;
    QComboBox *mMethod = nullptr;
    MethodPages *mMethodPages = nullptr;
    QLabel *mCreditLabel = nullptr;
    KeyboardTableView *mTable = nullptr;
    AllocationTableModel *mModel = nullptr;
    QPushButton *mOldestFirst = nullptr;
    QPushButton *mUseCredit = nullptr;
    QPushButton *mClear = nullptr;
    QLabel *mSummary = nullptr;
    QLabel *mProblems = nullptr;
};

} // namespace InvoiceDesk
