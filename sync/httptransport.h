// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionpool.h"
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
    /** A connection idle for less than this carries the next request to its server (servers
     * keep idle connections 5 s and more); 0: one connection per request. */
    int keepAliveMs = 2000;
};

/**
 * A small HTTP/1.1 client of our own on QTcpSocket/QSslSocket, because
 * QNetworkAccessManager re-sends a request by itself when the server closes
 * the connection before answering, POSTs included
 * (QHttpNetworkConnectionChannel's reconnect attempts): for a payment that is
 * a second payment. Our fault test "commit then drop" caught it. Here nothing
 * is ever sent twice: every retry goes through the sync state machine, and a
 * request whose connection fails once it was written is in doubt, also on a
 * kept-alive connection (ConnectionPool). Every body is bounded
 * (TransportLimits::maxResponseBytes). One transport serves one thread.
 */
class HttpTransport : public Transport
{
public:
    explicit HttpTransport(TransportLimits limits = {})
        : mLimits(limits)
    {
    }

    void setLimits(const TransportLimits &limits)
    {
        mLimits = limits;
        mPool.reset();
    }
    const TransportLimits &limits() const { return mLimits; }

    std::unique_ptr<PendingExchange> start(const RemoteRequest &request) override;
    /** Idle connections kept for the next requests. */
    int idleConnections() { return mPool ? mPool->idleCount() : 0; }

private:
    TransportLimits mLimits;
    std::shared_ptr<ConnectionPool> mPool;
};

} // namespace InvoiceDesk
