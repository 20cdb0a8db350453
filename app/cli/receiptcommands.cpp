// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// receive, void-receipt, credit list|apply: receipts across invoices and customer credit
// (issue 13).
#include "clitable.h"
#include "commands.h"

#include "ledger.h"
#include "receiptbook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace InvoiceDesk::Cli {

namespace {

QString money(qint64 minor, const Currency &currency)
{
    return Money::fromMinorUnits(minor, currency).toString();
}

/** Prints `message` as the reason for refusing and returns the exit code to use. */
int refuse(Output &io, const QString &message, int code = Failure)
{
    io.err << message << Qt::endl;
    return code;
}

std::optional<qint64> amountOf(const QString &text, const Currency &currency, QString &error)
{
    auto parsed = Money::parse(text.trimmed(), currency);
    if (!parsed) {
        error = QCoreApplication::translate("Cli", "amount \"%1\": %2").arg(text, parsed.error());
        return std::nullopt;
    }
    return parsed->minorUnits();
}

/** The --allocate NUMBER=AMOUNT options; false with `error` set when one does not parse. */
bool allocationsOf(
    const Arguments &args, const Currency &currency, QList<Allocation> &out, QString &error)
{
    for (const QString &item : args.list(QStringLiteral("allocate"))) {
        const qsizetype equals = item.lastIndexOf(QLatin1Char('='));
        if (equals <= 0) {
            error = QCoreApplication::translate("Cli", "--allocate %1: write NUMBER=AMOUNT")
                        .arg(item);
            return false;
        }
        const auto amount = amountOf(item.mid(equals + 1), currency, error);
        if (!amount)
            return false;
        out.append({item.left(equals).trimmed(), *amount});
    }
    return true;
}

/** Reads the receive command's options into a request; false with `error` set. */
bool requestOf(
    ReceiptBook &book, const Arguments &args, ReceiptBook::Request &request, QString &error)
{
    request.customer = args.value(QStringLiteral("customer"));
    auto currency = book.currencyFor(request.customer, args.value(QStringLiteral("currency")));
    if (!currency) {
        error = currency.error();
        return false;
    }
    request.currency = *currency;
    request.date = QDate::fromString(args.value(QStringLiteral("date")), Qt::ISODate);
    if (!request.date.isValid()) {
        error = QCoreApplication::translate("Cli", "--date must be a date such as 2026-11-15");
        return false;
    }
    const auto amount = amountOf(args.value(QStringLiteral("amount")), request.currency, error);
    if (!amount)
        return false;
    request.amount = *amount;
    QHash<QString, QString> fields;
    for (const QString &item : args.list(QStringLiteral("set")))
        fields.insert(item.section(QLatin1Char('='), 0, 0), item.section(QLatin1Char('='), 1));
    auto method = paymentFromFields(args.value(QStringLiteral("method")), fields, request.currency);
    if (!method) {
        error = method.error();
        return false;
    }
    request.method = *method;
    request.key = args.value(QStringLiteral("receipt"));
    request.oldestFirst = args.has(QStringLiteral("oldest-first"));
    return allocationsOf(args, request.currency, request.allocations, error);
}

int receive(Ledger &ledger, const Arguments &args, Output &io)
{
    for (const char *required : {"customer", "date", "amount", "method"}) {
        if (!args.values.contains(QLatin1String(required)))
            return refuse(io,
                QCoreApplication::translate("Cli", "receive needs --%1")
                    .arg(QLatin1String(required)),
                BadUsage);
    }
    ReceiptBook book(ledger);
    ReceiptBook::Request request;
    QString error;
    if (!requestOf(book, args, request, error))
        return refuse(io, error);
    auto outcome = book.receive(request);
    if (!outcome)
        return refuse(io, outcome.error());
    const Currency &currency = request.currency;
    io.out << QCoreApplication::translate("Cli", "Receipt %1: %2 %3 from %4")
                  .arg(outcome->receipt.key, money(request.amount, currency), currency.code(),
                      outcome->receipt.customerName)
           << Qt::endl;
    for (const Payment &payment : outcome->payments)
        io.out << QStringLiteral("  %1\t%2")
                      .arg(payment.invoiceNumber, money(payment.amount, currency))
               << Qt::endl;
    // What this receipt left, and the customer's whole credit (a tester read the first as the
    // second).
    const QString left = money(outcome->credit, currency);
    auto credit = book.receipts().creditOf(outcome->receipt.customerId, currency.code());
    io.out << (credit
            ? QCoreApplication::translate("Cli", "Left as credit: %1 %2 (%3's credit: %4 %2)")
                  .arg(left, currency.code(), outcome->receipt.customerName,
                      money(*credit, currency))
            : QCoreApplication::translate("Cli", "Left as credit: %1 %2")
                  .arg(left, currency.code()))
           << Qt::endl;
    return Success;
}

int listCredit(ReceiptBook &book, const Arguments &args, Output &io)
{
    const QString format = args.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return refuse(
            io, QCoreApplication::translate("Cli", "--format must be table or json"), BadUsage);
    std::optional<qint64> customerId;
    if (const QString name = args.value(QStringLiteral("customer")); !name.isEmpty()) {
        auto found = book.customers().byName(name);
        if (!found || !found->has_value())
            return refuse(io,
                found ? QCoreApplication::translate("Cli", "there is no customer named \"%1\"")
                            .arg(name)
                      : found.error());
        customerId = (*found)->id;
    }
    auto credits = book.receipts().credits(customerId);
    if (!credits)
        return refuse(io, credits.error());
    const QStringList header
        = {QStringLiteral("customer"), QStringLiteral("currency"), QStringLiteral("amount")};
    QJsonArray array;
    QList<QStringList> rows;
    for (const CreditBalance &credit : *credits) {
        const Currency currency = Currency::fromCode(credit.currency).value_or(Currency());
        const QStringList row = {credit.customer, credit.currency, money(credit.amount, currency)};
        array.append(QJsonObject {
            {header.at(0), row.at(0)}, {header.at(1), row.at(1)}, {header.at(2), row.at(2)}});
        rows.append(row);
    }
    if (format == QLatin1String("json"))
        io.out << QString::fromUtf8(QJsonDocument(
            QJsonObject {{QStringLiteral("credits"),
                array}}).toJson(QJsonDocument::Indented))
               << Qt::flush;
    else
        printTable(io.out, header, rows, {2});
    return Success;
}

int applyCredit(ReceiptBook &book, Ledger &ledger, const Arguments &args, Output &io)
{
    for (const char *required : {"customer", "invoice", "amount"}) {
        if (!args.values.contains(QLatin1String(required)))
            return refuse(io,
                QCoreApplication::translate("Cli", "credit apply needs --%1")
                    .arg(QLatin1String(required)),
                BadUsage);
    }
    auto invoice = ledger.invoiceByNumber(args.value(QStringLiteral("invoice")));
    if (!invoice || !invoice->has_value())
        return refuse(io,
            invoice ? QCoreApplication::translate("Cli", "there is no invoice numbered \"%1\"")
                          .arg(args.value(QStringLiteral("invoice")))
                    : invoice.error());
    const Currency currency = (*invoice)->currency;
    QString error;
    const auto amount = amountOf(args.value(QStringLiteral("amount")), currency, error);
    if (!amount)
        return refuse(io, error);
    QDate date;
    if (!dateOption(args, date, error))
        return refuse(io, error, BadUsage);
    auto applied = book.applyCredit(args.value(QStringLiteral("customer")),
        args.value(QStringLiteral("invoice")), *amount, date);
    if (!applied)
        return refuse(io, applied.error());
    io.out << QCoreApplication::translate("Cli", "Applied %1 %2 of credit to invoice %3")
                  .arg(money(*amount, currency), currency.code(), applied->invoiceNumber)
           << Qt::endl;
    return Success;
}

} // namespace

int runReceive(Ledger &ledger, const Arguments &args, Output &io)
{
    return receive(ledger, args, io);
}

int runVoidReceipt(Ledger &ledger, const Arguments &args, Output &io)
{
    const QString reason = args.value(QStringLiteral("reason")).trimmed();
    if (args.words.size() != 2 || reason.isEmpty())
        return refuse(
            io, QCoreApplication::translate("Cli", "usage: void-receipt KEY --reason R"), BadUsage);
    ReceiptBook book(ledger);
    auto receipt = book.receipts().byKey(args.words.at(1));
    if (!receipt)
        return refuse(io, receipt.error());
    if (!receipt->has_value())
        return refuse(io,
            QCoreApplication::translate("Cli", "there is no receipt \"%1\"").arg(args.words.at(1)));
    const Receipt &r = **receipt;
    if (auto voided = book.voidReceipt(r.id, reason); !voided)
        return refuse(io, voided.error());
    io.out << QCoreApplication::translate(
        "Cli", "Voided receipt %1 (%2 %3 from %4) and every payment made from it.")
                  .arg(r.key, money(r.amount, r.currency), r.currency.code(), r.customerName)
           << Qt::endl;
    return Success;
}

int runVoidPayment(Ledger &ledger, const Arguments &args, Output &io)
{
    const QString reason = args.value(QStringLiteral("reason")).trimmed();
    if (args.words.size() != 2 || reason.isEmpty())
        return refuse(io,
            QCoreApplication::translate("Cli", "usage: void-payment MARKER --reason R"), BadUsage);
    const QString marker = args.words.at(1);
    auto payment = ledger.paymentRepository().byMarker(marker);
    if (!payment)
        return refuse(io, payment.error());
    if (!payment->has_value())
        return refuse(io,
            QCoreApplication::translate(
                "Cli", "there is no payment with the marker %1 (`list payments` shows each one's)")
                .arg(marker));
    const Payment &p = **payment;
    auto invoice = ledger.invoices().header(p.invoiceId);
    if (!invoice || !invoice->has_value())
        return refuse(io, invoice ? QString() : invoice.error());
    if (auto voided = ledger.voidPayment(p.id, reason); !voided)
        return refuse(io, voided.error());
    const Currency &currency = (*invoice)->currency;
    io.out << (p.amount < 0
            ? QCoreApplication::translate("Cli", "Voided refund %1 (%2 %3 on %4).")
            : QCoreApplication::translate("Cli", "Voided payment %1 (%2 %3 on %4)."))
                  .arg(p.marker, money(std::abs(p.amount), currency), currency.code(),
                      (*invoice)->number)
           << Qt::endl;
    return Success;
}

int runCredit(Ledger &ledger, const Arguments &args, Output &io)
{
    ReceiptBook book(ledger);
    const QString verb = args.word(1);
    if (verb == QLatin1String("list"))
        return listCredit(book, args, io);
    if (verb == QLatin1String("apply"))
        return applyCredit(book, ledger, args, io);
    io.err << usage();
    return BadUsage;
}

} // namespace InvoiceDesk::Cli
