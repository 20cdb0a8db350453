// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payment.h"

#include <QStackedWidget>

#include <functional>

class QComboBox;
class QLineEdit;

namespace InvoiceDesk {

class DateEdit;

/**
 * The fields of a payment method, one page per family (cheque, card, transfer, reference), as
 * the Receive Payment window asks for them (issue 13 item 4). The widgets carry the payment
 * dialog's object names (chequeNumber, eftReference, ...), so both read the same way.
 */
class MethodPages : public QStackedWidget
{
    Q_OBJECT

public:
    explicit MethodPages(QWidget *parent = nullptr);

    /** Shows the page of the method's family; each page is only as tall as its own fields. */
    void showMethod(PaymentMethod method);
    /** Reads the fields of `payment.method`'s page into `payment`; parse problems are appended. */
    void collect(Payment &payment, const Currency &currency, const QLocale &locale,
        Problems &problems) const;
    /** The transfer date follows the payment's date until the person types one of its own. */
    void followPaymentDate(DateEdit *paymentDate);
    /** Money fields show their amount in `currency`'s decimals once left (see the amount). */
    void formatAmountsIn(std::function<Currency()> currency);

private:
    QWidget *chequePage();
    QWidget *cardPage();
    QWidget *transferPage();
    QWidget *referencePage();
    QLineEdit *lineEdit(const char *name, QWidget *parent);

    QLineEdit *mChequeNumber = nullptr;
    QLineEdit *mChequeDrawer = nullptr;
    QLineEdit *mChequeBankBranch = nullptr;
    QComboBox *mCardType = nullptr;
    QLineEdit *mCardFeePercentage = nullptr;
    QLineEdit *mCardFeeAmount = nullptr;
    QLineEdit *mGatewayName = nullptr;
    QLineEdit *mGatewayTransactionId = nullptr;
    DateEdit *mEftTransferDate = nullptr;
    QLineEdit *mEftReference = nullptr;
    QLineEdit *mReference = nullptr;
};

} // namespace InvoiceDesk
