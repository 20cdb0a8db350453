// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receipt.h"
#include "paymentcsv.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

/** The payments.csv columns that are not the method's: whose, when and how much. */
bool isMethodColumn(const QString &column)
{
    return column != QLatin1String("invoiceNumber") && column != QLatin1String("date")
        && column != QLatin1String("amount") && column != QLatin1String("method")
        && !PaymentCsv::isReceiptColumn(column);
}

} // namespace

QJsonObject methodDetails(const Payment &payment, const Currency &currency)
{
    const QStringList &columns = PaymentCsv::columns();
    const QStringList cells = PaymentCsv::toRow(payment, currency);
    QJsonObject details;
    for (qsizetype i = 0; i < columns.size() && i < cells.size(); ++i) {
        if (isMethodColumn(columns.at(i)) && !cells.at(i).isEmpty())
            details.insert(columns.at(i), cells.at(i));
    }
    return details;
}

Result<Payment> paymentFromFields(
    const QString &methodKey, const QHash<QString, QString> &fields, const Currency &currency)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!PaymentCsv::columns().contains(it.key()) || !isMethodColumn(it.key()))
            return Error {QCoreApplication::translate("Receipt",
                "%1 is not a payment method field; they are named as payments.csv names them "
                "(cheque.number, eft.reference, ...)")
                              .arg(it.key())};
    }
    QStringList cells;
    for (const QString &column : PaymentCsv::columns()) {
        if (column == QLatin1String("method"))
            cells.append(methodKey);
        else if (column == QLatin1String("date"))
            cells.append(QStringLiteral("2000-01-01"));
        else if (column == QLatin1String("amount"))
            cells.append(QStringLiteral("1"));
        else
            cells.append(fields.value(column));
    }
    QList<ImportIssue> issues;
    const CsvHeader mapped
        = CsvHeader::map(PaymentCsv::columns(), PaymentCsv::columns(), {}, {}, issues);
    const FieldFormat format;
    const CsvRow row(mapped, cells, 0, format);
    Payment payment = PaymentCsv::fromRow(row, currency, issues);
    if (!issues.isEmpty()) {
        QStringList reasons;
        for (const ImportIssue &issue : issues)
            reasons.append(
                QStringLiteral("%1 (\"%2\"): %3").arg(issue.column, issue.value, issue.reason));
        return Error {reasons.join(QStringLiteral("; "))};
    }
    payment.date = {};
    payment.amount = 0;
    return payment;
}

Payment paymentFromDetails(
    const QString &methodKey, const QJsonObject &details, const Currency &currency)
{
    QHash<QString, QString> fields;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        fields.insert(it.key(), it.value().toString());
    auto payment = paymentFromFields(methodKey, fields, currency);
    return payment ? *payment : Payment();
}

void copyMethod(Payment &to, const Payment &from)
{
    to.method = from.method;
    to.reference = from.reference;
    to.notes = from.notes;
    to.cheque = from.cheque;
    to.card.type = from.card.type;
    to.card.feePercentage = from.card.feePercentage;
    to.gateway = from.gateway;
    to.eft = from.eft;
    to.reconciledDate = from.reconciledDate;
}

} // namespace InvoiceDesk
