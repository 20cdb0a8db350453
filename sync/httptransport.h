// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remotecall.h"

#include <QObject>

namespace InvoiceDesk {

/**
 * Sends requests and waits for their answers, several at once, with an
 * inactivity timeout and an overall watchdog on every one.
 *
 * This is a small HTTP/1.1 client of our own on QTcpSocket/QSslSocket, one
 * connection per request ("Connection: close"), because QNetworkAccessManager
 * re-sends a request by itself when the server closes the connection before
 * answering, POSTs included (QHttpNetworkConnectionChannel's reconnect
 * attempts): for a payment that is a second payment. Our fault test
 * "commit then drop" caught it. Here nothing is ever sent twice: every
 * retry goes through the sync state machine.
 */
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    explicit HttpTransport(QObject *parent = nullptr);

    void setTimeouts(int transferTimeoutMs, int watchdogMs);

    /** Sends all requests concurrently and returns their responses in the same order. */
    QList<RemoteResponse> send(const QList<RemoteRequest> &requests);
    RemoteResponse send(const RemoteRequest &request)
    {
        return send(QList<RemoteRequest> {request}).first();
    }

private:
    int mTransferTimeoutMs = 30000;
    int mWatchdogMs = 120000;
};

} // namespace InvoiceDesk
