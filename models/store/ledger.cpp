// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger.h"
#include "crashpoint.h"
#include "jsonformat.h"
#include "ledger_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace InvoiceDesk {

using namespace LedgerDetail;

Ledger::Ledger(Database &database)
    : mDatabase(database)
    , mQueries(database.connection())
    , mInvoices(mQueries)
    , mPayments(mQueries)
    , mConnections(mQueries)
    , mOutbox(mQueries)
    , mTaxCodes(mQueries)
    , mCreditNotes(mQueries)
    , mCompany(mQueries)
    , mAudit(mQueries)
    , mBulkIndexes(database.connection())
{
}

QString Ledger::databasePath() const
{
    return mDatabase.path();
}

Result<std::unique_ptr<Sql::ReadSnapshot>> Ledger::readSnapshot()
{
    auto snapshot = std::make_unique<Sql::ReadSnapshot>(mDatabase.connection());
    if (auto begun = snapshot->begin(); !begun)
        return Error {begun.error()};
    return snapshot;
}

int Ledger::schemaVersion() const
{
    return mDatabase.schemaVersion();
}

InvoiceListing Ledger::invoiceListing() const
{
    return InvoiceListing(mDatabase.connection());
}

Status Ledger::beginBatch(IndexUpkeep upkeep)
{
    Q_ASSERT(!mBatch);
    // Each statement of a batch keeps the pages it changes in a statement journal; in memory
    // that is a copy, on disk a write per page (a third of an import's time, issue 16).
    if (auto s = Sql::execute(mDatabase.connection(), QStringLiteral("PRAGMA temp_store = MEMORY"));
        !s)
        return s;
    mBatch = std::make_unique<Sql::Transaction>(mDatabase.connection());
    if (auto s = mBatch->begin(); !s) {
        mBatch.reset();
        return s;
    }
    mInvoices.setBulkLoad(true);
    // The search index waits for the batch's end (migration 0012), and the page cache holds
    // what a bulk load writes until then (issue 16). The other batches (the bank's matches, a
    // books import, receipts) keep the usual cache: 64 MB more would be the most of their peak.
    const bool bulkLoad = upkeep == IndexUpkeep::RebuildWhenLarge;
    for (const char *sql : {"INSERT INTO invoices_search_queue (invoice_id) VALUES (0)",
             bulkLoad ? "PRAGMA cache_size = -98304" : nullptr}) {
        if (!sql)
            continue;
        if (auto s = Sql::execute(mDatabase.connection(), QLatin1String(sql)); !s) {
            rollbackBatch();
            return s;
        }
    }
    if (upkeep == IndexUpkeep::RebuildWhenLarge) {
        if (auto s = mBulkIndexes.begin(); !s) {
            rollbackBatch();
            return s;
        }
    }
    return {};
}

Status Ledger::commitBatch()
{
    Q_ASSERT(mBatch);
    Status s = mBulkIndexes.restore(); // before the commit: all or nothing
    for (const char *sql :
        {"INSERT INTO invoices_search (rowid, search_text) SELECT i.id, i.search_text FROM "
         "invoices_search_queue q JOIN invoices i ON i.id = q.invoice_id",
            "DELETE FROM invoices_search_queue"}) {
        if (!s)
            break;
        s = Sql::execute(mDatabase.connection(), QLatin1String(sql));
    }
    if (s)
        s = mBatch->commit();
    mBatch.reset(); // rolls back what did not commit
    mBulkIndexes.forget();
    mInvoices.setBulkLoad(false);
    restoreCacheSize();
    return s;
}

void Ledger::rollbackBatch()
{
    if (mBatch)
        mBatch->rollback();
    mBatch.reset();
    mBulkIndexes.forget(); // the rollback brought back what the batch had set aside
    mInvoices.setBulkLoad(false);
    restoreCacheSize();
}

void Ledger::restoreCacheSize()
{
    (void)Sql::execute(mDatabase.connection(), QStringLiteral("PRAGMA cache_size = -32768"));
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

namespace {

/**
 * What a change to a stored invoice may not do once it was cancelled or paid: reopen it, send
 * it back to draft, change its currency, or bring its total below what was paid.
 */
void checkAgainstStored(const Invoice &invoice, const InvoiceHeader &before,
    const QList<LineItem> &storedLines, Problems &problems)
{
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
    // Issue 13 item 3: an invoice with payments or credit notes is corrected by a credit note.
    if ((before.paid > 0 || before.credited > 0) && invoice.lines != storedLines)
        problems.append({QStringLiteral("line.rate"),
            QCoreApplication::translate("Ledger",
                "invoice %1 has payments or credit notes: correct it with a credit note, not by "
                "changing its lines")
                .arg(invoice.number)});
}

} // namespace

Problems Ledger::checkInvoice(const Invoice &given, const TaxCodes::IssuedRates &issued)
{
    Invoice invoice = given;
    Problems problems = resolveTaxCodes(invoice.lines, issued); // the lines as they would be saved
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
    auto storedInvoice = mInvoices.load(invoice.id);
    const QList<LineItem> storedLines
        = storedInvoice && storedInvoice->has_value() ? (*storedInvoice)->lines : invoice.lines;
    checkAgainstStored(invoice, **stored, storedLines, problems);
    if ((*stored)->connectionId) {
        auto current = mConnections.findById(*(*stored)->connectionId);
        if (current && current->has_value() && (*current)->name != invoice.connectionName) {
            problems.append({QStringLiteral("connection"),
                QCoreApplication::translate(
                    "Ledger", "the invoice is already synced with \"%1\" and cannot move")
                    .arg((*current)->name)});
        }
    }
    return problems;
}

Result<Invoice> Ledger::createInvoice(
    Invoice invoice, Problems *problems, const CustomerRef &customer)
{
    invoice.id = 0;
    const TaxCodes::IssuedRates issued = issuedRatesOf(invoice);
    if (const Problems found = checkInvoice(invoice, issued); !found.isEmpty())
        return refusal(found, problems);
    resolveTaxCodes(invoice.lines, issued);
    const auto totals = invoice.totals();
    auto connectionId = connectionIdFor(invoice.connectionName);
    if (invoice.uuid.isEmpty())
        invoice.uuid = newUuid();
    invoice.version = 1;

    WriteScope scope(*this);
    if (auto s = scope.begin(); !s)
        return Error {s.error()};
    if (auto s = mBulkIndexes.wrote(); !s)
        return Error {s.error()};
    const InvoiceStatus status = statusFor(invoice.lifecycle, totals->grandTotal, 0, 0);
    if (auto s = mInvoices.insert(invoice, *totals, status, *connectionId, customer); !s)
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
    const TaxCodes::IssuedRates issued = issuedRatesOf(invoice);
    if (const Problems found = checkInvoice(invoice, issued); !found.isEmpty())
        return refusal(found, problems);
    resolveTaxCodes(invoice.lines, issued);
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
    if (auto s = mBulkIndexes.wrote(); !s)
        return Error {s.error()};
    const InvoiceStatus status = statusFor(
        invoice.lifecycle, totals->grandTotal, before.paid, before.refunded, before.credited);
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
    if (auto header = mInvoices.header(invoiceId);
        header && header->has_value() && (*header)->credited > 0)
        return Error {QCoreApplication::translate(
            "Ledger", "invoice %1 has credit notes and cannot be deleted; cancel it instead")
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
        auto sent = mOutbox.hasCreate(invoice.uuid);
        if (!sent)
            return Error {sent.error()};
        if (*sent) {
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
    return cancelInvoice(invoiceId, CancelSettlement {});
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

} // namespace InvoiceDesk
