// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentcsv.h"
#include "csvreader.h"

#include <QCoreApplication>

namespace InvoiceDesk::PaymentCsv {

const QStringList &columns()
{
    static const QStringList all = {
        QStringLiteral("invoiceNumber"),
        QStringLiteral("date"),
        QStringLiteral("amount"),
        QStringLiteral("method"),
        QStringLiteral("reference"),
        QStringLiteral("notes"),
        QStringLiteral("cheque.number"),
        QStringLiteral("cheque.drawer"),
        QStringLiteral("cheque.bankBranch"),
        QStringLiteral("card.type"),
        QStringLiteral("card.feePercentage"),
        QStringLiteral("card.feeAmount"),
        QStringLiteral("gateway.name"),
        QStringLiteral("gateway.transactionId"),
        QStringLiteral("eft.transferDate"),
        QStringLiteral("eft.reference"),
        QStringLiteral("tds"),
        QStringLiteral("transactionCharge"),
        QStringLiteral("reconciledDate"),
        QStringLiteral("receipt"),
        QStringLiteral("customer"),
        QStringLiteral("currency"),
    };
    return all;
}

const QStringList &requiredColumns()
{
    static const QStringList required = {QStringLiteral("invoiceNumber"), QStringLiteral("date"),
        QStringLiteral("amount"), QStringLiteral("method")};
    return required;
}

QString creditKey()
{
    return QStringLiteral("credit");
}

DayRank dayRankOf(const CsvRow &first)
{
    return first.raw(QStringLiteral("receipt")).trimmed().compare(creditKey(), Qt::CaseInsensitive)
            == 0
        ? DayRank::FromCredit
        : DayRank::Money;
}

ReplayKey replayKeyOf(const CsvRow &first)
{
    QList<ImportIssue> ignored; // a bad date is the record's own problem when it is imported
    return {first.date(QStringLiteral("date"), ignored), dayRankOf(first)};
}

bool movesCredit(const CsvRow &row)
{
    const QString &amount = row.raw(QStringLiteral("amount"));
    return !CsvRow::isBlankText(row.raw(QStringLiteral("receipt")))
        || amount.contains(QLatin1Char('-')) || amount.contains(QLatin1Char('('));
}

bool isReceiptColumn(const QString &column)
{
    return column == QLatin1String("receipt") || column == QLatin1String("customer")
        || column == QLatin1String("currency");
}

QStringList toRow(const Payment &p, const Currency &c)
{
    return toRow(p, c, QString(), QString());
}

QStringList toRow(
    const Payment &p, const Currency &c, const QString &receipt, const QString &customer)
{
    const auto money = [&](const std::optional<qint64> &minor) {
        return minor ? Money::fromMinorUnits(*minor, c).toString() : QString();
    };
    const auto text = [](const QString &value) { return FormulaGuard::neutralise(value); };
    return {
        text(p.invoiceNumber),
        fileDate(p.date),
        money(p.amount),
        methodKey(p.method),
        text(p.reference),
        text(p.notes),
        text(p.cheque.number),
        text(p.cheque.drawer),
        text(p.cheque.bankBranch),
        p.card.type ? cardTypeKey(*p.card.type) : QString(),
        p.card.feePercentage ? p.card.feePercentage->toString() : QString(),
        money(p.card.feeAmount),
        text(p.gateway.name),
        text(p.gateway.transactionId),
        fileDate(p.eft.transferDate),
        text(p.eft.reference),
        money(p.tds),
        money(p.transactionCharge),
        fileDate(p.reconciledDate),
        text(receipt),
        text(customer),
        c.code(),
    };
}

Payment fromRow(const CsvRow &row, const Currency &c, QList<ImportIssue> &issues)
{
    Payment p;
    p.invoiceNumber = row.text(QStringLiteral("invoiceNumber")).trimmed();
    p.date = row.date(QStringLiteral("date"), issues);
    if (row.isBlank(QStringLiteral("date")))
        row.addIssue(issues, QStringLiteral("date"),
            QCoreApplication::translate("CsvImport", "a payment needs a date"));
    if (row.isBlank(QStringLiteral("amount")))
        row.addIssue(issues, QStringLiteral("amount"),
            QCoreApplication::translate("CsvImport", "a payment needs an amount"));
    else
        p.amount = row.money(QStringLiteral("amount"), c, issues).value_or(0);

    const QString method = row.raw(QStringLiteral("method"));
    if (const auto parsed = methodFromKey(method))
        p.method = *parsed;
    else
        row.addIssue(issues, QStringLiteral("method"),
            method.trimmed().isEmpty()
                ? QCoreApplication::translate("CsvImport", "a payment needs a method")
                : QCoreApplication::translate("CsvImport", "is not a payment method"));

    p.reference = row.text(QStringLiteral("reference"));
    p.notes = row.text(QStringLiteral("notes"));
    p.cheque = {row.text(QStringLiteral("cheque.number")),
        row.text(QStringLiteral("cheque.drawer")), row.text(QStringLiteral("cheque.bankBranch"))};
    if (!row.isBlank(QStringLiteral("card.type"))) {
        p.card.type = cardTypeFromKey(row.raw(QStringLiteral("card.type")));
        if (!p.card.type)
            row.addIssue(issues, QStringLiteral("card.type"),
                QCoreApplication::translate(
                    "CsvImport", "must be visa, mastercard, amex, diners or unknown"));
    }
    p.card.feePercentage = row.percentage(QStringLiteral("card.feePercentage"), issues);
    p.card.feeAmount = row.money(QStringLiteral("card.feeAmount"), c, issues);
    p.gateway = {row.text(QStringLiteral("gateway.name")),
        row.text(QStringLiteral("gateway.transactionId"))};
    p.eft = {row.date(QStringLiteral("eft.transferDate"), issues),
        row.text(QStringLiteral("eft.reference"))};
    p.tds = row.money(QStringLiteral("tds"), c, issues);
    p.transactionCharge = row.money(QStringLiteral("transactionCharge"), c, issues);
    p.reconciledDate = row.date(QStringLiteral("reconciledDate"), issues);
    return p;
}

} // namespace InvoiceDesk::PaymentCsv
