// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodpages.h"
#include "amountfield.h"
#include "dateedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace InvoiceDesk {

namespace {

QFormLayout *pageForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    return form;
}

void addRow(QFormLayout *form, const QString &label, QWidget *field)
{
    auto *text = new QLabel(label, form->parentWidget());
    text->setBuddy(field);
    form->addRow(text, field);
}

std::optional<qint64> amountOf(const QLineEdit *edit, const QString &field,
    const Currency &currency, const QLocale &locale, Problems &problems)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    auto parsed = Money::parseLocale(text, currency, locale);
    if (!parsed) {
        problems.append({field, parsed.error()});
        return std::nullopt;
    }
    return parsed->minorUnits();
}

} // namespace

MethodPages::MethodPages(QWidget *parent)
    : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("methodPages"));
    // The order of PaymentMethodFamily.
    addWidget(chequePage());
    addWidget(cardPage());
    addWidget(transferPage());
    addWidget(referencePage());
}

QLineEdit *MethodPages::lineEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

QWidget *MethodPages::chequePage()
{
    auto *page = new QWidget(this);
    QFormLayout *form = pageForm(page);
    mChequeNumber = lineEdit("chequeNumber", page);
    mChequeDrawer = lineEdit("chequeDrawer", page);
    mChequeBankBranch = lineEdit("chequeBankBranch", page);
    addRow(form, tr("Cheque &number *"), mChequeNumber);
    addRow(form, tr("Dra&wer"), mChequeDrawer);
    addRow(form, tr("&Bank branch"), mChequeBankBranch);
    return page;
}

QWidget *MethodPages::cardPage()
{
    auto *page = new QWidget(this);
    QFormLayout *form = pageForm(page);
    mCardType = new QComboBox(page);
    mCardType->setObjectName(QStringLiteral("cardType"));
    const std::pair<CardType, QString> types[] = {{CardType::Visa, tr("Visa")},
        {CardType::Mastercard, tr("Mastercard")}, {CardType::Amex, tr("American Express")},
        {CardType::Diners, tr("Diners Club")}, {CardType::Unknown, tr("Other / unknown")}};
    for (const auto &[type, name] : types)
        mCardType->addItem(name, int(type));
    mCardFeePercentage = lineEdit("cardFeePercentage", page);
    mCardFeeAmount = lineEdit("cardFeeAmount", page);
    mGatewayName = lineEdit("gatewayName", page);
    mGatewayTransactionId = lineEdit("gatewayTransactionId", page);
    addRow(form, tr("Card t&ype"), mCardType);
    addRow(form, tr("&Fee %"), mCardFeePercentage);
    addRow(form, tr("Fee amo&unt"), mCardFeeAmount);
    addRow(form, tr("&Gateway"), mGatewayName);
    addRow(form, tr("Transaction &id"), mGatewayTransactionId);
    return page;
}

QWidget *MethodPages::transferPage()
{
    auto *page = new QWidget(this);
    QFormLayout *form = pageForm(page);
    mEftTransferDate = new DateEdit(QDate::currentDate(), page);
    mEftTransferDate->setObjectName(QStringLiteral("eftTransferDate"));
    mEftReference = lineEdit("eftReference", page);
    addRow(form, tr("Trans&fer date"), mEftTransferDate);
    addRow(form, tr("Refere&nce"), mEftReference);
    return page;
}

QWidget *MethodPages::referencePage()
{
    auto *page = new QWidget(this);
    QFormLayout *form = pageForm(page);
    mReference = lineEdit("reference", page);
    addRow(form, tr("Refere&nce"), mReference);
    return page;
}

void MethodPages::showMethod(PaymentMethod method)
{
    setCurrentIndex(int(familyOf(method)));
    for (int i = 0; i < count(); ++i)
        widget(i)->setSizePolicy(QSizePolicy::Preferred,
            i == currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    adjustSize();
}

void MethodPages::collect(
    Payment &p, const Currency &currency, const QLocale &locale, Problems &problems) const
{
    switch (familyOf(p.method)) {
    case PaymentMethodFamily::Cheque:
        p.cheque = {mChequeNumber->text().trimmed(), mChequeDrawer->text().trimmed(),
            mChequeBankBranch->text().trimmed()};
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
        p.card.feeAmount = amountOf(
            mCardFeeAmount, QStringLiteral("card.feeAmount"), currency, locale, problems);
        p.gateway = {mGatewayName->text().trimmed(), mGatewayTransactionId->text().trimmed()};
        break;
    }
    case PaymentMethodFamily::Transfer:
        if (!mEftTransferDate->text().trimmed().isEmpty() && !mEftTransferDate->problem().isEmpty())
            problems.append({QStringLiteral("eft.transferDate"), mEftTransferDate->problem()});
        p.eft = {mEftTransferDate->date(), mEftReference->text().trimmed()};
        break;
    case PaymentMethodFamily::Reference:
        p.reference = mReference->text().trimmed();
        break;
    }
}

void MethodPages::followPaymentDate(DateEdit *paymentDate)
{
    followDate(paymentDate, mEftTransferDate);
}

void MethodPages::formatAmountsIn(std::function<Currency()> currency)
{
    formatAmountWhenLeft(mCardFeeAmount, std::move(currency));
}

} // namespace InvoiceDesk
