// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentialstore.h"
#include "httptransport.h"
#include "syncengine.h"
#include "syncstore.h"
#include "syncverifier.h"

namespace InvoiceDesk {

class Database;

/**
 * The sync engine wired to its production parts: the sync store on a database
 * connection, the HTTP transport and the credential store. The CLI and the
 * desktop's sync worker each hold one; tests build the engine with their own parts.
 */
class SyncSession
{
public:
    SyncSession(Database &database, const Clock &clock, const SyncPolicy &policy);

    SyncEngine &engine() { return mEngine; }
    SyncStore &store() { return mStore; }
    SyncVerifier &verifier() { return mVerifier; }

private:
    SyncStore mStore;
    HttpTransport mTransport;
    CredentialStore mCredentials;
    SyncEngine mEngine;
    SyncVerifier mVerifier;
};

} // namespace InvoiceDesk
