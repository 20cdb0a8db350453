// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionpool.h"

#include <QTcpSocket>
#include <QThread>
#include <QUrl>

namespace InvoiceDesk {

ConnectionPool::ConnectionPool(int maxIdleMs, int maxIdlePerOrigin)
    : mMaxIdleMs(maxIdleMs)
    , mMaxIdlePerOrigin(maxIdlePerOrigin)
{
}

ConnectionPool::~ConnectionPool()
{
    for (auto &idle : mIdle) {
        for (Idle &connection : idle)
            close(connection.socket);
    }
}

QString ConnectionPool::originOf(const QUrl &url)
{
    const bool tls = url.scheme() == QLatin1String("https");
    return QStringLiteral("%1://%2:%3")
        .arg(url.scheme(), url.host(QUrl::FullyEncoded))
        .arg(url.port(tls ? 443 : 80));
}

void ConnectionPool::close(QTcpSocket *socket)
{
    if (!socket)
        return;
    socket->abort();
    // A socket belongs to the thread that made it; from another thread it is only scheduled.
    if (socket->thread() == QThread::currentThread())
        delete socket;
    else
        socket->deleteLater();
}

void ConnectionPool::closeExpired()
{
    for (auto it = mIdle.begin(); it != mIdle.end();) {
        std::vector<Idle> &idle = it.value();
        std::erase_if(idle, [this](Idle &connection) {
            // A server closes an idle connection when it likes (5 s and more is usual); one it
            // may be closing is not used, so that a request rarely meets a closed connection.
            const bool usable = connection.socket
                && connection.socket->state() == QAbstractSocket::ConnectedState
                && connection.socket->bytesAvailable() == 0
                && connection.since.elapsed() < mMaxIdleMs;
            if (!usable)
                close(connection.socket);
            return !usable;
        });
        it = idle.empty() ? mIdle.erase(it) : std::next(it);
    }
}

QTcpSocket *ConnectionPool::take(const QString &origin)
{
    closeExpired();
    auto it = mIdle.find(origin);
    if (it == mIdle.end())
        return nullptr;
    std::vector<Idle> &idle = it.value();
    // The most recently used first: the least likely to have been closed by the server.
    for (auto connection = idle.rbegin(); connection != idle.rend(); ++connection) {
        if (connection->socket->thread() != QThread::currentThread())
            continue;
        QTcpSocket *socket = connection->socket;
        idle.erase(std::next(connection).base());
        if (idle.empty())
            mIdle.erase(it);
        return socket;
    }
    return nullptr;
}

void ConnectionPool::put(const QString &origin, QTcpSocket *socket)
{
    std::vector<Idle> &idle = mIdle[origin];
    if (int(idle.size()) >= mMaxIdlePerOrigin) {
        close(idle.front().socket);
        idle.erase(idle.begin());
    }
    Idle connection {socket, {}};
    connection.since.start();
    idle.push_back(std::move(connection));
}

int ConnectionPool::idleCount()
{
    closeExpired();
    int count = 0;
    for (const auto &idle : mIdle)
        count += int(idle.size());
    return count;
}

} // namespace InvoiceDesk
