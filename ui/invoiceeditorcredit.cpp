// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The invoice editor's credit notes (issue 13 item 3) and what the money on an invoice allows:
// lines locked while it has payments or credit notes, Record Payment only where one is taken
// (issue 10 item 7), a payment voided alone or with its receipt.
#include "creditnotedialog.h"
#include "invoiceeditor.h"
#include "ledger.h"
#include "messagetext.h"
#include "paymentsmodel.h"
#include "reasonprompt.h"
#include "receiptbook.h"
#include "remotelimits.h"
#include "undocommands.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

namespace InvoiceDesk {

QPushButton *InvoiceEditor::createCreditNoteButton(QWidget *parent)
{
    mCreditNote = new QPushButton(tr("Credit Note…"), parent);
    mCreditNote->setObjectName(QStringLiteral("creditNote"));
    mCreditNote->setAutoDefault(false);
    connect(mCreditNote, &QPushButton::clicked, this, &InvoiceEditor::issueCreditNote);
    return mCreditNote;
}

std::optional<InvoiceEditor::VoidChoice> InvoiceEditor::receiptToVoid(const Payment &payment)
{
    ReceiptBook book(mLedger);
    auto key = book.receipts().receiptKeyOfPayment(payment.id);
    if (!key || key->isEmpty())
        return VoidChoice {};
    auto receipt = book.receipts().byKey(*key);
    if (!receipt || !receipt->has_value() || (*receipt)->isVoided())
        return VoidChoice {};
    const Receipt &r = **receipt;
    // Voiding the receipt reaches every invoice it paid: they are named before the choice.
    const auto found = book.receipts().invoicesPaidFrom(r.id);
    const QStringList paid = found ? *found : QStringList();
    QMessageBox box(QMessageBox::Question, tr("Void Payment"),
        tr("Payment %1 is part of receipt %2: %3 %4 received from %5, paying %6.")
            .arg(payment.marker, r.key,
                Money::fromMinorUnits(r.amount, r.currency).toLocaleString(QLocale()),
                r.currency.code(), r.customerName, QLocale().createSeparatedList(paid)),
        QMessageBox::Cancel, this);
    box.setInformativeText(
        tr("If the money never arrived (a cheque returned unpaid), void the receipt and every "
           "payment made from it. If it was put on the wrong invoice, void this payment only: its "
           "money stays as %1's credit, to apply elsewhere.")
            .arg(r.customerName));
    QPushButton *whole = box.addButton(tr("Void the &Receipt"), QMessageBox::DestructiveRole);
    QPushButton *only = box.addButton(tr("Void This &Payment Only"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == whole)
        return VoidChoice {r.id, r.key};
    if (box.clickedButton() == only)
        return VoidChoice {};
    return std::nullopt;
}

void InvoiceEditor::voidSelectedPayment()
{
    const QModelIndex current = mPaymentsView->currentIndex();
    if (!current.isValid()) {
        QMessageBox::information(this, tr("Void Payment"), tr("Select the payment to void first."));
        return;
    }
    const Payment &payment = mPayments->payment(current.row());
    if (payment.isVoided()) {
        QMessageBox::information(this, tr("Void Payment"), tr("This payment is already voided."));
        return;
    }
    const std::optional<VoidChoice> choice = receiptToVoid(payment);
    if (!choice)
        return;
    const bool wholeReceipt = choice->receiptId != 0;
    // Refused before a reason is asked for (a refund against it, credit from it already used).
    if (const Status possible = wholeReceipt
            ? ReceiptBook(mLedger).canVoidReceipt(choice->receiptId)
            : mLedger.canVoidPayment(payment.id);
        !possible) {
        QMessageBox::warning(this, tr("Cannot Void Payment"), asSentence(possible.error()));
        return;
    }
    QString question = wholeReceipt
        ? tr("Why is receipt %1 being voided? It and every payment made from it stay on record, "
             "marked void.")
              .arg(choice->receiptKey)
        : tr("Why is payment %1 being voided? It stays on record, marked void.")
              .arg(payment.marker);
    const QString limit = remoteLimitNote(
        mLedger, mInvoice.connectionName, RemoteOperation::ReversePayment, payment.marker);
    if (!limit.isEmpty())
        question += QStringLiteral("\n\n") + limit;
    const std::optional<QString> reason
        = askReason(this, wholeReceipt ? tr("Void Receipt") : tr("Void Payment"), question);
    if (!reason)
        return;
    const Status voided = wholeReceipt
        ? ReceiptBook(mLedger).voidReceipt(choice->receiptId, *reason)
        : mLedger.voidPayment(payment.id, *reason);
    if (!voided) {
        QMessageBox::warning(this, tr("Cannot Void Payment"), asSentence(voided.error()));
        return;
    }
    refreshPayments();
    refresh();
    Q_EMIT saved(mInvoice.id);
}

QLabel *InvoiceEditor::createLinesLockedNote(QWidget *parent)
{
    mLinesLocked = new QLabel(parent);
    mLinesLocked->setObjectName(QStringLiteral("linesLocked"));
    mLinesLocked->setWordWrap(true);
    mLinesLocked->hide();
    return mLinesLocked;
}

void InvoiceEditor::applyMoneyLocks()
{
    std::optional<InvoiceHeader> header;
    if (mInvoice.id != 0) {
        if (auto stored = mLedger.invoices().header(mInvoice.id); stored && stored->has_value())
            header = **stored;
    }
    mCredited = header ? header->credited : 0;
    const InvoiceStatus status = header ? header->status() : InvoiceStatus::Draft;
    // The ledger's rule (checkAgainstStored): what was paid and not voided, or credited. Once
    // the only payment is voided, the lines can be corrected again.
    const bool locked = (header && header->paid > 0) || mCredited > 0;
    mLines->setReadOnly(locked);
    mLinesLocked->setVisible(locked);
    mLinesLocked->setText(locked
            ? tr("The lines cannot change: this invoice has payments or credit notes. Correct "
                 "it with a credit note.")
            : QString());
    // A cancelled invoice, or one credited in full, takes no payment (issue 10 item 7).
    const bool takesPayment
        = header && status != InvoiceStatus::Cancelled && status != InvoiceStatus::Refunded;
    mRecordPayment->setEnabled(takesPayment);
    mRecordPayment->setToolTip(takesPayment || !header
            ? QString()
            : (status == InvoiceStatus::Cancelled
                    ? tr("A cancelled invoice takes no payments")
                    : tr("An invoice credited in full takes no payments")));
    mCreditNote->setEnabled(header && header->lifecycle == InvoiceLifecycle::Issued);
}

void InvoiceEditor::issueCreditNote()
{
    if (mInvoice.id == 0 || isModified()) {
        if (!save())
            return;
    }
    auto *dialog = new CreditNoteDialog(mLedger, mInvoice.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refreshPayments();
        refresh();
        Q_EMIT saved(mInvoice.id);
    });
    dialog->open();
}

} // namespace InvoiceDesk
