// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionrepository.h"
#include "invoicerepository.h"
#include "payment.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace InvoiceDesk {

namespace Ui {
class PaymentDialog;
}

class Ledger;

/**
 * Records a payment (or a refund) against one invoice. The method chooses a
 * page of its own fields; the amount starts at what is outstanding. A payment on an invoice of
 * a customer is a receipt with one allocation (issue 13 item 4): money beyond what the invoice
 * owes is kept as the customer's credit when the person ticks the box that says so (else it is
 * refused as an overpayment). A
 * refund beyond what was paid or a payment on a cancelled invoice is refused with the reason,
 * and the dialog stays open. When the invoice's remote
 * system will not take the payment as it stands (a refund, a part payment, a method it
 * lacks: its adapter's capabilities), a note says so before it is recorded.
 */
class PaymentDialog : public QDialog
{
    Q_OBJECT

public:
    PaymentDialog(Ledger &ledger, qint64 invoiceId, QWidget *parent = nullptr);
    ~PaymentDialog() override;

    /** The payment as the form shows it; parse problems are appended to `problems`. */
    Payment collect(Problems &problems) const;
    /** The payment recorded when the dialog was accepted. */
    Payment recorded() const { return mRecorded; }
    QString problemText() const;
    /** What the invoice's remote system will not take of the payment as the form shows it. */
    QString syncNoteText() const;

public Q_SLOTS:
    void accept() override;

private:
    void showSummary(const QLocale &locale);
    void fillChoices();
    void methodChanged();
    void refundToggled(bool refund);
    void updateSyncNote();
    void updateCreditRemainder();
    void findCustomerAndCredit();
    /** Not a refund, on an issued invoice of a customer that owes money: a receipt of one
     * allocation, with the customer's credit on offer. */
    bool paysAsReceipt() const;
    /** The customer's credit the person chose to put on the invoice first. */
    qint64 creditToApply() const;
    qint64 owedAfterCredit() const;
    void showCreditOffer();
    void useCreditToggled();
    /** Fills in `amount` unless the person typed another one. */
    void proposeAmount(qint64 amount);
    Result<Payment> recordReceipt(const Payment &payment, Problems &problems);
    /** The payment is more than the invoice owes, and the rest could be the customer's credit. */
    bool mayKeepAsCredit(const Payment &payment) const;
    std::optional<qint64> amountOf(
        const QString &text, const QString &field, Problems &problems, const QLocale &locale) const;
    void collectMethodFields(Payment &payment, Problems &problems, const QLocale &locale) const;

    std::unique_ptr<Ui::PaymentDialog> mUi;
    Ledger &mLedger;
    InvoiceHeader mInvoice;
    std::optional<Connection> mConnection; ///< where the invoice syncs, if anywhere
    QString mCustomer; ///< the invoice's customer (display name), "" when it has none
    qint64 mCredit = 0; ///< the customer's credit in the invoice's currency
    Payment mRecorded;
    QString mProposedAmount; ///< the amount the dialog filled in, until the person types another
};

} // namespace InvoiceDesk
