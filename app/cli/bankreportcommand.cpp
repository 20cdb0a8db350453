// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// bank report --account NAME --to DATE: statement balance, book balance, what is unreconciled.
#include "bankcli.h"

#include "bankreport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace InvoiceDesk::Cli::Bank {

namespace {

QJsonObject reportJson(const ReconciliationReport &r)
{
    const Currency &c = r.account.currency;
    QJsonArray lines;
    for (const BankLine &line : r.unreconciledLines)
        lines.append(QJsonObject {{QStringLiteral("id"), line.id},
            {QStringLiteral("bookingDate"), line.bookingDate.toString(Qt::ISODate)},
            {QStringLiteral("amount"), money(line.amount, c)},
            {QStringLiteral("counterparty"), line.counterpartyName},
            {QStringLiteral("remittance"), line.remittance}});
    QJsonArray payments;
    for (const AccountPayment &p : r.unreconciledPayments)
        payments.append(QJsonObject {{QStringLiteral("marker"), p.marker},
            {QStringLiteral("invoiceNumber"), p.invoiceNumber},
            {QStringLiteral("date"), p.date.toString(Qt::ISODate)},
            {QStringLiteral("amount"), money(p.amount, c)}});
    QJsonArray differences;
    for (const BankLine &line : r.differingMatches)
        differences.append(QJsonObject {{QStringLiteral("id"), line.id},
            {QStringLiteral("marker"), line.match->marker},
            {QStringLiteral("difference"), money(line.amount - line.match->paymentAmount, c)}});
    return {{QStringLiteral("account"), r.account.name}, {QStringLiteral("currency"), c.code()},
        {QStringLiteral("to"), r.to.toString(Qt::ISODate)},
        {QStringLiteral("statementBalance"), money(r.statementBalance, c)},
        {QStringLiteral("bookBalance"), money(r.bookBalance, c)},
        {QStringLiteral("difference"), money(r.difference(), c)},
        {QStringLiteral("unreconciledLines"), lines},
        {QStringLiteral("unreconciledPayments"), payments},
        {QStringLiteral("matchedDifferences"), differences}};
}

void printReport(const ReconciliationReport &r, Output &io)
{
    const Currency &c = r.account.currency;
    io.out
        << QCoreApplication::translate("Cli", "Account:           %1 (%2)")
               .arg(r.account.name, r.account.details())
        << Qt::endl
        << QCoreApplication::translate("Cli", "As of:             %1")
               .arg(r.to.toString(Qt::ISODate))
        << Qt::endl
        << QCoreApplication::translate("Cli", "Statement balance: %1")
               .arg(money(r.statementBalance, c))
        << Qt::endl
        << QCoreApplication::translate("Cli", "Book balance:      %1").arg(money(r.bookBalance, c))
        << Qt::endl
        << QCoreApplication::translate("Cli", "Difference:        %1").arg(money(r.difference(), c))
        << Qt::endl;
    io.out << QCoreApplication::translate(
        "Cli", "On the statement, not in the books (%n):", nullptr, int(r.unreconciledLines.size()))
           << Qt::endl;
    for (const BankLine &line : r.unreconciledLines)
        io.out << QStringLiteral("  %1  %2  %3  %4")
                      .arg(line.bookingDate.toString(Qt::ISODate),
                          money(line.amount, c).rightJustified(12), line.counterpartyName,
                          line.remittance.left(50))
               << Qt::endl;
    io.out << QCoreApplication::translate("Cli",
        "In the books, not on the statement (%n):", nullptr, int(r.unreconciledPayments.size()))
           << Qt::endl;
    for (const AccountPayment &p : r.unreconciledPayments)
        io.out << QStringLiteral("  %1  %2  %3  %4")
                      .arg(p.date.toString(Qt::ISODate), money(p.amount, c).rightJustified(12),
                          p.invoiceNumber, p.marker)
               << Qt::endl;
    if (!r.differingMatches.isEmpty()) {
        io.out << QCoreApplication::translate("Cli",
            "Matched lines that differ from their payment (%n):", nullptr,
            int(r.differingMatches.size()))
               << Qt::endl;
        for (const BankLine &line : r.differingMatches)
            io.out << QStringLiteral("  %1  %2  %3")
                          .arg(line.bookingDate.toString(Qt::ISODate),
                              money(line.amount - line.match->paymentAmount, c).rightJustified(12),
                              line.match->marker)
                   << Qt::endl;
    }
}

} // namespace

int runReport(Context &bank, const Arguments &args)
{
    const auto json = jsonFormat(args, bank.io);
    if (!json || args.words.size() != 2 || args.value(QStringLiteral("account")).isEmpty()
        || args.value(QStringLiteral("to")).isEmpty()) {
        bank.io.err << QCoreApplication::translate(
            "Cli", "usage: bank report --account NAME --to DATE [--format table|json]")
                    << Qt::endl;
        return BadUsage;
    }
    const auto to = dateOption(args, QStringLiteral("to"), bank.io);
    if (!to)
        return BadUsage;
    const auto account = namedAccount(bank, args.value(QStringLiteral("account")));
    if (!account)
        return Failure;
    auto report = ReconciliationReport::build(bank.store, account->id, *to);
    if (!report) {
        bank.io.err << report.error() << Qt::endl;
        return Failure;
    }
    if (*json)
        printJson(bank.io.out, reportJson(*report));
    else
        printReport(*report, bank.io);
    return Success;
}

} // namespace InvoiceDesk::Cli::Bank
