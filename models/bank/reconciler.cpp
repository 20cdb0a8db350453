// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconciler.h"
#include "ledger.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace InvoiceDesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Reconciler", text);
}

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
    const auto pairs = index->automatic(*lines);
    bool own = false;
    if (auto s = begin(own); !s)
        return Error {s.error()};
    Status status;
    for (const auto &[line, candidate] : pairs) {
        auto payment = mStore.openPayment(candidate.paymentId);
        status = !payment ? Status(Error {payment.error()})
            : !payment->has_value()
            ? Status(Error {tr("the payment %1 is no longer open").arg(candidate.marker)})
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
        return Error {tr("there is no statement line %1").arg(lineId)};
    BankLine found = **line;
    if (found.isMatched())
        return Error {tr("line %1 is already matched to the payment %2 (invoice %3)")
                          .arg(lineId)
                          .arg(found.match->marker, found.match->invoiceNumber)};
    if (found.match) {
        // Its payment was voided since: the line is free again, and the audit says why.
        if (auto s = unmatch(lineId, tr("the payment was voided")); !s)
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
        auto payment = mStore.openPayment(paymentId);
        if (!payment)
            return Error {payment.error()};
        if (!payment->has_value())
            return Error {
                tr("that payment is voided, already reconciled or matched to another line")};
        const OpenPayment &p = **payment;
        if (p.currency != line->currency.code())
            return Error {
                tr("the payment is in %1, the line in %2").arg(p.currency, line->currency.code())};
        if (p.amount != line->amount && (p.cardFee <= 0 || p.amount - p.cardFee != line->amount))
            return Error {tr(
                "the line's amount %1 is not the payment's %2 (nor the payment less its card fee)")
                              .arg(money(line->amount, line->currency),
                                  money(p.amount, line->currency))};
        if (p.accountId && *p.accountId != line->accountId)
            return Error {tr("the payment %1 went into another account").arg(p.marker)};
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
        if (line->amount <= 0)
            return Error {tr("line %1 takes money out; only money in is a payment for an invoice")
                              .arg(lineId)};
        auto invoice = mLedger.invoices().header(invoiceId);
        if (!invoice || !invoice->has_value())
            return Error {invoice ? tr("the invoice no longer exists") : invoice.error()};
        if (!((*invoice)->currency == line->currency))
            return Error {
                tr("invoice %1 is in %2, the line in %3")
                    .arg((*invoice)->number, (*invoice)->currency.code(), line->currency.code())};
        Payment payment;
        payment.invoiceId = invoiceId;
        payment.invoiceNumber = (*invoice)->number;
        payment.date = line->bookingDate;
        payment.amount = line->amount;
        payment.method = method;
        if (familyOf(method) == PaymentMethodFamily::Transfer) {
            payment.eft.transferDate
                = line->valueDate.isValid() ? line->valueDate : line->bookingDate;
            payment.eft.reference
                = !line->reference.isEmpty() ? line->reference : line->bankReference;
        } else {
            payment.reference = !line->reference.isEmpty() ? line->reference : line->bankReference;
        }
        payment.notes = tr("From the bank statement: %1").arg(line->remittance).left(500);
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

Status Reconciler::unmatch(qint64 lineId, const QString &reason)
{
    auto line = mStore.line(lineId);
    if (!line)
        return Error {line.error()};
    if (!line->has_value() || !(*line)->match)
        return Error {tr("line %1 is not matched").arg(lineId)};
    const BankLine found = **line;
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

Status Reconciler::assignAccount(qint64 paymentId, qint64 accountId)
{
    auto uuid = mStore.paymentUuid(paymentId);
    if (!uuid || !uuid->has_value())
        return Error {uuid ? tr("the payment no longer exists") : uuid.error()};
    auto account = mStore.account(accountId);
    if (!account || !account->has_value())
        return Error {account ? tr("the bank account no longer exists") : account.error()};
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
            return Error {tr("the payment is matched to a line of the account \"%1\"")
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
