// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ivvysigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace InvoiceDesk::IvvySigner {

QByteArray stringToSign(const QByteArray &method, const QByteArray &contentMd5,
    const QByteArray &contentType, const QByteArray &pathAndQuery, const QByteArray &ivvyDate)
{
    // The Date header is empty when IVVY-Date is used; the IVVY headers come last,
    // dashes removed, as name=value.
    return method + contentMd5 + contentType + QByteArray() + pathAndQuery + "1.0"
        + "IVVYDate=" + ivvyDate;
}

QByteArray signature(const QByteArray &secret, const QByteArray &text)
{
    return QMessageAuthenticationCode::hash(text.toLower(), secret, QCryptographicHash::Sha1)
        .toHex();
}

void sign(
    RemoteRequest &request, const QByteArray &key, const QByteArray &secret, const QDateTime &now)
{
    const QByteArray contentType = "application/json";
    const QByteArray md5 = QCryptographicHash::hash(request.body, QCryptographicHash::Md5).toHex();
    const QByteArray date = now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")).toLatin1();
    const QByteArray pathAndQuery = request.url.path(QUrl::FullyEncoded).toLatin1()
        + (request.url.hasQuery() ? "?" + request.url.query(QUrl::FullyEncoded).toLatin1()
                                  : QByteArray());
    const QByteArray signed_
        = signature(secret, stringToSign(request.method, md5, contentType, pathAndQuery, date));
    request.headers.removeIf([](const auto &header) {
        return header.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
    });
    request.addHeader("Content-Type", contentType);
    request.addHeader("Content-MD5", md5);
    request.addHeader("IVVY-Date", date);
    request.addHeader("X-Api-Version", "1.0");
    request.addHeader("X-Api-Authorization", "IWS " + key + ":" + signed_);
}

} // namespace InvoiceDesk::IvvySigner
