// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpSocket;

namespace InvoiceDesk::Fakes {

/** A request as the fake server received it. */
struct FakeRequest
{
    QByteArray method;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
    QByteArray body;
    /** How many requests had arrived when this one's connection closed (-1: still open). */
    int arrivalsWhenClosed = -1;
    /** When it arrived, by the clock given to FakeHttpServer::setClock (invalid without one). */
    QDateTime arrivedAt;

    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;

    static FakeResponse json(int status, const QJsonObject &object);
};

/** Faults the server can play on the next matching request (sync-design.md section 6). */
enum class Fault {
    CommitThenDrop, ///< T1: the change is applied, the connection closes before any answer
    DropBeforeCommit, ///< the connection closes and nothing is applied
    CommitThen500, ///< T3: applied, then 500
    Fail500NoCommit, ///< T4: 500, nothing applied
    TooManyRequests, ///< T6: 429 with Retry-After, nothing applied
    Unavailable, ///< T6: 503 with Retry-After, nothing applied
    Hang, ///< T5: no answer ever, nothing applied
    CommitThenHang, ///< T2: applied, the answer never comes (past any timeout)
    CommitThenMalformed, ///< T7: applied, then 200 with a truncated body
    Unauthorized, ///< T9: 401, nothing applied
    Conflict, ///< T11: 409, nothing applied
    CommitThenHalfClose, ///< T17: applied, half a status line, then the server stops writing
    CommitThenSlowDrip, ///< T17: applied, the answer arrives a few bytes at a time
    CommitThenReplace, ///< applied, then the response given to injectResponse instead
    ReplaceNoCommit, ///< not applied; the response given to injectResponse
    HugeLength, ///< applied; announces 2,000,000,000 bytes and streams them slowly
    EndlessChunks, ///< applied; a chunked body that never ends
};

/**
 * A small HTTP/1.1 server on loopback (QTcpServer, so that socket-level faults
 * are possible): keep-alive, Content-Length bodies, and a queue of faults
 * played on requests whose path contains a given text. Every request that
 * arrives is logged, including those a fault swallows.
 */
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);

    bool listen(quint16 port = 0);
    QUrl baseUrl() const;
    void setHandler(Handler handler) { mHandler = std::move(handler); }

    void injectFault(const QString &pathContains, Fault fault, int retryAfterSecs = 1);
    /** The next matching request gets `response` (applied first when `commit`). */
    void injectResponse(const QString &pathContains, const FakeResponse &response, bool commit);
    void clearFaults() { mFaults.clear(); }

    /** Keeps only the first `limit` requests in the log (a benchmark's millions would cost
     * more memory than the program measured); negative: all, the default. */
    void setRequestLogLimit(qsizetype limit) { mLogLimit = limit; }
    /** Answers every request `ms` milliseconds after it arrived, as a distant server would. */
    void setLatency(int ms) { mLatencyMs = ms; }
    /**
     * Closes a connection after answering a request that asked for it ("Connection: close"),
     * as a real server does; off by default, so the tests see when the client closes.
     */
    void setHonoursConnectionClose(bool honours) { mHonoursConnectionClose = honours; }
    /** Stamps each request's arrival with this clock (a test's, shared with the engine). */
    void setClock(std::function<QDateTime()> clock) { mClock = std::move(clock); }

    const QList<FakeRequest> &requests() const { return mRequests; }
    /** Connections accepted so far. */
    int connectionsAccepted() const { return mConnectionsAccepted; }
    /** How many requests to paths containing `path` arrived whose body contains `text`. */
    int arrivals(const QString &path, const QByteArray &text = {}) const;

private:
    struct PendingFault
    {
        QString path;
        Fault fault;
        int retryAfterSecs;
        FakeResponse replacement;
    };

    void readFrom(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FakeResponse &response);
    /** respond() after the latency, if any. */
    void answer(QTcpSocket *socket, const FakeResponse &response, bool thenClose = false);
    bool playFault(QTcpSocket *socket, const FakeRequest &request, const PendingFault &fault);
    void stream(QTcpSocket *socket, const QByteArray &head, const QByteArray &block);

    QTcpServer mServer;
    Handler mHandler;
    QList<PendingFault> mFaults;
    QList<FakeRequest> mRequests;
    QHash<QTcpSocket *, QByteArray> mBuffers;
    QHash<QTcpSocket *, QList<int>> mRequestsOn;
    qsizetype mLogLimit = -1;
    int mConnectionsAccepted = 0;
    int mLatencyMs = 0;
    bool mHonoursConnectionClose = false;
    std::function<QDateTime()> mClock;
};

} // namespace InvoiceDesk::Fakes
