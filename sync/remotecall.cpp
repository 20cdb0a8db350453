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
