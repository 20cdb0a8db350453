// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// credit-note, cancel and reopen: credit notes (issue 13 item 3) and what cancelling an invoice
// does with the money on it (issue 10 item 7).
#include "commands.h"

#include "creditnotelines.h"
#include "ledger.h"
#include "receiptbook.h"

#include <QCoreApplication>

namespace InvoiceDesk::Cli {

namespace {

QString money(qint64 minor, const Currency &currency)
{
    return Money::fromMinorUnits(minor, currency).toString();
}

int refuse(Output &io, const QString &message, int code = Failure)
{
    io.err << message << Qt::endl;
    return code;
}

/**
 * A refused note's problems, each named by the option it came from (its total by --amount or
 * --lines), and that nothing was recorded.
 */
QString refusalOf(const Problems &problems, const Arguments &args)
{
    static const QHash<QString, QString> options {
        {QStringLiteral("invoiceNumber"), QStringLiteral("--invoice")},
        {QStringLiteral("customer"), QStringLiteral("--customer")},
        {QStringLiteral("currency"), QStringLiteral("--currency")},
        {QStringLiteral("date"), QStringLiteral("--date")},
        {QStringLiteral("reason"), QStringLiteral("--reason")},
        {QStringLiteral("line.rate"), QStringLiteral("--lines")}};
    QStringList parts;
    for (const Problem &problem : problems) {
        QString option = options.value(problem.field);
        if (problem.field == QLatin1String("grandTotal"))
            option = args.has(QStringLiteral("lines")) ? QStringLiteral("--lines")
                                                       : QStringLiteral("--amount");
        parts.append(
            option.isEmpty() ? problem.message : option + QStringLiteral(": ") + problem.message);
    }
    return QCoreApplication::translate("Cli", "%1; nothing was recorded")
        .arg(parts.join(QStringLiteral("; ")));
}

/** The refusal when the command's invoice number is missing, unknown or cannot be read. */
int refuseMissingInvoice(
    Output &io, const QString &number, const Result<std::optional<Invoice>> &invoice)
{
    return refuse(io,
        invoice
            ? QCoreApplication::translate("Cli", "there is no invoice numbered \"%1\"").arg(number)
            : invoice.error(),
        number.isEmpty() ? BadUsage : Failure);
}

/** The note's lines from --amount (gross, split over the invoice's rates) or --lines FILE. */
bool linesOf(Ledger &ledger, const Arguments &args, CreditNote &note, QString &error)
{
    if (args.values.contains(QStringLiteral("lines"))) {
        auto lines = readCreditNoteLines(args.value(QStringLiteral("lines")), note.currency);
        if (!lines)
            error = lines.error();
        else
            note.lines = *lines;
        return lines.ok();
    }
    auto amount = Money::parse(args.value(QStringLiteral("amount")).trimmed(), note.currency);
    if (!amount) {
        error = QCoreApplication::translate("Cli", "amount \"%1\": %2")
                    .arg(args.value(QStringLiteral("amount")), amount.error());
        return false;
    }
    Invoice invoice; // a customer's credit note: one line, untaxed unless --tax-rate says
    if (const QString rateText = args.value(QStringLiteral("tax-rate")).trimmed();
        !rateText.isEmpty()) {
        auto rate = Percentage::parse(rateText);
        if (!rate) {
            error = QCoreApplication::translate("Cli", "tax rate \"%1\": %2")
                        .arg(rateText, rate.error());
            return false;
        }
        LineItem taxed; // only its rate counts: the whole amount is split at that rate
        taxed.rate = 1;
        taxed.taxRate = *rate;
        invoice.lines = {taxed};
    }
    if (note.invoiceId != 0) {
        if (auto loaded = ledger.invoice(note.invoiceId); loaded && loaded->has_value())
            invoice = **loaded;
    }
    auto lines = creditLinesForGross(amount->minorUnits(), invoice, note.reason);
    if (!lines)
        error = lines.error();
    else
        note.lines = *lines;
    return lines.ok();
}

/** Checks the options of credit-note; an empty string when they are usable. */
QString usageProblem(const Arguments &args)
{
    const bool invoice = args.values.contains(QStringLiteral("invoice"));
    const bool customer = args.values.contains(QStringLiteral("customer"));
    const bool amount = args.values.contains(QStringLiteral("amount"));
    const bool lines = args.values.contains(QStringLiteral("lines"));
    if (invoice == customer)
        return QCoreApplication::translate("Cli", "credit-note needs --invoice or --customer");
    if (amount == lines)
        return QCoreApplication::translate("Cli", "credit-note needs --amount or --lines");
    if (args.value(QStringLiteral("reason")).trimmed().isEmpty())
        return QCoreApplication::translate("Cli", "credit-note needs --reason");
    if (args.values.contains(QStringLiteral("tax-rate")) && (invoice || lines))
        return QCoreApplication::translate("Cli",
            "--tax-rate goes with --customer and --amount: a note on an invoice is split over "
            "the invoice's rates, and --lines gives each line's rate");
    return {};
}

} // namespace

int runCreditNote(Ledger &ledger, const Arguments &args, Output &io)
{
    if (const QString problem = usageProblem(args); !problem.isEmpty())
        return refuse(io, problem, BadUsage);
    CreditNote note;
    note.reason = args.value(QStringLiteral("reason")).trimmed();
    note.invoiceNumber = args.value(QStringLiteral("invoice"));
    note.customerName = args.value(QStringLiteral("customer"));
    QString error;
    if (!dateOption(args, note.date, error))
        return refuse(io, error, BadUsage);
    if (!note.invoiceNumber.isEmpty()) {
        auto invoice = ledger.invoiceByNumber(note.invoiceNumber);
        if (!invoice || !invoice->has_value())
            return refuse(io,
                invoice ? QCoreApplication::translate("Cli", "there is no invoice numbered \"%1\"")
                              .arg(note.invoiceNumber)
                        : invoice.error());
        note.invoiceId = (*invoice)->id;
        note.currency = (*invoice)->currency;
    } else {
        ReceiptBook book(ledger);
        auto currency = book.currencyFor(note.customerName, args.value(QStringLiteral("currency")));
        if (!currency)
            return refuse(io, currency.error());
        note.currency = *currency;
    }
    if (!linesOf(ledger, args, note, error))
        return refuse(io, error);
    Problems problems;
    auto issued = ledger.issueCreditNote(note, &problems);
    if (!issued)
        return refuse(io, problems.isEmpty() ? issued.error() : refusalOf(problems, args));
    const InvoiceTotals totals = *issued->totals();
    const Currency &currency = issued->currency;
    io.out << QCoreApplication::translate(
        "Cli", "Credit note %1 for %2: net %3, tax %4, total %5 %6")
                  .arg(issued->number,
                      issued->invoiceNumber.isEmpty() ? issued->customerName
                                                      : issued->invoiceNumber,
                      money(totals.subtotal, currency), money(totals.tax, currency),
                      money(totals.grandTotal, currency), currency.code())
           << Qt::endl;
    io.out << QCoreApplication::translate("Cli", "Taken off the invoice: %1; credit for %2: %3")
                  .arg(money(issued->applied, currency), issued->customerName,
                      money(totals.grandTotal - issued->applied, currency))
           << Qt::endl;
    return Success;
}

int runCancel(Ledger &ledger, const Arguments &args, Output &io)
{
    const QString number = args.word(1);
    auto invoice = ledger.invoiceByNumber(number);
    if (number.isEmpty() || !invoice || !invoice->has_value())
        return refuseMissingInvoice(io, number, invoice);
    CancelSettlement settlement;
    settlement.reason = args.value(QStringLiteral("reason"));
    QString error;
    if (!dateOption(args, settlement.date, error))
        return refuse(io, error, BadUsage);
    const QString refund = args.value(QStringLiteral("refund"));
    if (args.has(QStringLiteral("keep-credit"))) {
        settlement.money = CancelSettlement::Money::KeepAsCredit;
    } else if (refund == QLatin1String("credited") || refund == QLatin1String("owed")) {
        settlement.money = CancelSettlement::Money::Refund;
        settlement.credited = refund == QLatin1String("credited");
        QHash<QString, QString> fields;
        for (const QString &item : args.list(QStringLiteral("set")))
            fields.insert(item.section(QLatin1Char('='), 0, 0), item.section(QLatin1Char('='), 1));
        // Without --method the money goes back the way it came: the last payment's method.
        const Payment last = ledger.refundMethodFor((*invoice)->id);
        if (args.value(QStringLiteral("method")).isEmpty() && fields.isEmpty()) {
            settlement.refund = last;
        } else {
            auto method
                = paymentFromFields(args.value(QStringLiteral("method"), methodKey(last.method)),
                    fields, (*invoice)->currency);
            if (!method)
                return refuse(io, method.error(), BadUsage);
            settlement.refund = *method;
        }
    } else if (!refund.isEmpty()) {
        return refuse(
            io, QCoreApplication::translate("Cli", "--refund must be credited or owed"), BadUsage);
    }
    if (auto s = ledger.cancelInvoice((*invoice)->id, settlement); !s)
        return refuse(io, s.error());
    auto after = ledger.invoices().header((*invoice)->id);
    if (after && after->has_value())
        io.out << QCoreApplication::translate("Cli", "Invoice %1: %2, outstanding %3 %4")
                      .arg(number, statusName((*after)->status()),
                          money((*after)->outstanding(), (*after)->currency),
                          (*after)->currency.code())
               << Qt::endl;
    return Success;
}

int runReopen(Ledger &ledger, const Arguments &args, Output &io)
{
    const QString number = args.word(1);
    auto invoice = ledger.invoiceByNumber(number);
    if (number.isEmpty() || !invoice || !invoice->has_value())
        return refuseMissingInvoice(io, number, invoice);
    if (auto s = ledger.reopenInvoice((*invoice)->id); !s)
        return refuse(io, s.error());
    io.out << QCoreApplication::translate("Cli", "Invoice %1 reopened").arg(number) << Qt::endl;
    return Success;
}

} // namespace InvoiceDesk::Cli
