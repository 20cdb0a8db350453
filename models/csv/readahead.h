// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <functional>
#include <memory>
#include <optional>
#include <queue>

namespace InvoiceDesk {

/**
 * Runs a producer on a thread of its own, a few chunks ahead of the consumer that takes them
 * (issue 16: an import reads and checks a file's rows on one core while the other writes the
 * rows before them to the database). The queue holds at most `MaxChunks` chunks, so memory
 * stays bounded whatever the file's size. The consumer may stop early (a failure, Cancel):
 * stopping, or destroying the ReadAhead, makes the producer's next push() return false and
 * waits until its thread has ended, so nothing the producer uses is touched afterwards.
 */
template <typename Item> class ReadAhead
{
public:
    using Chunk = QList<Item>;
    static constexpr qsizetype MaxChunks = 4;

    /** Starts `produce` on its own thread; it calls push() and returns at the end of its data. */
    explicit ReadAhead(std::function<void(ReadAhead &)> produce)
        : mThread(QThread::create([this, produce = std::move(produce)] {
            produce(*this);
            finish();
        }))
    {
        mThread->start();
    }

    ~ReadAhead() { stop(); }

    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    /** Producer: queues a chunk, waiting while the queue is full; false once the consumer stopped.
     */
    bool push(Chunk chunk)
    {
        QMutexLocker lock(&mMutex);
        while (!mStopped && qsizetype(mChunks.size()) >= MaxChunks)
            mChanged.wait(&mMutex);
        if (mStopped)
            return false;
        mChunks.push(std::move(chunk));
        mChanged.wakeAll();
        return true;
    }

    /** Consumer: the next chunk, waiting for it; nothing once the producer has finished. */
    std::optional<Chunk> next()
    {
        QMutexLocker lock(&mMutex);
        while (mChunks.empty() && !mFinished)
            mChanged.wait(&mMutex);
        if (mChunks.empty())
            return std::nullopt;
        Chunk chunk = std::move(mChunks.front());
        mChunks.pop();
        mChanged.wakeAll();
        return chunk;
    }

    /** Consumer: no more chunks are wanted; returns when the producer's thread has ended. */
    void stop()
    {
        {
            QMutexLocker lock(&mMutex);
            mStopped = true;
            mChanged.wakeAll();
        }
        mThread->wait();
    }

private:
    void finish()
    {
        QMutexLocker lock(&mMutex);
        mFinished = true;
        mChanged.wakeAll();
    }

    QMutex mMutex;
    QWaitCondition mChanged;
    std::queue<Chunk> mChunks;
    bool mStopped = false;
    bool mFinished = false;
    std::unique_ptr<QThread> mThread; // last: its lambda uses the members above
};

} // namespace InvoiceDesk
