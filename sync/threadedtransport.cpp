// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "threadedtransport.h"

#include <QMutex>
#include <QThread>

#include <atomic>
#include <unordered_map>

namespace InvoiceDesk {

namespace {

class RelayedExchange;

/** Where an exchange's answer goes: the exchange in its caller's thread, while it exists. */
struct Link
{
    QMutex mutex;
    RelayedExchange *exchange = nullptr;
};

} // namespace

/** The network thread and what lives in it. */
struct ThreadedTransport::Hub
{
    std::unique_ptr<Transport> inner; ///< used on the network thread only
    QThread thread;
    std::unique_ptr<QObject> context; ///< lives in the network thread
    std::unordered_map<quint64, std::unique_ptr<PendingExchange>> running; ///< network thread
    std::atomic<quint64> lastId = 0;
    QMutex mutex; ///< guards `open`: nothing is posted to the thread once it is closed
    bool open = true;

    template <typename Work> void post(Work &&work)
    {
        QMutexLocker lock(&mutex);
        if (open)
            QMetaObject::invokeMethod(
                context.get(), std::forward<Work>(work), Qt::QueuedConnection);
    }

    void begin(quint64 id, const RemoteRequest &request, const std::shared_ptr<Link> &link);
    void abort(quint64 id)
    {
        post([this, id] { running.erase(id); });
    }
};

namespace {

/** The caller's side of an exchange run on the network thread. */
class RelayedExchange : public PendingExchange
{
public:
    RelayedExchange(std::shared_ptr<ThreadedTransport::Hub> hub, quint64 id)
        : mHub(std::move(hub))
        , mId(id)
        , mLink(std::make_shared<Link>())
    {
        mLink->exchange = this;
    }

    ~RelayedExchange() override
    {
        {
            QMutexLocker lock(&mLink->mutex);
            mLink->exchange = nullptr;
        }
        if (!mFinished)
            mHub->abort(mId);
    }

    const std::shared_ptr<Link> &link() const { return mLink; }
    const RemoteResponse &response() const override { return mResponse; }
    bool isFinished() const override { return mFinished; }

    void deliver(const RemoteResponse &response)
    {
        mResponse = response;
        mFinished = true;
        Q_EMIT finished();
    }

private:
    std::shared_ptr<ThreadedTransport::Hub> mHub;
    const quint64 mId;
    std::shared_ptr<Link> mLink;
    RemoteResponse mResponse;
    bool mFinished = false;
};

/** Hands an inner exchange's final response to its caller's side, if that still exists. */
void relay(const PendingExchange &inner, Link &link)
{
    QMutexLocker lock(&link.mutex);
    if (!link.exchange)
        return;
    // Posted while the lock keeps the exchange alive; if it is deleted before the event is
    // delivered, Qt drops the event with it.
    QMetaObject::invokeMethod(
        link.exchange,
        [exchange = link.exchange, response = inner.response()] { exchange->deliver(response); },
        Qt::QueuedConnection);
}

} // namespace

void ThreadedTransport::Hub::begin(
    quint64 id, const RemoteRequest &request, const std::shared_ptr<Link> &link)
{
    std::unique_ptr<PendingExchange> exchange = inner->start(request);
    PendingExchange *started = exchange.get();
    if (started->isFinished()) { // failed at once (a refused address)
        relay(*started, *link);
        return;
    }
    QObject::connect(started, &PendingExchange::finished, context.get(), [this, id, link] {
        const auto it = running.find(id);
        if (it == running.end())
            return;
        relay(*it->second, *link);
        it->second.release()->deleteLater(); // it is still emitting
        running.erase(it);
    });
    running.emplace(id, std::move(exchange));
}

ThreadedTransport::ThreadedTransport(std::unique_ptr<Transport> inner)
    : mHub(std::make_shared<Hub>())
{
    mHub->inner = std::move(inner);
    mHub->context = std::make_unique<QObject>();
    mHub->context->moveToThread(&mHub->thread);
    mHub->thread.setObjectName(QStringLiteral("InvoiceDesk network"));
    mHub->thread.start();
}

ThreadedTransport::~ThreadedTransport()
{
    {
        QMutexLocker lock(&mHub->mutex);
        mHub->open = false;
    }
    // What the thread still holds ends there, in order after every exchange already begun.
    Hub *hub = mHub.get();
    QMetaObject::invokeMethod(
        hub->context.get(),
        [hub] {
            hub->running.clear();
            hub->inner.reset();
        },
        Qt::BlockingQueuedConnection);
    hub->thread.quit();
    hub->thread.wait();
    hub->context.reset();
}

std::unique_ptr<PendingExchange> ThreadedTransport::start(const RemoteRequest &request)
{
    const quint64 id = ++mHub->lastId;
    auto exchange = std::make_unique<RelayedExchange>(mHub, id);
    mHub->post([hub = mHub.get(), id, request, link = exchange->link()] {
        hub->begin(id, request, link);
    });
    return exchange;
}

} // namespace InvoiceDesk
