// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync's HTTP client keeps a connection alive only after a whole answer of a known length,
// never past its idle limit or the server's close, and never re-sends anything.
#include "fakehttpserver.h"
#include "httpresponseparser.h"
#include "httptransport.h"

#include <QTcpSocket>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Fakes;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

/** A fake answering every request with its path, plus the given headers. */
struct EchoServer
{
    FakeHttpServer server;
    QList<std::pair<QByteArray, QByteArray>> headers;

    EchoServer()
    {
        server.setHandler([this](const FakeRequest &request) {
            FakeResponse response {200, request.path.toUtf8(), headers};
            return response;
        });
        if (!server.listen())
            qFatal("the fake did not listen");
    }

    RemoteRequest post(const QString &path) const
    {
        RemoteRequest request;
        request.method = "POST";
        request.url = server.baseUrl().resolved(QUrl(path));
        request.body = "{}";
        return request;
    }
};

} // namespace

class TestHttpTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aKeptAliveConnectionCarriesTheNextRequests();
    void withoutKeepAliveEachRequestHasItsOwnConnectionAndSaysSo();
    void anAnswerSayingCloseEndsItsConnection();
    void aConnectionTheServerClosedIsNotUsed();
    void anExchangeThatTimedOutLeavesNoConnectionBehind();
    void concurrentRequestsEachHaveAConnection();
    void anIdleConnectionPastItsLimitIsClosed();
    void theParserSaysWhenAConnectionMayCarryMore_data();
    void theParserSaysWhenAConnectionMayCarryMore();
};

void TestHttpTransport::aKeptAliveConnectionCarriesTheNextRequests()
{
    EchoServer echo;
    HttpTransport transport;
    for (const char *path : {"/a", "/b", "/c"}) {
        const RemoteResponse response = transport.send(echo.post(str(path)));
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(response.body, QByteArray(path));
    }
    QCOMPARE(echo.server.connectionsAccepted(), 1);
    QCOMPARE(echo.server.requests().size(), 3);
    for (const FakeRequest &request : echo.server.requests())
        QCOMPARE(request.header("Connection"), QByteArray());
    QCOMPARE(transport.idleConnections(), 1);
}

void TestHttpTransport::withoutKeepAliveEachRequestHasItsOwnConnectionAndSaysSo()
{
    EchoServer echo;
    TransportLimits limits;
    limits.keepAliveMs = 0;
    HttpTransport transport(limits);
    for (const char *path : {"/a", "/b", "/c"})
        QCOMPARE(transport.send(echo.post(str(path))).body, QByteArray(path));
    QCOMPARE(echo.server.connectionsAccepted(), 3);
    for (const FakeRequest &request : echo.server.requests())
        QCOMPARE(request.header("Connection"), QByteArray("close"));
    QCOMPARE(transport.idleConnections(), 0);
}

void TestHttpTransport::anAnswerSayingCloseEndsItsConnection()
{
    EchoServer echo;
    echo.headers = {{"Connection", "keep-alive, Close"}};
    HttpTransport transport;
    QCOMPARE(transport.send(echo.post(str("/a"))).httpStatus, 200);
    QCOMPARE(transport.idleConnections(), 0);
    QCOMPARE(transport.send(echo.post(str("/b"))).httpStatus, 200);
    QCOMPARE(echo.server.connectionsAccepted(), 2);
}

void TestHttpTransport::aConnectionTheServerClosedIsNotUsed()
{
    EchoServer echo;
    HttpTransport transport;
    QCOMPARE(transport.send(echo.post(str("/a"))).httpStatus, 200);
    QCOMPARE(transport.idleConnections(), 1);
    echo.server.closeConnections(); // the server's keep-alive ran out
    QTRY_COMPARE(transport.idleConnections(), 0);
    const RemoteResponse response = transport.send(echo.post(str("/b")));
    QCOMPARE(response.httpStatus, 200);
    QCOMPARE(response.body, QByteArray("/b"));
    QCOMPARE(echo.server.connectionsAccepted(), 2);
    QCOMPARE(echo.server.requests().size(), 2);
}

void TestHttpTransport::anExchangeThatTimedOutLeavesNoConnectionBehind()
{
    EchoServer echo;
    echo.server.injectFault(str("/hang"), Fault::Hang);
    TransportLimits limits;
    limits.transferTimeoutMs = 200;
    HttpTransport transport(limits);
    QCOMPARE(transport.send(echo.post(str("/a"))).httpStatus, 200);
    const RemoteResponse hung = transport.send(echo.post(str("/hang")));
    QVERIFY(hung.timedOut);
    QVERIFY(hung.requestWritten); // in doubt: it may have arrived (it did)
    QCOMPARE(transport.idleConnections(), 0);
    // The next request never meets the hung request's answer: it has a connection of its own.
    QCOMPARE(transport.send(echo.post(str("/b"))).body, QByteArray("/b"));
    QCOMPARE(echo.server.connectionsAccepted(), 2);
    QCOMPARE(echo.server.arrivals(str("/hang")), 1);
}

void TestHttpTransport::concurrentRequestsEachHaveAConnection()
{
    EchoServer echo;
    HttpTransport transport;
    QList<RemoteRequest> requests;
    for (const char *path : {"/a", "/b", "/c", "/d"})
        requests.append(echo.post(str(path)));
    QList<RemoteResponse> responses = transport.send(requests);
    QCOMPARE(echo.server.connectionsAccepted(), 4);
    QCOMPARE(transport.idleConnections(), 4);
    responses = transport.send(requests); // the four kept connections, one request each
    QCOMPARE(echo.server.connectionsAccepted(), 4);
    QStringList bodies;
    for (const RemoteResponse &response : responses)
        bodies.append(QString::fromUtf8(response.body));
    QCOMPARE(bodies, QStringList({str("/a"), str("/b"), str("/c"), str("/d")}));
    QCOMPARE(echo.server.requests().size(), 8);
}

void TestHttpTransport::anIdleConnectionPastItsLimitIsClosed()
{
    EchoServer echo;
    QTcpSocket *socket = new QTcpSocket;
    socket->connectToHost(echo.server.baseUrl().host(), quint16(echo.server.baseUrl().port()));
    QVERIFY(socket->waitForConnected(5000));
    const QPointer<QTcpSocket> watched(socket);
    const QString origin = ConnectionPool::originOf(echo.server.baseUrl());
    {
        ConnectionPool young(60000);
        young.put(origin, socket);
        QCOMPARE(young.take(ConnectionPool::originOf(QUrl(str("http://127.0.0.1:1")))), nullptr);
        QCOMPARE(young.take(origin), socket);
    }
    ConnectionPool expired(0); // every idle connection is past the limit at once
    expired.put(origin, socket);
    QCOMPARE(expired.take(origin), nullptr);
    QVERIFY(watched.isNull()); // closed and deleted, not leaked
    QCOMPARE(expired.idleCount(), 0);
}

void TestHttpTransport::theParserSaysWhenAConnectionMayCarryMore_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("reusable");
    using S = HttpResponseParser::State;
    QTest::newRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                            << int(S::Complete) << true;
    QTest::newRow("chunks") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                          "2\r\nok\r\n0\r\n\r\n")
                            << int(S::Complete) << true;
    QTest::newRow("no content, no length")
        << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << int(S::Complete) << true;
    QTest::newRow("until close") << QByteArray("HTTP/1.1 200 OK\r\n\r\nok") << int(S::Body)
                                 << false;
    QTest::newRow("HTTP/1.0") << QByteArray("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok")
                              << int(S::Complete) << false;
    QTest::newRow("Connection: close")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok")
        << int(S::Complete) << false;
    QTest::newRow("bytes after the answer")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200")
        << int(S::Complete) << false;
    QTest::newRow("half an answer")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nok") << int(S::Body) << false;
}

void TestHttpTransport::theParserSaysWhenAConnectionMayCarryMore()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, state);
    QFETCH(bool, reusable);
    RemoteResponse response;
    HttpResponseParser parser(response, 1024);
    QCOMPARE(int(parser.feed(bytes)), state);
    QCOMPARE(parser.connectionReusable(), reusable);
}

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"
