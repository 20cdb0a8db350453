// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sync's transport on a network thread of its own: exchanges run there, their answers come
// back to the thread that started them, and an exchange deleted (or a transport destroyed)
// before the answer aborts the exchange there, with nothing delivered afterwards.
#include "fakehttpserver.h"
#include "threadedtransport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Fakes;

namespace {

/** What a stub transport's exchanges saw, from whichever thread they ran in. */
struct Seen
{
    std::atomic<QThread *> startedIn = nullptr;
    std::atomic<QThread *> endedIn = nullptr;
    std::atomic<int> started = 0;
    std::atomic<int> ended = 0;
};

/** Answers "/answer" on its next turn of the event loop, "/now" before start() returns; other
 * paths never. */
class StubExchange : public PendingExchange
{
public:
    explicit StubExchange(Seen &seen)
        : mSeen(seen)
    {
    }
    ~StubExchange() override
    {
        mSeen.endedIn = QThread::currentThread();
        ++mSeen.ended;
    }

    const RemoteResponse &response() const override { return mResponse; }
    bool isFinished() const override { return mFinished; }

    void answer(const QByteArray &body)
    {
        mResponse.requestWritten = true;
        mResponse.httpStatus = 200;
        mResponse.body = body;
        mFinished = true;
        Q_EMIT finished();
    }

private:
    Seen &mSeen;
    RemoteResponse mResponse;
    bool mFinished = false;
};

class StubTransport : public Transport
{
public:
    explicit StubTransport(Seen &seen)
        : mSeen(seen)
    {
    }

    std::unique_ptr<PendingExchange> start(const RemoteRequest &request) override
    {
        mSeen.startedIn = QThread::currentThread();
        ++mSeen.started;
        auto exchange = std::make_unique<StubExchange>(mSeen);
        const QString path = request.url.path();
        if (path == QLatin1String("/now"))
            exchange->answer("now");
        else if (path == QLatin1String("/answer"))
            QTimer::singleShot(0, exchange.get(), [e = exchange.get()] { e->answer("later"); });
        return exchange;
    }

private:
    Seen &mSeen;
};

RemoteRequest requestTo(const QUrl &url)
{
    RemoteRequest request;
    request.method = "POST";
    request.url = url;
    request.body = "{}";
    return request;
}

RemoteRequest stubRequest(const char *path)
{
    return requestTo(QUrl(QStringLiteral("http://stub") + QLatin1String(path)));
}

} // namespace

class TestThreadedTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exchangesRunOnTheNetworkThreadAndAnswerInTheCallers();
    void anAnswerGivenAtOnceStillComes();
    void deletingAnExchangeAbortsItThere();
    void destroyingTheTransportEndsItsExchanges();
    void httpRequestsKeepAConnectionEach();
    void aRefusedConnectionIsNotSent();
};

void TestThreadedTransport::exchangesRunOnTheNetworkThreadAndAnswerInTheCallers()
{
    Seen seen;
    ThreadedTransport transport(std::make_unique<StubTransport>(seen));
    std::unique_ptr<PendingExchange> exchange = transport.start(stubRequest("/answer"));
    QThread *answeredIn = nullptr;
    connect(exchange.get(), &PendingExchange::finished, this,
        [&] { answeredIn = QThread::currentThread(); });
    QVERIFY(!exchange->isFinished());
    QTRY_VERIFY(exchange->isFinished());
    QCOMPARE(answeredIn, QThread::currentThread());
    QVERIFY(seen.startedIn.load() != nullptr);
    QVERIFY(seen.startedIn.load() != QThread::currentThread());
    QCOMPARE(exchange->response().httpStatus, 200);
    QCOMPARE(exchange->response().body, QByteArray("later"));
    QVERIFY(exchange->response().requestWritten);
    // The inner exchange ends on its own thread once it has answered.
    QTRY_COMPARE(seen.ended.load(), 1);
    QCOMPARE(seen.endedIn.load(), seen.startedIn.load());
}

void TestThreadedTransport::anAnswerGivenAtOnceStillComes()
{
    Seen seen;
    ThreadedTransport transport(std::make_unique<StubTransport>(seen));
    const RemoteResponse response = transport.send(stubRequest("/now"));
    QCOMPARE(response.httpStatus, 200);
    QCOMPARE(response.body, QByteArray("now"));
}

void TestThreadedTransport::deletingAnExchangeAbortsItThere()
{
    Seen seen;
    ThreadedTransport transport(std::make_unique<StubTransport>(seen));
    std::unique_ptr<PendingExchange> exchange = transport.start(stubRequest("/never"));
    QTRY_COMPARE(seen.started.load(), 1);
    QCOMPARE(seen.ended.load(), 0);
    exchange.reset();
    QTRY_COMPARE(seen.ended.load(), 1);
    QCOMPARE(seen.endedIn.load(), seen.startedIn.load());
}

void TestThreadedTransport::destroyingTheTransportEndsItsExchanges()
{
    Seen seen;
    std::unique_ptr<PendingExchange> waiting, answered;
    {
        ThreadedTransport transport(std::make_unique<StubTransport>(seen));
        waiting = transport.start(stubRequest("/never"));
        answered = transport.start(stubRequest("/answer"));
        QTRY_COMPARE(seen.ended.load(), 1); // the answered one, on the network thread
    }
    QCOMPARE(seen.started.load(), 2);
    QCOMPARE(seen.ended.load(), 2); // the waiting one, before the destructor returned
    QSignalSpy finished(waiting.get(), &PendingExchange::finished);
    QTRY_VERIFY(answered->isFinished()); // its answer was on its way
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 0);
    QVERIFY(!waiting->isFinished());
    waiting.reset(); // after the transport: nothing left to abort, and no crash
}

void TestThreadedTransport::httpRequestsKeepAConnectionEach()
{
    FakeHttpServer server;
    server.setHandler([](const FakeRequest &request) {
        return FakeResponse {201, request.path.toUtf8() + request.body, {}};
    });
    QVERIFY(server.listen());
    ThreadedTransport transport(std::make_unique<HttpTransport>());
    QList<RemoteRequest> requests;
    for (const char *path : {"/a", "/b", "/c", "/d"})
        requests.append(requestTo(server.baseUrl().resolved(QUrl(QString::fromLatin1(path)))));
    const QList<RemoteResponse> responses = transport.send(requests);
    QCOMPARE(responses.size(), 4);
    QCOMPARE(responses.at(0).body, QByteArray("/a{}"));
    QCOMPARE(responses.at(3).body, QByteArray("/d{}"));
    QCOMPARE(responses.at(3).httpStatus, 201);
    QCOMPARE(server.connectionsAccepted(), 4);
    QCOMPARE(server.requests().size(), 4);
    for (const FakeRequest &request : server.requests())
        QCOMPARE(request.header("Connection"), QByteArray("close"));
}

void TestThreadedTransport::aRefusedConnectionIsNotSent()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    ThreadedTransport transport(std::make_unique<HttpTransport>());
    const RemoteResponse response
        = transport.send(requestTo(QUrl(QStringLiteral("http://127.0.0.1:%1/p").arg(port))));
    QCOMPARE(response.httpStatus, 0);
    QVERIFY(!response.requestWritten);
    QCOMPARE(response.networkError, QNetworkReply::ConnectionRefusedError);
}

QTEST_GUILESS_MAIN(TestThreadedTransport)
#include "tst_threadedtransport.moc"
