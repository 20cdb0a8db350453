// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconciler.h"
#include "ledger.h"
#include "receiptbook.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace InvoiceDesk {

namespace {

QString money(qint64 minor, const Currency &currency)
{
    return Money::fromMinorUnits(minor, currency).toString();
}

QByteArray lineJson(const BankLine &line, const QJsonObject &extra)
{
    QJsonObject object {{QStringLiteral("line"), line.id},
        {QStringLiteral("account"), line.accountName},
        {QStringLiteral("bookingDate"), line.bookingDate.toString(Qt::ISODate)},
        {QStringLiteral("amount"), money(line.amount, line.currency)},
        {QStringLiteral("bankReference"), line.bankReference}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/** The method's fields a payment recorded from the line takes: dates and references. */
Payment paymentFromLine(const BankLine &line, PaymentMethod method)
{
    Payment payment;
    payment.date = line.bookingDate;
    payment.amount = line.amount;
    payment.method = method;
    if (familyOf(method) == PaymentMethodFamily::Transfer) {
        payment.eft.transferDate = line.valueDate.isValid() ? line.valueDate : line.bookingDate;
        payment.eft.reference = !line.reference.isEmpty() ? line.reference : line.bankReference;
    } else {
        payment.reference = !line.reference.isEmpty() ? line.reference : line.bankReference;
    }
    payment.notes = QCoreApplication::translate("Reconciler", "From the bank statement: %1")
                        .arg(line.remittance)
                        .left(500);
    return payment;
}

} // namespace

Reconciler::Reconciler(Ledger &ledger, BankStore &store)
    : mLedger(ledger)
    , mStore(store)
{
}

Status Reconciler::begin(bool &own)
{
    own = !mLedger.inBatch();
    return own ? mLedger.beginBatch() : Status();
}

Status Reconciler::finish(bool own, Status status)
{
    if (!own)
        return status;
    if (!status) {
        mLedger.rollbackBatch();
        return status;
    }
    return mLedger.commitBatch();
}

Result<Matcher> Reconciler::matcher()
{
    auto payments = mStore.openPayments(BankStore::PaymentScope::AmountsOnStatements);
    if (!payments)
        return Error {payments.error()};
    auto invoices = mStore.openInvoices();
    if (!invoices)
        return Error {invoices.error()};
    return Matcher(std::move(payments).value(), std::move(invoices).value());
}

Result<QList<LineCandidates>> Reconciler::analyse(LineFilter filter)
{
    filter.unmatchedOnly = true;
    auto lines = mStore.lines(filter);
    if (!lines)
        return Error {lines.error()};
    auto index = matcher();
    if (!index)
        return Error {index.error()};
    QList<LineCandidates> result;
    result.reserve(lines->size());
    for (const BankLine &line : *lines)
        result.append(index->candidatesFor(line));
    if (auto s = noteReversals(result); !s)
        return Error {s.error()};
    return result;
}

Result<Reconciler::AutoResult> Reconciler::matchAutomatically(std::optional<qint64> accountId)
{
    LineFilter filter;
    filter.accountId = accountId;
    filter.unmatchedOnly = true;
    auto lines = mStore.lines(filter);
    if (!lines)
        return Error {lines.error()};
    auto index = matcher();
    if (!index)
        return Error {index.error()};
    auto pairs = index->automatic(*lines);
    if (auto reversals = mStore.reversalLines(); !reversals) {
        return Error {reversals.error()};
    } else if (!reversals->isEmpty()) {
        QList<std::pair<qsizetype, MatchCandidate>> kept;
        for (const auto &pair : pairs) {
            auto reversal = reversalOf(lines->at(pair.first), *reversals);
            if (!reversal)
                return Error {reversal.error()};
            if (!reversal->has_value())
                kept.append(pair);
        }
        pairs = kept;
    }
    bool own = false;
    if (auto s = begin(own); !s)
        return Error {s.error()};
    Status status;
    for (const auto &[at, candidate] : pairs) {
        const BankLine &line = lines->at(at);
        auto payment = mStore.openPayment(candidate.paymentId);
        status = !payment ? Status(Error {payment.error()})
            : !payment->has_value()
            ? Status(
                Error {QCoreApplication::translate("Reconciler", "the payment %1 is no longer open")
                           .arg(candidate.marker)})
            : link(line, **payment, QStringLiteral("auto"), candidate.score);
        if (!status)
            break;
    }
    if (auto s = finish(own, status); !s)
        return Error {s.error()};
    return AutoResult {int(pairs.size()), int(lines->size() - pairs.size())};
}

Result<BankLine> Reconciler::unmatchedLine(qint64 lineId)
{
    auto line = mStore.line(lineId);
    if (!line)
        return Error {line.error()};
    if (!line->has_value())
        return Error {
            QCoreApplication::translate("Reconciler", "there is no statement line %1").arg(lineId)};
    BankLine found = **line;
    if (found.isMatched())
        return Error {(found.match->kind == QLatin1String("receipt")
                ? QCoreApplication::translate(
                    "Reconciler", "line %1 is already matched to the receipt %2 (invoices %3)")
                : QCoreApplication::translate(
                    "Reconciler", "line %1 is already matched to the payment %2 (invoice %3)"))
                          .arg(lineId)
                          .arg(found.match->marker, found.match->invoiceNumber)};
    if (found.match) {
        // Its payment was voided since: the line is free again, and the audit says why.
        if (auto s
            = unmatch(lineId, QCoreApplication::translate("Reconciler", "the payment was voided"));
            !s)
            return Error {s.error()};
        found.match.reset();
    }
    return found;
}

Status Reconciler::acceptPayment(qint64 lineId, qint64 paymentId)
{
    bool own = false;
    if (auto s = begin(own); !s)
        return s;
    const auto run = [&]() -> Status {
        auto line = unmatchedLine(lineId);
        if (!line)
            return Error {line.error()};
        if (auto s = refuseIfReversed(*line); !s)
            return s;
        auto payment = mStore.openPayment(paymentId);
        if (!payment)
            return Error {payment.error()};
        if (!payment->has_value())
            return Error {QCoreApplication::translate("Reconciler",
                "that payment is voided, already reconciled or matched to another line")};
        const OpenPayment &p = **payment;
        if (p.currency != line->currency.code())
            return Error {
                QCoreApplication::translate("Reconciler", "the payment is in %1, the line in %2")
                    .arg(p.currency, line->currency.code())};
        if (p.amount != line->amount && (p.cardFee <= 0 || p.amount - p.cardFee != line->amount))
            return Error {QCoreApplication::translate("Reconciler",
                "the line's amount %1 is not the payment's %2 (nor the payment less its card fee)")
                              .arg(money(line->amount, line->currency),
                                  money(p.amount, line->currency))};
        if (p.accountId && *p.accountId != line->accountId)
            return Error {QCoreApplication::translate(
                "Reconciler", "the payment %1 went into another account")
                              .arg(p.marker)};
        return link(*line, p, QStringLiteral("accepted"), 0);
    };
    return finish(own, run());
}

Status Reconciler::link(
    const BankLine &line, const OpenPayment &payment, const QString &how, int score)
{
    const bool setAccount = !payment.accountId.has_value();
    if (auto s = mStore.insertMatch(line.id, payment.id, how, score, setAccount); !s)
        return s;
    // A payment is reconciled on the day the bank booked it (never before it was made).
    const QDate reconciled = std::max(line.bookingDate, payment.date);
    if (auto s = mStore.setReconciled(payment.id, reconciled); !s)
        return s;
    if (setAccount) {
        if (auto s = mStore.setPaymentAccount(payment.id, line.accountId); !s)
            return s;
    }
    return mStore.audit().record(QStringLiteral("payment"), payment.uuid,
        QStringLiteral("bank_matched"),
        lineJson(line,
            {{QStringLiteral("marker"), payment.marker}, {QStringLiteral("how"), how},
                {QStringLiteral("score"), score},
                {QStringLiteral("reconciledDate"), reconciled.toString(Qt::ISODate)}}));
}

Result<Payment> Reconciler::recordPayment(qint64 lineId, qint64 invoiceId, PaymentMethod method)
{
    bool own = false;
    if (auto s = begin(own); !s)
        return Error {s.error()};
    std::optional<Payment> recorded;
    const auto run = [&]() -> Status {
        auto line = unmatchedLine(lineId);
        if (!line)
            return Error {line.error()};
        if (auto s = refuseIfReversed(*line); !s)
            return s;
        if (line->amount <= 0)
            return Error {QCoreApplication::translate(
                "Reconciler", "line %1 takes money out; only money in is a payment for an invoice")
                              .arg(lineId)};
        auto invoice = mLedger.invoices().header(invoiceId);
        if (!invoice || !invoice->has_value())
            return Error {invoice
                    ? QCoreApplication::translate("Reconciler", "the invoice no longer exists")
                    : invoice.error()};
        if (!((*invoice)->currency == line->currency))
            return Error {
                QCoreApplication::translate("Reconciler", "invoice %1 is in %2, the line in %3")
                    .arg((*invoice)->number, (*invoice)->currency.code(), line->currency.code())};
        if (auto s = refuseIfRecordedAlready(*line, {invoiceId}); !s)
            return s;
        Payment payment = paymentFromLine(*line, method);
        payment.invoiceId = invoiceId;
        payment.invoiceNumber = (*invoice)->number;
        payment.reconciledDate = line->bookingDate;
        auto saved = mLedger.recordPayment(payment);
        if (!saved)
            return Error {saved.error()};
        recorded = *saved;
        // Recorded already reconciled, so it is not "open": link it as it is.
        OpenPayment p {saved->id, saved->uuid, saved->marker, invoiceId, saved->invoiceNumber,
            line->currency.code(), {}, saved->date, saved->amount, methodKey(method), {}, {}, {},
            {}, 0, std::nullopt};
        return link(*line, p, QStringLiteral("recorded"), 0);
    };
    if (auto s = finish(own, run()); !s)
        return Error {s.error()};
    return *recorded;
}

Result<Receipt> Reconciler::recordReceipt(
    qint64 lineId, const QList<qint64> &invoiceIds, PaymentMethod method)
{
    bool own = false;
    if (auto s = begin(own); !s)
        return Error {s.error()};
    std::optional<Receipt> recorded;
    const auto run = [&]() -> Status {
        auto line = unmatchedLine(lineId);
        if (!line)
            return Error {line.error()};
        if (auto s = refuseIfReversed(*line); !s)
            return s;
        if (auto s = refuseIfRecordedAlready(*line, invoiceIds); !s)
            return s;
        auto built = receiptRequest(*line, invoiceIds);
        if (!built)
            return Error {built.error()};
        ReceiptBook::Request request = *built;
        request.method = paymentFromLine(*line, method);
        ReceiptBook book(mLedger);
        auto outcome = book.receive(request);
        if (!outcome)
            return Error {outcome.error()};
        recorded = outcome->receipt;
        // Recorded already reconciled, into the line's account, as the line's receipt.
        for (const Payment &payment : outcome->payments) {
            if (auto s = mStore.setReconciled(payment.id, line->bookingDate); !s)
                return s;
            if (auto s = mStore.setPaymentAccount(payment.id, line->accountId); !s)
                return s;
        }
        if (auto s = mStore.insertReceiptMatch(lineId, recorded->id, QStringLiteral("recorded"));
            !s)
            return s;
        return mStore.audit().record(QStringLiteral("receipt"), recorded->uuid,
            QStringLiteral("bank_matched"),
            lineJson(*line,
                {{QStringLiteral("receipt"), recorded->key},
                    {QStringLiteral("how"), QStringLiteral("recorded")},
                    {QStringLiteral("reconciledDate"), line->bookingDate.toString(Qt::ISODate)}}));
    };
    if (auto s = finish(own, run()); !s)
        return Error {s.error()};
    return *recorded;
}

Result<ReceiptBook::Request> Reconciler::receiptRequest(
    const BankLine &line, const QList<qint64> &invoiceIds)
{
    if (line.amount <= 0)
        return Error {QCoreApplication::translate(
            "Reconciler", "line %1 takes money out; only money in is a payment for an invoice")
                          .arg(line.id)};
    if (invoiceIds.isEmpty())
        return Error {
            QCoreApplication::translate("Reconciler", "a receipt needs at least one invoice")};
    ReceiptBook::Request request;
    request.currency = line.currency;
    request.date = line.bookingDate;
    request.amount = line.amount;
    qint64 customerId = 0;
    qint64 owed = 0;
    for (const qint64 id : invoiceIds) {
        auto invoice = mStore.openInvoice(id);
        if (!invoice)
            return Error {invoice.error()};
        if (!invoice->has_value())
            return Error {QCoreApplication::translate(
                "Reconciler", "an invoice of the receipt is no longer open")};
        const OpenInvoice &open = **invoice;
        if (open.currency != line.currency.code())
            return Error {
                QCoreApplication::translate("Reconciler", "invoice %1 is in %2, the line in %3")
                    .arg(open.number, open.currency, line.currency.code())};
        if (customerId != 0 && open.customerId != customerId)
            return Error {QCoreApplication::translate(
                "Reconciler", "invoice %1 is %2's, not %3's: a receipt is one customer's money")
                              .arg(open.number, open.customer, request.customer)};
        customerId = open.customerId;
        request.customer = open.customer;
        request.allocations.append({open.number, open.outstanding});
        owed += open.outstanding;
    }
    if (owed != line.amount)
        return Error {QCoreApplication::translate(
            "Reconciler", "the invoices owe %1 together, the line is %2")
                          .arg(money(owed, line.currency), money(line.amount, line.currency))};
    return request;
}

Status Reconciler::unmatch(qint64 lineId, const QString &reason)
{
    auto line = mStore.line(lineId);
    if (!line)
        return Error {line.error()};
    if (!line->has_value() || !(*line)->match)
        return Error {
            QCoreApplication::translate("Reconciler", "line %1 is not matched").arg(lineId)};
    const BankLine found = **line;
    if (found.match->kind == QLatin1String("receipt"))
        return unmatchReceipt(found, reason);
    auto uuid = mStore.paymentUuid(found.match->paymentId);
    if (!uuid)
        return Error {uuid.error()};
    bool own = false;
    if (auto s = begin(own); !s)
        return s;
    const auto run = [&]() -> Status {
        auto setAccount = mStore.matchSetAccount(lineId);
        if (!setAccount)
            return Error {setAccount.error()};
        if (auto s = mStore.deleteMatch(lineId); !s)
            return s;
        if (auto s = mStore.setReconciled(found.match->paymentId, QDate()); !s)
            return s;
        if (*setAccount) {
            if (auto s = mStore.clearPaymentAccount(found.match->paymentId); !s)
                return s;
        }
        return mStore.audit().record(QStringLiteral("payment"), uuid->value_or(QString()),
            QStringLiteral("bank_unmatched"),
            lineJson(found,
                {{QStringLiteral("marker"), found.match->marker},
                    {QStringLiteral("reason"), reason.trimmed()}}));
    };
    return finish(own, run());
}

Status Reconciler::unmatchReceipt(const BankLine &line, const QString &reason)
{
    auto uuid = mStore.receiptUuid(line.match->receiptId);
    if (!uuid)
        return Error {uuid.error()};
    auto payments = mStore.receiptPayments(line.match->receiptId);
    if (!payments)
        return Error {payments.error()};
    bool own = false;
    if (auto s = begin(own); !s)
        return s;
    const auto run = [&]() -> Status {
        if (auto s = mStore.deleteMatch(line.id); !s)
            return s;
        for (const qint64 paymentId : *payments) {
            if (auto s = mStore.setReconciled(paymentId, QDate()); !s)
                return s;
            if (auto s = mStore.clearPaymentAccount(paymentId); !s)
                return s;
        }
        return mStore.audit().record(QStringLiteral("receipt"), uuid->value_or(QString()),
            QStringLiteral("bank_unmatched"),
            lineJson(line,
                {{QStringLiteral("receipt"), line.match->marker},
                    {QStringLiteral("reason"), reason.trimmed()}}));
    };
    return finish(own, run());
}

Status Reconciler::assignAccount(qint64 paymentId, qint64 accountId)
{
    auto uuid = mStore.paymentUuid(paymentId);
    if (!uuid || !uuid->has_value())
        return Error {uuid
                ? QCoreApplication::translate("Reconciler", "the payment no longer exists")
                : uuid.error()};
    auto account = mStore.account(accountId);
    if (!account || !account->has_value())
        return Error {account
                ? QCoreApplication::translate("Reconciler", "the bank account no longer exists")
                : account.error()};
    auto current = mStore.paymentAccount(paymentId);
    if (!current)
        return Error {current.error()};
    if (current->has_value() && **current != accountId) {
        // A matched payment's account is its line's.
        LineFilter filter;
        filter.paymentId = paymentId;
        auto lines = mStore.lines(filter);
        if (!lines)
            return Error {lines.error()};
        if (!lines->isEmpty())
            return Error {QCoreApplication::translate(
                "Reconciler", "the payment is matched to a line of the account \"%1\"")
                              .arg(lines->first().accountName)};
    }
    bool own = false;
    if (auto s = begin(own); !s)
        return s;
    const auto run = [&]() -> Status {
        if (auto s = mStore.setPaymentAccount(paymentId, accountId); !s)
            return s;
        return mStore.audit().record(QStringLiteral("payment"), **uuid,
            QStringLiteral("bank_account_assigned"),
            QJsonDocument(QJsonObject {{QStringLiteral("account"), (*account)->name}})
                .toJson(QJsonDocument::Compact));
    };
    return finish(own, run());
}

} // namespace InvoiceDesk
