// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncadapter.h"

namespace InvoiceDesk {

/**
 * (D) Refrens (seed 004): a Bearer token from POST /authentication
 * (strategy app-secret); invoices are linked by number; payments are posted
 * with TDS and transaction charge. The marker goes in refId and as a trailing
 * "[ref:MARKER]" tag in notes, since the payment list may not show refId.
 * Settings: "urlKey", "appId", "appSecretEnv".
 */
class RefrensAdapter : public SyncAdapter
{
public:
    QString kind() const override { return QStringLiteral("refrens"); }
    Capabilities capabilities() const override;
    QList<ConnectionField> fields() const override;
    bool takesMethod(PaymentMethod method, const Connection &connection) const override;

    Result<RemoteRequest> buildLogin(const SyncContext &context) const override;
    Result<QString> parseLogin(const RemoteResponse &response) const override;
    Result<std::optional<RemoteRequest>> buildRequest(const SyncContext &context) const override;
    Outcome classify(const RemoteResponse &response, const SyncContext &context) const override;
    Result<RemoteRequest> buildReadBack(const SyncContext &context) const override;
    ReadBack parseReadBack(
        const RemoteResponse &response, const SyncContext &context) const override;
    bool listsPayments() const override { return true; }
    Result<QList<RemotePayment>> parsePaymentList(
        const RemoteResponse &response, const SyncContext &context) const override;

    static std::optional<QString> methodCode(PaymentMethod method);
    static QString markerTag(const QString &marker)
    {
        return QStringLiteral("[ref:%1]").arg(marker);
    }

private:
    Result<std::optional<RemoteRequest>> paymentRequest(const SyncContext &context) const;
};

} // namespace InvoiceDesk
