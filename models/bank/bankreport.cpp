// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankreport.h"

#include <QCoreApplication>

namespace InvoiceDesk {

qint64 ReconciliationReport::explained() const
{
    qint64 total = 0;
    for (const BankLine &line : unreconciledLines)
        total += line.amount;
    for (const AccountPayment &payment : unreconciledPayments)
        total -= payment.amount;
    for (const BankLine &line : differingMatches)
        total += line.amount - line.match->paymentAmount;
    return total;
}

Result<ReconciliationReport> ReconciliationReport::build(
    BankStore &store, qint64 accountId, const QDate &to)
{
    auto account = store.account(accountId);
    if (!account)
        return Error {account.error()};
    if (!account->has_value())
        return Error {
            QCoreApplication::translate("BankReport", "the bank account no longer exists")};
    ReconciliationReport report;
    report.account = **account;
    report.to = to;
    // Everything before the opening date is in the opening balance.
    const QDate from
        = report.account.openingDate.isValid() ? report.account.openingDate : QDate(1, 1, 1);
    const auto inPeriod
        = [&](const QDate &date) { return date.isValid() && date >= from && date <= to; };
    auto statement = store.balanceAt(report.account, to.addDays(1));
    if (!statement)
        return Error {statement.error()};
    report.statementBalance = *statement;
    LineFilter filter;
    filter.accountId = accountId;
    filter.from = from;
    filter.to = to;
    auto lines = store.lines(filter);
    if (!lines)
        return Error {lines.error()};
    for (const BankLine &line : *lines) {
        if (!line.isMatched() || !inPeriod(line.match->paymentDate))
            report.unreconciledLines.append(line);
        else if (line.amount != line.match->paymentAmount)
            report.differingMatches.append(line);
    }
    auto payments = store.accountPayments(accountId, from, to);
    if (!payments)
        return Error {payments.error()};
    report.bookBalance = report.account.openingBalance;
    for (const AccountPayment &payment : *payments) {
        report.bookBalance += payment.amount;
        if (!payment.lineId || !inPeriod(payment.lineBookingDate))
            report.unreconciledPayments.append(payment);
    }
    return report;
}

} // namespace InvoiceDesk
