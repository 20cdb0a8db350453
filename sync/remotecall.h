// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

namespace InvoiceDesk {

/** One HTTP request exactly as it will be sent (and as the attempt row records it). */
struct RemoteRequest
{
    QByteArray method; ///< "GET", "POST", "PUT", "DELETE"
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(std::make_pair(name, value));
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    /** Headers as "Name: value" lines, secrets masked, for the attempt row and the sync panel. */
    QString headersForRecord() const;
    /**
     * The request as it may be recorded: every occurrence of a secret (a password, a key, a
     * session token) in the URL, the headers or the body replaced by "(hidden)". What is
     * recorded may be read by anyone who has the company file; what is sent is unchanged.
     */
    RemoteRequest forRecord(const QStringList &secrets) const;
};

/** What came back, or how the exchange failed. */
struct RemoteResponse
{
    int httpStatus = 0; ///< 0 when no status line arrived
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorText;
    bool requestWritten = false; ///< false only when nothing can have reached the server
    bool timedOut = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    /** Seconds from a Retry-After header (delta or HTTP date), if any. */
    std::optional<qint64> retryAfterSeconds(const QDateTime &now) const;
    /** The response with every occurrence of a secret masked, as RemoteRequest::forRecord. */
    RemoteResponse forRecord(const QStringList &secrets) const;
};

/** `text` with every secret of `secrets` (and its URL-encoded form) replaced by "(hidden)". */
QByteArray maskSecrets(QByteArray text, const QStringList &secrets);

} // namespace InvoiceDesk
