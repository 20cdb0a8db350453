// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "creditnote.h"
#include "decimal.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

Error overflow()
{
    return Error {
        QCoreApplication::translate("CreditNote", "the credit note's total is too large")};
}

} // namespace

Result<InvoiceTotals> CreditNote::totals() const
{
    InvoiceTotals result;
    for (const CreditNoteLine &line : lines) {
        const auto net = line.net();
        const auto subtotal = net ? Decimal::add(result.subtotal, *net) : std::nullopt;
        const auto tax = Decimal::add(result.tax, line.tax);
        if (!subtotal || !tax)
            return overflow();
        result.subtotal = *subtotal;
        result.tax = *tax;
    }
    const auto grand = Decimal::add(result.subtotal, result.tax);
    if (!grand)
        return overflow();
    result.grandTotal = *grand;
    return result;
}

Problems CreditNote::validate() const
{
    Problems problems;
    if (reason.trimmed().isEmpty())
        problems.append({QStringLiteral("reason"),
            QCoreApplication::translate("CreditNote", "a credit note needs a reason")});
    if (!date.isValid())
        problems.append({QStringLiteral("date"),
            QCoreApplication::translate("CreditNote", "a credit note needs a date")});
    if (lines.isEmpty())
        problems.append({QStringLiteral("line.rate"),
            QCoreApplication::translate("CreditNote", "a credit note needs an amount or lines")});
    for (int i = 0; i < int(lines.size()); ++i) {
        const CreditNoteLine &line = lines.at(i);
        if (line.rate <= 0 || line.quantity.thousandths() <= 0 || line.tax < 0)
            problems.append({QStringLiteral("line.rate"),
                QCoreApplication::translate(
                    "CreditNote", "a credit note's lines are positive amounts"),
                i});
    }
    if (const auto sums = totals(); !sums)
        problems.append({QStringLiteral("grandTotal"), sums.error()});
    return problems;
}

Result<QList<CreditNoteLine>> creditLinesForGross(
    qint64 gross, const Invoice &invoice, const QString &description)
{
    auto shares = splitGrossCredit(gross, invoice);
    if (!shares)
        return Error {shares.error()};
    QList<CreditNoteLine> lines;
    for (const CreditShare &share : *shares) {
        if (share.gross() == 0)
            continue;
        lines.append({description, Quantity::fromWhole(1), share.net, share.taxRate, share.tax});
    }
    return lines;
}

Result<CreditNoteLine> creditLineWithTax(CreditNoteLine line)
{
    const auto net = line.net();
    if (!net)
        return overflow();
    line.tax = 0;
    if (line.taxRate) {
        const auto tax = line.taxRate->applyTo(*net);
        if (!tax)
            return overflow();
        line.tax = *tax;
    }
    return line;
}

} // namespace InvoiceDesk
