// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QString>

#include <vector>

class QTcpSocket;
class QUrl;

namespace InvoiceDesk {

/**
 * Idle keep-alive connections of the HTTP transport, by origin. A connection
 * comes back only after an exchange on it ended cleanly (a whole answer of a
 * known length, the server not closing), and goes out again only while it is
 * young, still connected, and silent. Each connection serves one exchange at a
 * time, so nothing is ever pipelined. A pooled connection is never a reason to
 * send anything again: a request whose connection fails after it was written is
 * in doubt, like any other.
 */
class ConnectionPool
{
public:
    /** Connections idle for `maxIdleMs` or longer are closed, never reused. */
    explicit ConnectionPool(int maxIdleMs, int maxIdlePerOrigin = 8);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool &) = delete;
    ConnectionPool &operator=(const ConnectionPool &) = delete;

    /** "scheme://host:port" of a URL. */
    static QString originOf(const QUrl &url);

    /** An idle connection to `origin` made by this thread, or null; the caller owns it. */
    QTcpSocket *take(const QString &origin);
    /** Keeps `socket` (no parent, no receivers of ours) for the next exchange to `origin`. */
    void put(const QString &origin, QTcpSocket *socket);
    /** Idle connections that could still be used (the others are closed first). */
    int idleCount();

private:
    struct Idle
    {
        QPointer<QTcpSocket> socket;
        QElapsedTimer since;
    };

    static void close(QTcpSocket *socket);
    void closeExpired();

    int mMaxIdleMs;
    int mMaxIdlePerOrigin;
    QHash<QString, std::vector<Idle>> mIdle;
};

} // namespace InvoiceDesk
