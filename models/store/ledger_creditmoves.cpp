// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a credit note left as the customer's credit stands on the money its invoice holds: when
// that money leaves the invoice (a payment voided, a refund), the credit goes with it, so no
// customer keeps credit from money that never arrived or was paid back.
#include "jsonformat.h"
#include "ledger.h"
#include "ledger_p.h"
#include "receiptrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace InvoiceDesk {

namespace {

/**
 * What payments and credit notes cover beyond the invoice's total; 0 when they do not. The
 * credit a note left (beyond what the invoice owed) is part of it. Unsigned: up to 2^64 − 2.
 */
quint64 coveredBeyond(const InvoiceHeader &invoice, qint64 paid, qint64 refunded)
{
    const qint64 held = std::max<qint64>(paid - refunded, 0); // both within [0, 2^63)
    const qint64 beyondTotal = held - invoice.grandTotal;
    if (beyondTotal >= 0)
        return quint64(beyondTotal) + quint64(invoice.credited);
    const qint64 short_ = -beyondTotal;
    return invoice.credited > short_ ? quint64(invoice.credited - short_) : 0;
}

/** What of the note is still the customer's credit. */
qint64 creditLeftOf(const CreditNote &note)
{
    const auto totals = note.totals();
    return totals ? std::max<qint64>(totals->grandTotal - note.applied - note.takenBack, 0) : 0;
}

QByteArray creditPartsText(const CreditNote &note, const Currency &currency)
{
    const auto money
        = [&](qint64 minor) { return Money::fromMinorUnits(minor, currency).toString(); };
    const QJsonObject object {{QStringLiteral("number"), note.number},
        {QStringLiteral("invoiceNumber"), note.invoiceNumber},
        {QStringLiteral("applied"), money(note.applied)},
        {QStringLiteral("takenBack"), money(note.takenBack)},
        {QStringLiteral("credit"), money(creditLeftOf(note))}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

Result<Ledger::CreditMove> Ledger::creditMoveFor(
    const InvoiceHeader &invoice, const Payment &payment, bool voiding)
{
    CreditMove move;
    const qint64 sign = voiding ? -1 : 1;
    const qint64 paid = invoice.paid + sign * std::max<qint64>(payment.amount, 0);
    const qint64 refunded = invoice.refunded + sign * std::max<qint64>(-payment.amount, 0);
    const bool refundVoided = voiding && payment.amount < 0;
    const quint64 before = coveredBeyond(invoice, invoice.paid, invoice.refunded);
    const quint64 after = coveredBeyond(invoice, paid, refunded);
    if (invoice.credited == 0 || (!refundVoided && after >= before))
        return move;
    auto listed = mCreditNotes.list({invoice.id, std::nullopt});
    if (!listed)
        return Error {listed.error()};
    QList<CreditNote> notes = *listed;
    if (refundVoided) {
        auto reversed = reverseMoves(notes, payment);
        if (!reversed)
            return Error {reversed.error()};
        move.taken = -*reversed;
        move.taken -= creditBack(
            notes, after - before - std::min(after - before, quint64(*reversed)), after);
    } else {
        move.taken = takeCredit(notes, payment, voiding, before, after, move.parts);
    }
    for (qsizetype i = 0; i < notes.size(); ++i) {
        if (notes.at(i).applied != listed->at(i).applied
            || notes.at(i).takenBack != listed->at(i).takenBack) {
            move.notes.append(notes.at(i));
            move.customerId = notes.at(i).customerId;
        }
    }
    return move;
}

qint64 Ledger::takeCredit(QList<CreditNote> &notes, const Payment &payment, bool voiding,
    quint64 before, quint64 after, QList<CreditMovePart> &parts)
{
    quint64 credit = 0;
    for (const CreditNote &note : std::as_const(notes))
        credit += quint64(creditLeftOf(note));
    // The credit beyond what is still covered goes (never a recorded split's credit the invoice
    // never covered). A refund pays out the credit of the notes before it, the latest first; what
    // it takes of a note dated on or after it came first in the books, so that note took it off
    // the invoice. A void moves it all onto the invoice.
    quint64 left = std::min(before - after, credit - std::min(credit, after));
    const bool refund = !voiding && payment.amount < 0;
    qint64 taken = 0;
    for (const bool earlier : {true, false}) {
        for (auto note = notes.rbegin(); note != notes.rend() && left > 0; ++note) {
            const bool paidOut = refund && payment.date > note->date;
            if (refund && paidOut != earlier)
                continue;
            const qint64 moved = qint64(std::min<quint64>(left, quint64(creditLeftOf(*note))));
            if (moved == 0)
                continue;
            (paidOut ? note->takenBack : note->applied) += moved;
            parts.append({note->id, moved, paidOut});
            taken += moved;
            left -= quint64(moved);
        }
        if (!refund)
            break;
    }
    return taken;
}

qint64 Ledger::creditBack(QList<CreditNote> &notes, quint64 more, quint64 after)
{
    // A refund voided: the money is the invoice's again, and what the notes took off beyond what
    // it owes is the customer's credit again (as when the note was issued), the latest first.
    quint64 credit = 0;
    for (const CreditNote &note : std::as_const(notes))
        credit += quint64(creditLeftOf(note));
    quint64 left = std::min(more, after - std::min(after, credit));
    qint64 given = 0;
    for (auto note = notes.rbegin(); note != notes.rend() && left > 0; ++note) {
        const qint64 moved = qint64(std::min<quint64>(left, quint64(note->applied)));
        note->applied -= moved;
        given += moved;
        left -= quint64(moved);
    }
    return given;
}

Result<qint64> Ledger::reverseMoves(QList<CreditNote> &notes, const Payment &refund)
{
    auto parts = mCreditNotes.movesOf(refund.id);
    if (!parts)
        return Error {parts.error()};
    qint64 reversed = 0;
    for (const CreditMovePart &part : std::as_const(*parts)) {
        for (CreditNote &note : notes) {
            if (note.id != part.noteId)
                continue;
            // A voided refund's paid-out part stops counting by itself (it is voided).
            if (!part.paidOut)
                note.applied -= part.amount;
            else if (!refund.isVoided())
                note.takenBack -= part.amount;
            reversed += part.amount;
        }
    }
    return reversed;
}

Status Ledger::applyCreditMove(const CreditMove &move, qint64 paymentId, const Currency &currency)
{
    for (const CreditNote &note : move.notes) {
        if (auto s = mCreditNotes.setApplied(note); !s)
            return s;
        if (auto s = mAudit.record(QStringLiteral("credit_note"), note.uuid,
                QStringLiteral("credit_moved"), creditPartsText(note, currency));
            !s)
            return s;
    }
    for (const CreditMovePart &part : move.parts) {
        if (auto s = mCreditNotes.recordMove(paymentId, part); !s)
            return s;
    }
    if (move.taken < 0) // credit given back must still be summable
        return ReceiptRepository(mQueries).checkCreditSummable(move.customerId, currency.code());
    return {};
}

Status Ledger::moveCredit(const InvoiceHeader &invoice, const Payment &payment, bool voiding)
{
    auto move = creditMoveFor(invoice, payment, voiding);
    if (!move)
        return Error {move.error()};
    return applyCreditMove(*move, payment.id, invoice.currency);
}

Status Ledger::checkRefundCredit(const InvoiceHeader &invoice, const Payment &refund)
{
    auto move = creditMoveFor(invoice, refund, false);
    if (!move)
        return Error {move.error()};
    return checkCreditMove(*move, invoice, {}, refund.date, CreditChange::Refund);
}

Result<Ledger::CreditMove> Ledger::creditMoveOfVoiding(const QList<Payment> &payments)
{
    // Payments on one invoice are voided together (a receipt's): their invoice's totals fall at
    // once. A refund reverses what it moved, on its own.
    QHash<qint64, Payment> perInvoice;
    QList<Payment> refunds;
    for (const Payment &payment : payments) {
        if (payment.amount < 0) {
            refunds.append(payment);
            continue;
        }
        Payment &together = perInvoice[payment.invoiceId];
        together.invoiceId = payment.invoiceId;
        together.amount += payment.amount;
    }
    CreditMove all;
    for (const Payment &payment : refunds + perInvoice.values()) {
        auto header = mInvoices.header(payment.invoiceId);
        if (!header || !header->has_value())
            return Error {header ? QString() : header.error()};
        auto move = creditMoveFor(**header, payment, true);
        if (!move)
            return Error {move.error()};
        all.taken += move->taken;
        all.customerId = move->customerId ? move->customerId : all.customerId;
        all.notes += move->notes;
        all.parts += move->parts;
    }
    return all;
}

QList<DatedAmount> Ledger::creditOnDatesOf(const CreditMove &move, const QDate &date)
{
    QList<DatedAmount> amounts;
    for (const CreditMovePart &part : move.parts) {
        // Paid out: the refund takes it on its date. Onto the invoice: the note left that much
        // less credit from its own date.
        QDate noteDate;
        for (const CreditNote &note : move.notes) {
            if (note.id == part.noteId)
                noteDate = note.date;
        }
        amounts.append(part.paidOut ? DatedAmount {date, DayRank::Money, -part.amount}
                                    : DatedAmount {noteDate, DayRank::CreditNote, -part.amount});
    }
    return amounts;
}

Status Ledger::checkCreditMove(const CreditMove &move, const InvoiceHeader &invoice,
    const QList<DatedAmount> &returned, const QDate &date, CreditChange change)
{
    if (move.taken <= 0)
        return {};
    ReceiptRepository receipts(mQueries);
    const QString currency = invoice.currency.code();
    auto credit = receipts.creditOf(move.customerId, currency);
    if (!credit)
        return Error {credit.error()};
    qint64 back = 0;
    for (const DatedAmount &amount : returned)
        back += amount.amount; // one payment's amount at most
    // The credit and what is taken are within [0, 2^63): their difference is too; what comes
    // back may take it past the largest amount, and then nothing is short now.
    qint64 after = 0;
    std::optional<Shortfall> dated;
    if (!qAddOverflow(*credit - move.taken, back, &after) && after < 0) {
        dated = Shortfall {QDate(), -after};
    } else {
        auto shortfall = receipts.creditShortfall(
            move.customerId, currency, creditOnDatesOf(move, date) + returned);
        if (!shortfall)
            return Error {shortfall.error()};
        if (!*shortfall)
            return {};
        dated = *shortfall;
    }
    auto paid = receipts.invoicesPaidFromCredit(move.customerId, currency);
    if (!paid)
        return Error {paid.error()};
    return Error {creditMoveRefusal(move, invoice, *dated, *paid, change)};
}

QString Ledger::creditMoveRefusal(const CreditMove &move, const InvoiceHeader &invoice,
    const Shortfall &shortfall, const QStringList &paid, CreditChange change)
{
    QStringList notes;
    for (const CreditNote &note : move.notes)
        notes.append(note.number);
    notes.removeDuplicates();
    const QString currency = invoice.currency.code();
    const auto money = [&](qint64 minor) -> QString {
        return Money::fromMinorUnits(minor, invoice.currency).toString() + QLatin1Char(' ')
            + currency;
    };
    const QString taken = money(move.taken);
    const QString number = notes.join(QStringLiteral(", "));
    const QString used = money(shortfall.below);
    const QString invoices = paid.join(QStringLiteral(", "));
    const QString date = shortfall.date.toString(Qt::ISODate);
    if (change == CreditChange::Refund && shortfall.date.isValid())
        return QCoreApplication::translate("Ledger",
            "this refund pays out the %1 of credit that credit note %2 left on invoice %3, but "
            "that would leave the customer's credit %5 short by %4, as credit applied by then to "
            "invoice(s) %6 used it: void those payments first")
            .arg(taken, number, invoice.number, date, used, invoices);
    if (change == CreditChange::Refund)
        return QCoreApplication::translate("Ledger",
            "this refund pays out the %1 of credit that credit note %2 left on invoice %3, but "
            "%4 of that credit has paid invoice(s) %5: void those payments first")
            .arg(taken, number, invoice.number, used, invoices);
    if (shortfall.date.isValid())
        return QCoreApplication::translate("Ledger",
            "voiding this payment takes back the %1 of credit that credit note %2 left on invoice "
            "%3 (the invoice owes it again), but that would leave the customer's credit %5 short "
            "by %4, as credit applied by then to invoice(s) %6 used it: void those payments first")
            .arg(taken, number, invoice.number, date, used, invoices);
    return QCoreApplication::translate("Ledger",
        "voiding this payment takes back the %1 of credit that credit note %2 left on invoice %3 "
        "(the invoice owes it again), but %4 of that credit has paid invoice(s) %5: void those "
        "payments first")
        .arg(taken, number, invoice.number, used, invoices);
}

} // namespace InvoiceDesk
