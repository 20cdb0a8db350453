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
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
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
    mFaults.append({pathContains, fault, retryAfterSecs});
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
        mRequests.append(request);

        std::optional<PendingFault> fault;
        for (qsizetype i = 0; i < mFaults.size(); ++i) {
            if (request.path.contains(mFaults.at(i).path)) {
                fault = mFaults.takeAt(i);
                break;
            }
        }
        const auto retryAfter = [&](int status) {
            FakeResponse response = FakeResponse::json(
                status, {{QStringLiteral("message"), QStringLiteral("slow down")}});
            response.headers.append({"Retry-After", QByteArray::number(fault->retryAfterSecs)});
            return response;
        };
        if (!fault) {
            respond(socket, mHandler(request));
            continue;
        }
        switch (fault->fault) {
        case Fault::CommitThenDrop:
            mHandler(request);
            socket->abort();
            return;
        case Fault::DropBeforeCommit:
            socket->abort();
            return;
        case Fault::CommitThen500:
            mHandler(request);
            respond(socket,
                FakeResponse::json(
                    500, {{QStringLiteral("message"), QStringLiteral("Internal Server Error")}}));
            continue;
        case Fault::Fail500NoCommit:
            respond(socket,
                FakeResponse::json(
                    500, {{QStringLiteral("message"), QStringLiteral("Internal Server Error")}}));
            continue;
        case Fault::TooManyRequests:
            respond(socket, retryAfter(429));
            continue;
        case Fault::Unavailable:
            respond(socket, retryAfter(503));
            continue;
        case Fault::Hang:
            return;
        case Fault::CommitThenHang:
            mHandler(request);
            return;
        case Fault::CommitThenMalformed: {
            FakeResponse response = mHandler(request);
            response.body = response.body.left(response.body.size() / 2);
            respond(socket, response);
            continue;
        }
        case Fault::Unauthorized:
            respond(socket,
                FakeResponse::json(
                    401, {{QStringLiteral("message"), QStringLiteral("Invalid login")}}));
            continue;
        case Fault::Conflict:
            respond(socket,
                FakeResponse::json(409,
                    {{QStringLiteral("success"), false},
                        {QStringLiteral("error"),
                            QJsonObject {{QStringLiteral("message"),
                                QStringLiteral("The record was changed by someone else")}}}}));
            continue;
        case Fault::CommitThenHalfClose:
            mHandler(request);
            socket->write("HTTP/1.1 20");
            socket->flush();
            socket->disconnectFromHost();
            return;
        case Fault::CommitThenSlowDrip: {
            const FakeResponse response = mHandler(request);
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status)
                + " Fake\r\nContent-Length: " + QByteArray::number(response.body.size())
                + "\r\n\r\n" + response.body;
            auto *timer = new QTimer(socket);
            auto offset = std::make_shared<qsizetype>(0);
            connect(timer, &QTimer::timeout, socket, [socket, timer, out, offset] {
                socket->write(out.mid(*offset, 7));
                *offset += 7;
                if (*offset >= out.size())
                    timer->stop();
            });
            timer->start(5);
            continue;
        }
        }
    }
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
