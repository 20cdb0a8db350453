// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// An invoice's money checked on its dates, as `import books` replays it (date, then money before
// credit notes before credit applied, then the order entered): every change the desktop or the
// command line accepts leaves books that import again.
#include "ledger.h"
#include "ledger_p.h"

#include <QCoreApplication>

#include <limits>

namespace InvoiceDesk {

using namespace LedgerDetail;

namespace {

QString refusalOf(
    Ledger::MoneyChange change, const QString &invoice, const QString &by, const QString &date)
{
    using Change = Ledger::MoneyChange;
    switch (change) {
    case Change::Refund:
        return QCoreApplication::translate("Ledger",
            "by %1 invoice %2 would have refunded %3 more than was paid to it by then: a refund "
            "takes back only money paid on or before its date")
            .arg(date, invoice, by);
    case Change::Payment:
        return QCoreApplication::translate("Ledger",
            "by %1 invoice %2 would have been paid %3 more than it owed then (its total less the "
            "credit notes dated before): date the payment on or after the refund that makes room "
            "for it")
            .arg(date, invoice, by);
    case Change::PaymentVoided:
        return QCoreApplication::translate("Ledger",
            "void the refunds on invoice %1 first: without this payment, %2 more would have been "
            "refunded than paid by %3")
            .arg(invoice, by, date);
    case Change::RefundVoided:
        return QCoreApplication::translate("Ledger",
            "void the later payments on invoice %1 first: without this refund, the invoice would "
            "have been paid %2 more than it owed by %3")
            .arg(invoice, by, date);
    case Change::CreditNote:
        return QCoreApplication::translate("Ledger",
            "the credit note is dated before money invoice %1 was paid: with it, the invoice would "
            "have been paid %2 more than it owed by %3; date the credit note on or after %3")
            .arg(invoice, by, date);
    }
    return {};
}

} // namespace

Status Ledger::checkMoneyOnDates(const InvoiceHeader &invoice,
    const QList<InvoiceMoneyEvent> &added, const QList<qint64> &removed, MoneyChange change)
{
    auto standing = mPayments.moneyEvents(invoice.id);
    if (!standing)
        return Error {standing.error()};
    const auto breach = firstMoneyBreach(invoice.grandTotal, *standing, added, removed);
    if (!breach)
        return {};
    const QString by = Money::fromMinorUnits(breach->by, invoice.currency).toString()
        + QLatin1Char(' ') + invoice.currency.code();
    return Error {refusalOf(change, invoice.number, by, breach->date.toString(Qt::ISODate))};
}

Status Ledger::checkPaymentOnItsDate(
    const InvoiceHeader &invoice, const Payment &payment, PaymentCheck check)
{
    // An invoice with no money and no credit notes yet replays this payment alone: the check
    // against its totals said all there is (and an import of payments asks nothing more).
    if (invoice.paid != 0 || invoice.refunded != 0 || invoice.credited != 0) {
        const InvoiceMoneyEvent event {payment.date,
            check.fromCredit ? DayRank::FromCredit : DayRank::Money,
            std::numeric_limits<qint64>::max(), // entered last
            payment.amount};
        if (auto s = checkMoneyOnDates(invoice, {event}, {},
                payment.amount < 0 ? MoneyChange::Refund : MoneyChange::Payment);
            !s)
            return s;
    }
    // A refund pays out the credit credit notes left on the money (ledger_creditmoves.cpp).
    return payment.amount < 0 ? checkRefundCredit(invoice, payment) : Status();
}

Status Ledger::checkCreditNoteOnItsDate(const InvoiceHeader &invoice, const CreditNote &note)
{
    const qint64 grandTotal = note.totals()->grandTotal;
    const qint64 applied = appliedPart(note, grandTotal, invoice);
    // The books replay the note on its date: money paid after it must not overpay then.
    if (invoice.paid == 0 && invoice.refunded == 0)
        return {};
    if (grandTotal > applied) {
        // What it leaves as credit is money the invoice holds: held by the note's date, or the
        // books would replay it on an invoice that had not been paid yet.
        auto standing = mPayments.moneyEvents(invoice.id);
        if (!standing)
            return Error {standing.error()};
        QDate latest;
        for (const InvoiceMoneyEvent &event : std::as_const(*standing)) {
            const bool after = event.rank == DayRank::FromCredit ? event.date >= note.date
                                                                 : event.date > note.date;
            if (event.rank != DayRank::CreditNote && after && event.date > latest)
                latest = event.date;
        }
        if (latest.isValid())
            return Error {
                QCoreApplication::translate("Ledger",
                    "this credit note leaves %1 as credit from money invoice %2 holds, but some of "
                    "that money was paid on %3, after the note's date: date the credit note on or "
                    "after %3")
                    .arg(Money::fromMinorUnits(grandTotal - applied, invoice.currency).toString()
                            + QLatin1Char(' ') + invoice.currency.code(),
                        invoice.number, latest.toString(Qt::ISODate))};
    }
    const InvoiceMoneyEvent event {
        note.date, DayRank::CreditNote, std::numeric_limits<qint64>::max(), grandTotal, applied};
    return checkMoneyOnDates(invoice, {event}, {}, MoneyChange::CreditNote);
}

} // namespace InvoiceDesk
