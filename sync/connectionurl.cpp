// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionurl.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrlQuery>

namespace InvoiceDesk {

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool carriesCredentials(const QUrl &url)
{
    if (!url.userInfo().isEmpty())
        return true;
    static const QStringList secretWords {QStringLiteral("token"), QStringLiteral("key"),
        QStringLiteral("secret"), QStringLiteral("password"), QStringLiteral("passwd"),
        QStringLiteral("pwd"), QStringLiteral("auth"), QStringLiteral("signature")};
    const auto items = QUrlQuery(url).queryItems();
    for (const auto &[name, value] : items) {
        const QString lower = name.toLower();
        for (const QString &word : secretWords) {
            if (lower.contains(word))
                return true;
        }
    }
    return false;
}

} // namespace

Status checkConnectionUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error {QCoreApplication::translate(
            "ConnectionUrl", "the address must be a full URL such as https://crm.example.com")};
    if (carriesCredentials(url))
        return Error {QCoreApplication::translate("ConnectionUrl",
            "the address must not carry credentials (a user name, password or token); give them "
            "as secrets instead")};
    if (url.scheme() == QLatin1String("http") && !isLoopback(url))
        return Error {QCoreApplication::translate("ConnectionUrl",
            "the address must use https (plain http only on this machine's loopback address)")};
    return {};
}

} // namespace InvoiceDesk
