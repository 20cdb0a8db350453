// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncadapter.h"

namespace InvoiceDesk {

/**
 * (C) CRM.COM (seed 003): a session token from authentication/token (user,
 * password, organisation) or from a Web API key; invoices are linked by
 * number; payments use payments/pay_invoice, which pays the whole
 * outstanding amount, with the marker as the unique back_office_code.
 * Settings: "username", "passwordEnv", "organisation" or "apiKeyEnv";
 * "accountsReceivable", "paymentType" (default "Payment"), "methodNames".
 */
class CrmComAdapter : public SyncAdapter
{
public:
    QString kind() const override { return QStringLiteral("crmcom"); }
    Capabilities capabilities() const override;
    QList<ConnectionField> fields() const override;
    QStringList secretNames(const Connection &connection) const override;
    bool takesMethod(PaymentMethod method, const Connection &connection) const override;

    Result<RemoteRequest> buildLogin(const SyncContext &context) const override;
    Result<QString> parseLogin(const RemoteResponse &response) const override;
    Result<std::optional<RemoteRequest>> buildRequest(const SyncContext &context) const override;
    Outcome classify(const RemoteResponse &response, const SyncContext &context) const override;
    Result<RemoteRequest> buildReadBack(const SyncContext &context) const override;
    ReadBack parseReadBack(
        const RemoteResponse &response, const SyncContext &context) const override;

    /** CRM.COM's payment method name for ours (overridable per connection). */
    static QString methodName(PaymentMethod method, const QJsonObject &settings);

private:
    Result<std::optional<RemoteRequest>> paymentRequest(const SyncContext &context) const;
};

} // namespace InvoiceDesk
