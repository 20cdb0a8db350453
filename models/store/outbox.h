// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "opstate.h"
#include "preparedqueries.h"

#include <QJsonObject>
#include <QMap>

#include <optional>

namespace InvoiceDesk {

/** What an outbox operation asks a remote to do. */
enum class OpKind { CreateInvoice, UpdateInvoice, DeleteInvoice, AddPayment, VoidPayment };

QString opKindKey(OpKind kind);
std::optional<OpKind> opKindFromKey(QStringView key);

/** One row of the outbox, as the store writes it. */
struct OutboxOp
{
    QString opId;
    qint64 connectionId = 0;
    OpKind kind = OpKind::CreateInvoice;
    QString entityUuid;
    QString laneKey;
    QString dependsOnOpId;
    QString marker;
    QJsonObject payload;
};

/**
 * Writes operations into the durable queue. Only the Ledger calls enqueue, and
 * always inside the transaction of the change the operation carries.
 */
class Outbox
{
public:
    explicit Outbox(PreparedQueries &queries)
        : mQueries(queries)
    {
    }

    /** "BK-" and 12 Crockford base32 characters: fits receiptNum, gatewayTransactionId, refId. */
    static QString mintMarker();

    /** Inserts the op; fills opId, and marker when empty. */
    Status enqueue(OutboxOp &op);

    /** The newest op of `kinds` in the lane that has not been sent yet, if any. */
    Result<std::optional<QString>> unsentOp(
        const QString &laneKey, const QList<OpKind> &kinds, const QString &entityUuid = {});
    /** The newest create_invoice op of the lane that is not yet acknowledged. */
    Result<std::optional<QString>> unackedCreate(const QString &laneKey);
    /** Marks unsent ops as superseded (they will send nothing); returns how many. */
    Result<int> supersedeUnsent(
        const QString &laneKey, const QList<OpKind> &kinds, const QString &entityUuid = {});

    /**
     * Whether the lane holds a create_invoice that was neither superseded nor discarded: one
     * that went (or is going) to the remote, whose invoice a delete must then remove there.
     */
    Result<bool> hasCreate(const QString &laneKey);

    /** How many active operations are in each state (states without any are left out). */
    Result<QMap<OpState, int>> activeCountsByState();
    /** One operation as JSON (id, kind, marker, state, payload, last error), for an export. */
    Result<QByteArray> operationJson(const QString &opId);

private:
    PreparedQueries &mQueries;
};

/** The audit trail: every change to an invoice or payment, in its own transaction. */
class AuditLog
{
public:
    explicit AuditLog(PreparedQueries &queries)
        : mQueries(queries)
    {
    }
    /** `details` is compact JSON text (see Json::invoiceText). */
    Status record(const QString &entityType, const QString &entityUuid, const QString &action,
        const QByteArray &details);

private:
    PreparedQueries &mQueries;
};

} // namespace InvoiceDesk
