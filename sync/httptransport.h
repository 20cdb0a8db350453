#pragma once

#include "remotecall.h"

#include <QObject>

class QNetworkAccessManager;

namespace InvoiceDesk {

/**
 * Sends requests and waits for their answers, several at once, with a
 * transfer timeout and an overall watchdog on every one. It never retries:
 * every retry goes through the sync state machine. Redirects are not
 * followed (a moved API is a configuration error to show, not to guess at).
 */
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    explicit HttpTransport(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setTimeouts(int transferTimeoutMs, int watchdogMs);

    /** Sends all requests concurrently and returns their responses in the same order. */
    QList<RemoteResponse> send(const QList<RemoteRequest> &requests);
    RemoteResponse send(const RemoteRequest &request) { return send(QList<RemoteRequest>{request}).first(); }

private:
    QNetworkAccessManager *mNetwork;
    int mTransferTimeoutMs = 30000;
    int mWatchdogMs = 120000;
};

} // namespace InvoiceDesk
