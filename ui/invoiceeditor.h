// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoice.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QStringListModel;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QUndoStack;

namespace InvoiceDesk {

class AddressForm;
class DateEdit;
class FormUndoBinder;
class Ledger;
class LineItemsView;
class PaymentsModel;
class UndoableLineItemsModel;
struct Payment;

/**
 * Enters or edits one invoice: the fields of seed 001, billing and shipping
 * addresses, the line items, live totals and the invoice's payments. Every
 * edit is undoable; problems are shown at their field, and saving is refused
 * while any remain.
 */
class InvoiceEditor : public QDialog
{
    Q_OBJECT

public:
    /** @param invoiceId the invoice to edit, or 0 for a new one */
    InvoiceEditor(Ledger &ledger, qint64 invoiceId, QWidget *parent = nullptr);
    ~InvoiceEditor() override;

    qint64 invoiceId() const { return mInvoice.id; }
    bool isModified() const;
    QUndoStack *undoStack() const { return mUndoStack; }
    UndoableLineItemsModel *linesModel() const { return mLines; }
    LineItemsView *linesView() const { return mLinesView; }

    /** The invoice as the form shows it; parse problems are appended to `problems`. */
    Invoice collect(Problems &problems) const;
    /** The problems shown now, as "field: message" lines. */
    QStringList shownProblems() const;

public Q_SLOTS:
    bool save();
    void revert();
    void recordPayment();
    void voidSelectedPayment();
    /** Opens the Credit Note dialog on the stored invoice (issue 13 item 3). */
    void issueCreditNote();

Q_SIGNALS:
    void saved(qint64 invoiceId);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void reject() override;

private:
    QTabWidget *createAddressTabs();
    QDialogButtonBox *createButtons();
    void bindFields();
    void fillNewInvoice(Invoice &invoice) const;
    void showHeader(const Invoice &invoice);
    void collectTotals(Invoice &invoice, Problems &problems) const;
    QWidget *createHeader();
    QWidget *createMoreFields();
    void addEInvoiceFields(QGridLayout *grid);
    QWidget *createLines();
    QWidget *createTotals();
    QWidget *createPayments();
    void createActions();
    void load(const Invoice &invoice);
    void refresh();
    void showProblems(const Problems &problems);
    void refreshPayments();
    void setupCustomerCompleter();
    void fillBillingFromCustomer(const QString &customer);
    /** Customer records and earlier invoices' customers, for the completion. */
    QStringList customerCompletions() const;
    /** Fills the addresses, currency and terms of the customer record of that name, if any. */
    void applyCustomerRecord(const QString &name);
    /** A new date moves the due date the customer's terms gave, unless it was typed since. */
    void followTerms(const QDate &date);
    /** Makes the saved invoice belong to the customer picked in the completion, if any. */
    Status linkChosenCustomer(qint64 invoiceId);
    bool confirmDiscard();
    /** An invoice about to be saved without lines (new, or its last line gone) is asked about. */
    bool confirmNoLines(const Invoice &invoice);
    void appendLine();
    // invoiceeditorcredit.cpp (issue 13 item 3, issue 10 item 7)
    QPushButton *createCreditNoteButton(QWidget *parent);
    QLabel *createLinesLockedNote(QWidget *parent);
    /** Locks the lines of an invoice with payments or credit notes; enables what the money allows.
     */
    void applyMoneyLocks();
    /**
     * For a payment that is an allocation of a standing receipt, asks whether the money never
     * arrived (the whole receipt is voided: its id) or was put on the wrong invoice (this
     * payment only, its money stays as the customer's credit: 0). 0 for any other payment;
     * nothing when the person cancels.
     */
    /** What a void of `payment` takes with it: the receipt it came from, or only itself. */
    struct VoidChoice
    {
        qint64 receiptId = 0; // 0: the payment only
        QString receiptKey;
    };
    std::optional<VoidChoice> receiptToVoid(const Payment &payment);
    /** In the currency as edited, which may not be the one saved yet. */

    Ledger &mLedger;
    Invoice mInvoice;
    QUndoStack *mUndoStack;
    FormUndoBinder *mBinder;
    UndoableLineItemsModel *mLines;
    PaymentsModel *mPayments;

    QLineEdit *mNumber = nullptr;
    QCheckBox *mDraft = nullptr;
    DateEdit *mDate = nullptr;
    DateEdit *mDueDate = nullptr;
    QComboBox *mCurrency = nullptr;
    QLineEdit *mContactId = nullptr;
    QLineEdit *mGroupId = nullptr;
    QLineEdit *mOrderId = nullptr;
    QLineEdit *mOrderNumber = nullptr;
    QLineEdit *mLeadId = nullptr;
    QLineEdit *mCouponCode = nullptr;
    QCheckBox *mHasSubscription = nullptr;
    DateEdit *mSubscriptionStart = nullptr;
    QLineEdit *mDescription = nullptr;
    QLineEdit *mNote = nullptr;
    // EN 16931 (issue 14 item 5)
    QLineEdit *mBuyerReference = nullptr;
    DateEdit *mDeliveryDate = nullptr;
    QLineEdit *mPaymentMeans = nullptr;
    QLineEdit *mForbiddenMethods = nullptr;
    QComboBox *mConnection = nullptr;
    AddressForm *mBilling = nullptr;
    AddressForm *mShipping = nullptr;
    QCheckBox *mSameAsBilling = nullptr;
    LineItemsView *mLinesView = nullptr;
    QLineEdit *mDiscount = nullptr;
    QLineEdit *mShippingTotal = nullptr;
    QLineEdit *mTax = nullptr;
    QLabel *mSubtotalLabel = nullptr;
    QLabel *mTaxLabel = nullptr;
    QLabel *mGrandTotalLabel = nullptr;
    QLabel *mPaidLabel = nullptr;
    QLabel *mCreditedLabel = nullptr;
    QLabel *mOutstandingLabel = nullptr;
    QLabel *mProblemsLabel = nullptr;
    QTableView *mPaymentsView = nullptr;
    QPushButton *mRecordPayment = nullptr;
    QPushButton *mVoidPayment = nullptr;
    QPushButton *mSave = nullptr;
    QPushButton *mCreditNote = nullptr;
    QLabel *mLinesLocked = nullptr;
    qint64 mCredited = 0; ///< the stored invoice's credit notes, minor units
    QHash<QString, QWidget *> mFieldWidgets;
    QStringList mShownProblems;
    qint64 mChosenCustomerId = 0; ///< the customer record picked in the completion, if any
    /** The customer's terms and the due date they gave, while the due date is still that. */
    std::optional<int> mTermsDays;
    QDate mDueFromTerms;
    /** The customers' names, read when the company field first takes the focus. */
    QStringListModel *mCustomerNames = nullptr;
    bool mCustomerNamesRead = false;
};

} // namespace InvoiceDesk
