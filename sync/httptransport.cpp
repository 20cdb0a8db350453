// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptransport.h"
#include "httpresponseparser.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSslSocket>
#include <QTimer>

namespace InvoiceDesk {

namespace {

/** The request line, headers and body, exactly as they go on the wire. */
QByteArray serialise(const RemoteRequest &request)
{
    QByteArray target = request.url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (request.url.hasQuery())
        target += "?" + request.url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = request.url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = "[" + host + "]"; // an IPv6 literal
    if (request.url.port() > 0)
        host += ":" + QByteArray::number(request.url.port());
    QByteArray out = request.method + " " + target + " HTTP/1.1\r\nHost: " + host
        + "\r\nConnection: close\r\n";
    for (const auto &[name, value] : request.headers)
        out += name + ": " + value + "\r\n";
    if (!request.body.isEmpty() || (request.method != "GET" && request.method != "DELETE"))
        out += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    return out + "\r\n" + request.body;
}

/** One exchange on its own connection, bounded in time and in size. */
class SocketExchange : public PendingExchange
{
public:
    SocketExchange(const RemoteRequest &request, const TransportLimits &limits)
        : mParser(mResponse, limits.maxResponseBytes)
    {
        const bool tls = request.url.scheme() == QLatin1String("https");
        mSocket = tls ? new QSslSocket(this) : new QTcpSocket(this);
        armTimer(mInactivity, limits.transferTimeoutMs);
        armTimer(mWatchdog, limits.watchdogMs);
        connect(mSocket, &QAbstractSocket::readyRead, this, &SocketExchange::readMore);
        connect(mSocket, &QAbstractSocket::disconnected, this, &SocketExchange::closed);
        connect(mSocket, &QAbstractSocket::errorOccurred, this, &SocketExchange::socketError);
        const QByteArray wire = serialise(request);
        const auto writeRequest = [this, wire] {
            // From here on, any byte may have reached the server.
            mResponse.requestWritten = true;
            mSocket->write(wire);
        };
        if (tls) {
            auto *ssl = static_cast<QSslSocket *>(mSocket);
            connect(ssl, &QSslSocket::encrypted, this, writeRequest);
            ssl->connectToHostEncrypted(request.url.host(), quint16(request.url.port(443)));
        } else {
            connect(mSocket, &QAbstractSocket::connected, this, writeRequest);
            mSocket->connectToHost(request.url.host(), quint16(request.url.port(80)));
        }
    }

    const RemoteResponse &response() const override { return mResponse; }
    bool isFinished() const override { return mFinished; }

private:
    void armTimer(QTimer &timer, int ms)
    {
        timer.setSingleShot(true);
        timer.setInterval(ms);
        connect(&timer, &QTimer::timeout, this, [this] {
            fail(QCoreApplication::translate("HttpTransport", "no answer within the time limit"),
                true);
        });
        timer.start();
    }

    void readMore()
    {
        mInactivity.start();
        const QByteArray bytes = mSocket->readAll();
        switch (mParser.feed(bytes)) {
        case HttpResponseParser::State::Complete:
            finish();
            return;
        case HttpResponseParser::State::Failed:
            fail(mParser.error(), false);
            return;
        default:
            return;
        }
    }

    void closed()
    {
        if (mFinished)
            return;
        if (mSocket->bytesAvailable() > 0)
            readMore();
        if (mFinished)
            return;
        if (mParser.finishAtEof() == HttpResponseParser::State::Complete)
            finish();
        else
            fail(mParser.error(), false, QNetworkReply::RemoteHostClosedError);
    }

    void socketError(QAbstractSocket::SocketError error)
    {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return; // handled by disconnected
        // Before the request was written (refused, host not found, TLS handshake), nothing can
        // have reached the server.
        fail(mSocket->errorString(), false);
    }

    void fail(const QString &why, bool timeout,
        QNetworkReply::NetworkError error = QNetworkReply::UnknownNetworkError)
    {
        if (mFinished)
            return;
        if (!mResponse.requestWritten)
            error = QNetworkReply::ConnectionRefusedError;
        mResponse.networkError = timeout ? QNetworkReply::TimeoutError : error;
        mResponse.timedOut = timeout;
        mResponse.errorText = why;
        // A status line without a complete answer is no answer; what came is kept for the record.
        mResponse.httpStatus = 0;
        finish();
    }

    void finish()
    {
        if (mFinished)
            return;
        mFinished = true;
        mInactivity.stop();
        mWatchdog.stop();
        mSocket->abort();
        Q_EMIT finished();
    }

    RemoteResponse mResponse;
    HttpResponseParser mParser;
    QTcpSocket *mSocket = nullptr;
    QTimer mInactivity;
    QTimer mWatchdog;
    bool mFinished = false;
};

} // namespace

QList<RemoteResponse> Transport::send(const QList<RemoteRequest> &requests)
{
    std::vector<std::unique_ptr<PendingExchange>> exchanges;
    QEventLoop loop;
    for (const RemoteRequest &request : requests) {
        exchanges.push_back(start(request));
        QObject::connect(exchanges.back().get(), &PendingExchange::finished, &loop, [&] {
            if (std::all_of(exchanges.begin(), exchanges.end(),
                    [](const auto &exchange) { return exchange->isFinished(); }))
                loop.quit();
        });
    }
    if (std::any_of(exchanges.begin(), exchanges.end(),
            [](const auto &exchange) { return !exchange->isFinished(); }))
        loop.exec();
    QList<RemoteResponse> responses;
    for (const auto &exchange : exchanges)
        responses.append(exchange->response());
    return responses;
}

std::unique_ptr<PendingExchange> HttpTransport::start(const RemoteRequest &request)
{
    return std::make_unique<SocketExchange>(request, mLimits);
}

} // namespace InvoiceDesk
