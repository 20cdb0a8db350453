#include "httptransport.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace InvoiceDesk {

namespace {

/** Errors raised before any byte of the request can have reached the server. */
bool failedBeforeWrite(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

} // namespace

HttpTransport::HttpTransport(QNetworkAccessManager *network, QObject *parent) : QObject(parent), mNetwork(network) {}

void HttpTransport::setTimeouts(int transferTimeoutMs, int watchdogMs)
{
    mTransferTimeoutMs = transferTimeoutMs;
    mWatchdogMs = watchdogMs;
}

QList<RemoteResponse> HttpTransport::send(const QList<RemoteRequest> &requests)
{
    QList<RemoteResponse> responses(requests.size());
    QList<QNetworkReply *> replies;
    QEventLoop loop;
    int pending = int(requests.size());
    for (const RemoteRequest &request : requests) {
        QNetworkRequest networkRequest(request.url);
        for (const auto &[name, value] : request.headers)
            networkRequest.setRawHeader(name, value);
        networkRequest.setTransferTimeout(mTransferTimeoutMs);
        networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        // Qt re-sends an idempotent request on a dropped keep-alive connection by itself; for
        // a POST it does not. Our PUT bodies carry full state, so such a re-send is harmless.
        networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QNetworkReply *reply = mNetwork->sendCustomRequest(networkRequest, request.method, request.body);
        replies.append(reply);
        connect(reply, &QNetworkReply::finished, &loop, [&pending, &loop] {
            if (--pending == 0)
                loop.quit();
        });
    }
    QTimer watchdog;
    watchdog.setSingleShot(true);
    connect(&watchdog, &QTimer::timeout, &loop, [&replies] {
        for (QNetworkReply *reply : replies) {
            if (reply->isRunning()) {
                reply->setProperty("watchdog", true);
                reply->abort();
            }
        }
    });
    watchdog.start(mWatchdogMs);
    if (pending > 0)
        loop.exec();

    for (qsizetype i = 0; i < replies.size(); ++i) {
        QNetworkReply *reply = replies.at(i);
        RemoteResponse &response = responses[i];
        response.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &pair : reply->rawHeaderPairs())
            response.headers.append(pair);
        response.body = reply->readAll();
        response.networkError = reply->error();
        response.timedOut = reply->error() == QNetworkReply::OperationCanceledError
                            || reply->error() == QNetworkReply::TimeoutError || reply->property("watchdog").toBool();
        if (reply->error() != QNetworkReply::NoError && response.httpStatus == 0)
            response.errorText = response.timedOut ? tr("no answer within the time limit") : reply->errorString();
        response.requestWritten = !(response.httpStatus == 0 && failedBeforeWrite(reply->error()));
        reply->deleteLater();
    }
    return responses;
}

} // namespace InvoiceDesk
