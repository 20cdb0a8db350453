// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// payments.csv's records that are already in the books: what --on-existing does with a
// receipt whose key is taken, a payment or credit applied alike before.
#include "ledger.h"
#include "paymentimport.h"

#include <QCoreApplication>

namespace InvoiceDesk {

QString PaymentImport::lookalikeKey(const Payment &payment)
{
    return QStringLiteral("%1|%2|%3|%4|%5")
        .arg(payment.invoiceId)
        .arg(payment.date.toString(Qt::ISODate))
        .arg(payment.amount)
        .arg(methodKey(payment.method), payment.reference);
}

bool PaymentImport::isRecorded(const Payment &payment, bool &recorded)
{
    recorded = false;
    if (mContext.options.onExisting == OnExisting::Fail)
        return true;
    // A payment voided since is still the one the file tells of: it does not come back.
    auto lookalikes = mContext.ledger.paymentRepository().countLookalikes(
        payment, PaymentRepository::Voided::Counted);
    if (!lookalikes)
        return mContext.fail(lookalikes.error());
    if (*lookalikes == 0)
        return true;
    // Those recorded before this import: two alike in the file and one here, the second is new.
    const QString key = lookalikeKey(payment);
    const int before = *lookalikes - mRecordedHere.value(key);
    int &seen = mRecordedSeen[key];
    recorded = seen < before;
    seen += recorded ? 1 : 0;
    return true;
}

Result<bool> PaymentImport::sameReceipt(const Receipt &recorded, const ReceiptDraft &draft)
{
    const Payment &first = draft.payments.first();
    if (recorded.amount != draft.amount || recorded.currency != draft.currency
        || recorded.date != first.date
        || recorded.customerName.compare(draft.customer, Qt::CaseInsensitive) != 0
        || recorded.method.method != first.method
        || methodDetails(recorded.method, recorded.currency)
            != methodDetails(first, draft.currency))
        return false;
    // The same allocations: invoice and amount, in any order.
    auto ids = mContext.book.receipts().allocationsOf(recorded.id);
    if (!ids)
        return Error {ids.error()};
    auto payments = mContext.ledger.paymentRepository().loadMany(*ids);
    if (!payments)
        return Error {payments.error()};
    QStringList stored;
    for (const Payment &payment : std::as_const(*payments)) {
        if (!payment.isVoided())
            stored.append(
                payment.invoiceNumber.toCaseFolded() + u'=' + QString::number(payment.amount));
    }
    QStringList told;
    for (const Payment &payment : draft.payments) {
        if (!payment.invoiceNumber.isEmpty())
            told.append(
                payment.invoiceNumber.toCaseFolded() + u'=' + QString::number(payment.amount));
    }
    stored.sort();
    told.sort();
    return stored == told;
}

bool PaymentImport::settleRecordedReceipt(const QList<CsvRow> &rows, const ReceiptDraft &draft,
    const Receipt &recorded, QList<ImportIssue> &issues)
{
    const OnExisting onExisting = mContext.options.onExisting;
    if (onExisting == OnExisting::Skip)
        return true;
    QString text;
    if (recorded.isVoided()) {
        text = QCoreApplication::translate("Receipt",
            "receipt %1 was voided on %2 (%3); a voided receipt's key is not used again: give "
            "the receipt a new key")
                   .arg(draft.key, recorded.voidedAt.date().toString(Qt::ISODate),
                       recorded.voidReason);
    } else if (onExisting == OnExisting::Fail) {
        text = QCoreApplication::translate(
            "Receipt", "receipt %1 is already recorded (choose skip for receipts already recorded)")
                   .arg(draft.key);
    } else {
        auto same = sameReceipt(recorded, draft);
        if (!same)
            return mContext.fail(same.error());
        if (*same)
            return true;
        text = QCoreApplication::translate("Receipt",
            "receipt %1 is recorded as %2 %3 from %4 on %5 and the file tells it otherwise "
            "(amount, date, customer, method or allocations); an import does not change a "
            "recorded receipt (void it and import it under a new key)")
                   .arg(draft.key,
                       Money::fromMinorUnits(recorded.amount, recorded.currency).toString(),
                       recorded.currency.code(), recorded.customerName,
                       recorded.date.toString(Qt::ISODate));
    }
    rows.first().addIssue(issues, QStringLiteral("receipt"), text);
    return true;
}

void PaymentImport::refuseTwinInFile(
    const CsvRow &row, const Payment &payment, QList<ImportIssue> &issues)
{
    const int line = mLineHere.value(lookalikeKey(payment));
    if (line == 0 || mContext.options.allowDuplicatePayments)
        return;
    // A tester's find: the second of two alike in one file was "already recorded on invoice".
    row.addIssue(issues, QStringLiteral("amount"),
        (payment.amount < 0 ? QCoreApplication::translate("CsvImport",
             "the refund on line %1 has the same invoice, date, amount, method and reference: "
             "give each its own reference if both were made, or allow duplicates")
                            : QCoreApplication::translate("CsvImport",
                                "the payment on line %1 has the same invoice, date, amount, "
                                "method and reference: give each its own reference if both were "
                                "made, or allow duplicates"))
            .arg(line));
}

bool PaymentImport::refuseRecordedCredit(
    const CsvRow &row, const Payment &payment, QList<ImportIssue> &issues)
{
    // As a payment entered twice is refused: said here, not as the credit it would lack.
    if (mContext.options.onExisting != OnExisting::Fail || mContext.options.allowDuplicatePayments)
        return true;
    auto lookalikes = mContext.ledger.paymentRepository().countLookalikes(payment);
    if (!lookalikes)
        return mContext.fail(lookalikes.error());
    if (*lookalikes > 0)
        row.addIssue(issues, QStringLiteral("amount"),
            QCoreApplication::translate("CsvImport",
                "credit of this date and amount is already applied to invoice %1 (choose skip or "
                "update for payments already recorded)")
                .arg(payment.invoiceNumber));
    return true;
}

} // namespace InvoiceDesk
