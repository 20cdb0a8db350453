// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionfields.h"

#include <QCoreApplication>

#include <iterator>

namespace InvoiceDesk {

namespace {

const ConnectionFieldSpec kFields[] = {
    {"upgradechat", "auth", QT_TRANSLATE_NOOP("ConnectionsDialog", "Authentication"), false},
    {"upgradechat", "token", QT_TRANSLATE_NOOP("ConnectionsDialog", "API token"), true},
    {"ivvy", "key", QT_TRANSLATE_NOOP("ConnectionsDialog", "API key"), true},
    {"ivvy", "secret", QT_TRANSLATE_NOOP("ConnectionsDialog", "API secret"), true},
    {"crmcom", "username", QT_TRANSLATE_NOOP("ConnectionsDialog", "User name"), false},
    {"crmcom", "password", QT_TRANSLATE_NOOP("ConnectionsDialog", "Password"), true},
    {"crmcom", "organisation", QT_TRANSLATE_NOOP("ConnectionsDialog", "Organisation"), false},
    {"crmcom", "accountsReceivable",
        QT_TRANSLATE_NOOP("ConnectionsDialog", "Accounts receivable number"), false},
    {"crmcom", "paymentType",
        QT_TRANSLATE_NOOP("ConnectionsDialog", "Payment type (default Payment)"), false},
    {"refrens", "urlKey", QT_TRANSLATE_NOOP("ConnectionsDialog", "Business URL key"), false},
    {"refrens", "appId", QT_TRANSLATE_NOOP("ConnectionsDialog", "App id"), false},
    {"refrens", "appSecret", QT_TRANSLATE_NOOP("ConnectionsDialog", "App secret"), true},
};

} // namespace

QList<ConnectionFieldSpec> connectionFieldSpecs()
{
    return QList<ConnectionFieldSpec>(std::begin(kFields), std::end(kFields));
}

QString connectionKindLabel(const QString &kind)
{
    if (kind == QLatin1String("upgradechat"))
        return QCoreApplication::translate(
            "ConnectionsDialog", "Upgrade.Chat CRM (invoices and payments)");
    if (kind == QLatin1String("ivvy"))
        return QCoreApplication::translate("ConnectionsDialog", "iVvy (payments)");
    if (kind == QLatin1String("crmcom"))
        return QCoreApplication::translate("ConnectionsDialog", "CRM.COM (payments)");
    return QCoreApplication::translate("ConnectionsDialog", "Refrens (payments)");
}

} // namespace InvoiceDesk
