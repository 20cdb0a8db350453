// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionrepository.h"
#include "result.h"
#include "syncengine.h"

#include <QHash>

namespace InvoiceDesk {

/**
 * Where a connection's secrets come from: an environment variable the
 * connection names ("tokenEnv" etc., for headless runs), else the OS
 * keychain through QtKeychain. Secrets never go to the database, settings,
 * logs or command lines.
 */
class CredentialStore : public SecretSource
{
public:
    /** The secret names a kind of connection needs: "token", "key", "secret", ... */
    static QStringList secretNames(const Connection &connection);

    /** Every secret of the connection; an error says which is missing and how to supply it. */
    Result<QHash<QString, QString>> secretsFor(const Connection &connection) const override;

    /** Stores a secret in the OS keychain; an error when no keychain answers. */
    Status storeInKeychain(
        const Connection &connection, const QString &name, const QString &secret) const;
    Result<QString> readFromKeychain(const Connection &connection, const QString &name) const;

    static QString keychainService() { return QStringLiteral("InvoiceDesk"); }
    static QString keychainKey(const Connection &connection, const QString &name);
};

} // namespace InvoiceDesk
