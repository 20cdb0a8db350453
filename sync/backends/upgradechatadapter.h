// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncadapter.h"

namespace InvoiceDesk {

/**
 * (A) The Upgrade.Chat CRM invoice API (seeds 000 and 001; ASP.NET Boilerplate):
 * invoices are created, updated and deleted here; payments go through
 * AddBankCardPayment, refunds as negative Refund transactions. The marker
 * travels in gatewayTransactionId (when the bookkeeper typed none) and in the
 * description. Settings: "auth" ("bearer" as the seed shows, or "api-key"),
 * "tokenEnv", and "statusMap" (our status -> theirs, seed names by default).
 */
class UpgradeChatAdapter : public SyncAdapter
{
public:
    QString kind() const override { return QStringLiteral("upgradechat"); }
    Capabilities capabilities() const override;
    QList<ConnectionField> fields() const override;

    Result<RemoteRequest> buildTest(const SyncContext &context) const override;
    TestVerdict parseTest(const RemoteResponse &response) const override;
    Result<std::optional<RemoteRequest>> buildRequest(const SyncContext &context) const override;
    Outcome classify(const RemoteResponse &response, const SyncContext &context) const override;
    Result<RemoteRequest> buildReadBack(const SyncContext &context) const override;
    bool readBackResends(const SyncContext &context) const override
    {
        return context.kind == OpKind::CreateInvoice;
    }
    ReadBack parseReadBack(
        const RemoteResponse &response, const SyncContext &context) const override;

    bool listsPayments() const override { return true; }
    Result<QList<RemotePayment>> parsePaymentList(
        const RemoteResponse &response, const SyncContext &context) const override;

    /** The invoice body of Invoice/Create and Invoice/Update (with "id" on update). */
    static Result<QByteArray> invoiceBody(
        const Invoice &invoice, const Connection &connection, const QString &remoteId);

private:
    Result<std::optional<RemoteRequest>> invoiceRequest(const SyncContext &context) const;
    Result<std::optional<RemoteRequest>> deleteRequest(const SyncContext &context) const;
    Result<std::optional<RemoteRequest>> paymentRequest(const SyncContext &context) const;
    ReadBack parseCreateProbe(const RemoteResponse &response, const SyncContext &context) const;
    RemoteRequest authorized(RemoteRequest request, const SyncContext &context) const;
};

} // namespace InvoiceDesk
