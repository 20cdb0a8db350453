// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncsession.h"

#include "database.h"

namespace InvoiceDesk {

SyncSession::SyncSession(Database &database, const Clock &clock, const SyncPolicy &policy)
    : mStore(database.connection())
    , mTransport(TransportLimits {
          policy.transferTimeoutMs, policy.attemptWatchdogMs, policy.maxResponseBytes})
    , mEngine(mStore, mTransport, mCredentials, clock, policy)
    , mVerifier(mStore, mTransport, mCredentials)
{
}

} // namespace InvoiceDesk
