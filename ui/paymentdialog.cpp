// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentdialog.h"

#include "dateedit.h"
#include "formalignment.h"
#include "ledger.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace InvoiceDesk {

namespace {

QLineEdit *edit(QWidget *parent, const char *name, bool amount = false)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    if (amount)
        e->setAlignment(Qt::AlignRight);
    return e;
}

DateEdit *dateEdit(QWidget *parent, const char *name)
{
    auto *e = new DateEdit(QDate::currentDate(), parent);
    e->setObjectName(QLatin1String(name));
    return e;
}

} // namespace

PaymentDialog::PaymentDialog(Ledger &ledger, qint64 invoiceId, QWidget *parent)
    : QDialog(parent)
    , mLedger(ledger)
{
    setObjectName(QStringLiteral("paymentDialog"));
    if (auto header = mLedger.invoices().header(invoiceId); header && header->has_value())
        mInvoice = **header;
    setWindowTitle(tr("Record Payment on %1").arg(mInvoice.number));
    const QLocale locale;
    const qint64 outstanding = mInvoice.grandTotal - (mInvoice.paid - mInvoice.refunded);

    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(
        tr("Invoice <b>%1</b>: total %2 %4, outstanding <b>%3 %4</b>")
            .arg(mInvoice.number.toHtmlEscaped(),
                Money::fromMinorUnits(mInvoice.grandTotal, mInvoice.currency)
                    .toLocaleString(locale),
                Money::fromMinorUnits(outstanding, mInvoice.currency).toLocaleString(locale),
                mInvoice.currency.code()),
        this);
    layout->addWidget(summary);

    auto *form = new QFormLayout;
    mDate = dateEdit(this, "date");
    mAmount = edit(this, "amount", true);
    mProposedAmount = Money::fromMinorUnits(std::max<qint64>(outstanding, 0), mInvoice.currency)
                          .toLocaleString(locale);
    mAmount->setText(mProposedAmount);
    mRefund = new QCheckBox(tr("This is a &refund"), this);
    mRefund->setObjectName(QStringLiteral("refund"));
    mMethod = new QComboBox(this);
    mMethod->setObjectName(QStringLiteral("method"));
    for (PaymentMethod method : allPaymentMethods())
        mMethod->addItem(methodDisplayName(method), int(method));
    form->addRow(tr("&Date"), mDate);
    form->addRow(tr("&Amount (%1)").arg(mInvoice.currency.code()), mAmount);
    form->addRow(QString(), mRefund);
    form->addRow(tr("&Method"), mMethod);
    layout->addLayout(form);

    mPages = new QStackedWidget(this);
    mPages->setObjectName(QStringLiteral("methodPages"));
    mPages->addWidget(createChequePage());
    mPages->addWidget(createCardPage());
    mPages->addWidget(createTransferPage());
    mPages->addWidget(createReferencePage());
    layout->addWidget(mPages);

    auto *common = new QFormLayout;
    mTds = edit(this, "tds", true);
    mTransactionCharge = edit(this, "transactionCharge", true);
    mNotes = edit(this, "notes");
    common->addRow(tr("&TDS"), mTds);
    common->addRow(tr("Transaction c&harge"), mTransactionCharge);
    common->addRow(tr("N&otes"), mNotes);
    layout->addLayout(common);

    mProblems = new QLabel(this);
    mProblems->setObjectName(QStringLiteral("problems"));
    mProblems->setWordWrap(true);
    mProblems->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    layout->addWidget(mProblems);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Re&cord"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);
    layout->addWidget(buttons);

    alignFormLabels(this);

    connect(mMethod, &QComboBox::currentIndexChanged, this, &PaymentDialog::methodChanged);
    connect(mRefund, &QCheckBox::toggled, this, &PaymentDialog::refundToggled);
    methodChanged();
    mAmount->setFocus();
    mAmount->selectAll();
}

QWidget *PaymentDialog::createChequePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    mChequeNumber = edit(page, "chequeNumber");
    mChequeDrawer = edit(page, "chequeDrawer");
    mChequeBranch = edit(page, "chequeBankBranch");
    form->addRow(tr("Cheque &number *"), mChequeNumber);
    form->addRow(tr("Dra&wer"), mChequeDrawer);
    form->addRow(tr("&Bank branch"), mChequeBranch);
    return page;
}

QWidget *PaymentDialog::createCardPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    mCardType = new QComboBox(page);
    mCardType->setObjectName(QStringLiteral("cardType"));
    const std::pair<CardType, QString> types[] = {{CardType::Visa, tr("Visa")},
        {CardType::Mastercard, tr("Mastercard")}, {CardType::Amex, tr("American Express")},
        {CardType::Diners, tr("Diners Club")}, {CardType::Unknown, tr("Other / unknown")}};
    for (const auto &[type, name] : types)
        mCardType->addItem(name, int(type));
    mCardFeePercentage = edit(page, "cardFeePercentage", true);
    mCardFeeAmount = edit(page, "cardFeeAmount", true);
    mGatewayName = edit(page, "gatewayName");
    mGatewayTransaction = edit(page, "gatewayTransactionId");
    form->addRow(tr("Card t&ype"), mCardType);
    form->addRow(tr("&Fee %"), mCardFeePercentage);
    form->addRow(tr("Fee amo&unt"), mCardFeeAmount);
    form->addRow(tr("&Gateway"), mGatewayName);
    form->addRow(tr("Transaction &id"), mGatewayTransaction);
    return page;
}

QWidget *PaymentDialog::createTransferPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    mTransferDate = dateEdit(page, "eftTransferDate");
    mTransferReference = edit(page, "eftReference");
    form->addRow(tr("Trans&fer date"), mTransferDate);
    form->addRow(tr("Refere&nce"), mTransferReference);
    return page;
}

QWidget *PaymentDialog::createReferencePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    mReference = edit(page, "reference");
    form->addRow(tr("Refere&nce"), mReference);
    return page;
}

void PaymentDialog::methodChanged()
{
    const auto method = PaymentMethod(mMethod->currentData().toInt());
    mPages->setCurrentIndex(int(familyOf(method)));
    // Each page is as tall as its own fields, not as the tallest page.
    for (int i = 0; i < mPages->count(); ++i)
        mPages->widget(i)->setSizePolicy(QSizePolicy::Preferred,
            i == mPages->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    mPages->adjustSize();
    adjustSize();
}

void PaymentDialog::refundToggled(bool refund)
{
    const QLocale locale;
    const qint64 amount = refund ? mInvoice.paid - mInvoice.refunded
                                 : mInvoice.grandTotal - (mInvoice.paid - mInvoice.refunded);
    // A proposal follows the choice; an amount the person typed stays (issue 10).
    if (mAmount->text().trimmed() == mProposedAmount) {
        mProposedAmount = Money::fromMinorUnits(std::max<qint64>(amount, 0), mInvoice.currency)
                              .toLocaleString(locale);
        mAmount->setText(mProposedAmount);
    }
    setWindowTitle(refund ? tr("Record Refund on %1").arg(mInvoice.number)
                          : tr("Record Payment on %1").arg(mInvoice.number));
}

Payment PaymentDialog::collect(Problems &problems) const
{
    const QLocale locale;
    const Currency &currency = mInvoice.currency;
    const auto amount = [&](const QLineEdit *e, const QString &field) -> std::optional<qint64> {
        const QString text = e->text().trimmed();
        if (text.isEmpty())
            return std::nullopt;
        auto parsed = Money::parseLocale(text, currency, locale);
        if (!parsed) {
            problems.append({field, parsed.error()});
            return std::nullopt;
        }
        return parsed->minorUnits();
    };

    Payment p;
    p.invoiceId = mInvoice.id;
    p.invoiceNumber = mInvoice.number;
    p.date = mDate->date();
    if (!mDate->problem().isEmpty())
        problems.append({QStringLiteral("date"), mDate->problem()});
    const auto value = amount(mAmount, QStringLiteral("amount"));
    if (!value && mAmount->text().trimmed().isEmpty())
        problems.append({QStringLiteral("amount"), tr("a payment needs an amount")});
    p.amount = value.value_or(0);
    if (mRefund->isChecked())
        p.amount = -std::abs(p.amount);
    p.method = PaymentMethod(mMethod->currentData().toInt());
    p.notes = mNotes->text().trimmed();
    p.tds = amount(mTds, QStringLiteral("tds"));
    p.transactionCharge = amount(mTransactionCharge, QStringLiteral("transactionCharge"));
    switch (familyOf(p.method)) {
    case PaymentMethodFamily::Cheque:
        p.cheque = {mChequeNumber->text().trimmed(), mChequeDrawer->text().trimmed(),
            mChequeBranch->text().trimmed()};
        break;
    case PaymentMethodFamily::Card: {
        p.card.type = CardType(mCardType->currentData().toInt());
        const QString percentage = mCardFeePercentage->text().trimmed().remove(QLatin1Char('%'));
        if (!percentage.isEmpty()) {
            auto parsed = Percentage::parse(percentage, decimalFormatFor(locale));
            if (parsed)
                p.card.feePercentage = *parsed;
            else
                problems.append({QStringLiteral("card.feePercentage"), parsed.error()});
        }
        p.card.feeAmount = amount(mCardFeeAmount, QStringLiteral("card.feeAmount"));
        p.gateway = {mGatewayName->text().trimmed(), mGatewayTransaction->text().trimmed()};
        break;
    }
    case PaymentMethodFamily::Transfer:
        if (!mTransferDate->text().trimmed().isEmpty() && !mTransferDate->problem().isEmpty())
            problems.append({QStringLiteral("eft.transferDate"), mTransferDate->problem()});
        p.eft = {mTransferDate->date(), mTransferReference->text().trimmed()};
        break;
    case PaymentMethodFamily::Reference:
        p.reference = mReference->text().trimmed();
        break;
    }
    return p;
}

void PaymentDialog::accept()
{
    Problems problems;
    const Payment payment = collect(problems);
    if (problems.isEmpty()) {
        auto recorded = mLedger.recordPayment(payment, {}, &problems);
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
    mProblems->setText(lines.join(QLatin1Char('\n')));
}

QString PaymentDialog::problemText() const
{
    return mProblems->text();
}

} // namespace InvoiceDesk
