// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Ledger's credit notes (issue 13 item 3) and what cancelling and reopening an invoice does
// with the money on it (issue 10 item 7).
#include "customerrepository.h"
#include "invoicenumbering.h"
#include "jsonformat.h"
#include "ledger.h"
#include "ledger_p.h"
#include "receipt.h"
#include "receiptrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdlib>

namespace InvoiceDesk {

using namespace LedgerDetail;

namespace {

QString money(qint64 minor, const Currency &currency)
{
    return Money::fromMinorUnits(minor, currency).toString();
}

QByteArray creditNoteText(const CreditNote &note, const InvoiceTotals &totals)
{
    const QJsonObject object {{QStringLiteral("number"), note.number},
        {QStringLiteral("invoiceNumber"), note.invoiceNumber},
        {QStringLiteral("customer"), note.customerName},
        {QStringLiteral("date"), note.date.toString(Qt::ISODate)},
        {QStringLiteral("currency"), note.currency.code()}, {QStringLiteral("reason"), note.reason},
        {QStringLiteral("subtotal"), money(totals.subtotal, note.currency)},
        {QStringLiteral("taxTotal"), money(totals.tax, note.currency)},
        {QStringLiteral("grandTotal"), money(totals.grandTotal, note.currency)},
        {QStringLiteral("applied"), money(note.applied, note.currency)}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/** Holds the ledger's batch for a change made of several, unless one is already held. */
class Batch
{
public:
    explicit Batch(Ledger &ledger)
        : mLedger(ledger)
        , mOwn(!ledger.inBatch())
    {
    }
    ~Batch()
    {
        if (mOwn && mLedger.inBatch())
            mLedger.rollbackBatch();
    }
    Batch(const Batch &) = delete;
    Batch &operator=(const Batch &) = delete;
    Status begin() { return mOwn ? mLedger.beginBatch() : Status(); }
    Status commit() { return mOwn ? mLedger.commitBatch() : Status(); }

private:
    Ledger &mLedger;
    bool mOwn;
};

/**
 * The part of the note the invoice still owed (or as the books recorded it, checked before);
 * the rest is the customer's credit.
 */
/** The invoice a credit note is for: found, not a draft, in its currency; nothing if missing. */
std::optional<InvoiceHeader> checkCreditedInvoice(InvoiceRepository &invoices,
    CustomerRepository &customers, CreditNote &note, Problems &problems)
{
    auto header = note.invoiceId != 0 ? invoices.header(note.invoiceId)
                                      : invoices.headerByNumber(note.invoiceNumber);
    if (!header || !header->has_value()) {
        problems.append({QStringLiteral("invoiceNumber"),
            header ? QCoreApplication::translate("Ledger", "there is no invoice numbered \"%1\"")
                         .arg(note.invoiceNumber)
                   : header.error()});
        return std::nullopt;
    }
    const InvoiceHeader &invoice = **header;
    if (invoice.lifecycle == InvoiceLifecycle::Draft)
        problems.append({QStringLiteral("invoiceNumber"),
            QCoreApplication::translate("Ledger", "invoice %1 is a draft: change its lines instead")
                .arg(invoice.number)});
    if (note.currency.isValid() && !(note.currency == invoice.currency))
        problems.append({QStringLiteral("currency"),
            QCoreApplication::translate("Ledger", "invoice %1 is in %2, not %3")
                .arg(invoice.number, invoice.currency.code(), note.currency.code())});
    note.invoiceId = invoice.id;
    note.invoiceNumber = invoice.number;
    note.currency = invoice.currency;
    auto owner = customers.customerOfInvoice(invoice.id);
    note.customerId = owner ? owner->value_or(0) : 0;
    return invoice;
}

/**
 * A recorded applied part (an import of the books) must fit: never below zero, never beyond the
 * gross, never beyond what the invoice owes now, and only on a note for an invoice.
 */
void checkRecordedApplied(
    const CreditNote &note, const std::optional<InvoiceHeader> &invoice, Problems &problems)
{
    if (!note.recordedApplied)
        return;
    const qint64 applied = *note.recordedApplied;
    const Currency &c = note.currency;
    const auto totals = note.totals();
    const auto say = [&](const QString &message) {
        problems.append({QStringLiteral("applied"), message});
    };
    if (!invoice) {
        say(QCoreApplication::translate(
            "Ledger", "a credit note without an invoice applies nothing: leave it empty"));
        return;
    }
    // Owed as the money says: a cancelled invoice's notes were issued before it was cancelled
    // (invoices.csv brings it back cancelled, its notes after it).
    const qint64 owed
        = outstandingOf(invoice->grandTotal, invoice->paid, invoice->refunded, invoice->credited);
    if (applied < 0)
        say(QCoreApplication::translate("Ledger", "cannot be below zero"));
    else if (totals && applied > totals->grandTotal)
        say(QCoreApplication::translate("Ledger", "%1 is more than the credit note's total %2")
                .arg(money(applied, c), money(totals->grandTotal, c)));
    else if (applied > owed)
        say(QCoreApplication::translate("Ledger", "%1 is more than invoice %2 owes (%3)")
                .arg(money(applied, c), invoice->number, money(owed, c)));
}

/**
 * A note never credits more than the invoice has left to credit: its total less what earlier
 * notes took off. A cancelled invoice has nothing left: its money was settled when it was
 * cancelled (the books' import brings back notes issued before, with their recorded part).
 */
void checkCreditable(const CreditNote &note, const InvoiceHeader &invoice, Problems &problems)
{
    if (invoice.lifecycle == InvoiceLifecycle::Cancelled && !note.recordedApplied) {
        problems.append({QStringLiteral("invoiceNumber"),
            QCoreApplication::translate("Ledger",
                "invoice %1 is cancelled: it owes nothing and its payments were settled when it "
                "was cancelled, so there is nothing left to credit")
                .arg(invoice.number)});
        return;
    }
    const auto totals = note.totals();
    const qint64 left = std::max<qint64>(0, invoice.grandTotal - invoice.credited);
    if (totals && totals->grandTotal > left)
        problems.append({QStringLiteral("grandTotal"),
            left == 0 ? QCoreApplication::translate(
                "Ledger", "invoice %1 is credited in full already: there is nothing left to credit")
                            .arg(invoice.number)
                      : QCoreApplication::translate("Ledger",
                          "the credit note's total %1 is more than the %2 of invoice %3 not "
                          "credited yet")
                            .arg(money(totals->grandTotal, invoice.currency),
                                money(left, invoice.currency), invoice.number)});
}

/**
 * Refuses, before anything is written, a note whose part beyond what its invoice owed would take
 * the customer's credit past what can be summed.
 */
void checkCreditRoom(PreparedQueries &queries, const CreditNote &note,
    const std::optional<InvoiceHeader> &invoice, Problems &problems)
{
    const auto totals = note.totals();
    if (note.customerId == 0 || !totals)
        return;
    const qint64 toCredit = totals->grandTotal - appliedPart(note, totals->grandTotal, invoice);
    Customer customer;
    customer.id = note.customerId;
    customer.displayName = note.customerName;
    auto room
        = ReceiptRepository(queries).creditRoomProblem(customer, note.currency.code(), toCredit);
    if (!room || !room->isEmpty())
        problems.append({QStringLiteral("grandTotal"), room ? *room : room.error()});
}

} // namespace

Problems Ledger::checkCreditNote(CreditNote &note)
{
    Problems problems = note.validate();
    CustomerRepository customers(mQueries);
    std::optional<InvoiceHeader> invoice;
    if (note.invoiceId != 0 || !note.invoiceNumber.isEmpty()) {
        invoice = checkCreditedInvoice(mInvoices, customers, note, problems);
        if (!invoice)
            return problems;
        checkCreditable(note, *invoice, problems);
        checkRecordedApplied(note, invoice, problems);
    } else {
        checkRecordedApplied(note, std::nullopt, problems);
        auto customer = customers.byName(note.customerName);
        if (customer && customer->has_value()) {
            note.customerId = (*customer)->id;
            note.customerName = (*customer)->displayName;
        } else {
            problems.append({QStringLiteral("customer"),
                customer
                    ? QCoreApplication::translate("Receipt", "there is no customer named \"%1\"")
                          .arg(note.customerName.trimmed())
                    : customer.error()});
        }
        if (!note.currency.isValid())
            problems.append({QStringLiteral("currency"),
                QCoreApplication::translate("Ledger", "a credit note needs a currency")});
    }
    if (note.customerId != 0 && note.customerName.isEmpty()) {
        if (auto customer = customers.byId(note.customerId); customer && customer->has_value())
            note.customerName = (*customer)->displayName;
    } else if (note.customerId == 0 && note.invoiceId != 0) {
        problems.append({QStringLiteral("customer"),
            QCoreApplication::translate("Ledger", "invoice %1 has no customer")
                .arg(note.invoiceNumber)});
    }
    if (!note.number.isEmpty()) {
        auto taken = mCreditNotes.numberTaken(note.number);
        if (!taken || *taken)
            problems.append({QStringLiteral("number"),
                taken
                    ? QCoreApplication::translate("Ledger", "credit note number %1 is already used")
                          .arg(note.number)
                    : taken.error()});
    }
    if (problems.isEmpty())
        checkCreditRoom(mQueries, note, invoice, problems);
    if (problems.isEmpty() && invoice) {
        if (auto s = checkCreditNoteOnItsDate(*invoice, note); !s)
            problems.append({QStringLiteral("date"), s.error()});
    }
    return problems;
}

Result<QString> Ledger::nextCreditNoteNumber()
{
    auto last = mCreditNotes.lastNumber();
    if (!last)
        return Error {last.error()};
    QString number = last->has_value() ? InvoiceNumbering::next(**last) : firstCreditNoteNumber();
    // The last issued need not be the highest: the books imported in date order put a
    // back-dated note's number after later ones. The series goes on past those taken.
    for (;;) {
        auto taken = mCreditNotes.numberTaken(number);
        if (!taken)
            return Error {taken.error()};
        const QString following = InvoiceNumbering::next(number);
        if (!*taken || following == number)
            return number; // free, or a number the series cannot step past (checked on insert)
        number = following;
    }
}

Result<CreditNote> Ledger::issueCreditNote(CreditNote note, Problems *problems)
{
    if (const Problems found = checkCreditNote(note); !found.isEmpty())
        return refusal(found, problems);
    if (note.number.isEmpty()) {
        auto number = nextCreditNoteNumber();
        if (!number)
            return Error {number.error()};
        note.number = *number;
    }
    const InvoiceTotals totals = *note.totals();
    std::optional<InvoiceHeader> invoice;
    if (note.invoiceId != 0) {
        auto header = mInvoices.header(note.invoiceId);
        if (!header)
            return Error {header.error()};
        invoice = **header;
    }
    note.applied = appliedPart(note, totals.grandTotal, invoice);
    note.uuid = newUuid();

    WriteScope scope(*this);
    if (auto s = scope.begin(); !s)
        return Error {s.error()};
    if (auto s = mCreditNotes.insert(note, totals); !s)
        return Error {s.error()};
    if (invoice) {
        // A note that leaves part of the invoice owed took off what it applied, no more: the
        // rest of it is the customer's credit, counted once (a recorded `applied` below what was
        // owed, from an import). One that settles the invoice counts whole, so an invoice
        // credited in full is Refunded.
        const qint64 takenOff
            = note.applied < invoice->outstanding() ? note.applied : totals.grandTotal;
        const qint64 credited = invoice->credited + takenOff;
        const InvoiceStatus status = statusFor(
            invoice->lifecycle, invoice->grandTotal, invoice->paid, invoice->refunded, credited);
        if (auto s = mInvoices.setCreditedTotal(invoice->id, credited, status); !s)
            return Error {s.error()};
    }
    // No remote system takes credit notes through its API yet (sync/capabilities.h), so a
    // credit note stays local: its audit row, no outbox row (issue 13 item 3).
    if (auto s = mAudit.record(QStringLiteral("credit_note"), note.uuid, QStringLiteral("issued"),
            creditNoteText(note, totals));
        !s)
        return Error {s.error()};
    if (note.customerId != 0 && totals.grandTotal > note.applied) {
        if (auto s = ReceiptRepository(mQueries).checkCreditSummable(
                note.customerId, note.currency.code());
            !s)
            return Error {s.error()};
    }
    if (auto s = scope.commit(); !s)
        return Error {s.error()};
    return note;
}

Status Ledger::cancelInvoice(qint64 invoiceId, const CancelSettlement &settlement)
{
    auto header = mInvoices.header(invoiceId);
    if (!header)
        return Error {header.error()};
    if (!header->has_value())
        return Error {QCoreApplication::translate("Ledger", "the invoice no longer exists")};
    const InvoiceHeader invoice = **header;
    if (invoice.lifecycle == InvoiceLifecycle::Cancelled)
        return Error {QCoreApplication::translate("Ledger", "invoice %1 is already cancelled")
                          .arg(invoice.number)};
    const qint64 held = invoice.paid - invoice.refunded;
    if (held > 0 && settlement.money == CancelSettlement::Money::Undecided)
        return Error {
            QCoreApplication::translate("Ledger",
                "invoice %1 holds %2 %3 of payments: refund the money or keep it as the customer's "
                "credit")
                .arg(invoice.number, money(held, invoice.currency), invoice.currency.code())};
    Batch batch(*this);
    if (auto s = batch.begin(); !s)
        return s;
    if (held > 0) {
        if (auto s = settleMoney(invoice, settlement); !s)
            return s;
    }
    // A refund settles the invoice as Refunded (credited) or owed again: it is not cancelled.
    if (held <= 0 || settlement.money == CancelSettlement::Money::KeepAsCredit) {
        auto now = mInvoices.header(invoiceId);
        if (!now || !now->has_value())
            return Error {now ? QString() : now.error()};
        if (auto s = setLifecycle(**now, InvoiceLifecycle::Cancelled, QStringLiteral("cancelled"));
            !s)
            return s;
    }
    return batch.commit();
}

Payment Ledger::refundMethodFor(qint64 invoiceId)
{
    Payment refund;
    refund.method = PaymentMethod::Cash;
    if (auto paid = payments(invoiceId)) {
        for (const Payment &payment : *paid) {
            if (!payment.isVoided() && payment.amount > 0)
                copyMethod(refund, payment);
        }
    }
    return refund;
}

Status Ledger::settleMoney(const InvoiceHeader &invoice, const CancelSettlement &settlement)
{
    const QDate date = settlement.date.isValid() ? settlement.date : QDate::currentDate();
    if (settlement.money == CancelSettlement::Money::Refund) {
        Payment refund = settlement.refund;
        refund.invoiceId = invoice.id;
        refund.invoiceNumber = invoice.number;
        refund.amount = -(invoice.paid - invoice.refunded);
        refund.date = date;
        Problems problems; // the cancellation's refund: no field to name
        if (auto recorded = recordPayment(refund, {true, false}, &problems); !recorded)
            return Error {problems.isEmpty() ? recorded.error() : messagesOf(problems)};
        if (!settlement.credited)
            return {};
    }
    auto refreshed = mInvoices.header(invoice.id);
    if (!refreshed || !refreshed->has_value())
        return Error {refreshed ? QString() : refreshed.error()};
    auto note = creditWhatIsLeft(**refreshed, settlement);
    return note ? Status() : Status(Error {note.error()});
}

Result<CreditNote> Ledger::creditWhatIsLeft(
    const InvoiceHeader &invoice, const CancelSettlement &settlement)
{
    auto full = mInvoices.load(invoice.id);
    if (!full || !full->has_value())
        return Error {full ? QString() : full.error()};
    const QString reason = settlement.reason.trimmed().isEmpty()
        ? QCoreApplication::translate("Ledger", "Invoice %1 cancelled").arg(invoice.number)
        : settlement.reason.trimmed();
    auto lines = creditLinesForGross(invoice.grandTotal - invoice.credited, **full, reason);
    if (!lines)
        return Error {lines.error()};
    CreditNote note;
    note.invoiceId = invoice.id;
    note.invoiceNumber = invoice.number;
    note.date = settlement.date.isValid() ? settlement.date : QDate::currentDate();
    note.reason = reason;
    note.lines = *lines;
    // The note is the cancellation's: its problems are the cancellation's, with no field to name.
    Problems problems;
    auto issued = issueCreditNote(note, &problems);
    if (issued || problems.isEmpty())
        return issued;
    return Error {messagesOf(problems)};
}

Result<Payment> Ledger::recordRefund(
    Payment refund, RefundEffect effect, const QString &reason, Problems *problems)
{
    refund.amount = -std::abs(refund.amount);
    Batch batch(*this);
    if (auto s = batch.begin(); !s)
        return Error {s.error()};
    auto recorded = recordPayment(refund, {}, problems);
    if (!recorded || effect == RefundEffect::OwedAgain) {
        if (recorded) {
            if (auto s = batch.commit(); !s)
                return Error {s.error()};
        }
        return recorded;
    }
    auto invoice = mInvoices.load(recorded->invoiceId);
    if (!invoice || !invoice->has_value())
        return Error {invoice ? QString() : invoice.error()};
    const QString description = reason.trimmed().isEmpty()
        ? QCoreApplication::translate("Ledger", "Refund on invoice %1").arg(recorded->invoiceNumber)
        : reason.trimmed();
    auto lines = creditLinesForGross(-recorded->amount, **invoice, description);
    if (!lines)
        return Error {lines.error()};
    CreditNote note;
    note.invoiceId = recorded->invoiceId;
    note.invoiceNumber = recorded->invoiceNumber;
    note.date = recorded->date;
    note.reason = description;
    note.lines = *lines;
    if (auto issued = issueCreditNote(note, problems); !issued)
        return Error {issued.error()};
    if (auto s = batch.commit(); !s)
        return Error {s.error()};
    return recorded;
}

Status Ledger::reopenInvoice(qint64 invoiceId)
{
    auto header = mInvoices.header(invoiceId);
    if (!header)
        return Error {header.error()};
    if (!header->has_value())
        return Error {QCoreApplication::translate("Ledger", "the invoice no longer exists")};
    const InvoiceHeader invoice = **header;
    if (invoice.lifecycle != InvoiceLifecycle::Cancelled)
        return Error {QCoreApplication::translate("Ledger", "invoice %1 is not cancelled")
                          .arg(invoice.number)};
    if (invoice.credited > 0)
        return Error {QCoreApplication::translate(
            "Ledger", "invoice %1 was credited by a credit note and cannot be reopened")
                          .arg(invoice.number)};
    WriteScope scope(*this);
    if (auto s = scope.begin(); !s)
        return s;
    if (auto s = setLifecycle(invoice, InvoiceLifecycle::Issued, QStringLiteral("reopened")); !s)
        return s;
    return scope.commit();
}

Status Ledger::setLifecycle(
    const InvoiceHeader &invoice, InvoiceLifecycle lifecycle, const QString &action)
{
    InvoiceHeader changed = invoice;
    changed.lifecycle = lifecycle;
    if (auto s = mInvoices.setLifecycle(invoice.id, lifecycle, changed.status()); !s)
        return s;
    auto loaded = mInvoices.load(invoice.id);
    if (!loaded || !loaded->has_value())
        return Error {loaded ? QString() : loaded.error()};
    if (auto s = mAudit.record(
            QStringLiteral("invoice"), invoice.uuid, action, Json::invoiceText(**loaded));
        !s)
        return s;
    if (invoice.connectionId)
        return queueInvoiceChange(**loaded, *invoice.connectionId, false);
    return {};
}

} // namespace InvoiceDesk
