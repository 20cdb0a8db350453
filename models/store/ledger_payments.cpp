// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Ledger's payments: checked, recorded and voided, each with its audit row and its outbox
// row in the invoice's transaction.
#include "crashpoint.h"
#include "jsonformat.h"
#include "ledger.h"
#include "ledger_p.h"
#include "receiptrepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace InvoiceDesk {

using namespace LedgerDetail;

Problems Ledger::checkPayment(const Payment &payment, PaymentCheck check)
{
    std::optional<InvoiceHeader> invoice;
    return checkPayment(payment, check, invoice);
}

Problems Ledger::checkPayment(
    const Payment &payment, PaymentCheck check, std::optional<InvoiceHeader> &invoice)
{
    Problems problems = payment.validate();
    auto header = payment.invoiceId != 0 ? mInvoices.header(payment.invoiceId)
                                         : mInvoices.headerByNumber(payment.invoiceNumber);
    if (!header) {
        problems.append({QStringLiteral("invoiceNumber"), header.error()});
        return problems;
    }
    if (!header->has_value()) {
        problems.append({QStringLiteral("invoiceNumber"),
            QCoreApplication::translate("Ledger", "there is no invoice numbered \"%1\"")
                .arg(payment.invoiceNumber)});
        return problems;
    }
    invoice = **header;
    Payment located = payment;
    located.invoiceId = invoice->id;
    located.invoiceNumber = invoice->number;
    const bool cancelled
        = invoice->lifecycle == InvoiceLifecycle::Cancelled && !check.allowCancelledInvoice;
    // What credit notes took off the invoice is no longer owed (issue 13 item 3).
    Problems againstInvoice = validateAgainstInvoice(located, cancelled,
        std::max<qint64>(invoice->grandTotal - invoice->credited, 0),
        {invoice->paid, invoice->refunded}, invoice->currency);
    // The invoice keeps what was paid and what was refunded as two sums, each within 64 bits.
    qint64 sum = 0;
    if ((payment.amount > 0 && qAddOverflow(invoice->paid, payment.amount, &sum))
        || (payment.amount < 0 && qSubOverflow(invoice->refunded, payment.amount, &sum)))
        againstInvoice.append({QStringLiteral("amount"),
            QCoreApplication::translate("Ledger",
                "invoice %1's payments and refunds would add up to more than can be summed "
                "(over 9,223,372,036,854,775,807 minor units)")
                .arg(invoice->number)});
    if (againstInvoice.isEmpty()) {
        if (auto s = checkPaymentOnItsDate(*invoice, payment, check); !s)
            againstInvoice.append({QStringLiteral("amount"), s.error()});
    }
    if (!check.allowLookalike) {
        auto lookalikes = mPayments.countLookalikes(located);
        if (!lookalikes) {
            againstInvoice.append({QStringLiteral("amount"), lookalikes.error()});
        } else if (*lookalikes > 0) {
            // Entered twice: what the second would overpay only follows from that.
            againstInvoice.removeIf(
                [](const Problem &p) { return p.field == QLatin1String("amount"); });
            const QString text = payment.amount < 0
                ? QCoreApplication::translate("Ledger",
                    "a refund with the same date, amount, method and reference is already "
                    "recorded on invoice %1")
                : QCoreApplication::translate("Ledger",
                    "a payment with the same date, amount, method and reference is already "
                    "recorded "
                    "on invoice %1");
            againstInvoice.append({QStringLiteral("amount"), text.arg(invoice->number)});
        }
    }
    return problems + againstInvoice;
}

Result<Payment> Ledger::recordPayment(Payment payment, PaymentCheck check, Problems *problems)
{
    std::optional<InvoiceHeader> header;
    if (const Problems found = checkPayment(payment, check, header); !found.isEmpty())
        return refusal(found, problems);
    const InvoiceHeader invoice = *header;
    payment.invoiceId = invoice.id;
    payment.invoiceNumber = invoice.number;
    payment.uuid = newUuid();
    payment.marker = Outbox::mintMarker();
    payment.voidedAt = {};

    WriteScope scope(*this);
    if (auto s = scope.begin(); !s)
        return Error {s.error()};
    if (auto s = mPayments.insert(payment); !s)
        return Error {s.error()};
    const qint64 paid = invoice.paid + std::max<qint64>(payment.amount, 0);
    const qint64 refunded = invoice.refunded + std::max<qint64>(-payment.amount, 0);
    if (auto s = applyPaymentTotals(invoice, paid, refunded); !s)
        return Error {s.error()};
    if (auto s = moveCredit(invoice, payment, false); !s)
        return Error {s.error()};
    if (auto s = mAudit.record(QStringLiteral("payment"), payment.uuid, QStringLiteral("recorded"),
            Json::paymentText(payment, invoice.currency));
        !s)
        return Error {s.error()};
    crashPoint("inside_payment_save"); // the payment row is written, its outbox row is not
    if (invoice.connectionId) {
        if (auto s = queuePayment(payment, invoice.uuid, *invoice.connectionId); !s)
            return Error {s.error()};
    }
    if (auto s = scope.commit(); !s)
        return Error {s.error()};
    return payment;
}

Status Ledger::applyPaymentTotals(const InvoiceHeader &invoice, qint64 paid, qint64 refunded)
{
    const InvoiceStatus status
        = statusFor(invoice.lifecycle, invoice.grandTotal, paid, refunded, invoice.credited);
    // A status the file already holds is not written again (its indexes stay as they are).
    return mInvoices.setPaymentTotals(invoice.id, paid, refunded,
        statusName(status) == invoice.storedStatus ? std::nullopt
                                                   : std::optional<InvoiceStatus>(status));
}

Result<std::pair<Payment, InvoiceHeader>> Ledger::voidablePayment(qint64 paymentId)
{
    auto loaded = mPayments.load(paymentId);
    if (!loaded)
        return Error {loaded.error()};
    if (!loaded->has_value())
        return Error {QCoreApplication::translate("Ledger", "the payment no longer exists")};
    const Payment payment = **loaded;
    if (payment.isVoided())
        return Error {QCoreApplication::translate("Ledger", "the payment is already voided")};
    auto header = mInvoices.header(payment.invoiceId);
    if (!header || !header->has_value())
        return Error {
            QCoreApplication::translate("Ledger", "the payment's invoice no longer exists")};
    const InvoiceHeader invoice = **header;
    // Voiding a payment must not leave more refunded than paid.
    if (payment.amount > 0 && invoice.paid - payment.amount < invoice.refunded) {
        return Error {QCoreApplication::translate("Ledger",
            "void the refunds on invoice %1 first: voiding this payment would leave more refunded "
            "than paid")
                          .arg(invoice.number)};
    }
    auto allocated = ReceiptRepository(mQueries).allocationOf(payment.id);
    if (!allocated)
        return Error {allocated.error()};
    const bool fromCredit = allocated->has_value() && **allocated == 0;
    const DayRank rank = fromCredit ? DayRank::FromCredit : DayRank::Money;
    if (auto s = checkMoneyOnDates(invoice, {}, {payment.id},
            payment.amount > 0 ? MoneyChange::PaymentVoided : MoneyChange::RefundVoided);
        !s)
        return Error {s.error()};
    // The credit a credit note left on the money this payment brought goes with it; a payment
    // from a receipt or from credit gives its money back to the credit.
    auto move = creditMoveOfVoiding({payment});
    if (!move)
        return Error {move.error()};
    QList<DatedAmount> returned;
    if (allocated->has_value())
        returned.append({payment.date, rank, payment.amount});
    if (auto s
        = checkCreditMove(*move, invoice, returned, payment.date, CreditChange::PaymentVoided);
        !s)
        return Error {s.error()};
    return std::pair {payment, invoice};
}

Status Ledger::canVoidPayment(qint64 paymentId)
{
    if (auto voidable = voidablePayment(paymentId); !voidable)
        return Error {voidable.error()};
    return {};
}

Status Ledger::voidPayment(qint64 paymentId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error {QCoreApplication::translate("Ledger", "voiding a payment needs a reason")};
    auto voidable = voidablePayment(paymentId);
    if (!voidable)
        return Error {voidable.error()};
    auto [payment, invoice] = std::move(voidable).value();

    WriteScope scope(*this);
    if (auto s = scope.begin(); !s)
        return s;
    payment.voidedAt = QDateTime::currentDateTimeUtc();
    payment.voidReason = reason.trimmed();
    if (auto s = mPayments.markVoided(paymentId, payment.voidReason, payment.voidedAt); !s)
        return s;
    const qint64 paid = invoice.paid - std::max<qint64>(payment.amount, 0);
    const qint64 refunded = invoice.refunded - std::max<qint64>(-payment.amount, 0);
    if (auto s = applyPaymentTotals(invoice, paid, refunded); !s)
        return s;
    if (auto s = moveCredit(invoice, payment, true); !s)
        return s;
    if (auto s = mAudit.record(QStringLiteral("payment"), payment.uuid, QStringLiteral("voided"),
            Json::paymentText(payment, invoice.currency));
        !s)
        return s;
    if (invoice.connectionId) {
        auto superseded = mOutbox.supersedeUnsent(invoice.uuid, {OpKind::AddPayment}, payment.uuid);
        if (!superseded)
            return Error {superseded.error()};
        if (*superseded == 0) {
            OutboxOp op;
            op.connectionId = *invoice.connectionId;
            op.kind = OpKind::VoidPayment;
            op.entityUuid = payment.uuid;
            op.laneKey = invoice.uuid;
            op.payload = QJsonObject {{QStringLiteral("paymentMarker"), payment.marker},
                {QStringLiteral("reason"), payment.voidReason}};
            if (auto s = mOutbox.enqueue(op); !s)
                return s;
        }
    }
    // A voided payment from a receipt or from credit gives its money back to the credit.
    if (auto s = ReceiptRepository(mQueries).checkCreditSummableWithout(paymentId); !s)
        return s;
    return scope.commit();
}

} // namespace InvoiceDesk
