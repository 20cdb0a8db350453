// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionrepository.h"
#include "result.h"
#include "syncengine.h"

#include <QHash>
#include <QObject>

namespace InvoiceDesk {

class KeychainWrite;
class SecretsLookup;

/**
 * The one place a connection's secrets are looked up: an environment variable the
 * connection names ("tokenEnv" etc., for headless runs), else the OS keychain through
 * QtKeychain. Secrets never go to the database, settings, logs or command lines.
 *
 * secretsFor(), readFromKeychain() and storeInKeychain() wait for the keychain: they are for
 * the sync worker's thread and the command line. The GUI thread uses lookUp() and store(),
 * which answer with a signal and never spin an event loop of their own.
 */
class CredentialStore : public SecretSource
{
public:
    /** The secret names a connection needs, as its kind's adapter declares them. */
    static QStringList secretNames(const Connection &connection);

    /** Every secret of the connection; an error says which is missing and how to supply it. */
    Result<QHash<QString, QString>> secretsFor(const Connection &connection) const override;

    /** Stores a secret in the OS keychain; an error when no keychain answers. Waits. */
    Status storeInKeychain(
        const Connection &connection, const QString &name, const QString &secret) const;
    /** Reads a secret from the OS keychain. Waits. */
    Result<QString> readFromKeychain(const Connection &connection, const QString &name) const;

    /**
     * Starts looking the connection's secrets up without waiting: a value in `typed` (what a
     * person typed in a form) wins; else the variable the connection names; else, when
     * `useKeychain`, the keychain; else the secret stays empty. The lookup reports once, with
     * SecretsLookup::finished, and deletes itself afterwards.
     */
    SecretsLookup *lookUp(const Connection &connection, const QHash<QString, QString> &typed,
        bool useKeychain, QObject *parent) const;
    /**
     * Starts storing the non-empty `secrets` in the keychain without waiting; reports once, with
     * KeychainWrite::finished, and deletes itself afterwards.
     */
    KeychainWrite *store(const Connection &connection, const QHash<QString, QString> &secrets,
        QObject *parent) const;

    static QString keychainService() { return QStringLiteral("InvoiceDesk"); }
    static QString keychainKey(const Connection &connection, const QString &name);
};

/** A lookup of a connection's secrets under way (CredentialStore::lookUp). */
class SecretsLookup : public QObject
{
    Q_OBJECT

public:
    SecretsLookup(
        Connection connection, QHash<QString, QString> typed, bool useKeychain, QObject *parent);
    void start();

Q_SIGNALS:
    /** Every secret, or (error not empty) why one could not be had. Emitted once. */
    void finished(const QHash<QString, QString> &secrets, const QString &error);

private:
    void readNext();
    void finish(const QString &error);

    Connection mConnection;
    QHash<QString, QString> mSecrets;
    QStringList mFromKeychain; ///< names still to be read from the keychain
    bool mUseKeychain;
};

/** Secrets being written to the keychain (CredentialStore::store). */
class KeychainWrite : public QObject
{
    Q_OBJECT

public:
    KeychainWrite(Connection connection, QHash<QString, QString> secrets, QObject *parent);
    void start();

Q_SIGNALS:
    /** Every secret stored, or (error not empty) why not. Emitted once. */
    void finished(const QString &error);

private:
    void writeNext();

    Connection mConnection;
    QHash<QString, QString> mSecrets;
    QStringList mPending;
};

} // namespace InvoiceDesk
