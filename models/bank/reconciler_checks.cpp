// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reconciler: what a line must not be recorded as. A credit the bank took back (a bounced
// cheque, a returned transfer: CAMT RvslInd, MT940 RC) is no payment, so it is never recorded or
// linked as one; money someone recorded by hand is not recorded a second time from its line.
#include "reconciler.h"

#include <QCoreApplication>

#include <algorithm>

namespace InvoiceDesk {

namespace {

constexpr int kReversalDays = 60; ///< how long after a line the bank may still take it back

QString money(qint64 minor, const Currency &currency)
{
    return Money::fromMinorUnits(minor, currency).toString();
}

/** Whether `reversal` can take back `line`: its account, the opposite amount, on or after it. */
bool mayReverse(const BankLine &reversal, const BankLine &line)
{
    const auto sameParty = [](const QString &a, const QString &b) {
        return a.trimmed().isEmpty() || b.trimmed().isEmpty()
            || a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
    };
    return !line.reversal && reversal.accountId == line.accountId && reversal.amount == -line.amount
        && reversal.bookingDate >= line.bookingDate
        && reversal.bookingDate <= line.bookingDate.addDays(kReversalDays)
        && sameParty(reversal.counterpartyName, line.counterpartyName);
}

} // namespace

Status Reconciler::refuseIfRecordedAlready(const BankLine &line, const QList<qint64> &invoiceIds)
{
    // A payment someone recorded by hand and the bank's line of the same money are one payment:
    // recording the line again would count it twice.
    for (const qint64 invoiceId : invoiceIds) {
        auto payments = mStore.openPaymentsOfInvoice(invoiceId);
        if (!payments)
            return Error {payments.error()};
        for (const OpenPayment &p : *payments) {
            const bool sameMoney
                = p.amount == line.amount || (p.cardFee > 0 && p.amount - p.cardFee == line.amount);
            if (!sameMoney || (p.accountId && *p.accountId != line.accountId))
                continue;
            return Error {QCoreApplication::translate("Reconciler",
                "invoice %1 already has the payment %2 of %3 from %4, which no statement line is "
                "matched to: line %5 is probably that money. Match the line to that payment; if "
                "the customer really paid twice, record the second payment first and match the "
                "line to it")
                              .arg(p.invoiceNumber, p.marker, money(p.amount, line.currency),
                                  p.date.toString(Qt::ISODate))
                              .arg(line.id)};
        }
    }
    return {};
}

Result<std::optional<BankLine>> Reconciler::reversalOf(
    const BankLine &line, const QList<BankLine> &reversals)
{
    for (const BankLine &reversal : reversals) {
        if (!mayReverse(reversal, line))
            continue;
        // One reversal takes back one line: the latest before it that it may reverse.
        LineFilter between;
        between.accountId = line.accountId;
        between.from = line.bookingDate;
        between.to = reversal.bookingDate;
        auto lines = mStore.lines(between);
        if (!lines)
            return Error {lines.error()};
        const bool later = std::any_of(lines->cbegin(), lines->cend(), [&](const BankLine &l) {
            return l.id != line.id && mayReverse(reversal, l)
                && (l.bookingDate > line.bookingDate
                    || (l.bookingDate == line.bookingDate && l.id > line.id));
        });
        if (!later)
            return std::optional<BankLine>(reversal);
    }
    return std::optional<BankLine>();
}

Status Reconciler::refuseIfReversed(const BankLine &line)
{
    if (line.reversal || line.amount <= 0)
        return {};
    auto reversals = mStore.reversalLines();
    if (!reversals)
        return Error {reversals.error()};
    auto reversal = reversalOf(line, *reversals);
    if (!reversal)
        return Error {reversal.error()};
    if (!reversal->has_value())
        return {};
    return Error {reversedNote(line, **reversal)};
}

QString Reconciler::reversedNote(const BankLine &line, const BankLine &reversal)
{
    return QCoreApplication::translate("Reconciler",
        "the bank took line %1 back: line %2 of %3 reverses its %4, so it is no payment")
        .arg(line.id)
        .arg(reversal.id)
        .arg(reversal.bookingDate.toString(Qt::ISODate), money(line.amount, line.currency));
}

Status Reconciler::noteReversals(QList<LineCandidates> &analysed)
{
    auto reversals = mStore.reversalLines();
    if (!reversals)
        return Error {reversals.error()};
    if (reversals->isEmpty())
        return {};
    for (LineCandidates &entry : analysed) {
        if (entry.line.reversal) {
            entry.candidates.clear();
            entry.notes.append(QCoreApplication::translate("Reconciler",
                "the bank takes back an earlier line of %1 here: if that money was recorded as a "
                "payment, void the payment")
                                   .arg(money(-entry.line.amount, entry.line.currency)));
            continue;
        }
        auto reversal = reversalOf(entry.line, *reversals);
        if (!reversal)
            return Error {reversal.error()};
        if (reversal->has_value()) {
            entry.candidates.clear();
            entry.notes.append(reversedNote(entry.line, **reversal));
        }
    }
    return {};
}

} // namespace InvoiceDesk
