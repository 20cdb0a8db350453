// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"
#include "adapterfactory.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace InvoiceDesk {

namespace {

/** How long a waiting keychain call waits for an answer (a locked keychain may ask first). */
constexpr int kKeychainWaitMs = 10000;

/** The secret in the variable the connection names: nothing when it names none. */
std::optional<Result<QString>> fromEnvironment(const Connection &connection, const QString &name)
{
    const QString variable = connection.settings.value(name + QStringLiteral("Env")).toString();
    if (variable.isEmpty())
        return std::nullopt;
    const QString value = qEnvironmentVariable(variable.toLocal8Bit().constData());
    if (value.isEmpty())
        return Error {QCoreApplication::translate("Credentials",
            "connection \"%1\" cannot sign in: the environment variable %2 (its %3) is not "
            "set. Set the variable %2, or store the %3 in Sync > Connections")
                          .arg(connection.name, variable, name)};
    return value;
}

QString readError(const Connection &connection, const QString &name, const QString &why)
{
    const QString option = name == QLatin1String("apiKey") ? QStringLiteral("api-key")
        : name == QLatin1String("appSecret")               ? QStringLiteral("app-secret")
                                                           : name;
    return QCoreApplication::translate("Credentials",
        "connection \"%1\": its %2 could not be read from the system keychain (%3). Where no "
        "keychain runs, name an environment variable instead (connection add ... --%4-env VAR)")
        .arg(connection.name, name, why, option);
}

QString writeError(const QString &why)
{
    return QCoreApplication::translate("Credentials",
        "No system keychain answered (%1); the secret was not stored. Name an environment "
        "variable instead (--…-env VAR)")
        .arg(why);
}

/** Runs a keychain job to its end on this thread (never the GUI thread: see the class). */
void waitFor(QKeychain::Job &job)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(kKeychainWaitMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done) // a backend may answer at once, before there is a loop to quit
        loop.exec();
}

} // namespace

QStringList CredentialStore::secretNames(const Connection &connection)
{
    const auto adapter = createAdapter(connection.kind);
    return adapter ? adapter->secretNames(connection) : QStringList();
}

QString CredentialStore::keychainKey(const Connection &connection, const QString &name)
{
    return connection.name + QLatin1Char('/') + name;
}

Result<QHash<QString, QString>> CredentialStore::secretsFor(const Connection &connection) const
{
    QHash<QString, QString> secrets;
    for (const QString &name : secretNames(connection)) {
        auto found = fromEnvironment(connection, name);
        if (!found)
            found = readFromKeychain(connection, name);
        if (!*found)
            return Error {found->error()};
        secrets.insert(name, **found);
    }
    return secrets;
}

Result<QString> CredentialStore::readFromKeychain(
    const Connection &connection, const QString &name) const
{
    QKeychain::ReadPasswordJob job(keychainService());
    job.setAutoDelete(false);
    job.setKey(keychainKey(connection, name));
    waitFor(job);
    if (job.error() != QKeychain::NoError)
        return Error {readError(connection, name, job.errorString())};
    return job.textData();
}

Status CredentialStore::storeInKeychain(
    const Connection &connection, const QString &name, const QString &secret) const
{
    QKeychain::WritePasswordJob job(keychainService());
    job.setAutoDelete(false);
    job.setKey(keychainKey(connection, name));
    job.setTextData(secret);
    waitFor(job);
    if (job.error() != QKeychain::NoError)
        return Error {writeError(job.errorString())};
    return {};
}

SecretsLookup *CredentialStore::lookUp(const Connection &connection,
    const QHash<QString, QString> &typed, bool useKeychain, QObject *parent) const
{
    return new SecretsLookup(connection, typed, useKeychain, parent);
}

KeychainWrite *CredentialStore::store(
    const Connection &connection, const QHash<QString, QString> &secrets, QObject *parent) const
{
    return new KeychainWrite(connection, secrets, parent);
}

SecretsLookup::SecretsLookup(
    Connection connection, QHash<QString, QString> typed, bool useKeychain, QObject *parent)
    : QObject(parent)
    , mConnection(std::move(connection))
    , mSecrets(std::move(typed))
    , mUseKeychain(useKeychain)
{
}

void SecretsLookup::start()
{
    for (const QString &name : CredentialStore::secretNames(mConnection)) {
        if (!mSecrets.value(name).isEmpty())
            continue; // typed in the form: that is what is meant
        if (auto found = fromEnvironment(mConnection, name)) {
            if (!*found)
                return finish(found->error());
            mSecrets.insert(name, **found);
        } else if (mUseKeychain) {
            mFromKeychain.append(name);
        } else {
            mSecrets.insert(name, QString());
        }
    }
    readNext();
}

void SecretsLookup::readNext()
{
    if (mFromKeychain.isEmpty())
        return finish({});
    const QString name = mFromKeychain.takeFirst();
    // Auto-deleted after finished; the connection ends with this lookup if it goes first.
    auto *job = new QKeychain::ReadPasswordJob(CredentialStore::keychainService());
    job->setKey(CredentialStore::keychainKey(mConnection, name));
    connect(job, &QKeychain::Job::finished, this, [this, job, name] {
        if (job->error() != QKeychain::NoError)
            return finish(readError(mConnection, name, job->errorString()));
        mSecrets.insert(name, job->textData());
        readNext();
    });
    job->start();
}

void SecretsLookup::finish(const QString &error)
{
    // Queued, so that a lookup that needs no keychain still answers after start() returns.
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            Q_EMIT finished(error.isEmpty() ? mSecrets : QHash<QString, QString>(), error);
            deleteLater();
        },
        Qt::QueuedConnection);
}

KeychainWrite::KeychainWrite(
    Connection connection, QHash<QString, QString> secrets, QObject *parent)
    : QObject(parent)
    , mConnection(std::move(connection))
    , mSecrets(std::move(secrets))
{
}

void KeychainWrite::start()
{
    for (auto it = mSecrets.cbegin(); it != mSecrets.cend(); ++it) {
        if (!it.value().isEmpty())
            mPending.append(it.key()); // an empty field keeps what the keychain has
    }
    mPending.sort();
    writeNext();
}

void KeychainWrite::writeNext()
{
    if (mPending.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT finished(QString());
                deleteLater();
            },
            Qt::QueuedConnection);
        return;
    }
    const QString name = mPending.takeFirst();
    auto *job = new QKeychain::WritePasswordJob(CredentialStore::keychainService());
    job->setKey(CredentialStore::keychainKey(mConnection, name));
    job->setTextData(mSecrets.value(name));
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() != QKeychain::NoError) {
            Q_EMIT finished(writeError(job->errorString()));
            deleteLater();
            return;
        }
        writeNext();
    });
    job->start();
}

} // namespace InvoiceDesk
