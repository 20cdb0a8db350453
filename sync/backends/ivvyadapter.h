// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncadapter.h"

namespace InvoiceDesk {

/**
 * (B) iVvy (seed 002): invoices live in iVvy; a local invoice is linked to
 * the remote one by its number, and payments are pushed with addPayment.
 * Every call is a signed POST. The marker is receiptNum. Overpayments are
 * refused by iVvy (24239); on a resend that refusal is evidence, not failure.
 * Settings: "keyEnv", "secretEnv", "customPaymentMethodId".
 */
class IvvyAdapter : public SyncAdapter
{
public:
    QString kind() const override { return QStringLiteral("ivvy"); }
    Capabilities capabilities() const override;
    QList<ConnectionField> fields() const override;
    bool takesMethod(PaymentMethod method, const Connection &connection) const override;

    Result<RemoteRequest> buildTest(const SyncContext &context) const override;
    TestVerdict parseTest(const RemoteResponse &response) const override;
    Result<std::optional<RemoteRequest>> buildRequest(const SyncContext &context) const override;
    Outcome classify(const RemoteResponse &response, const SyncContext &context) const override;
    Result<RemoteRequest> buildReadBack(const SyncContext &context) const override;
    ReadBack parseReadBack(
        const RemoteResponse &response, const SyncContext &context) const override;
    bool listsPayments() const override { return true; }
    Result<QList<RemotePayment>> parsePaymentList(
        const RemoteResponse &response, const SyncContext &context) const override;

    /** iVvy's paymentMethod number for ours, or nothing when iVvy has no such method. */
    static std::optional<int> methodCode(PaymentMethod method);

private:
    Result<std::optional<RemoteRequest>> paymentRequest(const SyncContext &context) const;
    RemoteRequest signedCall(
        const SyncContext &context, const QString &action, const QByteArray &body) const;
};

} // namespace InvoiceDesk
