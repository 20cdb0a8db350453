// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentdialog.h"
#include "ui_paymentdialog.h"

#include "adapterfactory.h"
#include "amountfield.h"
#include "dateedit.h"
#include "formalignment.h"
#include "ledger.h"
#include "receiptbook.h"

#include <QLayout>
#include <QPushButton>

namespace InvoiceDesk {

PaymentDialog::PaymentDialog(Ledger &ledger, qint64 invoiceId, QWidget *parent)
    : QDialog(parent)
    , mUi(std::make_unique<Ui::PaymentDialog>())
    , mLedger(ledger)
{
    mUi->setupUi(this);
    if (auto header = mLedger.invoices().header(invoiceId); header && header->has_value())
        mInvoice = **header;
    findCustomerAndCredit();
    if (mInvoice.connectionId) {
        if (auto found = mLedger.connections().findById(*mInvoice.connectionId))
            mConnection = *found;
    }
    setWindowTitle(tr("Record Payment on %1").arg(mInvoice.number));
    const QLocale locale;
    showSummary(locale);
    mProposedAmount
        = Money::fromMinorUnits(mInvoice.outstanding(), mInvoice.currency).toLocaleString(locale);
    mUi->amount->setText(mProposedAmount);
    mUi->amountLabel->setText(mUi->amountLabel->text().arg(mInvoice.currency.code()));
    mUi->date->setDate(QDate::currentDate());
    followDate(mUi->date, mUi->eftTransferDate);
    const Currency currency = mInvoice.currency;
    for (QLineEdit *field : {mUi->amount, mUi->tds, mUi->transactionCharge, mUi->cardFeeAmount})
        formatAmountWhenLeft(field, [currency] { return currency; });
    fillChoices();
    mUi->refundEffect->hide();
    mUi->buttons->button(QDialogButtonBox::Ok)->setText(tr("Re&cord"));
    alignFormLabels(this);

    connect(mUi->buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(mUi->buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);
    connect(mUi->method, &QComboBox::currentIndexChanged, this, &PaymentDialog::methodChanged);
    connect(mUi->refund, &QCheckBox::toggled, this, &PaymentDialog::refundToggled);
    connect(mUi->amount, &QLineEdit::textChanged, this, &PaymentDialog::updateSyncNote);
    connect(mUi->amount, &QLineEdit::textChanged, this, &PaymentDialog::updateCreditRemainder);
    connect(mUi->keepAsCredit, &QCheckBox::toggled, this, &PaymentDialog::updateSyncNote);
    connect(mUi->useCredit, &QCheckBox::toggled, this, &PaymentDialog::useCreditToggled);
    methodChanged();
    showCreditOffer();
    updateCreditRemainder();
    mUi->amount->setFocus();
    mUi->amount->selectAll();
}

PaymentDialog::~PaymentDialog() = default;

void PaymentDialog::findCustomerAndCredit()
{
    ReceiptBook book(mLedger);
    auto owner = book.customers().customerOfInvoice(mInvoice.id);
    if (!owner || !owner->has_value())
        return;
    auto customer = book.customers().byId(**owner);
    if (!customer || !customer->has_value())
        return;
    mCustomer = (*customer)->displayName;
    if (auto credit = book.receipts().creditOf(**owner, mInvoice.currency.code()))
        mCredit = *credit;
}

bool PaymentDialog::paysAsReceipt() const
{
    return !mCustomer.isEmpty() && mInvoice.lifecycle == InvoiceLifecycle::Issued
        && mInvoice.outstanding() > 0 && !mUi->refund->isChecked();
}

qint64 PaymentDialog::creditToApply() const
{
    return paysAsReceipt() && mUi->useCredit->isChecked()
        ? std::min(mCredit, mInvoice.outstanding())
        : 0;
}

qint64 PaymentDialog::owedAfterCredit() const
{
    return mInvoice.outstanding() - creditToApply();
}

void PaymentDialog::showCreditOffer()
{
    const bool offer = paysAsReceipt() && mCredit > 0;
    mUi->useCredit->setText(
        tr("Apply %1 %2 of %3's credit fir&st")
            .arg(Money::fromMinorUnits(std::min(mCredit, mInvoice.outstanding()), mInvoice.currency)
                     .toLocaleString(QLocale()),
                mInvoice.currency.code(), mCustomer));
    mUi->useCredit->setVisible(offer);
}

void PaymentDialog::useCreditToggled()
{
    proposeAmount(owedAfterCredit());
    updateCreditRemainder();
    updateSyncNote();
}

void PaymentDialog::proposeAmount(qint64 amount)
{
    // A proposal follows the choice; an amount the person typed stays (issue 10).
    if (mUi->amount->text().trimmed() != mProposedAmount)
        return;
    mProposedAmount = Money::fromMinorUnits(std::max<qint64>(amount, 0), mInvoice.currency)
                          .toLocaleString(QLocale());
    mUi->amount->setText(mProposedAmount);
}

void PaymentDialog::showSummary(const QLocale &locale)
{
    const qint64 outstanding = mInvoice.outstanding();
    mUi->summary->setText(
        tr("Invoice <b>%1</b>: total %2 %4, outstanding <b>%3 %4</b>")
            .arg(mInvoice.number.toHtmlEscaped(),
                Money::fromMinorUnits(mInvoice.grandTotal, mInvoice.currency)
                    .toLocaleString(locale),
                Money::fromMinorUnits(outstanding, mInvoice.currency).toLocaleString(locale),
                mInvoice.currency.code()));
}

void PaymentDialog::fillChoices()
{
    for (PaymentMethod method : allPaymentMethods())
        mUi->method->addItem(methodDisplayName(method), int(method));
    const std::pair<CardType, QString> types[] = {{CardType::Visa, tr("Visa")},
        {CardType::Mastercard, tr("Mastercard")}, {CardType::Amex, tr("American Express")},
        {CardType::Diners, tr("Diners Club")}, {CardType::Unknown, tr("Other / unknown")}};
    for (const auto &[type, name] : types)
        mUi->cardType->addItem(name, int(type));
}

void PaymentDialog::methodChanged()
{
    const auto method = PaymentMethod(mUi->method->currentData().toInt());
    QStackedWidget *pages = mUi->methodPages;
    pages->setCurrentIndex(int(familyOf(method)));
    // Each page is as tall as its own fields, not as the tallest page.
    for (int i = 0; i < pages->count(); ++i)
        pages->widget(i)->setSizePolicy(QSizePolicy::Preferred,
            i == pages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    pages->adjustSize();
    updateSyncNote();
    adjustSize();
}

void PaymentDialog::refundToggled(bool refund)
{
    proposeAmount(refund ? mInvoice.paid - mInvoice.refunded : owedAfterCredit());
    showCreditOffer();
    setWindowTitle(refund ? tr("Record Refund on %1").arg(mInvoice.number)
                          : tr("Record Payment on %1").arg(mInvoice.number));
    mUi->refundEffect->setVisible(refund);
    updateSyncNote();
    updateCreditRemainder();
    adjustSize();
}

void PaymentDialog::updateSyncNote()
{
    // The remote's own limits, said before the payment is recorded: it is still recorded
    // here (the books follow what happened), and the person knows to enter it there too.
    QString reason;
    const QLocale locale;
    const auto adapter = mConnection ? createAdapter(mConnection->kind) : nullptr;
    if (adapter) {
        Problems ignored;
        Payment payment = collect(ignored);
        const qint64 outstanding = mInvoice.outstanding();
        // Only the allocation goes to the remote system; the rest stays here as credit.
        if (paysAsReceipt())
            payment.amount = std::min(payment.amount, owedAfterCredit());
        const Capabilities capabilities = adapter->capabilities();
        if (!adapter->takesMethod(payment.method, *mConnection))
            reason = methodRefusal(capabilities, methodKey(payment.method));
        else if (payment.amount != 0)
            reason = paymentRefusal(
                capabilities, payment.amount, outstanding, mInvoice.currency, &locale)
                         .value_or(QString());
    }
    mUi->syncNote->setText(reason.isEmpty()
            ? QString()
            : tr("Recorded here, this payment will not go to %1 by itself: %2")
                  .arg(mConnection->name, reason));
    mUi->syncNote->setVisible(!reason.isEmpty());
    // The note wraps: grow to its height instead of squeezing the fields (never shrink while
    // the person types).
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

std::optional<qint64> PaymentDialog::amountOf(
    const QString &text, const QString &field, Problems &problems, const QLocale &locale) const
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    auto parsed = Money::parseLocale(text.trimmed(), mInvoice.currency, locale);
    if (!parsed) {
        problems.append({field, parsed.error()});
        return std::nullopt;
    }
    return parsed->minorUnits();
}

Payment PaymentDialog::collect(Problems &problems) const
{
    const QLocale locale;
    Payment p;
    p.invoiceId = mInvoice.id;
    p.invoiceNumber = mInvoice.number;
    p.date = mUi->date->date();
    if (!mUi->date->problem().isEmpty())
        problems.append({QStringLiteral("date"), mUi->date->problem()});
    const auto value = amountOf(mUi->amount->text(), QStringLiteral("amount"), problems, locale);
    if (!value && mUi->amount->text().trimmed().isEmpty())
        problems.append({QStringLiteral("amount"), tr("a payment needs an amount")});
    p.amount = value.value_or(0);
    if (mUi->refund->isChecked())
        p.amount = -std::abs(p.amount);
    else if (p.amount < 0) // a sign is no way to say "refund": it would skip its question
        problems.append({QStringLiteral("amount"),
            tr("type the amount without a minus sign; for money paid back, tick \"This is a "
               "refund\"")});
    p.method = PaymentMethod(mUi->method->currentData().toInt());
    p.notes = mUi->notes->text().trimmed();
    p.tds = amountOf(mUi->tds->text(), QStringLiteral("tds"), problems, locale);
    p.transactionCharge = amountOf(
        mUi->transactionCharge->text(), QStringLiteral("transactionCharge"), problems, locale);
    collectMethodFields(p, problems, locale);
    return p;
}

void PaymentDialog::collectMethodFields(Payment &p, Problems &problems, const QLocale &locale) const
{
    switch (familyOf(p.method)) {
    case PaymentMethodFamily::Cheque:
        p.cheque = {mUi->chequeNumber->text().trimmed(), mUi->chequeDrawer->text().trimmed(),
            mUi->chequeBankBranch->text().trimmed()};
        break;
    case PaymentMethodFamily::Card: {
        p.card.type = CardType(mUi->cardType->currentData().toInt());
        const QString percentage
            = mUi->cardFeePercentage->text().trimmed().remove(QLatin1Char('%'));
        if (!percentage.isEmpty()) {
            auto parsed = Percentage::parse(percentage, decimalFormatFor(locale));
            if (parsed)
                p.card.feePercentage = *parsed;
            else
                problems.append({QStringLiteral("card.feePercentage"), parsed.error()});
        }
        p.card.feeAmount = amountOf(
            mUi->cardFeeAmount->text(), QStringLiteral("card.feeAmount"), problems, locale);
        p.gateway
            = {mUi->gatewayName->text().trimmed(), mUi->gatewayTransactionId->text().trimmed()};
        break;
    }
    case PaymentMethodFamily::Transfer:
        if (!mUi->eftTransferDate->text().trimmed().isEmpty()
            && !mUi->eftTransferDate->problem().isEmpty())
            problems.append({QStringLiteral("eft.transferDate"), mUi->eftTransferDate->problem()});
        p.eft = {mUi->eftTransferDate->date(), mUi->eftReference->text().trimmed()};
        break;
    case PaymentMethodFamily::Reference:
        p.reference = mUi->reference->text().trimmed();
        break;
    }
}

void PaymentDialog::accept()
{
    Problems problems;
    const Payment payment = collect(problems);
    const bool refund = mUi->refund->isChecked();
    if (refund && !mUi->creditInvoice->isChecked() && !mUi->owedAgain->isChecked())
        problems.append({QStringLiteral("refund"),
            tr("Say what the refund does to invoice %1: credit it with a credit note, or leave it "
               "owed again")
                .arg(mInvoice.number)});
    if (problems.isEmpty()) {
        const RefundEffect effect
            = mUi->creditInvoice->isChecked() ? RefundEffect::Credited : RefundEffect::OwedAgain;
        auto recorded = refund ? mLedger.recordRefund(payment, effect, payment.notes, &problems)
            : paysAsReceipt()  ? recordReceipt(payment, problems)
                               : mLedger.recordPayment(payment, {}, &problems);
        if (recorded) {
            mRecorded = *recorded;
            QDialog::accept();
            return;
        }
        if (problems.isEmpty())
            problems.append({QString(), recorded.error()});
    }
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.message);
    mUi->problems->setText(lines.join(QLatin1Char('\n')));
}

bool PaymentDialog::mayKeepAsCredit(const Payment &payment) const
{
    return paysAsReceipt() && payment.amount > owedAfterCredit();
}

Result<Payment> PaymentDialog::recordReceipt(const Payment &payment, Problems &problems)
{
    // A receipt of one allocation (issue 13 item 4): the invoice takes what it owes after the
    // credit applied, the rest is the customer's credit when the person keeps it so; else it
    // is an overpayment, refused as the ledger words it.
    const qint64 owed = owedAfterCredit();
    if (payment.amount > owed && !mUi->keepAsCredit->isChecked()) {
        if (creditToApply() == 0)
            return mLedger.recordPayment(payment, {}, &problems);
        const QLocale locale;
        problems.append({QStringLiteral("amount"),
            tr("%1 %2 would overpay invoice %3, which has %4 left to pay after the credit")
                .arg(
                    Money::fromMinorUnits(payment.amount, mInvoice.currency).toLocaleString(locale),
                    mInvoice.currency.code(), mInvoice.number,
                    Money::fromMinorUnits(owed, mInvoice.currency).toLocaleString(locale))});
        return Error {problems.first().message};
    }
    // The allocation is checked as a payment of its own first, so the form shows each problem
    // by its field, a look-alike payment included.
    Payment allocation = payment;
    allocation.amount = std::min(payment.amount, owed);
    if (allocation.amount > 0 || creditToApply() == 0)
        problems = mLedger.checkPayment(allocation);
    if (!problems.isEmpty())
        return Error {problems.first().message};
    auto paid = ReceiptBook(mLedger).payInvoice(mCustomer, payment, creditToApply());
    if (!paid)
        return Error {paid.error()};
    return paid->payments.isEmpty() ? Payment() : paid->payments.first();
}

void PaymentDialog::updateCreditRemainder()
{
    Problems ignored;
    const Payment payment = collect(ignored);
    const bool beyond = mayKeepAsCredit(payment);
    if (beyond)
        mUi->keepAsCredit->setText(
            tr("&Keep the %1 %2 beyond what is owed as %3's credit")
                .arg(Money::fromMinorUnits(payment.amount - owedAfterCredit(), mInvoice.currency)
                         .toLocaleString(QLocale()),
                    mInvoice.currency.code(), mCustomer));
    if (beyond == mUi->keepAsCredit->isHidden()) {
        mUi->keepAsCredit->setVisible(beyond);
        adjustSize();
    }
}

QString PaymentDialog::problemText() const
{
    return mUi->problems->text();
}

QString PaymentDialog::syncNoteText() const
{
    return mUi->syncNote->text();
}

} // namespace InvoiceDesk
