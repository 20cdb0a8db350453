// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoicelisting.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <optional>

namespace InvoiceDesk {

/**
 * Reads the invoice list in a thread of its own, on a read-only connection of its own, so the
 * list never waits for a read that tests many invoices of a large file (issue 16 item 4): a
 * count, or the first page of a text filter. One read runs at a time; while it runs, only the
 * latest request waits, and only the latest request is answered. The thread and its connection
 * last as long as the worker: the pages a read brought into the connection's cache, and the
 * trigrams the listing found common, serve the next keystroke.
 */
class ListingWorker : public QObject
{
    Q_OBJECT

public:
    /** What a read hands back; it runs in the worker's own thread, after the read. */
    using Answer = std::function<void()>;
    /**
     * A read, run in the worker's thread. `listing` is null when the file could not be opened
     * there; the job then answers with what the caller does instead.
     */
    using Job = std::function<Answer(const InvoiceListing *listing)>;

    /** `purpose` names the thread and its connection ("count", "page"). */
    ListingWorker(QString databasePath, QString purpose, QThread::Priority priority,
        QObject *parent = nullptr);
    /** Waits for a running read (it cannot be stopped half way); its answer is dropped. */
    ~ListingWorker() override;

    /** Runs `job`; any earlier request still waiting or running goes unanswered. */
    void request(Job job);
    /** Forgets every request: nothing is answered until the next one. */
    void cancel();

private:
    class Reader;

    void startNext();
    void finished(quint64 generation, const Answer &answer);

    QThread mThread;
    Reader *mReader = nullptr; ///< lives in mThread
    QThread::Priority mPriority;
    bool mRunning = false;
    std::optional<Job> mPending;
    quint64 mGeneration = 0;
};

} // namespace InvoiceDesk
