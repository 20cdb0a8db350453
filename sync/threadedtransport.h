// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httptransport.h"

#include <memory>

namespace InvoiceDesk {

/**
 * Runs another transport's exchanges on a thread of its own, as QNetworkAccessManager runs its
 * sockets (issue 16): connecting, writing, reading and parsing answers no longer wait for the
 * engine's durable commits, nor the commits for them. What an exchange means does not change:
 * the inner transport sends each request exactly as before, finished() fires in the thread that
 * started the exchange, with the inner exchange's final response, and deleting an exchange
 * aborts the inner one on the network thread.
 *
 * Exchanges must not outlive the transport. The transport itself may be made in one thread and
 * used in another (the sync worker's).
 */
class ThreadedTransport : public Transport
{
public:
    explicit ThreadedTransport(std::unique_ptr<Transport> inner);
    ~ThreadedTransport() override;

    ThreadedTransport(const ThreadedTransport &) = delete;
    ThreadedTransport &operator=(const ThreadedTransport &) = delete;

    std::unique_ptr<PendingExchange> start(const RemoteRequest &request) override;

    struct Hub;

private:
    std::shared_ptr<Hub> mHub;
};

} // namespace InvoiceDesk
