// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptbook.h"
#include "ledger.h"
#include "recorduuid.h"

#include <QCoreApplication>

#include <limits>

namespace InvoiceDesk {

namespace {

/** Holds the ledger's batch for one receipt, unless an import already holds one. */
class BatchScope
{
public:
    explicit BatchScope(Ledger &ledger)
        : mLedger(ledger)
        , mOwn(!ledger.inBatch())
    {
    }
    ~BatchScope()
    {
        if (mOwn && mLedger.inBatch())
            mLedger.rollbackBatch();
    }
    BatchScope(const BatchScope &) = delete;
    BatchScope &operator=(const BatchScope &) = delete;
    Status begin() { return mOwn ? mLedger.beginBatch() : Status(); }
    Status commit() { return mOwn ? mLedger.commitBatch() : Status(); }

private:
    Ledger &mLedger;
    bool mOwn;
};

QString money(qint64 minor, const Currency &currency)
{
    return Money::fromMinorUnits(minor, currency).toString();
}

} // namespace

ReceiptBook::ReceiptBook(Ledger &ledger)
    : mLedger(ledger)
    , mQueries(ledger.mDatabase.connection())
    , mCustomers(mQueries)
    , mReceipts(mQueries)
{
}

Status ReceiptBook::saveCustomer(Customer &customer)
{
    BatchScope batch(mLedger);
    if (auto s = batch.begin(); !s)
        return s;
    if (auto s = customer.id == 0 ? mCustomers.insert(customer) : mCustomers.update(customer); !s)
        return s;
    return batch.commit();
}

Result<Customer> ReceiptBook::customerNamed(const QString &name)
{
    auto found = mCustomers.byName(name);
    if (!found)
        return Error {found.error()};
    if (!found->has_value())
        return Error {QCoreApplication::translate("Receipt", "there is no customer named \"%1\"")
                          .arg(name.trimmed())};
    return **found;
}

Result<Currency> ReceiptBook::currencyFor(const QString &customer, const QString &code)
{
    if (!code.isEmpty()) {
        if (auto currency = Currency::fromCode(code.trimmed().toUpper()))
            return *currency;
        return Error {
            QCoreApplication::translate("Receipt", "\"%1\" is not a currency code").arg(code)};
    }
    auto found = customerNamed(customer);
    if (!found)
        return Error {found.error()};
    if (auto currency = Currency::fromCode(found->defaultCurrency))
        return *currency;
    return Error {QCoreApplication::translate(
        "Receipt", "customer \"%1\" has no default currency; name the currency")
                      .arg(found->displayName)};
}

Result<ReceiptBook::Outcome> ReceiptBook::receive(const Request &request)
{
    auto customer = customerNamed(request.customer);
    if (!customer)
        return Error {customer.error()};
    if (!request.date.isValid())
        return Error {QCoreApplication::translate("Receipt", "a receipt needs a date")};
    if (!request.key.isEmpty()) {
        auto taken = mReceipts.byKey(request.key);
        if (!taken)
            return Error {taken.error()};
        if (taken->has_value())
            return Error {QCoreApplication::translate("Receipt", "receipt %1 is already recorded")
                              .arg(request.key)};
    }
    auto open = mCustomers.openInvoices(customer->id, request.currency.code(), request.history);
    if (!open)
        return Error {open.error()};
    auto plan = planAllocations(
        request.amount, *open, request.allocations, request.oldestFirst, request.currency);
    if (!plan)
        return Error {plan.error()};
    auto room = mReceipts.creditRoomProblem(
        *customer, request.currency.code(), request.amount - allocatedTotal(*plan));
    if (!room)
        return Error {room.error()};
    if (!room->isEmpty())
        return Error {
            QCoreApplication::translate("Database", "%1; nothing was recorded").arg(*room)};
    return write(request, *customer, *plan);
}

Result<ReceiptBook::Outcome> ReceiptBook::receiveAndApply(
    const Request &request, const QList<Allocation> &fromCredit)
{
    if (request.amount == 0 && fromCredit.isEmpty())
        return Error {QCoreApplication::translate(
            "Receipt", "enter the amount received or the credit to apply")};
    BatchScope batch(mLedger);
    if (auto s = batch.begin(); !s)
        return Error {s.error()};
    Outcome outcome;
    if (request.amount != 0) {
        auto received = receive(request);
        if (!received)
            return Error {received.error()};
        outcome = *received;
    }
    for (const Allocation &allocation : fromCredit) {
        auto applied = applyCredit(request.customer, allocation.invoiceNumber, allocation.amount);
        if (!applied)
            return Error {QCoreApplication::translate("Receipt", "credit on %1: %2")
                              .arg(allocation.invoiceNumber, applied.error())};
        outcome.payments.append(*applied);
    }
    if (auto s = batch.commit(); !s)
        return Error {s.error()};
    return outcome;
}

Result<ReceiptBook::Outcome> ReceiptBook::payInvoice(
    const QString &customer, const Payment &payment, qint64 fromCredit)
{
    auto invoice = mLedger.invoices().headerByNumber(payment.invoiceNumber);
    if (!invoice)
        return Error {invoice.error()};
    if (!invoice->has_value())
        return Error {QCoreApplication::translate("Ledger", "there is no invoice numbered \"%1\"")
                          .arg(payment.invoiceNumber)};
    const qint64 owed = std::max<qint64>((*invoice)->outstanding() - fromCredit, 0);
    BatchScope batch(mLedger);
    if (auto s = batch.begin(); !s)
        return Error {s.error()};
    Outcome outcome;
    if (payment.amount > 0) {
        Request request;
        request.customer = customer;
        request.currency = (*invoice)->currency;
        request.date = payment.date;
        request.amount = payment.amount;
        request.method = payment;
        if (const qint64 allocated = std::min(payment.amount, owed); allocated > 0)
            request.allocations = {{payment.invoiceNumber, allocated}};
        request.extras = {payment};
        auto received = receive(request);
        if (!received)
            return Error {received.error()};
        outcome = *received;
    }
    if (fromCredit > 0) {
        Payment credit;
        credit.invoiceNumber = payment.invoiceNumber;
        credit.date = payment.date;
        credit.amount = fromCredit;
        credit.notes = QCoreApplication::translate("Receipt", "Applied from the customer's credit");
        auto applied = applyCredit(customer, credit);
        if (!applied)
            return Error {applied.error()};
        outcome.payments.append(*applied);
    }
    if (auto s = batch.commit(); !s)
        return Error {s.error()};
    return outcome;
}

Result<ReceiptBook::Outcome> ReceiptBook::write(
    const Request &request, const Customer &customer, const QList<Allocation> &allocations)
{
    BatchScope batch(mLedger);
    if (auto s = batch.begin(); !s)
        return Error {s.error()};
    Outcome outcome;
    Receipt &receipt = outcome.receipt;
    receipt.uuid = RecordUuid::create();
    receipt.key = request.key;
    if (receipt.key.isEmpty()) {
        auto key = mReceipts.nextKey();
        if (!key)
            return Error {key.error()};
        receipt.key = *key;
    }
    receipt.customerId = customer.id;
    receipt.customerName = customer.displayName;
    receipt.currency = request.currency;
    receipt.date = request.date;
    receipt.amount = request.amount;
    copyMethod(receipt.method, request.method);
    if (auto s = mReceipts.insert(receipt); !s)
        return Error {s.error()};
    for (qsizetype i = 0; i < allocations.size(); ++i) {
        Payment payment = request.extras.value(i);
        copyMethod(payment, request.method);
        payment.invoiceId = 0;
        payment.invoiceNumber = allocations.at(i).invoiceNumber;
        payment.date = request.date;
        payment.amount = allocations.at(i).amount;
        auto recorded = mLedger.recordPayment(payment, {true, request.history});
        if (!recorded)
            return Error {QCoreApplication::translate("Receipt", "invoice %1: %2")
                              .arg(payment.invoiceNumber, recorded.error())};
        if (auto s = mReceipts.linkAllocation(
                recorded->id, receipt.id, customer.id, request.currency.code());
            !s)
            return Error {s.error()};
        outcome.payments.append(*recorded);
    }
    if (auto s = mReceipts.checkCreditSummable(customer.id, request.currency.code()); !s)
        return Error {s.error()};
    if (auto s = batch.commit(); !s)
        return Error {s.error()};
    outcome.credit = request.amount - allocatedTotal(allocations);
    return outcome;
}

Result<Receipt> ReceiptBook::voidableReceipt(qint64 receiptId)
{
    auto receipt = mReceipts.byId(receiptId);
    if (!receipt)
        return Error {receipt.error()};
    if (!receipt->has_value())
        return Error {QCoreApplication::translate("Receipt", "the receipt no longer exists")};
    const Receipt r = **receipt;
    if (r.isVoided())
        return Error {
            QCoreApplication::translate("Receipt", "receipt %1 is already voided").arg(r.key)};
    auto standing = standingPayments(receiptId);
    if (!standing)
        return Error {standing.error()};
    for (const Payment &payment : *standing) {
        if (auto s = mLedger.canVoidPayment(payment.id); !s)
            return Error {QCoreApplication::translate("Receipt",
                "receipt %1 cannot be voided, as its payment of %2 %3 on invoice %4 cannot: %5")
                              .arg(r.key, money(payment.amount, r.currency), r.currency.code(),
                                  payment.invoiceNumber, s.error())};
    }
    // So may credit a credit note left on the money the receipt paid (a cancelled invoice's):
    // it goes with the payments.
    auto move = mLedger.creditMoveOfVoiding(*standing);
    if (!move)
        return Error {move.error()};
    auto refusal = creditRefusal(r, *standing, *move);
    if (!refusal)
        return Error {refusal.error()};
    if (!refusal->isEmpty())
        return Error {*refusal};
    return r;
}

Result<QString> ReceiptBook::creditRefusal(
    const Receipt &r, const QList<Payment> &standing, const Ledger::CreditMove &move)
{
    // The receipt's money left as credit may already have paid other invoices: voiding it
    // would leave those payments backed by nothing and the customer's credit below zero, now or
    // on the date they were applied (`import books` replays them there).
    const QString currency = r.currency.code();
    auto credit = mReceipts.creditOf(r.customerId, currency);
    if (!credit)
        return Error {credit.error()};
    QList<DatedAmount> change {{r.date, DayRank::Money, -r.amount}};
    qint64 returned = 0; // what the voided allocations give back to the credit
    for (const Payment &payment : standing) {
        change.append({r.date, DayRank::Money, payment.amount});
        returned += payment.amount;
    }
    qint64 after = 0;
    if (qSubOverflow(*credit - r.amount + returned, move.taken, &after))
        after = std::numeric_limits<qint64>::min() + 1;
    std::optional<Shortfall> shortfall;
    if (after < 0) {
        shortfall = Shortfall {QDate(), -after};
    } else {
        auto dated = mReceipts.creditShortfall(
            r.customerId, currency, change + Ledger::creditOnDatesOf(move, r.date));
        if (!dated)
            return Error {dated.error()};
        if (!*dated)
            return QString();
        shortfall = *dated;
    }
    auto invoices = mReceipts.invoicesPaidFromCredit(r.customerId, currency);
    if (!invoices)
        return Error {invoices.error()};
    return creditRefusalText(r, move, *shortfall, invoices->join(QStringLiteral(", ")));
}

QString ReceiptBook::creditRefusalText(const Receipt &r, const Ledger::CreditMove &move,
    const Shortfall &shortfall, const QString &paid)
{
    const QString currency = r.currency.code();
    const QString used = money(shortfall.below, r.currency);
    if (shortfall.date.isValid())
        return QCoreApplication::translate("Receipt",
            "receipt %1 cannot be voided: without it %2's credit would be %3 %4 short by %5 "
            "(credit applied by then, to invoice(s) %6, used it before later credit arrived); "
            "void those payments first, then the receipt")
            .arg(r.key, r.customerName, used, currency, shortfall.date.toString(Qt::ISODate), paid);
    if (move.taken > 0) {
        QStringList notes;
        for (const CreditNote &note : move.notes)
            notes.append(note.number);
        notes.removeDuplicates();
        return QCoreApplication::translate("Receipt",
            "receipt %1 cannot be voided: %2 %3 of %4's credit from it, or from credit note "
            "%5 on the money it paid, has paid invoice(s) %6; void those payments first, "
            "then the receipt")
            .arg(r.key, used, currency, r.customerName, notes.join(QStringLiteral(", ")), paid);
    }
    return QCoreApplication::translate("Receipt",
        "receipt %1 cannot be voided: %2 %3 of %4's credit from it has paid invoice(s) %5; "
        "void those payments first, then the receipt")
        .arg(r.key, used, currency, r.customerName, paid);
}

Result<QList<Payment>> ReceiptBook::standingPayments(qint64 receiptId)
{
    auto allocations = mReceipts.allocationsOf(receiptId);
    if (!allocations)
        return Error {allocations.error()};
    QList<Payment> standing;
    for (const qint64 paymentId : *allocations) {
        auto payment = mLedger.paymentRepository().load(paymentId);
        if (!payment)
            return Error {payment.error()};
        if (payment->has_value() && !(*payment)->isVoided())
            standing.append(**payment);
    }
    return standing;
}

Status ReceiptBook::canVoidReceipt(qint64 receiptId)
{
    if (auto voidable = voidableReceipt(receiptId); !voidable)
        return Error {voidable.error()};
    return {};
}

Status ReceiptBook::voidReceipt(qint64 receiptId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error {QCoreApplication::translate("Receipt", "voiding a receipt needs a reason")};
    if (auto voidable = voidableReceipt(receiptId); !voidable)
        return Error {voidable.error()};
    auto standing = standingPayments(receiptId);
    if (!standing)
        return Error {standing.error()};
    BatchScope batch(mLedger);
    if (auto s = batch.begin(); !s)
        return s;
    // The receipt first: each voided payment's money would otherwise go back to the credit
    // while the receipt still counted, for a moment more credit than there is (maybe more than
    // can be summed, and refused).
    if (auto s = mReceipts.markVoided(receiptId, reason.trimmed(), QDateTime::currentDateTimeUtc());
        !s)
        return s;
    for (const Payment &payment : *standing) {
        if (auto s = mLedger.voidPayment(payment.id, reason); !s)
            return s;
    }
    return batch.commit();
}

Status ReceiptBook::checkCreditOnItsDate(
    const Customer &customer, const Currency &currency, const Payment &payment)
{
    // Credit is applied from what had arrived by the payment's date: `import books` replays it
    // there.
    auto shortfall = mReceipts.creditShortfall(
        customer.id, currency.code(), {{payment.date, DayRank::FromCredit, -payment.amount}});
    if (!shortfall)
        return Error {shortfall.error()};
    if (!*shortfall)
        return {};
    return Error {
        QCoreApplication::translate("Receipt",
            "applying %3 %4 of %1's credit on %2 would leave it %6 %4 short by %5: credit is "
            "applied only from receipts and credit notes dated on or before the day it is "
            "applied; date it later, or record the receipt first")
            .arg(customer.displayName, payment.date.toString(Qt::ISODate),
                money(payment.amount, currency), currency.code(),
                (*shortfall)->date.toString(Qt::ISODate), money((*shortfall)->below, currency))};
}

Result<Payment> ReceiptBook::applyCredit(
    const QString &customerName, const QString &invoiceNumber, qint64 amount, const QDate &date)
{
    Payment payment;
    payment.invoiceNumber = invoiceNumber;
    payment.date = date.isValid() ? date : QDate::currentDate();
    payment.amount = amount;
    payment.notes = QCoreApplication::translate("Receipt", "Applied from the customer's credit");
    return applyCredit(customerName, payment);
}

Result<Payment> ReceiptBook::applyCredit(const QString &customerName, Payment payment, bool history)
{
    auto customer = customerNamed(customerName);
    if (!customer)
        return Error {customer.error()};
    const QString invoiceNumber = payment.invoiceNumber;
    auto invoice = mLedger.invoices().headerByNumber(invoiceNumber);
    if (!invoice)
        return Error {invoice.error()};
    if (!invoice->has_value())
        return Error {QCoreApplication::translate("Ledger", "there is no invoice numbered \"%1\"")
                          .arg(invoiceNumber)};
    const InvoiceHeader header = **invoice;
    auto owner = mCustomers.customerOfInvoice(header.id);
    if (!owner)
        return Error {owner.error()};
    if (owner->value_or(0) != customer->id)
        return Error {QCoreApplication::translate("Receipt", "invoice %1 is not %2's")
                          .arg(invoiceNumber, customer->displayName)};
    auto available = mReceipts.creditOf(customer->id, header.currency.code());
    if (!available)
        return Error {available.error()};
    if (payment.amount <= 0)
        return Error {QCoreApplication::translate(
            "Receipt", "the credit to apply must be more than zero, not %1")
                          .arg(money(payment.amount, header.currency))};
    if (payment.amount > *available)
        return Error {
            QCoreApplication::translate("Receipt", "%1 has %2 %3 of credit; %4 cannot be applied")
                .arg(customer->displayName, money(*available, header.currency),
                    header.currency.code(), money(payment.amount, header.currency))};
    if (auto s = checkCreditOnItsDate(*customer, header.currency, payment); !s)
        return Error {s.error()};
    BatchScope batch(mLedger);
    if (auto s = batch.begin(); !s)
        return Error {s.error()};
    payment.invoiceId = header.id;
    payment.invoiceNumber = header.number;
    payment.method = PaymentMethod::AccountsReceivable;
    auto recorded = mLedger.recordPayment(payment, {true, history, true});
    if (!recorded)
        return Error {recorded.error()};
    if (auto s = mReceipts.linkAllocation(recorded->id, 0, customer->id, header.currency.code());
        !s)
        return Error {s.error()};
    if (auto s = batch.commit(); !s)
        return Error {s.error()};
    return *recorded;
}

} // namespace InvoiceDesk
