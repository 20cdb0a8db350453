// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoicerepository.h"
#include "payment.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace InvoiceDesk {

class DateEdit;
class Ledger;

/**
 * Records a payment (or a refund) against one invoice. The method chooses a
 * page of its own fields; the amount starts at what is outstanding. An
 * overpayment, a refund beyond what was paid or a payment on a cancelled
 * invoice is refused with the reason, and the dialog stays open.
 */
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(Ledger &ledger, qint64 invoiceId, QWidget *parent = nullptr);

    /** The payment as the form shows it; parse problems are appended to `problems`. */
    Payment collect(Problems &problems) const;
    /** The payment recorded when the dialog was accepted. */
    Payment recorded() const { return mRecorded; }
    QString problemText() const;

public Q_SLOTS:
    void accept() override;

private:
    QWidget *createChequePage();
    QWidget *createCardPage();
    QWidget *createTransferPage();
    QWidget *createReferencePage();
    void methodChanged();
    void refundToggled(bool refund);

    Ledger &mLedger;
    InvoiceHeader mInvoice;
    Payment mRecorded;
    QString mProposedAmount; ///< the amount the dialog filled in, until the person types another

    DateEdit *mDate = nullptr;
    QLineEdit *mAmount = nullptr;
    QCheckBox *mRefund = nullptr;
    QComboBox *mMethod = nullptr;
    QStackedWidget *mPages = nullptr;
    QLineEdit *mChequeNumber = nullptr;
    QLineEdit *mChequeDrawer = nullptr;
    QLineEdit *mChequeBranch = nullptr;
    QComboBox *mCardType = nullptr;
    QLineEdit *mCardFeePercentage = nullptr;
    QLineEdit *mCardFeeAmount = nullptr;
    QLineEdit *mGatewayName = nullptr;
    QLineEdit *mGatewayTransaction = nullptr;
    DateEdit *mTransferDate = nullptr;
    QLineEdit *mTransferReference = nullptr;
    QLineEdit *mReference = nullptr;
    QLineEdit *mTds = nullptr;
    QLineEdit *mTransactionCharge = nullptr;
    QLineEdit *mNotes = nullptr;
    QLabel *mProblems = nullptr;
};

} // namespace InvoiceDesk
