// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sync benchmark: 10,000 queued payments pushed to a loopback fake by the engine (every
// acknowledgement durably committed), beside the same requests sent by a bare
// QNetworkAccessManager loop with as many in flight; prints operations per second,
// the ratio and peak memory.
// --latency-ms N: the fake answers each request N ms after it arrived (a distant server).
// The fake logs only its first 1,000 requests, so the memory figure is the engine's. It runs on
// a thread of its own, as a remote server is never on its client's thread: neither the engine
// nor the bare loop (whose sockets QNetworkAccessManager runs on a thread of its own) does the
// server's work in its thread (--fake-on-engine-thread: as before stop 28, the fake's work in
// the engine's thread and the loop's). The bare loop runs
// before and after the engine; its reference is the mean of the two, so a machine whose speed
// drifts moves both sides. A third run of the loop, each request on a connection of its own
// as the engine sends them, shows what the engine's bookkeeping costs beyond that choice.
//   bench_sync [PAYMENTS] [--latency-ms N] [--fake-on-engine-thread]
//   (10,000 payments; 2,000 with a latency)
#include "../queuedinvoices.h"
#include "fakeremotes.h"
#include "ledger.h"
#include "syncsession.h"
#include "upgradechatadapter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <sys/resource.h>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Fakes;

namespace {

/** Requests per second; `ownConnections`: each on a connection of its own, as the engine's. */
double bareLoop(const QList<RemoteRequest> &requests, int inFlight, bool ownConnections = false)
{
    QNetworkAccessManager network;
    QEventLoop loop;
    qsizetype next = 0;
    int running = 0;
    QElapsedTimer timer;
    timer.start();
    std::function<void()> launch = [&] {
        while (running < inFlight && next < requests.size()) {
            const RemoteRequest &r = requests.at(next++);
            QNetworkRequest request(r.url);
            for (const auto &[name, value] : r.headers)
                request.setRawHeader(name, value);
            if (ownConnections)
                request.setRawHeader("Connection", "close");
            QNetworkReply *reply = network.sendCustomRequest(request, r.method, r.body);
            ++running;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                reply->deleteLater();
                --running;
                launch();
                if (running == 0 && next >= requests.size())
                    loop.quit();
            });
        }
    };
    launch();
    loop.exec();
    return double(requests.size()) / (double(timer.nsecsElapsed()) / 1e9);
}

/** The add-payment requests of `count` payments, built by the adapter, for the bare loop. */
QList<RemoteRequest> bareRequests(const Connection &connection, int count)
{
    UpgradeChatAdapter adapter;
    QList<RemoteRequest> requests;
    for (int n = 0; n < count; ++n) {
        SyncContext context;
        context.kind = OpKind::AddPayment;
        context.marker = QStringLiteral("BARE-%1").arg(n);
        context.connection = connection;
        context.secrets.insert(QStringLiteral("token"), QStringLiteral("bench-token"));
        Invoice invoice;
        invoice.number = QStringLiteral("S-%1").arg(n + 1, 6, 10, QLatin1Char('0'));
        invoice.currency = *Currency::fromCode(u"USD");
        context.invoice = invoice;
        Payment payment;
        payment.date = QDate(2026, 11, 2);
        payment.amount = 100;
        context.payment = payment;
        requests.append(**adapter.buildRequest(context));
    }
    return requests;
}

/** The fake on a thread of its own (or, asked, on the caller's); every call waits for its answer.
 */
class FakeHost
{
public:
    explicit FakeHost(bool ownThread)
    {
        if (ownThread) {
            mContext.moveToThread(&mThread);
            mThread.start();
        }
        call([this] { mFake = std::make_unique<FakeUpgradeChat>(QStringLiteral("bench-token")); });
    }
    ~FakeHost()
    {
        call([this] { mFake.reset(); });
        mThread.quit();
        mThread.wait();
    }

    /** Runs `work` with the fake in the fake's thread. */
    template <typename Work> void call(Work work)
    {
        if (mThread.isRunning())
            QMetaObject::invokeMethod(&mContext, work, Qt::BlockingQueuedConnection);
        else
            work();
    }
    FakeUpgradeChat &fake() { return *mFake; } ///< only in call()'s work, or for its url()

private:
    QThread mThread;
    QObject mContext;
    std::unique_ptr<FakeUpgradeChat> mFake;
};

/**
 * Not the target's reference: the engine sends each request on a connection of its own (an
 * answer can then only be its request's), which the keep-alive loop does not.
 */
void compareWithAConnectionPerRequest(
    FakeHost &host, const QList<RemoteRequest> &requests, int inFlight, double engineRate)
{
    int acceptedBefore = 0, acceptedAfter = 0;
    host.call([&] {
        acceptedBefore = host.fake().server().connectionsAccepted();
        host.fake().server().setHonoursConnectionClose(true);
    });
    const double rate = bareLoop(requests, inFlight, true);
    host.call([&] { acceptedAfter = host.fake().server().connectionsAccepted(); });
    std::printf("bare loop, a connection per request as the engine: %.0f ops/s (%d connections "
                "for %d requests), engine / that %.0f%%\n",
        rate, acceptedAfter - acceptedBefore, int(requests.size()), 100.0 * engineRate / rate);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    int latencyMs = 0;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--latency-ms"));
        at >= 0 && at + 1 < arguments.size()) {
        latencyMs = arguments.at(at + 1).toInt();
        arguments.remove(at, 2);
    }
    const bool fakeOnEngineThread
        = arguments.removeAll(QStringLiteral("--fake-on-engine-thread")) > 0;
    const int count = !arguments.isEmpty() ? arguments.first().toInt()
        : latencyMs > 0                    ? 2000
                                           : 10000;
    qputenv("BENCH_TOKEN", "bench-token");
    FakeHost host(!fakeOnEngineThread);
    bool listening = false;
    host.call([&] {
        listening = host.fake().start();
        host.fake().server().setRequestLogLimit(1000);
        host.fake().server().setLatency(latencyMs);
    });
    if (!listening)
        return 1;
    const QUrl fakeUrl = host.fake().url();
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("bench.invoicedesk")));
    if (!database)
        return 1;
    Ledger ledger(*database.value());
    Connection connection {0, QStringLiteral("bench"), QStringLiteral("upgradechat"), fakeUrl,
        {{QStringLiteral("tokenEnv"), QStringLiteral("BENCH_TOKEN")}}};
    if (!ledger.connections().add(connection))
        return 1;

    // The invoices go first (not measured), then one queued payment per invoice.
    if (!Benchmarks::createQueuedInvoices(ledger, connection.name, QStringLiteral("S-"), 6, count))
        return 1;
    SystemClock clock;
    SyncPolicy policy;
    SyncSession session(*database.value(), clock, policy);
    SyncEngine &engine = session.engine();
    if (!engine.start())
        return 1;
    engine.runOnce();

    if (!ledger.beginBatch())
        return 1;
    for (int n = 0; n < count; ++n) {
        Payment payment;
        payment.invoiceNumber = QStringLiteral("S-%1").arg(n + 1, 6, 10, QLatin1Char('0'));
        payment.date = QDate(2026, 11, 2);
        payment.amount = 10000;
        payment.method = PaymentMethod::Cash;
        if (!ledger.recordPayment(payment))
            return 1;
    }
    if (!ledger.commitBatch())
        return 1;

    // The same add-payment requests, built by the adapter, sent with no bookkeeping at all.
    const QList<RemoteRequest> requests = bareRequests(connection, count);
    const double bareBefore = bareLoop(requests, policy.maxParallel);

    rusage before {};
    getrusage(RUSAGE_SELF, &before);
    QElapsedTimer timer;
    timer.start();
    const SyncEngine::Summary summary = engine.runOnce();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    rusage after {};
    getrusage(RUSAGE_SELF, &after);
    const auto cpuUs = [](const rusage &u) {
        return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e6
            + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec);
    };
    const double engineRate = summary.acked / seconds;
    std::printf("engine: %d payments acknowledged in %.2f s = %.0f ops/s (%d in flight, "
                "synchronous=FULL, fake latency %d ms, the fake on %s)\n",
        summary.acked, seconds, engineRate, policy.maxParallel, latencyMs,
        fakeOnEngineThread ? "the engine's thread" : "a thread of its own");
    std::printf("CPU of this process (the fake included): %.0f us per payment\n",
        (cpuUs(after) - cpuUs(before)) / std::max(1, summary.acked));

    const double bareAfter = bareLoop(requests, policy.maxParallel);
    const double bareRate = (bareBefore + bareAfter) / 2;
    std::printf("bare QNetworkAccessManager loop: %.0f ops/s (%d in flight, no database; "
                "%.0f before the engine, %.0f after)\n",
        bareRate, policy.maxParallel, bareBefore, bareAfter);
    std::printf("ratio engine / bare: %.0f%% (target: at least %d%%)\n",
        100.0 * engineRate / bareRate, latencyMs > 0 ? 90 : 50);
    if (latencyMs == 0) // with a latency the connections cost nothing that shows
        compareWithAConnectionPerRequest(host, requests, policy.maxParallel, engineRate);
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory: %.1f MB\n", double(usage.ru_maxrss) / 1024.0);
    return summary.acked == count ? 0 : 1;
}
