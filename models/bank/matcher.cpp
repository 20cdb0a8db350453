// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matcher.h"

#include <QCoreApplication>

#include <algorithm>

namespace InvoiceDesk {

namespace {

QString money(qint64 minor, const Currency &currency)
{
    return Money::fromMinorUnits(minor, currency).toString();
}

/** What a line's words are searched in: its remittance text and the payer's reference. */
MatchText textOf(const BankLine &line)
{
    return MatchText(line.remittance + QLatin1Char(' ') + line.reference);
}

constexpr int kMaxCandidates = 20;

} // namespace

Matcher::Matcher(QList<OpenPayment> payments, QList<OpenInvoice> invoices)
    : mPayments(std::move(payments))
    , mInvoices(std::move(invoices))
{
    mNeedles.reserve(mPayments.size());
    for (int i = 0; i < mPayments.size(); ++i) {
        const OpenPayment &p = mPayments.at(i);
        mByAmount[p.amount].append(i);
        if (p.cardFee > 0)
            mByNetAmount[p.amount - p.cardFee].append(i);
        QList<Needle> needles;
        for (const auto &[text, why] :
            {std::pair(p.reference, QT_TRANSLATE_NOOP("Matcher", "reference")),
                std::pair(p.eftReference, QT_TRANSLATE_NOOP("Matcher", "transfer reference")),
                std::pair(p.transactionId, QT_TRANSLATE_NOOP("Matcher", "transaction id")),
                std::pair(p.chequeNumber, QT_TRANSLATE_NOOP("Matcher", "cheque number")),
                std::pair(p.marker, QT_TRANSLATE_NOOP("Matcher", "marker")),
                std::pair(p.invoiceNumber, QT_TRANSLATE_NOOP("Matcher", "invoice number"))}) {
            if (!text.trimmed().isEmpty())
                needles.append({text.trimmed(), why});
        }
        mNeedles.append(needles);
    }
    const auto byDate = [this](int a, int b) {
        return std::pair(mPayments.at(a).date, a) < std::pair(mPayments.at(b).date, b);
    };
    for (auto *index : {&mByAmount, &mByNetAmount}) {
        for (auto it = index->begin(); it != index->end(); ++it)
            std::sort(it->begin(), it->end(), byDate);
    }
    for (int i = 0; i < mInvoices.size(); ++i) {
        const OpenInvoice &invoice = mInvoices.at(i);
        mInvoicesByNumber[MatchText::compact(invoice.number)].append(i);
        mInvoicesByOwed[{invoice.currency, invoice.outstanding}].append(i);
    }
}

LineCandidates Matcher::candidatesFor(const BankLine &line) const
{
    LineCandidates result;
    result.line = line;
    const MatchText text = textOf(line);
    addPaymentCandidates(line, text, line.amount, false, result.candidates);
    addPaymentCandidates(line, text, line.amount, true, result.candidates);
    std::sort(result.candidates.begin(), result.candidates.end(),
        [](const MatchCandidate &a, const MatchCandidate &b) {
            if (a.score != b.score)
                return a.score > b.score;
            return a.paymentId < b.paymentId;
        });
    if (result.candidates.size() > kMaxCandidates)
        result.candidates.resize(kMaxCandidates);
    if (result.candidates.isEmpty())
        addProposals(line, text, result);
    return result;
}

void Matcher::addPaymentCandidates(const BankLine &line, const MatchText &text, qint64 amount,
    bool lessFee, QList<MatchCandidate> &out) const
{
    const auto &index = lessFee ? mByNetAmount : mByAmount;
    const auto bucket = index.constFind(amount);
    if (bucket == index.constEnd())
        return;
    // The bucket is sorted by date: start at the earliest date the window allows.
    const QDate earliest = line.bookingDate.addDays(-DaysAfter);
    const QDate latest = line.bookingDate.addDays(DaysBefore);
    auto it = std::lower_bound(bucket->cbegin(), bucket->cend(), earliest,
        [this](int i, const QDate &date) { return mPayments.at(i).date < date; });
    for (; it != bucket->cend() && mPayments.at(*it).date <= latest; ++it) {
        const OpenPayment &p = mPayments.at(*it);
        if (p.currency != line.currency.code() || (p.accountId && *p.accountId != line.accountId))
            continue;
        out.append(scorePayment(line, text, *it, lessFee));
    }
}

MatchCandidate Matcher::scorePayment(
    const BankLine &line, const MatchText &text, int index, bool lessFee) const
{
    const OpenPayment &p = mPayments.at(index);
    MatchCandidate c;
    c.paymentId = p.id;
    c.marker = p.marker;
    c.invoiceId = p.invoiceId;
    c.invoiceNumber = p.invoiceNumber;
    c.customer = p.customer;
    c.date = p.date;
    c.amount = p.amount;
    c.lessCardFee = lessFee;
    if (lessFee) {
        c.score += 25;
        c.reasons.append(
            QCoreApplication::translate("Matcher", "the payment less its card fee of %1")
                .arg(money(p.cardFee, line.currency)));
    } else {
        c.score += 40;
        c.reasons.append(QCoreApplication::translate("Matcher", "the same amount"));
    }
    const int days = int(p.date.daysTo(line.bookingDate));
    const bool inExactWindow = days >= 0 && days <= ExactDays;
    c.score += inExactWindow ? 20 : 5;
    if (days == 1 || days == -1)
        c.reasons.append(days == 1
                ? QCoreApplication::translate("Matcher", "booked 1 day after the payment")
                : QCoreApplication::translate("Matcher", "booked 1 day before the payment's date"));
    else
        c.reasons.append(days >= 0 ? QCoreApplication::translate(
                             "Matcher", "booked %n days after the payment", nullptr, days)
                                   : QCoreApplication::translate("Matcher",
                                       "booked %n days before the payment's date", nullptr, -days));
    bool named = false;
    for (const Needle &needle : mNeedles.at(index)) {
        if (text.contains(needle.text)) {
            named = true;
            c.reasons.append(
                QCoreApplication::translate("Matcher", "the text names its %1 %2")
                    .arg(QCoreApplication::translate("Matcher", needle.why), needle.text));
            break;
        }
    }
    if (named)
        c.score += 30;
    if (namesAlike(line.counterpartyName, p.customer)) {
        c.score += 10;
        c.reasons.append(
            QCoreApplication::translate("Matcher", "the counterparty is like the customer %1")
                .arg(p.customer));
    }
    if (p.accountId) {
        c.score += 5;
        c.reasons.append(QCoreApplication::translate("Matcher", "the payment names this account"));
    }
    c.exact = !lessFee && inExactWindow && named;
    return c;
}

QList<std::pair<qsizetype, MatchCandidate>> Matcher::automatic(const QList<BankLine> &lines) const
{
    QList<std::pair<qsizetype, MatchCandidate>> exact;
    QHash<qint64, int> linesPerPayment;
    for (qsizetype at = 0; at < lines.size(); ++at) {
        const BankLine &line = lines.at(at);
        if (line.isMatched())
            continue;
        const LineCandidates found = candidatesFor(line);
        QList<MatchCandidate> mine;
        for (const MatchCandidate &c : found.candidates) {
            if (c.kind == MatchCandidate::Kind::Payment && c.exact)
                mine.append(c);
        }
        for (const MatchCandidate &c : mine)
            ++linesPerPayment[c.paymentId];
        if (mine.size() == 1)
            exact.append({at, mine.first()});
    }
    // Unique both ways: a payment two lines could be waits for a person.
    exact.removeIf(
        [&](const auto &pair) { return linesPerPayment.value(pair.second.paymentId) != 1; });
    return exact;
}

} // namespace InvoiceDesk
