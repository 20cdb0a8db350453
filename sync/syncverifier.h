// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncengine.h"

namespace InvoiceDesk {

/** One finding of sync verify. */
struct VerifyFinding
{
    enum Kind {
        Match, ///< there, once, with the same amount (and date, where reported)
        MissingRemotely, ///< acknowledged here, not found there
        Differs, ///< there, but amount or date differ, or removed there
        UnknownHere, ///< there with one of our markers that these books do not have
        Unchecked, ///< the remote could not be asked (the reason says why)
    };
    Kind kind = Match;
    QString invoice;
    QString marker;
    QString detail;
};

/** What sync verify found for one connection. */
struct VerifyReport
{
    Connection connection;
    QList<VerifyFinding> findings;

    int count(VerifyFinding::Kind kind) const;
    /** Everything matches: the books and the remote agree. */
    bool clean() const;
    /** The report as a person reads it (the CLI prints it; the sync panel shows it). */
    QString text() const;
};

/**
 * Proves the books and the remote agree: reads back every acknowledged invoice and payment
 * of a connection and compares them by marker, amount and date (issue 9.12). It only reads,
 * locally and remotely.
 */
class SyncVerifier
{
public:
    SyncVerifier(SyncStore &store, Transport &transport, const SecretSource &secrets);

    /** A report per connection (or for one). */
    Result<QList<VerifyReport>> verify(std::optional<qint64> connectionId = std::nullopt);

private:
    Result<VerifyReport> verifyConnection(const Connection &connection);
    void verifyInvoice(const SyncAdapter &adapter, SyncContext context,
        const AcknowledgedInvoice &invoice, VerifyReport &report);
    void verifyByMarker(const SyncAdapter &adapter, SyncContext context,
        const AcknowledgedInvoice &invoice, VerifyReport &report);
    Result<QString> signIn(const SyncAdapter &adapter, const SyncContext &context);

    SyncStore &mStore;
    Transport &mTransport;
    const SecretSource &mSecrets;
};

} // namespace InvoiceDesk
