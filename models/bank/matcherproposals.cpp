// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Matcher: "record payment for invoice N" for lines no recorded payment explains.
#include "matcher.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace InvoiceDesk {

namespace {

QString money(qint64 minor, const Currency &currency)
{
    return Money::fromMinorUnits(minor, currency).toString();
}

constexpr int kRunWords = 4;

} // namespace

QList<const OpenInvoice *> Matcher::namedInvoices(const BankLine &line, const MatchText &text) const
{
    QList<const OpenInvoice *> named;
    QSet<qint64> seen;
    for (const QString &run : text.runs(kRunWords)) {
        const auto found = mInvoicesByNumber.constFind(run);
        if (found == mInvoicesByNumber.constEnd())
            continue;
        for (int index : *found) {
            const OpenInvoice &invoice = mInvoices.at(index);
            if (invoice.currency == line.currency.code() && !seen.contains(invoice.id)) {
                seen.insert(invoice.id);
                named.append(&invoice);
            }
        }
    }
    return named;
}

std::optional<MatchCandidate> Matcher::proposal(
    const BankLine &line, const OpenInvoice &invoice, QStringList reasons, int score) const
{
    if (invoice.hasUnmatchedPayment || line.amount > invoice.outstanding)
        return std::nullopt;
    MatchCandidate c;
    c.kind = MatchCandidate::Kind::RecordPayment;
    c.invoiceId = invoice.id;
    c.invoiceNumber = invoice.number;
    c.customer = invoice.customer;
    c.date = line.bookingDate;
    c.amount = line.amount;
    c.score = score;
    reasons.append(line.amount == invoice.outstanding
            ? QCoreApplication::translate("Matcher", "the whole %1 invoice %2 owes")
                  .arg(money(invoice.outstanding, line.currency), invoice.number)
            : QCoreApplication::translate("Matcher", "part of the %1 invoice %2 owes")
                  .arg(money(invoice.outstanding, line.currency), invoice.number));
    if (namesAlike(line.counterpartyName, invoice.customer)) {
        c.score += 10;
        reasons.append(
            QCoreApplication::translate("Matcher", "the counterparty is like the customer %1")
                .arg(invoice.customer));
    }
    c.reasons = reasons;
    return c;
}

std::optional<MatchCandidate> Matcher::receiptProposal(
    const BankLine &line, const QList<const OpenInvoice *> &named) const
{
    MatchCandidate c;
    c.kind = MatchCandidate::Kind::RecordReceipt;
    c.date = line.bookingDate;
    c.amount = line.amount;
    c.customer = named.first()->customer;
    c.score = 55;
    QStringList numbers;
    for (const OpenInvoice *invoice : named) {
        if (invoice->hasUnmatchedPayment || invoice->customerId == 0
            || invoice->customerId != named.first()->customerId)
            return std::nullopt;
        c.shares.append({invoice->id, invoice->number, invoice->outstanding});
        numbers.append(invoice->number);
    }
    c.invoiceId = named.first()->id;
    c.invoiceNumber = numbers.join(QStringLiteral(", "));
    c.reasons.append(QCoreApplication::translate(
        "Matcher", "the text names invoices %1 of %2, which together owe %3")
                         .arg(c.invoiceNumber, c.customer, money(line.amount, line.currency)));
    if (namesAlike(line.counterpartyName, c.customer)) {
        c.score += 10;
        c.reasons.append(
            QCoreApplication::translate("Matcher", "the counterparty is like the customer %1")
                .arg(c.customer));
    }
    return c;
}

void Matcher::addProposals(const BankLine &line, const MatchText &text, LineCandidates &out) const
{
    if (line.amount <= 0)
        return; // money out is not a payment for an invoice
    const QList<const OpenInvoice *> named = namedInvoices(line, text);
    for (const OpenInvoice *invoice : named) {
        if (invoice->hasUnmatchedPayment)
            out.notes.append(QCoreApplication::translate("Matcher",
                "invoice %1 has a recorded payment that no line is matched to yet; "
                "if this line is that payment, find it by its amount or date")
                                 .arg(invoice->number));
        else if (named.size() == 1 && line.amount > invoice->outstanding)
            out.notes.append(
                QCoreApplication::translate("Matcher", "invoice %1 owes %2, less than this line")
                    .arg(invoice->number, money(invoice->outstanding, line.currency)));
    }
    if (named.size() == 1) {
        if (auto c = proposal(line, *named.first(),
                {QCoreApplication::translate("Matcher", "the text names invoice %1")
                        .arg(named.first()->number)},
                60))
            out.candidates.append(*c);
        return;
    }
    if (named.size() > 1) {
        addNamedInvoicesProposals(line, named, out);
        return;
    }
    addAmountProposal(line, out);
}

void Matcher::addNamedInvoicesProposals(
    const BankLine &line, const QList<const OpenInvoice *> &named, LineCandidates &out) const
{
    qint64 owed = 0;
    QStringList numbers;
    for (const OpenInvoice *invoice : named) {
        owed += invoice->outstanding;
        numbers.append(invoice->number);
        if (invoice->outstanding == line.amount) {
            if (auto c = proposal(line, *invoice,
                    {QCoreApplication::translate("Matcher", "the text names invoice %1")
                            .arg(invoice->number)},
                    50))
                out.candidates.append(*c);
        }
    }
    if (owed == line.amount) {
        const auto unmatched = std::find_if(named.cbegin(), named.cend(),
            [](const OpenInvoice *invoice) { return invoice->hasUnmatchedPayment; });
        if (auto c = receiptProposal(line, named))
            out.candidates.prepend(*c);
        else if (unmatched != named.cend())
            out.notes.append(QCoreApplication::translate("Matcher",
                "the text names invoices %1, which together owe this amount; no receipt "
                "is proposed while invoice %2 has a recorded payment that no line is "
                "matched to: if this line is new money, record the receipt across them")
                                 .arg(numbers.join(QStringLiteral(", ")), (*unmatched)->number));
        else
            out.notes.append(QCoreApplication::translate("Matcher",
                "the text names invoices %1, which together owe this "
                "amount, but they are not all open invoices of one "
                "customer: record a payment on each")
                                 .arg(numbers.join(QStringLiteral(", "))));
    }
}

void Matcher::addAmountProposal(const BankLine &line, LineCandidates &out) const
{
    // No invoice named: an amount only one open invoice (of this customer) owes.
    const QList<int> owing = mInvoicesByOwed.value({line.currency.code(), line.amount});
    QList<const OpenInvoice *> open;
    for (int index : owing) {
        if (!mInvoices.at(index).hasUnmatchedPayment)
            open.append(&mInvoices.at(index));
    }
    if (open.size() == 1) {
        if (auto c = proposal(line, *open.first(),
                {QCoreApplication::translate(
                    "Matcher", "the only open invoice that owes this amount")},
                40))
            out.candidates.append(*c);
        return;
    }
    QList<const OpenInvoice *> alike;
    for (const OpenInvoice *invoice : open) {
        if (namesAlike(line.counterpartyName, invoice->customer))
            alike.append(invoice);
    }
    if (alike.size() == 1) {
        if (auto c = proposal(line, *alike.first(),
                {QCoreApplication::translate(
                    "Matcher", "the only open invoice of this customer that owes this amount")},
                35))
            out.candidates.append(*c);
    }
}

} // namespace InvoiceDesk
