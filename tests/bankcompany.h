// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The company of the bank tests (issue 15, item 5): invoices and payments of March 2026, and the
// two statements of its bank account that those payments (and a few things the books do not
// know) produce: cheques deposited together, a card settlement net of its fee, a refund, bank
// charges, two identical fees on one day, a transfer naming two invoices, money for an invoice
// nobody recorded, and a payment the bank books eleven days late.
#pragma once

#include "bankstatements.h"
#include "testsupport.h"

namespace InvoiceDesk::Test {

struct BankCompany
{
    /** Invoice number -> the marker of its payment (or refund, "-R" appended). */
    QHash<QString, QString> markers;
    qint64 invoiceWithoutPayment = 0; ///< INV-1008's id
};

inline Invoice bankInvoice(const QString &number, const QString &customer, qint64 amount)
{
    Invoice invoice;
    invoice.number = number;
    invoice.date = QDate(2026, 2, 20);
    invoice.dueDate = QDate(2026, 3, 20);
    invoice.currency = currency("EUR");
    invoice.billing.company = customer;
    invoice.connectionName = QStringLiteral("crm");
    LineItem line;
    line.quantity = Quantity::fromWhole(1);
    line.rate = amount;
    line.description = QStringLiteral("Services");
    invoice.lines = {line};
    return invoice;
}

inline QString bankPayment(Ledger &ledger, const QString &number, qint64 amount, QDate date,
    PaymentMethod method, const std::function<void(Payment &)> &details = {})
{
    Payment payment;
    payment.invoiceNumber = number;
    payment.amount = amount;
    payment.date = date;
    payment.method = method;
    if (details)
        details(payment);
    auto recorded = ledger.recordPayment(payment);
    if (!recorded)
        qFatal("payment on %s: %s", qPrintable(number), qPrintable(recorded.error()));
    return recorded->marker;
}

/** Fills the ledger: a connection "crm", invoices INV-1001..1012, their payments. */
inline BankCompany fillBankCompany(Ledger &ledger)
{
    Connection connection {0, str("crm"), str("upgradechat"), QUrl(str("https://crm.example.com")),
        {{str("tokenEnv"), str("UC_TOKEN")}}};
    (void)ledger.connections().add(connection);
    const std::tuple<const char *, const char *, qint64> invoices[]
        = {{"INV-1001", "Acme GmbH", 25000}, {"INV-1002", "Bertram KG", 8000},
            {"INV-1003", "Cora Ltd", 8000}, {"INV-1004", "Dora Inc", 20000},
            {"INV-1005", "Emil AG", 15000}, {"INV-1006", "Fritz Weber", 13000},
            {"INV-1007", "Fritz Weber", 9500}, {"INV-1008", "Gamma SA", 31000},
            {"INV-1009", "Hotel Ibis", 44444}, {"INV-1010", "Jota", 9900},
            {"INV-1011", "Kappa", 7500}, {"INV-1012", "Lima", 6000}};
    BankCompany company;
    for (const auto &[number, customer, amount] : invoices) {
        auto created = ledger.createInvoice(bankInvoice(str(number), str(customer), amount));
        if (!created)
            qFatal("%s: %s", number, qPrintable(created.error()));
        if (QLatin1String(number) == QLatin1String("INV-1008"))
            company.invoiceWithoutPayment = created->id;
    }
    const auto eft = [](const char *reference) {
        return [reference](Payment &p) { p.eft.reference = str(reference); };
    };
    const auto cheque = [](const char *number) {
        return [number](Payment &p) { p.cheque.number = str(number); };
    };
    auto &m = company.markers;
    m[str("INV-1001")] = bankPayment(
        ledger, str("INV-1001"), 25000, {2026, 3, 2}, PaymentMethod::Eft, eft("TRF-77"));
    m[str("INV-1002")] = bankPayment(
        ledger, str("INV-1002"), 8000, {2026, 3, 4}, PaymentMethod::Cheque, cheque("100123"));
    m[str("INV-1003")] = bankPayment(
        ledger, str("INV-1003"), 8000, {2026, 3, 4}, PaymentMethod::Cheque, cheque("100124"));
    m[str("INV-1004")] = bankPayment(ledger, str("INV-1004"), 20000, {2026, 3, 5},
        PaymentMethod::CreditCard, [](Payment &p) { p.card.feeAmount = 580; });
    m[str("INV-1005")]
        = bankPayment(ledger, str("INV-1005"), 15000, {2026, 3, 1}, PaymentMethod::Eft);
    m[str("INV-1005-R")] = bankPayment(
        ledger, str("INV-1005"), -5000, {2026, 3, 8}, PaymentMethod::Eft, eft("RF-1005"));
    m[str("INV-1010")]
        = bankPayment(ledger, str("INV-1010"), 9900, {2026, 3, 1}, PaymentMethod::Eft);
    m[str("INV-1011")]
        = bankPayment(ledger, str("INV-1011"), 7500, {2026, 3, 30}, PaymentMethod::Eft);
    m[str("INV-1012")]
        = bankPayment(ledger, str("INV-1012"), 6000, {2026, 3, 20}, PaymentMethod::Cash);
    return company;
}

inline GenLine genLine(
    QDate booking, qint64 amount, const char *reference, const char *name, const char *text)
{
    GenLine line;
    line.booking = booking;
    line.amount = amount;
    line.bankReference = str(reference);
    line.name = str(name);
    line.remittance = str(text);
    return line;
}

/** Every line of March, in booking order. */
inline QList<GenLine> marchLines()
{
    GenLine deposit = genLine({2026, 3, 6}, 16000, "B002", "", "");
    GenLine first = genLine({2026, 3, 6}, 8000, "B002A", "Bertram KG", "");
    first.cheque = str("100123");
    GenLine second = genLine({2026, 3, 6}, 8000, "B002B", "Cora Ltd", "");
    second.cheque = str("100124");
    deposit.parts = {first, second};
    GenLine acme = genLine({2026, 3, 3}, 25000, "B001", "Acme GmbH", "INV-1001 order 55");
    acme.endToEnd = str("E2E-55");
    acme.counterpartyIban = str("DE02120300000000202051");
    return {genLine({2026, 3, 2}, 15000, "B004", "Emil AG", "INV-1005"), acme, deposit,
        genLine({2026, 3, 7}, 19420, "B003", "Card Acquirer", "VISA SETTLEMENT 0305"),
        genLine({2026, 3, 9}, -5000, "B005", "Emil AG", "Refund RF-1005"),
        genLine({2026, 3, 10}, -450, "B006", "Bank", "ACCOUNT FEE MARCH"),
        genLine({2026, 3, 10}, 22500, "B007", "Fritz Weber", "INV-1006 INV-1007"),
        genLine({2026, 3, 11}, 31000, "B008", "Gamma SA", "Rechnung INV-1008"),
        genLine({2026, 3, 12}, 9900, "B009", "Jota", "INV-1010"),
        genLine({2026, 3, 13}, 44444, "B010", "Hotel Ibis", "THANK YOU"),
        genLine({2026, 3, 15}, -200, "", "ATM", "ATM FEE"),
        genLine({2026, 3, 15}, -200, "", "ATM", "ATM FEE"),
        genLine({2026, 3, 21}, 6000, "B013", "Lima", "INV-1012"),
        genLine({2026, 3, 25}, -450, "B014", "Bank", "ACCOUNT FEE")};
}

/** The lines booked from `from` to `to`, as a statement that opens at the balance before `from`. */
inline GenStatement marchStatement(const QString &id, QDate from, QDate to)
{
    GenStatement statement;
    statement.id = id;
    statement.from = from;
    statement.to = to;
    statement.opening = 100000;
    for (const GenLine &line : marchLines()) {
        if (line.booking < from)
            statement.opening += line.amount;
        else if (line.booking <= to)
            statement.lines.append(line);
    }
    return statement;
}

} // namespace InvoiceDesk::Test
