// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "capabilities.h"
#include "syncadapter.h"

#include <QCoreApplication>

namespace InvoiceDesk {

std::optional<QString> invoiceRefusal(const Capabilities &capabilities, const Invoice &invoice)
{
    if (capabilities.takes(RemoteOperation::FractionalQuantity))
        return std::nullopt;
    // Nothing is rounded silently (DESIGN.md): a fractional quantity is the bookkeeper's call.
    for (int i = 0; i < invoice.lines.size(); ++i) {
        const Quantity &quantity = invoice.lines.at(i).quantity;
        if (!quantity.isWhole())
            return QCoreApplication::translate("Capabilities",
                "line %1: quantity %2 is not a whole number, and %3 only takes whole quantities")
                .arg(i + 1)
                .arg(quantity.toString(), capabilities.systemName);
    }
    return std::nullopt;
}

std::optional<QString> invoiceNote(const Capabilities &capabilities, const Invoice &invoice)
{
    if (capabilities.takes(RemoteOperation::LineDiscount))
        return std::nullopt;
    QStringList lines;
    for (int i = 0; i < invoice.lines.size(); ++i) {
        const LineItem &line = invoice.lines.at(i);
        if (line.discountPercent || line.discountAmount)
            lines.append(QString::number(i + 1));
    }
    if (lines.isEmpty())
        return std::nullopt;
    return QCoreApplication::translate("Capabilities",
        "%1 has no line discounts: the discounted lines (%2) go as their net amounts, with the "
        "same totals")
        .arg(capabilities.systemName, lines.join(QStringLiteral(", ")));
}

std::optional<QString> paymentRefusal(const Capabilities &capabilities, qint64 amount,
    qint64 outstanding, const Currency &currency, const QLocale *locale)
{
    const auto money = [&](qint64 minor) {
        const Money value = Money::fromMinorUnits(minor, currency);
        return locale ? value.toLocaleString(*locale) : value.toString();
    };
    if (amount < 0 && !capabilities.takes(RemoteOperation::Refund))
        return QCoreApplication::translate(
            "Capabilities", "%1 takes no refunds through its API: record the refund in %1")
            .arg(capabilities.systemName);
    if (amount >= 0 && amount != outstanding
        && !capabilities.takes(RemoteOperation::PartialPayment))
        return QCoreApplication::translate("Capabilities",
            "%1 takes only a payment of the whole outstanding amount (%2 %3), and this payment "
            "is %4 %3: record part payments in %1")
            .arg(capabilities.systemName, money(outstanding), currency.code(), money(amount));
    return std::nullopt;
}

QString methodRefusal(const Capabilities &capabilities, const QString &methodKey)
{
    return QCoreApplication::translate("Capabilities", "%1 has no payment method for \"%2\"")
        .arg(capabilities.systemName, methodKey);
}

QString reversalRefusal(const Capabilities &capabilities, const QString &marker)
{
    return QCoreApplication::translate("Capabilities",
        "%1 takes no payment reversal through its API: reverse payment %2 in %1, then confirm "
        "here")
        .arg(capabilities.systemName, marker);
}

QString creditNoteRefusal(const Capabilities &capabilities, const QString &number)
{
    return QCoreApplication::translate("Capabilities",
        "%1 takes no credit notes through its API: credit note %2 stays in InvoiceDesk; enter it "
        "in %1 by hand if it should be there too")
        .arg(capabilities.systemName, number);
}

QString deletionRefusal(const Capabilities &capabilities, const QString &number)
{
    return QCoreApplication::translate("Capabilities",
        "%1 takes no invoice deletion through its API: delete or cancel invoice %2 in %1")
        .arg(capabilities.systemName, number);
}

std::optional<QString> refusal(const Capabilities &capabilities, const SyncContext &context)
{
    switch (context.kind) {
    case OpKind::CreateInvoice:
    case OpKind::UpdateInvoice:
        if (context.invoice && capabilities.pushesInvoices)
            return invoiceRefusal(capabilities, *context.invoice);
        return std::nullopt;
    case OpKind::DeleteInvoice:
        if (capabilities.takes(RemoteOperation::DeleteInvoice))
            return std::nullopt;
        return deletionRefusal(capabilities,
            context.invoice ? context.invoice->number
                            : context.payload.value(QStringLiteral("number")).toString());
    case OpKind::VoidPayment:
        if (capabilities.takes(RemoteOperation::ReversePayment))
            return std::nullopt;
        return reversalRefusal(capabilities, context.originalPaymentMarker);
    case OpKind::AddPayment:
        if (!context.payment || !context.invoice)
            return std::nullopt; // the engine says what is missing
        return paymentRefusal(capabilities, context.payment->amount, context.outstandingBefore,
            context.invoice->currency);
    }
    return std::nullopt;
}

} // namespace InvoiceDesk
