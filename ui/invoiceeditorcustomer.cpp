// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The invoice editor's customer as a record (issue 13 item 0): the completion offers the
// customers, picking one fills its addresses, currency and terms, and the saved invoice belongs
// to it whatever its billing name says.
#include "addressform.h"
#include "dateedit.h"
#include "invoiceeditor.h"
#include "ledger.h"
#include "receiptbook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>

namespace InvoiceDesk {

namespace {

/** Puts the address's non-empty fields into the form; others only into empty fields. */
void fillAddress(AddressForm *form, const Address &address, bool overwrite)
{
    for (size_t i = 0; i < Address::fields().size(); ++i) {
        QLineEdit *edit = form->fields()[i];
        const QString value = address.*Address::fields().at(i).member;
        if (!value.isEmpty() && (overwrite || edit->text().trimmed().isEmpty()))
            edit->setText(value);
    }
}

} // namespace

QStringList InvoiceEditor::customerCompletions() const
{
    // The customers, not the invoices: a DISTINCT over a million invoices' names took 1.3 s
    // on opening the editor (issue 16 item 4); every invoice's name has its customer.
    ReceiptBook book(mLedger);
    QStringList names;
    if (auto found = book.customers().displayNames())
        names = *found;
    names.sort(Qt::CaseInsensitive);
    return names;
}

void InvoiceEditor::applyCustomerRecord(const QString &name)
{
    ReceiptBook book(mLedger);
    auto found = book.customers().byName(name);
    if (!found || !found->has_value()) {
        mChosenCustomerId = 0;
        mTermsDays.reset();
        return;
    }
    const Customer &customer = **found;
    mChosenCustomerId = customer.id;
    // The record's own address wins over the last invoice's; its shipping address only fills
    // what is empty.
    fillAddress(mBilling, customer.billing, true);
    // The completer writes the chosen name into the field after it announced the choice: the
    // record's billing company (when it has another) goes in once it has.
    if (const QString company = customer.billing.company;
        !company.isEmpty() && company != customer.displayName)
        QMetaObject::invokeMethod(
            this, [this, company] { mBilling->field(QStringLiteral("company"))->setText(company); },
            Qt::QueuedConnection);
    if (!customer.shipping.isEmpty()) {
        mSameAsBilling->setChecked(false); // the record ships elsewhere
        fillAddress(mShipping, customer.shipping, false);
    }
    if (mInvoice.id != 0)
        return;
    if (const int index = mCurrency->findText(customer.defaultCurrency);
        !customer.defaultCurrency.isEmpty() && index >= 0)
        mCurrency->setCurrentIndex(index);
    if (customer.paymentTermsDays && mDate->date().isValid()) {
        mTermsDays = customer.paymentTermsDays;
        mDueFromTerms = mDate->date().addDays(*customer.paymentTermsDays);
        mDueDate->setDate(mDueFromTerms);
    }
}

void InvoiceEditor::followTerms(const QDate &date)
{
    // A tester typed the date after picking the customer: the due date stayed at the terms
    // counted from the old date, and the invoice was overdue early.
    if (!mTermsDays || !date.isValid() || mDueDate->date() != mDueFromTerms)
        return;
    mDueFromTerms = date.addDays(*mTermsDays);
    mDueDate->setDate(mDueFromTerms);
}

Status InvoiceEditor::linkChosenCustomer(qint64 invoiceId)
{
    if (mChosenCustomerId == 0)
        return {};
    ReceiptBook book(mLedger);
    return book.customers().assignInvoice(invoiceId, mChosenCustomerId);
}

} // namespace InvoiceDesk
