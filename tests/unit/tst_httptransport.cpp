// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync's HTTP client: every request on a connection of its own, so an answer can only be
// its request's; interim answers skipped; answers that cannot have a body end without one.
#include "fakehttpserver.h"
#include "httpresponseparser.h"
#include "httptransport.h"

#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Fakes;

class TestHttpTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRequestHasAConnectionOfItsOwn();
    void theParserReadsTheFinalAnswer_data();
    void theParserReadsTheFinalAnswer();
    void anAnswerArrivingInPiecesIsReadTheSame();
};

void TestHttpTransport::everyRequestHasAConnectionOfItsOwn()
{
    // A kept-alive connection lets bytes a server sends after an answer be read as the next
    // request's answer (a tester's server did: a read-back misread, a payment posted twice).
    FakeHttpServer server;
    server.setHandler([](const FakeRequest &request) {
        return FakeResponse {200, request.path.toUtf8(), {}};
    });
    QVERIFY(server.listen());
    HttpTransport transport;
    QList<RemoteRequest> requests;
    for (const char *path : {"/a", "/b", "/c"}) {
        RemoteRequest request;
        request.method = "POST";
        request.url = server.baseUrl().resolved(QUrl(QString::fromLatin1(path)));
        request.body = "{}";
        const RemoteResponse response = transport.send(request);
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(response.body, QByteArray(path));
        requests.append(request);
    }
    QList<RemoteResponse> together = transport.send(requests);
    QCOMPARE(together.size(), 3);
    QCOMPARE(together.at(2).body, QByteArray("/c"));
    QCOMPARE(server.connectionsAccepted(), 6);
    QCOMPARE(server.requests().size(), 6);
    for (const FakeRequest &request : server.requests())
        QCOMPARE(request.header("Connection"), QByteArray("close"));
}

void TestHttpTransport::theParserReadsTheFinalAnswer_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    using S = HttpResponseParser::State;
    QTest::newRow("length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
                            << int(S::Complete) << 200 << QByteArray("ok");
    QTest::newRow("100 Continue first")
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: "
                      "4\r\n\r\n{\"a\"")
        << int(S::Complete) << 201 << QByteArray("{\"a\"");
    QTest::newRow("103 Early Hints with headers, twice")
        << QByteArray("HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n"
                      "HTTP/1.1 103 Early Hints\r\nLink: </b.css>; rel=preload\r\n\r\n"
                      "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
        << int(S::Complete) << 200 << QByteArray("ok");
    QTest::newRow("interim only, so far")
        << QByteArray("HTTP/1.1 100 Continue\r\n\r\n") << int(S::Headers) << 0 << QByteArray();
    QByteArray endless;
    for (int i = 0; i < 17; ++i)
        endless += "HTTP/1.1 100 Continue\r\n\r\n";
    QTest::newRow("only interim answers") << endless << int(S::Failed) << 0 << QByteArray();
    QTest::newRow("204 without a length")
        << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << int(S::Complete) << 204 << QByteArray();
    QTest::newRow("304 announcing a length")
        << QByteArray("HTTP/1.1 304 Not Modified\r\nContent-Length: 120\r\n\r\n")
        << int(S::Complete) << 304 << QByteArray();
    QTest::newRow("until the end of the connection")
        << QByteArray("HTTP/1.1 200 OK\r\n\r\nok") << int(S::Body) << 200 << QByteArray("ok");
}

void TestHttpTransport::theParserReadsTheFinalAnswer()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, state);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    RemoteResponse response;
    HttpResponseParser parser(response, 1024);
    QCOMPARE(int(parser.feed(bytes)), state);
    QCOMPARE(response.httpStatus, status);
    QCOMPARE(response.body, body);
    if (status == 103 || status == 200)
        QCOMPARE(response.header("Link"), QByteArray());
}

void TestHttpTransport::anAnswerArrivingInPiecesIsReadTheSame()
{
    const QByteArray bytes("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nX-Id: 7\r\n"
                           "Transfer-Encoding: chunked\r\n\r\n2\r\nok\r\n3\r\n!!!\r\n0\r\n\r\n");
    for (qsizetype piece = 1; piece <= 7; ++piece) {
        RemoteResponse response;
        HttpResponseParser parser(response, 1024);
        HttpResponseParser::State state = HttpResponseParser::State::Headers;
        for (qsizetype at = 0; at < bytes.size(); at += piece)
            state
                = parser.feed(QByteArrayView(bytes).sliced(at, std::min(piece, bytes.size() - at)));
        QCOMPARE(state, HttpResponseParser::State::Complete);
        QCOMPARE(response.httpStatus, 200);
        QCOMPARE(response.header("X-Id"), QByteArray("7"));
        QCOMPARE(response.body, QByteArray("ok!!!"));
    }
}

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "tst_httptransport.moc"
