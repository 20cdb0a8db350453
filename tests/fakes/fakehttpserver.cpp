// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakehttpserver.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace InvoiceDesk::Fakes {

QJsonObject FakeRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeResponse FakeResponse::json(int status, const QJsonObject &object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact),
        {{"Content-Type", "application/json"}}};
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&mServer, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = mServer.nextPendingConnection()) {
            ++mConnectionsAccepted;
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                for (const int index : mRequestsOn.take(socket))
                    mRequests[index].arrivalsWhenClosed = int(mRequests.size());
                mBuffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

bool FakeHttpServer::listen(quint16 port)
{
    return mServer.listen(QHostAddress::LocalHost, port);
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(mServer.serverPort()));
}

void FakeHttpServer::injectFault(const QString &pathContains, Fault fault, int retryAfterSecs)
{
    mFaults.append({pathContains, fault, retryAfterSecs, {}});
}

void FakeHttpServer::injectResponse(
    const QString &pathContains, const FakeResponse &response, bool commit)
{
    mFaults.append(
        {pathContains, commit ? Fault::CommitThenReplace : Fault::ReplaceNoCommit, 0, response});
}

void FakeHttpServer::stream(QTcpSocket *socket, const QByteArray &head, const QByteArray &block)
{
    // Writes a block every few milliseconds for as long as the client listens.
    socket->write(head);
    auto *timer = new QTimer(socket);
    connect(timer, &QTimer::timeout, socket, [socket, block] {
        if (socket->bytesToWrite() < 4 * block.size())
            socket->write(block);
    });
    timer->start(1);
}

int FakeHttpServer::arrivals(const QString &path, const QByteArray &text) const
{
    int count = 0;
    for (const FakeRequest &request : mRequests) {
        if (request.path.contains(path)
            && (text.isEmpty() || request.body.contains(text)
                || request.query.toString(QUrl::FullyDecoded).toUtf8().contains(text)))
            ++count;
    }
    return count;
}

void FakeHttpServer::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = mBuffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        FakeRequest request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() < 2) {
            socket->abort();
            return;
        }
        request.method = requestLine.at(0);
        const QUrl target(QString::fromLatin1(requestLine.at(1)));
        request.path = target.path();
        request.query = QUrlQuery(target);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            request.headers.insert(name, line.mid(colon + 1).trimmed());
            if (name == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return; // the body is still coming
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        const bool logged = mLogLimit < 0 || mRequests.size() < mLogLimit;
        if (mClock)
            request.arrivedAt = mClock();
        if (logged)
            mRequests.append(request);

        std::optional<PendingFault> fault;
        for (qsizetype i = 0; i < mFaults.size(); ++i) {
            if (request.path.contains(mFaults.at(i).path)) {
                fault = mFaults.takeAt(i);
                break;
            }
        }
        if (logged)
            mRequestsOn[socket].append(int(mRequests.size()) - 1);
        if (!fault) {
            const bool close
                = mHonoursConnectionClose && request.header("Connection").toLower() == "close";
            answer(socket, mHandler(request), close);
            if (close)
                return;
            continue;
        }
        if (!playFault(socket, request, *fault))
            return;
    }
}

/** Plays a fault on a request; false when the connection is left alone (no more reading). */
bool FakeHttpServer::playFault(
    QTcpSocket *socket, const FakeRequest &request, const PendingFault &fault)
{
    const auto retryAfter = [&](int status) {
        FakeResponse response = FakeResponse::json(
            status, {{QStringLiteral("message"), QStringLiteral("slow down")}});
        response.headers.append({"Retry-After", QByteArray::number(fault.retryAfterSecs)});
        return response;
    };
    const FakeResponse internalError = FakeResponse::json(
        500, {{QStringLiteral("message"), QStringLiteral("Internal Server Error")}});
    switch (fault.fault) {
    case Fault::CommitThenDrop:
        mHandler(request);
        socket->abort();
        return false;
    case Fault::DropBeforeCommit:
        socket->abort();
        return false;
    case Fault::CommitThen500:
        mHandler(request);
        respond(socket, internalError);
        return true;
    case Fault::Fail500NoCommit:
        respond(socket, internalError);
        return true;
    case Fault::TooManyRequests:
        respond(socket, retryAfter(429));
        return true;
    case Fault::Unavailable:
        respond(socket, retryAfter(503));
        return true;
    case Fault::Hang:
        return false;
    case Fault::CommitThenHang:
        mHandler(request);
        return false;
    case Fault::CommitThenMalformed: {
        FakeResponse response = mHandler(request);
        response.body = response.body.left(response.body.size() / 2);
        respond(socket, response);
        return true;
    }
    case Fault::Unauthorized:
        respond(socket,
            FakeResponse::json(
                401, {{QStringLiteral("message"), QStringLiteral("Invalid login")}}));
        return true;
    case Fault::Conflict:
        respond(socket,
            FakeResponse::json(409,
                {{QStringLiteral("success"), false},
                    {QStringLiteral("error"),
                        QJsonObject {{QStringLiteral("message"),
                            QStringLiteral("The record was changed by someone else")}}}}));
        return true;
    case Fault::CommitThenHalfClose:
        mHandler(request);
        socket->write("HTTP/1.1 20");
        socket->flush();
        socket->disconnectFromHost();
        return false;
    case Fault::CommitThenSlowDrip: {
        const FakeResponse response = mHandler(request);
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status)
            + " Fake\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n"
            + response.body;
        auto *timer = new QTimer(socket);
        auto offset = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, out, offset] {
            socket->write(out.mid(*offset, 7));
            *offset += 7;
            if (*offset >= out.size())
                timer->stop();
        });
        timer->start(5);
        return true;
    }
    case Fault::CommitThenReplace:
        mHandler(request);
        respond(socket, fault.replacement);
        return true;
    case Fault::ReplaceNoCommit:
        respond(socket, fault.replacement);
        return true;
    case Fault::HugeLength:
        mHandler(request);
        stream(socket, "HTTP/1.1 200 OK\r\nContent-Length: 2000000000\r\n\r\n",
            QByteArray(64 * 1024, 'x'));
        return false;
    case Fault::EndlessChunks:
        mHandler(request);
        stream(socket, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n",
            "10000\r\n" + QByteArray(0x10000, 'y') + "\r\n");
        return false;
    }
    return false;
}

void FakeHttpServer::answer(QTcpSocket *socket, const FakeResponse &response, bool thenClose)
{
    const auto send = [this, socket, response, thenClose] {
        respond(socket, response);
        if (thenClose)
            socket->disconnectFromHost(); // after what was written
    };
    if (mLatencyMs <= 0) {
        send();
        return;
    }
    // Timers of one interval fire in the order they were started: a connection's answers keep
    // the order of its requests.
    QTimer::singleShot(mLatencyMs, socket, send);
}

void FakeHttpServer::respond(QTcpSocket *socket, const FakeResponse &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    out += response.body;
    socket->write(out);
}

} // namespace InvoiceDesk::Fakes
