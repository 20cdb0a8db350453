// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remotecall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

namespace InvoiceDesk::AdapterUtil {

/** base + path, keeping any path prefix the base URL has. */
inline QUrl join(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = url.path();
    if (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

inline RemoteRequest jsonRequest(const QByteArray &method, const QUrl &url, QByteArray body = {})
{
    RemoteRequest request;
    request.method = method;
    request.url = url;
    request.body = std::move(body);
    request.addHeader("Accept", "application/json");
    if (method != "GET" && method != "DELETE")
        request.addHeader("Content-Type", "application/json");
    return request;
}

/** The body as a JSON object, if it is one. */
inline std::optional<QJsonObject> object(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

/** A JSON id (number or string) as text. */
inline QString idText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return {};
}

/** Case-insensitive lookup of a key in a JSON object (iVvy answers "Id" or "id"). */
inline QJsonValue anyCase(const QJsonObject &object, const QString &key)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

/** A JSON amount as decimal text: a string as it is, a number without binary noise. */
inline QString decimalText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : QString();
}

inline bool is2xx(const RemoteResponse &response)
{
    return response.httpStatus >= 200 && response.httpStatus < 300;
}

} // namespace InvoiceDesk::AdapterUtil
