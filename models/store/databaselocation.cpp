// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace InvoiceDesk::DatabaseLocation {

namespace {

const auto kIdentityMigrated = QLatin1String("identity/migratedFromExampleDomain");

/**
 * Settings written under the placeholder domain of the first releases move once to the
 * application id's domain. Only macOS keys its settings by domain; elsewhere the old store
 * is the current one and nothing is copied.
 */
void migrateSettingsOnce()
{
    QSettings current;
    if (current.value(kIdentityMigrated).toBool())
        return;
    QSettings legacy(QStringLiteral("invoicedesk.example.org"), QStringLiteral("InvoiceDesk"));
    if (legacy.fileName() != current.fileName()) {
        const QStringList keys = legacy.allKeys();
        for (const QString &key : keys) {
            if (!current.contains(key))
                current.setValue(key, legacy.value(key));
        }
    }
    current.setValue(kIdentityMigrated, true);
}

} // namespace

void setApplicationIdentity()
{
    // The application id is io.github.invoicedesk.InvoiceDesk (desktop file, metainfo, icon).
    QCoreApplication::setOrganizationName(QStringLiteral("InvoiceDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("invoicedesk.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("InvoiceDesk"));
    migrateSettingsOnce();
}

QString defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("company.invoicedesk"));
}

QString resolve(const QString &commandLinePath)
{
    if (!commandLinePath.isEmpty())
        return commandLinePath;
    const QString fromEnvironment = qEnvironmentVariable("INVOICEDESK_DB");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

} // namespace InvoiceDesk::DatabaseLocation
