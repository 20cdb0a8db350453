// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "payment.h"

#include <QCoreApplication>

#include <algorithm>

#include <array>

namespace InvoiceDesk {

namespace {

struct MethodEntry
{
    PaymentMethod method;
    const char *key;
    const char *displayName;
    PaymentMethodFamily family;
};

constexpr std::array kMethods = {
    MethodEntry {PaymentMethod::Cash, "cash", QT_TRANSLATE_NOOP("Payment", "Cash"),
        PaymentMethodFamily::Reference},
    MethodEntry {PaymentMethod::Cheque, "cheque", QT_TRANSLATE_NOOP("Payment", "Cheque"),
        PaymentMethodFamily::Cheque},
    MethodEntry {PaymentMethod::CreditCard, "credit_card",
        QT_TRANSLATE_NOOP("Payment", "Credit card"), PaymentMethodFamily::Card},
    MethodEntry {PaymentMethod::DebitCard, "debit_card", QT_TRANSLATE_NOOP("Payment", "Debit card"),
        PaymentMethodFamily::Card},
    MethodEntry {PaymentMethod::Eft, "eft", QT_TRANSLATE_NOOP("Payment", "EFT / direct deposit"),
        PaymentMethodFamily::Transfer},
    // Issue 13 item 7: BPAY is an electronic transfer; its customer reference number goes in
    // eft.reference. A demand draft is a bank-issued cheque (cheque.drawer is the issuing bank).
    MethodEntry {PaymentMethod::Bpay, "bpay", QT_TRANSLATE_NOOP("Payment", "BPAY"),
        PaymentMethodFamily::Transfer},
    MethodEntry {PaymentMethod::Paypal, "paypal", QT_TRANSLATE_NOOP("Payment", "PayPal"),
        PaymentMethodFamily::Reference},
    MethodEntry {PaymentMethod::Upi, "upi", QT_TRANSLATE_NOOP("Payment", "UPI"),
        PaymentMethodFamily::Reference},
    MethodEntry {PaymentMethod::DemandDraft, "demand_draft",
        QT_TRANSLATE_NOOP("Payment", "Demand draft"), PaymentMethodFamily::Cheque},
    MethodEntry {PaymentMethod::WireTransfer, "wire_transfer",
        QT_TRANSLATE_NOOP("Payment", "Wire / account transfer"), PaymentMethodFamily::Transfer},
    MethodEntry {PaymentMethod::Eftpos, "eftpos", QT_TRANSLATE_NOOP("Payment", "EFTPOS"),
        PaymentMethodFamily::Card},
    MethodEntry {PaymentMethod::WriteOff, "write_off", QT_TRANSLATE_NOOP("Payment", "Write-off"),
        PaymentMethodFamily::Reference},
    MethodEntry {PaymentMethod::AccountsReceivable, "accounts_receivable",
        QT_TRANSLATE_NOOP("Payment", "Accounts receivable"), PaymentMethodFamily::Reference},
    MethodEntry {PaymentMethod::Custom, "custom", QT_TRANSLATE_NOOP("Payment", "Custom"),
        PaymentMethodFamily::Reference},
    MethodEntry {PaymentMethod::Unknown, "unknown", QT_TRANSLATE_NOOP("Payment", "Unknown"),
        PaymentMethodFamily::Reference},
};

const MethodEntry &entryFor(PaymentMethod method)
{
    for (const MethodEntry &entry : kMethods) {
        if (entry.method == method)
            return entry;
    }
    return kMethods.back();
}

constexpr std::array<std::pair<CardType, const char *>, 5> kCardTypes = {{
    {CardType::Visa, "visa"},
    {CardType::Mastercard, "mastercard"},
    {CardType::Amex, "amex"},
    {CardType::Diners, "diners"},
    {CardType::Unknown, "unknown"},
}};

} // namespace

QString methodKey(PaymentMethod method)
{
    return QLatin1String(entryFor(method).key);
}

std::optional<PaymentMethod> methodFromKey(QStringView key)
{
    for (const MethodEntry &entry : kMethods) {
        if (key.trimmed().compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
            return entry.method;
    }
    return std::nullopt;
}

QString methodDisplayName(PaymentMethod method)
{
    return QCoreApplication::translate("Payment", entryFor(method).displayName);
}

PaymentMethodFamily familyOf(PaymentMethod method)
{
    return entryFor(method).family;
}

QList<PaymentMethod> allPaymentMethods()
{
    QList<PaymentMethod> methods;
    for (const MethodEntry &entry : kMethods)
        methods.append(entry.method);
    return methods;
}

QString cardTypeKey(CardType type)
{
    for (const auto &[candidate, key] : kCardTypes) {
        if (candidate == type)
            return QLatin1String(key);
    }
    return {};
}

std::optional<CardType> cardTypeFromKey(QStringView key)
{
    for (const auto &[type, name] : kCardTypes) {
        if (key.trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return type;
    }
    return std::nullopt;
}

Problems Payment::validate() const
{
    Problems problems;
    const PaymentMethodFamily family = familyOf(method);
    const QString methodName = methodKey(method);

    if (!date.isValid())
        problems.append({QStringLiteral("date"),
            QCoreApplication::translate("Payment", "a payment needs a date")});
    if (amount == 0)
        problems.append({QStringLiteral("amount"),
            QCoreApplication::translate("Payment", "the amount cannot be zero")});

    const auto onlyFor = [&](const QString &field, bool filled, PaymentMethodFamily allowed,
                             const QString &which) {
        if (filled && family != allowed) {
            problems.append({field,
                QCoreApplication::translate("Payment", "is only for %1 payments, not %2")
                    .arg(which, methodName)});
        }
    };
    onlyFor(QStringLiteral("cheque.number"), !cheque.number.isEmpty(), PaymentMethodFamily::Cheque,
        QCoreApplication::translate("Payment", "cheque"));
    onlyFor(QStringLiteral("cheque.drawer"), !cheque.drawer.isEmpty(), PaymentMethodFamily::Cheque,
        QCoreApplication::translate("Payment", "cheque"));
    onlyFor(QStringLiteral("cheque.bankBranch"), !cheque.bankBranch.isEmpty(),
        PaymentMethodFamily::Cheque, QCoreApplication::translate("Payment", "cheque"));
    onlyFor(QStringLiteral("card.type"), card.type.has_value(), PaymentMethodFamily::Card,
        QCoreApplication::translate("Payment", "card"));
    onlyFor(QStringLiteral("card.feePercentage"), card.feePercentage.has_value(),
        PaymentMethodFamily::Card, QCoreApplication::translate("Payment", "card"));
    onlyFor(QStringLiteral("card.feeAmount"), card.feeAmount.has_value(), PaymentMethodFamily::Card,
        QCoreApplication::translate("Payment", "card"));
    onlyFor(QStringLiteral("eft.transferDate"), eft.transferDate.isValid(),
        PaymentMethodFamily::Transfer, QCoreApplication::translate("Payment", "transfer"));
    onlyFor(QStringLiteral("eft.reference"), !eft.reference.isEmpty(),
        PaymentMethodFamily::Transfer, QCoreApplication::translate("Payment", "transfer"));

    if (method == PaymentMethod::Cheque && cheque.number.trimmed().isEmpty()) // not drafts
        problems.append({QStringLiteral("cheque.number"),
            QCoreApplication::translate("Payment", "a cheque payment needs the cheque number")});
    if (card.feePercentage
        && (card.feePercentage->scaled() < 0 || card.feePercentage->scaled() > 100 * 10000))
        problems.append({QStringLiteral("card.feePercentage"),
            QCoreApplication::translate("Payment", "a fee percentage must be between 0 and 100")});
    if (card.feeAmount && *card.feeAmount < 0)
        problems.append({QStringLiteral("card.feeAmount"),
            QCoreApplication::translate("Payment", "a fee cannot be negative")});
    if (tds && *tds < 0)
        problems.append({QStringLiteral("tds"),
            QCoreApplication::translate("Payment", "TDS cannot be negative")});
    if (transactionCharge && *transactionCharge < 0)
        problems.append({QStringLiteral("transactionCharge"),
            QCoreApplication::translate("Payment", "a transaction charge cannot be negative")});
    if (reconciledDate.isValid() && date.isValid() && reconciledDate < date)
        problems.append({QStringLiteral("reconciledDate"),
            QCoreApplication::translate(
                "Payment", "the payment cannot be reconciled before it was made")});
    return problems;
}

Problems validateAgainstInvoice(const Payment &payment, bool invoiceCancelled, qint64 grandTotal,
    const PaymentSummary &summary, const Currency &currency)
{
    Problems problems;
    const auto money
        = [&](qint64 minor) { return Money::fromMinorUnits(minor, currency).toString(); };
    if (invoiceCancelled) {
        problems.append({QStringLiteral("invoiceNumber"),
            QCoreApplication::translate("Payment", "invoice %1 is cancelled and takes no payments")
                .arg(payment.invoiceNumber)});
        return problems;
    }
    const qint64 outstanding = grandTotal - summary.net();
    if (payment.amount > 0 && payment.amount > outstanding) {
        problems.append({QStringLiteral("amount"),
            QCoreApplication::translate(
                "Payment", "%1 %2 would overpay invoice %3, which has %4 outstanding")
                .arg(money(payment.amount), currency.code(), payment.invoiceNumber,
                    money(std::max<qint64>(outstanding, 0)))});
    }
    if (payment.amount < 0 && -payment.amount > summary.net()) {
        problems.append({QStringLiteral("amount"),
            QCoreApplication::translate(
                "Payment", "a refund of %1 %2 is more than the %3 paid on invoice %4")
                .arg(money(-payment.amount), currency.code(), money(summary.net()),
                    payment.invoiceNumber)});
    }
    return problems;
}

} // namespace InvoiceDesk
