// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger.h"
#include "crashpoint.h"
#include "jsonformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace InvoiceDesk {

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

/** Begins a transaction for one change, unless a batch already holds one. */
class Ledger::WriteScope
{
public:
    explicit WriteScope(Ledger &ledger)
    {
        if (!ledger.inBatch())
            mTransaction = std::make_unique<Sql::Transaction>(ledger.mDatabase.connection());
    }
    Status begin() { return mTransaction ? mTransaction->begin() : Status(); }
    Status commit() { return mTransaction ? mTransaction->commit() : Status(); }

private:
    std::unique_ptr<Sql::Transaction> mTransaction;
};

Ledger::Ledger(Database &database)
    : mDatabase(database)
    , mQueries(database.connection())
    , mInvoices(mQueries)
    , mPayments(mQueries)
    , mConnections(mQueries)
    , mOutbox(mQueries)
    , mTaxCodes(mQueries)
    , mAudit(mQueries)
{
}

Status Ledger::beginBatch()
{
    Q_ASSERT(!mBatch);
    mBatch = std::make_unique<Sql::Transaction>(mDatabase.connection());
    if (auto s = mBatch->begin(); !s) {
        mBatch.reset();
        return s;
    }
    return {};
}

Status Ledger::commitBatch()
{
    Q_ASSERT(mBatch);
    auto s = mBatch->commit();
    mBatch.reset();
    return s;
}

void Ledger::rollbackBatch()
{
    if (mBatch)
        mBatch->rollback();
    mBatch.reset();
}

Result<std::optional<qint64>> Ledger::connectionIdFor(const QString &name)
{
    if (name.isEmpty())
        return std::optional<qint64>();
    auto found = mConnections.findByName(name);
    if (!found)
        return Error {found.error()};
    if (!found->has_value())
        return Error {
            QCoreApplication::translate("Ledger", "there is no connection named \"%1\"").arg(name)};
    return std::optional<qint64>((*found)->id);
}

Result<std::optional<Invoice>> Ledger::invoiceByNumber(const QString &number)
{
    auto header = mInvoices.headerByNumber(number);
    if (!header)
        return Error {header.error()};
    if (!header->has_value())
        return std::optional<Invoice>();
    return mInvoices.load((*header)->id);
}

Problems Ledger::checkInvoice(const Invoice &given)
{
    Invoice invoice = given;
    Problems problems = resolveTaxCodes(invoice.lines); // the lines as they would be saved
    problems += invoice.validate();
    if (auto connection = connectionIdFor(invoice.connectionName); !connection)
        problems.append({QStringLiteral("connection"), connection.error()});

    auto existing = mInvoices.headerByNumber(invoice.number);
    if (!existing) {
        problems.append({QStringLiteral("number"), existing.error()});
        return problems;
    }
    const bool isNew = invoice.id == 0;
    if (existing->has_value() && (isNew || (*existing)->id != invoice.id)) {
        problems.append({QStringLiteral("number"),
            QCoreApplication::translate("Ledger", "invoice number %1 is already used")
                .arg(invoice.number)});
        return problems;
    }
    if (isNew)
        return problems;

    auto stored = mInvoices.header(invoice.id);
    if (!stored || !stored->has_value()) {
        problems.append({QStringLiteral("number"),
            QCoreApplication::translate("Ledger", "the invoice no longer exists")});
        return problems;
    }
    const InvoiceHeader &before = **stored;
    if (before.lifecycle == InvoiceLifecycle::Cancelled
        && invoice.lifecycle != InvoiceLifecycle::Cancelled)
        problems.append({QStringLiteral("status"),
            QCoreApplication::translate("Ledger", "a cancelled invoice cannot be reopened")});
    if (before.paid > 0 && invoice.lifecycle == InvoiceLifecycle::Draft
        && before.lifecycle != InvoiceLifecycle::Draft)
        problems.append({QStringLiteral("status"),
            QCoreApplication::translate(
                "Ledger", "an invoice with payments cannot go back to draft")});
    if (before.paid > 0 && !(invoice.currency == before.currency))
        problems.append({QStringLiteral("currency"),
            QCoreApplication::translate(
                "Ledger", "the currency cannot change once payments are recorded")});
    if (const auto totals = invoice.totals();
        totals && totals->grandTotal < before.paid - before.refunded) {
        problems.append({QStringLiteral("grandTotal"),
            QCoreApplication::translate(
                "Ledger", "the new total %1 is less than the %2 already paid")
                .arg(Money::fromMinorUnits(totals->grandTotal, invoice.currency).toString(),
                    Money::fromMinorUnits(before.paid - before.refunded, invoice.currency)
                        .toString())});
    }
    if (before.connectionId) {
        auto current = mConnections.findById(*before.connectionId);
        if (current && current->has_value() && (*current)->name != invoice.connectionName) {
            problems.append({QStringLiteral("connection"),
                QCoreApplication::translate(
                    "Ledger", "the invoice is already synced with \"%1\" and cannot move")
                    .arg((*current)->name)});
        }
    }
    return problems;
}

namespace {

Error refusal(const Problems &found, Problems *out)
{
    if (out)
        *out = found;
    return Error {describe(found)};
}

} // namespace

Result<Invoice> Ledger::createInvoice(Invoice invoice, Problems *problems)
{
    invoice.id = 0;
    if (const Problems found = checkInvoice(invoice); !found.isEmpty())
        return refusal(found, problems);
    resolveTaxCodes(invoice.lines);
    const auto totals = invoice.totals();
    auto connectionId = connectionIdFor(invoice.connectionName);
    if (invoice.uuid.isEmpty())
        invoice.uuid = newUuid();
    invoice.version = 1;

    WriteScope scope(*this);
    if (auto s = scope.begin(); !s)
        return Error {s.error()};
    const InvoiceStatus status = statusFor(invoice.lifecycle, totals->grandTotal, 0, 0);
    if (auto s = mInvoices.insert(invoice, *totals, status, *connectionId); !s)
        return Error {s.error()};
    if (auto s = mAudit.record(QStringLiteral("invoice"), invoice.uuid, QStringLiteral("created"),
            Json::invoiceText(invoice));
        !s)
        return Error {s.error()};
    crashPoint("inside_invoice_save"); // the invoice row is written, its outbox row is not
    if (connectionId->has_value()) {
        if (auto s = queueInvoiceChange(invoice, **connectionId, true); !s)
            return Error {s.error()};
    }
    if (auto s = scope.commit(); !s)
        return Error {s.error()};
    return invoice;
}

Result<Invoice> Ledger::updateInvoice(Invoice invoice, Problems *problems)
{
    if (invoice.id == 0)
        return Error {QCoreApplication::translate("Ledger", "the invoice has not been saved yet")};
    if (const Problems found = checkInvoice(invoice); !found.isEmpty())
        return refusal(found, problems);
    resolveTaxCodes(invoice.lines);
    auto stored = mInvoices.header(invoice.id);
    if (!stored)
        return Error {stored.error()};
    const InvoiceHeader before = **stored;
    const auto totals = invoice.totals();
    auto connectionId = connectionIdFor(invoice.connectionName);
    invoice.uuid = before.uuid;

    WriteScope scope(*this);
    if (auto s = scope.begin(); !s)
        return Error {s.error()};
    const InvoiceStatus status
        = statusFor(invoice.lifecycle, totals->grandTotal, before.paid, before.refunded);
    if (auto s = mInvoices.update(invoice, *totals, status, *connectionId); !s)
        return Error {s.error()};
    invoice.version += 1;
    if (auto s = mAudit.record(QStringLiteral("invoice"), invoice.uuid, QStringLiteral("updated"),
            Json::invoiceText(invoice));
        !s)
        return Error {s.error()};
    if (connectionId->has_value()) {
        const bool newlyAssigned = !before.connectionId.has_value();
        if (auto s = queueInvoiceChange(invoice, **connectionId, newlyAssigned); !s)
            return Error {s.error()};
        if (newlyAssigned) {
            auto payments = mPayments.forInvoice(invoice.id);
            if (!payments)
                return Error {payments.error()};
            for (const Payment &payment : *payments) {
                if (!payment.isVoided()) {
                    if (auto s = queuePayment(payment, invoice.uuid, **connectionId); !s)
                        return Error {s.error()};
                }
            }
        }
    }
    if (auto s = scope.commit(); !s)
        return Error {s.error()};
    return invoice;
}

Status Ledger::queueInvoiceChange(const Invoice &invoice, qint64 connectionId, bool created)
{
    OutboxOp op;
    op.connectionId = connectionId;
    op.entityUuid = invoice.uuid;
    op.laneKey = invoice.uuid;
    op.payload = QJsonObject {{QStringLiteral("number"), invoice.number}};
    if (created) {
        op.kind = OpKind::CreateInvoice;
        return mOutbox.enqueue(op);
    }
    // Updates still queued fold into one request built at send time (DESIGN.md, Sync engine).
    auto unsent = mOutbox.unsentOp(invoice.uuid, {OpKind::CreateInvoice, OpKind::UpdateInvoice});
    if (!unsent)
        return Error {unsent.error()};
    if (unsent->has_value())
        return {};
    auto create = mOutbox.unackedCreate(invoice.uuid);
    if (!create)
        return Error {create.error()};
    op.kind = OpKind::UpdateInvoice;
    op.dependsOnOpId = create->value_or(QString());
    return mOutbox.enqueue(op);
}

Status Ledger::queuePayment(const Payment &payment, const QString &laneKey, qint64 connectionId)
{
    auto create = mOutbox.unackedCreate(laneKey);
    if (!create)
        return Error {create.error()};
    OutboxOp op;
    op.connectionId = connectionId;
    op.kind = OpKind::AddPayment;
    op.entityUuid = payment.uuid;
    op.laneKey = laneKey;
    op.dependsOnOpId = create->value_or(QString());
    op.marker = payment.marker;
    op.payload = QJsonObject {{QStringLiteral("invoiceNumber"), payment.invoiceNumber}};
    return mOutbox.enqueue(op);
}

Status Ledger::deleteInvoice(qint64 invoiceId)
{
    auto loaded = mInvoices.load(invoiceId);
    if (!loaded)
        return Error {loaded.error()};
    if (!loaded->has_value())
        return Error {QCoreApplication::translate("Ledger", "the invoice no longer exists")};
    const Invoice invoice = **loaded;
    auto payments = mPayments.forInvoice(invoiceId);
    if (!payments)
        return Error {payments.error()};
    if (!payments->isEmpty())
        return Error {QCoreApplication::translate(
            "Ledger", "invoice %1 has recorded payments and cannot be deleted; cancel it instead")
                          .arg(invoice.number)};
    auto connectionId = connectionIdFor(invoice.connectionName);
    if (!connectionId)
        return Error {connectionId.error()};

    WriteScope scope(*this);
    if (auto s = scope.begin(); !s)
        return s;
    if (auto s = mAudit.record(QStringLiteral("invoice"), invoice.uuid, QStringLiteral("deleted"),
            Json::invoiceText(invoice));
        !s)
        return s;
    if (connectionId->has_value()) {
        // A create that never left, followed by a delete, sends nothing.
        auto superseded
            = mOutbox.supersedeUnsent(invoice.uuid, {OpKind::CreateInvoice, OpKind::UpdateInvoice});
        if (!superseded)
            return Error {superseded.error()};
        auto create = mOutbox.unackedCreate(invoice.uuid);
        QSqlQuery sent(mDatabase.connection());
        sent.prepare(QStringLiteral(
            "SELECT count(*) FROM outbox WHERE lane_key = ? AND kind = 'create_invoice' "
            "AND state NOT IN ('superseded', 'discarded')"));
        sent.addBindValue(invoice.uuid);
        if (!sent.exec() || !sent.next())
            return Sql::error(
                sent, QCoreApplication::translate("Ledger", "Reading the sync queue"));
        if (sent.value(0).toInt() > 0) {
            OutboxOp op;
            op.connectionId = **connectionId;
            op.kind = OpKind::DeleteInvoice;
            op.entityUuid = invoice.uuid;
            op.laneKey = invoice.uuid;
            op.dependsOnOpId = create ? create->value_or(QString()) : QString();
            op.payload = QJsonObject {{QStringLiteral("number"), invoice.number},
                {QStringLiteral("remoteId"), invoice.remoteId}};
            if (auto s = mOutbox.enqueue(op); !s)
                return s;
        }
    }
    if (auto s = mInvoices.remove(invoiceId); !s)
        return s;
    return scope.commit();
}

Status Ledger::cancelInvoice(qint64 invoiceId)
{
    auto loaded = mInvoices.load(invoiceId);
    if (!loaded)
        return Error {loaded.error()};
    if (!loaded->has_value())
        return Error {QCoreApplication::translate("Ledger", "the invoice no longer exists")};
    Invoice invoice = **loaded;
    if (invoice.lifecycle == InvoiceLifecycle::Cancelled)
        return Error {QCoreApplication::translate("Ledger", "invoice %1 is already cancelled")
                          .arg(invoice.number)};
    invoice.lifecycle = InvoiceLifecycle::Cancelled;
    auto updated = updateInvoice(invoice);
    return updated ? Status() : Status(Error {updated.error()});
}

Status Ledger::assignConnection(qint64 invoiceId, const QString &connectionName)
{
    auto loaded = mInvoices.load(invoiceId);
    if (!loaded)
        return Error {loaded.error()};
    if (!loaded->has_value())
        return Error {QCoreApplication::translate("Ledger", "the invoice no longer exists")};
    Invoice invoice = **loaded;
    invoice.connectionName = connectionName;
    auto updated = updateInvoice(invoice);
    return updated ? Status() : Status(Error {updated.error()});
}

Problems Ledger::checkPayment(const Payment &payment, PaymentCheck check)
{
    std::optional<InvoiceHeader> invoice;
    return checkPayment(payment, check, invoice);
}

Problems Ledger::checkPayment(
    const Payment &payment, PaymentCheck check, std::optional<InvoiceHeader> &invoice)
{
    Problems problems = payment.validate();
    auto header = payment.invoiceId != 0 ? mInvoices.header(payment.invoiceId)
                                         : mInvoices.headerByNumber(payment.invoiceNumber);
    if (!header) {
        problems.append({QStringLiteral("invoiceNumber"), header.error()});
        return problems;
    }
    if (!header->has_value()) {
        problems.append({QStringLiteral("invoiceNumber"),
            QCoreApplication::translate("Ledger", "there is no invoice numbered \"%1\"")
                .arg(payment.invoiceNumber)});
        return problems;
    }
    invoice = **header;
    Payment located = payment;
    located.invoiceId = invoice->id;
    located.invoiceNumber = invoice->number;
    const bool cancelled
        = invoice->lifecycle == InvoiceLifecycle::Cancelled && !check.allowCancelledInvoice;
    problems += validateAgainstInvoice(located, cancelled, invoice->grandTotal,
        {invoice->paid, invoice->refunded}, invoice->currency);
    if (!check.allowLookalike) {
        auto lookalikes = mPayments.countLookalikes(located);
        if (!lookalikes)
            problems.append({QStringLiteral("amount"), lookalikes.error()});
        else if (*lookalikes > 0)
            problems.append({QStringLiteral("amount"),
                QCoreApplication::translate("Ledger",
                    "a payment with the same date, amount, method and reference is already "
                    "recorded "
                    "on invoice %1")
                    .arg(invoice->number)});
    }
    return problems;
}

Result<Payment> Ledger::recordPayment(Payment payment, PaymentCheck check, Problems *problems)
{
    std::optional<InvoiceHeader> header;
    if (const Problems found = checkPayment(payment, check, header); !found.isEmpty())
        return refusal(found, problems);
    const InvoiceHeader invoice = *header;
    payment.invoiceId = invoice.id;
    payment.invoiceNumber = invoice.number;
    payment.uuid = newUuid();
    payment.marker = Outbox::mintMarker();
    payment.voidedAt = {};

    WriteScope scope(*this);
    if (auto s = scope.begin(); !s)
        return Error {s.error()};
    if (auto s = mPayments.insert(payment); !s)
        return Error {s.error()};
    const qint64 paid = invoice.paid + std::max<qint64>(payment.amount, 0);
    const qint64 refunded = invoice.refunded + std::max<qint64>(-payment.amount, 0);
    if (auto s = applyPaymentTotals(invoice, paid, refunded); !s)
        return Error {s.error()};
    if (auto s = mAudit.record(QStringLiteral("payment"), payment.uuid, QStringLiteral("recorded"),
            Json::paymentText(payment, invoice.currency));
        !s)
        return Error {s.error()};
    crashPoint("inside_payment_save"); // the payment row is written, its outbox row is not
    if (invoice.connectionId) {
        if (auto s = queuePayment(payment, invoice.uuid, *invoice.connectionId); !s)
            return Error {s.error()};
    }
    if (auto s = scope.commit(); !s)
        return Error {s.error()};
    return payment;
}

Status Ledger::applyPaymentTotals(const InvoiceHeader &invoice, qint64 paid, qint64 refunded)
{
    const InvoiceStatus status = statusFor(invoice.lifecycle, invoice.grandTotal, paid, refunded);
    return mInvoices.setPaymentTotals(invoice.id, paid, refunded, status);
}

Status Ledger::voidPayment(qint64 paymentId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error {QCoreApplication::translate("Ledger", "voiding a payment needs a reason")};
    auto loaded = mPayments.load(paymentId);
    if (!loaded)
        return Error {loaded.error()};
    if (!loaded->has_value())
        return Error {QCoreApplication::translate("Ledger", "the payment no longer exists")};
    Payment payment = **loaded;
    if (payment.isVoided())
        return Error {QCoreApplication::translate("Ledger", "the payment is already voided")};
    auto header = mInvoices.header(payment.invoiceId);
    if (!header || !header->has_value())
        return Error {
            QCoreApplication::translate("Ledger", "the payment's invoice no longer exists")};
    const InvoiceHeader invoice = **header;
    // Voiding a payment must not leave more refunded than paid.
    if (payment.amount > 0 && invoice.paid - payment.amount < invoice.refunded) {
        return Error {QCoreApplication::translate("Ledger",
            "void the refunds on invoice %1 first: voiding this payment would leave more refunded "
            "than paid")
                          .arg(invoice.number)};
    }

    WriteScope scope(*this);
    if (auto s = scope.begin(); !s)
        return s;
    payment.voidedAt = QDateTime::currentDateTimeUtc();
    payment.voidReason = reason.trimmed();
    if (auto s = mPayments.markVoided(paymentId, payment.voidReason, payment.voidedAt); !s)
        return s;
    const qint64 paid = invoice.paid - std::max<qint64>(payment.amount, 0);
    const qint64 refunded = invoice.refunded - std::max<qint64>(-payment.amount, 0);
    if (auto s = applyPaymentTotals(invoice, paid, refunded); !s)
        return s;
    if (auto s = mAudit.record(QStringLiteral("payment"), payment.uuid, QStringLiteral("voided"),
            Json::paymentText(payment, invoice.currency));
        !s)
        return s;
    if (invoice.connectionId) {
        auto superseded = mOutbox.supersedeUnsent(invoice.uuid, {OpKind::AddPayment}, payment.uuid);
        if (!superseded)
            return Error {superseded.error()};
        if (*superseded == 0) {
            OutboxOp op;
            op.connectionId = *invoice.connectionId;
            op.kind = OpKind::VoidPayment;
            op.entityUuid = payment.uuid;
            op.laneKey = invoice.uuid;
            op.payload = QJsonObject {{QStringLiteral("paymentMarker"), payment.marker},
                {QStringLiteral("reason"), payment.voidReason}};
            if (auto s = mOutbox.enqueue(op); !s)
                return s;
        }
    }
    return scope.commit();
}

} // namespace InvoiceDesk
