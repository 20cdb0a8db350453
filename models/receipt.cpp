// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receipt.h"
#include "csv/paymentcsv.h"

namespace InvoiceDesk {

namespace {

/** The payments.csv columns that are not the method's: whose, when and how much. */
bool isMethodColumn(const QString &column)
{
    return column != QLatin1String("invoiceNumber") && column != QLatin1String("date")
        && column != QLatin1String("amount") && column != QLatin1String("method");
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

Payment paymentFromDetails(
    const QString &methodKey, const QJsonObject &details, const Currency &currency)
{
    QStringList header;
    QStringList cells;
    for (const QString &column : PaymentCsv::columns()) {
        header.append(column);
        if (column == QLatin1String("method"))
            cells.append(methodKey);
        else if (column == QLatin1String("date"))
            cells.append(QStringLiteral("2000-01-01"));
        else if (column == QLatin1String("amount"))
            cells.append(QStringLiteral("1"));
        else
            cells.append(details.value(column).toString());
    }
    QList<ImportIssue> issues;
    const CsvHeader mapped = CsvHeader::map(header, PaymentCsv::columns(), {}, {}, issues);
    const FieldFormat format;
    const CsvRow row(mapped, cells, 0, format);
    Payment payment = PaymentCsv::fromRow(row, currency, issues);
    payment.date = {};
    payment.amount = 0;
    return payment;
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
