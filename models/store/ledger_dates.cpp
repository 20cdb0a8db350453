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

QString refusalOf(Ledger::MoneyChange change, InvoiceMoneyBreach::Kind kind, const QString &invoice,
    const QString &by, const QString &date, const QDate &nextPaid)
{
    using Change = Ledger::MoneyChange;
    if (kind == InvoiceMoneyBreach::Kind::AppliedBeyondOwed && change == Change::CreditNote)
        return QCoreApplication::translate("Ledger",
            "this credit note takes off what invoice %1 owes, but on %2 it owed %3 less than that "
            "(money was refunded after that date): date the credit note on or after those "
            "refunds, or credit less")
            .arg(invoice, date, by);
    if (kind == InvoiceMoneyBreach::Kind::AppliedBeyondOwed)
        return QCoreApplication::translate("Ledger",
            "with this change, invoice %1's credit note of %2 would take %3 more off it than it "
            "owed on that date")
            .arg(invoice, date, by);
    switch (change) {
    case Change::Refund:
        if (nextPaid.isValid())
            return QCoreApplication::translate("Ledger",
                "by %1 invoice %2 would have refunded %3 more than was paid to it by then: a "
                "refund takes back only money paid on or before its date, and the invoice's next "
                "payment is dated %4")
                .arg(date, invoice, by, nextPaid.toString(Qt::ISODate));
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

/** The first money paid to the invoice after `date` (invalid when none). */
QDate nextPaidAfter(const QList<InvoiceMoneyEvent> &events, const QDate &date)
{
    QDate next;
    for (const InvoiceMoneyEvent &event : events) {
        if (event.rank != DayRank::CreditNote && event.amount > 0 && event.date > date
            && (!next.isValid() || event.date < next))
            next = event.date;
    }
    return next;
}

/** Money that came in after a note's date in the books: when, and the first date after it. */
struct MoneyAfter
{
    QDate paid;
    QDate noteFrom;
};

std::optional<MoneyAfter> moneyInAfter(const QList<InvoiceMoneyEvent> &events, const QDate &date)
{
    // Credit applied on the note's date comes after it in the books: the next day will do.
    std::optional<MoneyAfter> last;
    for (const InvoiceMoneyEvent &event : events) {
        const QDate from = event.rank == DayRank::FromCredit ? event.date.addDays(1) : event.date;
        if (event.rank != DayRank::CreditNote && event.amount > 0 && from > date
            && (!last || from > last->noteFrom))
            last = MoneyAfter {event.date, from};
    }
    return last;
}

} // namespace

Status Ledger::checkMoneyOnDates(const InvoiceHeader &invoice,
    const QList<InvoiceMoneyEvent> &added, const QList<qint64> &removed, MoneyChange change)
{
    auto standing = mPayments.moneyEvents(invoice.id);
    if (!standing)
        return Error {standing.error()};
    // A void moves the notes' credit with the money (ledger_creditmoves.cpp).
    const bool voiding
        = change == MoneyChange::PaymentVoided || change == MoneyChange::RefundVoided;
    const auto breach = firstMoneyBreach(invoice.grandTotal, *standing, added, removed,
        voiding ? NotesApplied::FollowTheChange : NotesApplied::AsRecorded);
    if (!breach)
        return {};
    const QString by = Money::fromMinorUnits(breach->by, invoice.currency).toString()
        + QLatin1Char(' ') + invoice.currency.code();
    return Error {refusalOf(change, breach->kind, invoice.number, by,
        breach->date.toString(Qt::ISODate), nextPaidAfter(*standing, breach->date))};
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
        const auto after = moneyInAfter(*standing, note.date);
        if (after)
            return Error {QCoreApplication::translate("Ledger",
                "this credit note leaves %1 as credit from money invoice %2 holds, but some of "
                "that money came in after the note's date in the books (on %3): date the credit "
                "note on or after %4")
                              .arg(Money::fromMinorUnits(grandTotal - applied, invoice.currency)
                                          .toString()
                                      + QLatin1Char(' ') + invoice.currency.code(),
                                  invoice.number, after->paid.toString(Qt::ISODate),
                                  after->noteFrom.toString(Qt::ISODate))};
    }
    const InvoiceMoneyEvent event {
        note.date, DayRank::CreditNote, std::numeric_limits<qint64>::max(), grandTotal, applied};
    return checkMoneyOnDates(invoice, {event}, {}, MoneyChange::CreditNote);
}

} // namespace InvoiceDesk
