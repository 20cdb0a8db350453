// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the CAMT.053 statement of the bank benchmark (issue 15, item 5) from a company file's
// recorded payments: bench_bank_statement DB OUT.xml [LINES]. Four lines in five are a USD
// payment of the books (booked 0-3 days after it, its invoice number in the text), the rest
// bank fees nobody recorded; deterministic.
#include "bankstatements.h"
#include "bankstore.h"
#include "database.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cstdio>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Test;

namespace {

GenStatement statementFor(const QList<OpenPayment> &payments, int lineCount)
{
    GenStatement statement;
    statement.currency = QStringLiteral("USD");
    statement.id = QStringLiteral("BENCH-1");
    statement.opening = 0;
    qsizetype next = 0;
    for (int n = 0; n < lineCount; ++n) {
        if (n % 5 == 4 || next >= payments.size()) {
            const QDate day
                = statement.lines.isEmpty() ? QDate(2025, 1, 1) : statement.lines.last().booking;
            GenLine fee;
            fee.booking = day;
            fee.amount = -(100 + n % 900);
            fee.name = QStringLiteral("Bank");
            fee.remittance = QStringLiteral("ACCOUNT FEE %1").arg(n);
            statement.lines.append(fee);
            continue;
        }
        const OpenPayment &p = payments.at(next++);
        GenLine line;
        line.booking = p.date.addDays(n % 4);
        line.amount = p.amount;
        line.bankReference = QStringLiteral("BB%1").arg(n);
        line.name = p.customer;
        line.remittance = QStringLiteral("Invoice %1").arg(p.invoiceNumber);
        statement.lines.append(line);
    }
    std::stable_sort(statement.lines.begin(), statement.lines.end(),
        [](const GenLine &a, const GenLine &b) { return a.booking < b.booking; });
    statement.from = statement.lines.first().booking;
    statement.to = statement.lines.last().booking;
    return statement;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_bank_statement DB OUT.xml [LINES]\n");
        return 2;
    }
    const int lineCount = args.size() > 3 ? args.at(3).toInt() : 50000;
    auto db = Database::open(args.at(1));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error()));
        return 1;
    }
    BankStore store(*db.value());
    auto open = store.openPayments(BankStore::PaymentScope::All);
    if (!open) {
        std::fprintf(stderr, "%s\n", qPrintable(open.error()));
        return 1;
    }
    QList<OpenPayment> usd;
    for (const OpenPayment &p : *open) {
        if (p.currency == QLatin1String("USD") && p.amount > 0)
            usd.append(p);
    }
    std::sort(usd.begin(), usd.end(),
        [](const OpenPayment &a, const OpenPayment &b) { return a.id < b.id; });
    QFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    out.write(toCamt053(statementFor(usd, lineCount)));
    std::printf("wrote %d lines from %lld recorded payments (%lld in USD) to %s\n", lineCount,
        qlonglong(open->size()), qlonglong(usd.size()), qPrintable(args.at(2)));
    return 0;
}
