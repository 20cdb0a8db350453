#include "databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace InvoiceDesk::DatabaseLocation {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InvoiceDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("invoicedesk.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("InvoiceDesk"));
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
