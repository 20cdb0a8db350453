// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httptransport.h"
#include "crashpoint.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSslSocket>
#include <QTimer>

#include <memory>

namespace InvoiceDesk {

namespace {

/** One exchange on its own connection. */
class Exchange : public QObject
{
public:
    Exchange(const RemoteRequest &request, RemoteResponse &response, int transferTimeoutMs,
        int watchdogMs, std::function<void()> done)
        : mRequest(request)
        , mResponse(response)
        , mDone(std::move(done))
    {
        const bool tls = request.url.scheme() == QLatin1String("https");
        mSocket = tls ? new QSslSocket(this) : new QTcpSocket(this);
        mInactivity.setSingleShot(true);
        mInactivity.setInterval(transferTimeoutMs);
        mWatchdog.setSingleShot(true);
        mWatchdog.setInterval(watchdogMs);
        connect(&mInactivity, &QTimer::timeout, this, [this] {
            fail(QCoreApplication::translate("HttpTransport", "no answer within the time limit"),
                true);
        });
        connect(&mWatchdog, &QTimer::timeout, this, [this] {
            fail(QCoreApplication::translate("HttpTransport", "no answer within the time limit"),
                true);
        });
        connect(mSocket, &QAbstractSocket::readyRead, this, &Exchange::readMore);
        connect(mSocket, &QAbstractSocket::disconnected, this, &Exchange::closed);
        connect(mSocket, &QAbstractSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                if (error == QAbstractSocket::RemoteHostClosedError)
                    return; // handled by disconnected
                fail(mSocket->errorString(), false);
            });
        connect(mSocket, &QIODevice::bytesWritten, this, [this] {
            if (mSocket->bytesToWrite() == 0)
                crashPoint("after_send"); // the whole request is out, no answer read yet
        });
        const auto writeRequest = [this] {
            // From here on, any byte may have reached the server.
            mResponse.requestWritten = true;
            mSocket->write(serialise());
        };
        if (tls) {
            connect(static_cast<QSslSocket *>(mSocket), &QSslSocket::encrypted, this, writeRequest);
            static_cast<QSslSocket *>(mSocket)->connectToHostEncrypted(
                request.url.host(), quint16(request.url.port(443)));
        } else {
            connect(mSocket, &QAbstractSocket::connected, this, writeRequest);
            mSocket->connectToHost(request.url.host(), quint16(request.url.port(80)));
        }
        mInactivity.start();
        mWatchdog.start();
    }

private:
    QByteArray serialise() const
    {
        QByteArray target = mRequest.url.path(QUrl::FullyEncoded).toLatin1();
        if (target.isEmpty())
            target = "/";
        if (mRequest.url.hasQuery())
            target += "?" + mRequest.url.query(QUrl::FullyEncoded).toLatin1();
        QByteArray host = mRequest.url.host(QUrl::FullyEncoded).toLatin1();
        if (mRequest.url.port() > 0)
            host += ":" + QByteArray::number(mRequest.url.port());
        QByteArray out = mRequest.method + " " + target + " HTTP/1.1\r\nHost: " + host
            + "\r\nConnection: close\r\n";
        for (const auto &[name, value] : mRequest.headers)
            out += name + ": " + value + "\r\n";
        if (!mRequest.body.isEmpty() || (mRequest.method != "GET" && mRequest.method != "DELETE"))
            out += "Content-Length: " + QByteArray::number(mRequest.body.size()) + "\r\n";
        return out + "\r\n" + mRequest.body;
    }

    void readMore()
    {
        mInactivity.start();
        mBuffer += mSocket->readAll();
        if (parse())
            finish();
    }

    /** True when a whole response is in the buffer. */
    bool parse()
    {
        if (mHeaderEnd < 0) {
            mHeaderEnd = mBuffer.indexOf("\r\n\r\n");
            if (mHeaderEnd < 0)
                return false;
            const QList<QByteArray> lines = mBuffer.left(mHeaderEnd).split('\n');
            const QList<QByteArray> status = lines.first().trimmed().split(' ');
            mResponse.httpStatus = status.size() > 1 ? status.at(1).toInt() : 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    mResponse.headers.append(
                        {line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
            }
        }
        const QByteArray body = mBuffer.mid(mHeaderEnd + 4);
        if (mResponse.header("Transfer-Encoding").toLower().contains("chunked"))
            return dechunk(body);
        bool known = false;
        const qint64 length = mResponse.header("Content-Length").toLongLong(&known);
        if (known && body.size() >= length) {
            mResponse.body = body.left(length);
            return true;
        }
        return false; // without a length, the body ends when the server closes
    }

    bool dechunk(const QByteArray &body)
    {
        QByteArray out;
        qsizetype at = 0;
        for (;;) {
            const qsizetype lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0)
                return false;
            bool ok = false;
            const qint64 size
                = body.mid(at, lineEnd - at).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok)
                return false;
            if (size == 0) {
                mResponse.body = out;
                return true;
            }
            if (body.size() < lineEnd + 2 + size + 2)
                return false;
            out += body.mid(lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }

    void closed()
    {
        if (mFinished)
            return;
        mBuffer += mSocket->readAll();
        if (mHeaderEnd >= 0 || parse()) {
            parse();
            if (mResponse.body.isEmpty() && mHeaderEnd >= 0
                && mResponse.header("Content-Length").isEmpty()
                && !mResponse.header("Transfer-Encoding").toLower().contains("chunked"))
                mResponse.body = mBuffer.mid(mHeaderEnd + 4);
            const bool complete = !mResponse.header("Content-Length").isEmpty()
                ? mResponse.body.size() == mResponse.header("Content-Length").toLongLong()
                : true;
            if (complete) {
                finish();
                return;
            }
            // A truncated body: what came is kept for the record, the exchange is unfinished.
            mResponse.body = mBuffer.mid(mHeaderEnd + 4);
        }
        fail(QCoreApplication::translate(
                 "HttpTransport", "the server closed the connection before it answered"),
            false, QNetworkReply::RemoteHostClosedError);
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
        // A status line without a complete answer is no answer.
        if (mHeaderEnd >= 0 && mResponse.body.isEmpty())
            mResponse.body = mBuffer.mid(mHeaderEnd + 4);
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
        mDone();
    }

    const RemoteRequest &mRequest;
    RemoteResponse &mResponse;
    std::function<void()> mDone;
    QTcpSocket *mSocket = nullptr;
    QTimer mInactivity;
    QTimer mWatchdog;
    QByteArray mBuffer;
    qsizetype mHeaderEnd = -1;
    bool mFinished = false;
};

} // namespace

HttpTransport::HttpTransport(QObject *parent)
    : QObject(parent)
{
}

void HttpTransport::setTimeouts(int transferTimeoutMs, int watchdogMs)
{
    mTransferTimeoutMs = transferTimeoutMs;
    mWatchdogMs = watchdogMs;
}

QList<RemoteResponse> HttpTransport::send(const QList<RemoteRequest> &requests)
{
    QList<RemoteResponse> responses(requests.size());
    QEventLoop loop;
    int pending = int(requests.size());
    std::vector<std::unique_ptr<Exchange>> exchanges;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        exchanges.push_back(std::make_unique<Exchange>(
            requests.at(i), responses[i], mTransferTimeoutMs, mWatchdogMs, [&] {
                if (--pending == 0)
                    loop.quit();
            }));
    }
    if (pending > 0)
        loop.exec();
    return responses;
}

} // namespace InvoiceDesk
