// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace InvoiceDesk {

QStringList CredentialStore::secretNames(const Connection &connection)
{
    if (connection.kind == QLatin1String("upgradechat"))
        return {QStringLiteral("token")};
    if (connection.kind == QLatin1String("ivvy"))
        return {QStringLiteral("key"), QStringLiteral("secret")};
    if (connection.kind == QLatin1String("crmcom"))
        return connection.settings.contains(QStringLiteral("apiKeyEnv"))
                || connection.settings.value(QStringLiteral("username")).toString().isEmpty()
            ? QStringList {QStringLiteral("apiKey")}
            : QStringList {QStringLiteral("password")};
    if (connection.kind == QLatin1String("refrens"))
        return {QStringLiteral("appSecret")};
    return {};
}

QString CredentialStore::keychainKey(const Connection &connection, const QString &name)
{
    return connection.name + QLatin1Char('/') + name;
}

Result<QHash<QString, QString>> CredentialStore::secretsFor(const Connection &connection) const
{
    QHash<QString, QString> secrets;
    for (const QString &name : secretNames(connection)) {
        const QString variable = connection.settings.value(name + QStringLiteral("Env")).toString();
        if (!variable.isEmpty()) {
            const QString value = qEnvironmentVariable(variable.toLocal8Bit().constData());
            if (value.isEmpty())
                return Error {QCoreApplication::translate("Credentials",
                    "connection \"%1\" cannot sign in: the environment variable %2 (its %3) is "
                    "not set. Set the variable %2, or store the %3 in Sync > Connections")
                                  .arg(connection.name, variable, name)};
            secrets.insert(name, value);
            continue;
        }
        auto stored = readFromKeychain(connection, name);
        if (!stored)
            return Error {stored.error()};
        secrets.insert(name, *stored);
    }
    return secrets;
}

Result<QString> CredentialStore::readFromKeychain(
    const Connection &connection, const QString &name) const
{
    QKeychain::ReadPasswordJob job(keychainService());
    job.setAutoDelete(false);
    job.setKey(keychainKey(connection, name));
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        return Error {
            QCoreApplication::translate("Credentials",
                "connection \"%1\": its %2 could not be read from the system keychain (%3). "
                "Where no keychain runs, name an environment variable instead (connection add ... "
                "--%4-env VAR)")
                .arg(connection.name, name, job.errorString(),
                    name == QLatin1String("apiKey")          ? QStringLiteral("api-key")
                        : name == QLatin1String("appSecret") ? QStringLiteral("app-secret")
                                                             : name)};
    }
    return job.textData();
}

Status CredentialStore::storeInKeychain(
    const Connection &connection, const QString &name, const QString &secret) const
{
    QKeychain::WritePasswordJob job(keychainService());
    job.setAutoDelete(false);
    job.setKey(keychainKey(connection, name));
    job.setTextData(secret);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError)
        return Error {QCoreApplication::translate("Credentials",
            "No system keychain answered (%1); the secret was not stored. "
            "Name an environment variable instead (--…-env VAR)")
                          .arg(job.errorString())};
    return {};
}

} // namespace InvoiceDesk
