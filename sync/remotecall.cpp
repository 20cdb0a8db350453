// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remotecall.h"

#include <QDateTime>
#include <QLocale>

namespace InvoiceDesk {

QString RemoteRequest::headersForRecord() const
{
    QStringList lines;
    for (const auto &[key, value] : headers) {
        const QByteArray lower = key.toLower();
        const bool secret
            = lower == "authorization" || lower == "api-key" || lower == "x-api-authorization";
        lines.append(QString::fromLatin1(key) + QStringLiteral(": ")
            + (secret ? QStringLiteral("(hidden)") : QString::fromUtf8(value)));
    }
    return lines.join(QLatin1Char('\n'));
}

QByteArray maskSecrets(QByteArray text, const QStringList &secrets)
{
    static const QByteArray hidden = QByteArrayLiteral("(hidden)");
    for (const QString &secret : secrets) {
        // Short values would mask ordinary words; no secret of the four systems is that short.
        if (secret.size() < 4)
            continue;
        const QByteArray plain = secret.toUtf8();
        text.replace(plain, hidden);
        const QByteArray encoded = QUrl::toPercentEncoding(secret);
        if (encoded != plain)
            text.replace(encoded, hidden);
        QByteArray jsonEscaped = plain;
        jsonEscaped.replace("/", "\\/");
        if (jsonEscaped != plain)
            text.replace(jsonEscaped, hidden);
    }
    return text;
}

RemoteRequest RemoteRequest::forRecord(const QStringList &secrets) const
{
    RemoteRequest recorded = *this;
    recorded.url = QUrl::fromEncoded(maskSecrets(url.toEncoded(), secrets));
    for (auto &[name, value] : recorded.headers)
        value = maskSecrets(value, secrets);
    recorded.body = maskSecrets(body, secrets);
    return recorded;
}

RemoteResponse RemoteResponse::forRecord(const QStringList &secrets) const
{
    RemoteResponse recorded = *this;
    recorded.body = maskSecrets(body, secrets);
    recorded.errorText = QString::fromUtf8(maskSecrets(errorText.toUtf8(), secrets));
    return recorded;
}

std::optional<qint64> RemoteResponse::retryAfterSeconds(const QDateTime &now) const
{
    const QByteArray value = header("Retry-After").trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return std::max<qint64>(0, seconds);
    // An HTTP date: "Wed, 21 Oct 2026 07:28:00 GMT".
    QDateTime when
        = QLocale::c().toDateTime(QString::fromLatin1(value).remove(QStringLiteral(" GMT")),
            QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.secsTo(when));
}

} // namespace InvoiceDesk
