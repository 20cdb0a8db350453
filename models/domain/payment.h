// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money.h"
#include "problem.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace InvoiceDesk {

/** The union of the remote systems' payment methods (DESIGN.md, payments.csv). */
enum class PaymentMethod {
    Cash,
    Cheque,
    CreditCard,
    DebitCard,
    Eft,
    Bpay,
    Paypal,
    Upi,
    DemandDraft,
    WireTransfer,
    Eftpos,
    WriteOff,
    AccountsReceivable,
    Custom,
    Unknown
};

/** Which page of detail fields a method has. */
enum class PaymentMethodFamily { Cheque, Card, Transfer, Reference };

QString methodKey(PaymentMethod method); ///< "credit_card"
std::optional<PaymentMethod> methodFromKey(QStringView key);
QString methodDisplayName(PaymentMethod method); ///< translated
PaymentMethodFamily familyOf(PaymentMethod method);
QList<PaymentMethod> allPaymentMethods();

enum class CardType { Visa, Mastercard, Amex, Diners, Unknown };
QString cardTypeKey(CardType type);
std::optional<CardType> cardTypeFromKey(QStringView key);

/**
 * A payment against an invoice; a negative amount is a refund. A recorded
 * payment is immutable: it can only be voided, with a reason.
 */
struct Payment
{
    qint64 id = 0;
    QString uuid;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    QDate date;
    qint64 amount = 0; ///< minor units of the invoice's currency
    PaymentMethod method = PaymentMethod::Cash;
    QString reference;
    QString notes;

    struct Cheque
    {
        QString number;
        QString drawer;
        QString bankBranch;
        friend bool operator==(const Cheque &, const Cheque &) = default;
    } cheque;

    struct Card
    {
        std::optional<CardType> type;
        std::optional<Percentage> feePercentage;
        std::optional<qint64> feeAmount;
        friend bool operator==(const Card &, const Card &) = default;
    } card;

    struct Gateway
    {
        QString name;
        QString transactionId;
        friend bool operator==(const Gateway &, const Gateway &) = default;
    } gateway;

    struct Eft
    {
        QDate transferDate;
        QString reference;
        friend bool operator==(const Eft &, const Eft &) = default;
    } eft;

    std::optional<qint64> tds; ///< tax deducted at source (Refrens)
    std::optional<qint64> transactionCharge;
    QDate reconciledDate;

    /** The sync marker, minted once when the payment is recorded (sync-design.md 5.1). */
    QString marker;
    QDateTime voidedAt;
    QString voidReason;

    bool isRefund() const { return amount < 0; }
    bool isVoided() const { return voidedAt.isValid(); }

    /** Problems with the payment's own fields (method details, dates, amounts). */
    Problems validate() const;

    friend bool operator==(const Payment &, const Payment &) = default;
};

/** What has been paid on an invoice so far, from its non-voided payments. */
struct PaymentSummary
{
    qint64 paid = 0; ///< sum of positive payments
    qint64 refunded = 0; ///< sum of refunds, as a positive number
    qint64 net() const { return paid - refunded; }
};

/**
 * Problems with adding `payment` to an invoice whose grand total and payments
 * so far are given: overpayment, a refund beyond what was paid, a cancelled invoice.
 */
Problems validateAgainstInvoice(const Payment &payment, bool invoiceCancelled, qint64 grandTotal,
    const PaymentSummary &summary, const Currency &currency);

} // namespace InvoiceDesk
