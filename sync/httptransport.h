// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remotecall.h"

#include <QObject>

#include <memory>

namespace InvoiceDesk {

/**
 * One request on its way: finished() fires once, when response() is final
 * (an answer, or how the exchange failed). Deleting it aborts the exchange.
 */
class PendingExchange : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual const RemoteResponse &response() const = 0;
    virtual bool isFinished() const = 0;

Q_SIGNALS:
    void finished();
};

/**
 * How the sync engine reaches a remote: starts exchanges that run concurrently
 * on the calling thread's event loop. Tests substitute their own.
 */
class Transport
{
public:
    virtual ~Transport() = default;
    virtual std::unique_ptr<PendingExchange> start(const RemoteRequest &request) = 0;

    /** Sends all requests concurrently and waits for their responses (in the same order). */
    QList<RemoteResponse> send(const QList<RemoteRequest> &requests);
    RemoteResponse send(const RemoteRequest &request)
    {
        return send(QList<RemoteRequest> {request}).first();
    }
};

/** The limits of one exchange. */
struct TransportLimits
{
    int transferTimeoutMs = 30000; ///< no byte for this long: the exchange fails
    int watchdogMs = 120000; ///< the whole exchange takes longer: it fails
    /** Far above any answer the seeds describe: a larger body is not an answer we can use. */
    qint64 maxResponseBytes = 4 * 1024 * 1024;
};

/**
 * A small HTTP/1.1 client of our own on QTcpSocket/QSslSocket, one connection
 * per request ("Connection: close"), because QNetworkAccessManager re-sends a
 * request by itself when the server closes the connection before answering,
 * POSTs included (QHttpNetworkConnectionChannel's reconnect attempts): for a
 * payment that is a second payment. Our fault test "commit then drop" caught
 * it. Here nothing is ever sent twice: every retry goes through the sync
 * state machine. Every body is bounded (TransportLimits::maxResponseBytes).
 */
class HttpTransport : public Transport
{
public:
    explicit HttpTransport(TransportLimits limits = {})
        : mLimits(limits)
    {
    }

    void setLimits(const TransportLimits &limits) { mLimits = limits; }
    const TransportLimits &limits() const { return mLimits; }

    std::unique_ptr<PendingExchange> start(const RemoteRequest &request) override;

private:
    TransportLimits mLimits;
};

} // namespace InvoiceDesk
