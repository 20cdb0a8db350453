// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listingworker.h"
#include "sqlutil.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>

namespace InvoiceDesk {

/** The connection and listing of the worker's thread: opened at the first read, kept. */
class ListingWorker::Reader : public QObject
{
public:
    Reader(QString path, QString purpose)
        : mPath(std::move(path))
        , mPurpose(std::move(purpose))
    {
        static QAtomicInteger<quint64> serial;
        mName = QStringLiteral("invoicedesk-%1-%2").arg(mPurpose).arg(serial.fetchAndAddRelaxed(1));
    }

    ~Reader() override
    {
        mListing.reset();
        if (QSqlDatabase::contains(mName)) {
            QSqlDatabase::database(mName, false).close();
            QSqlDatabase::removeDatabase(mName);
        }
    }

    Answer run(const Job &job)
    {
        if (!mListing && !open())
            return job(nullptr);
        return job(&*mListing);
    }

private:
    bool open()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), mName);
        db.setDatabaseName(mPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            qWarning(
                "invoice list (%s): %s", qPrintable(mPurpose), qPrintable(db.lastError().text()));
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(mName);
            return false; // tried again at the next read
        }
        // The same page cache as the window's connection: a text's candidates stay read.
        (void)Sql::execute(db, QStringLiteral("PRAGMA cache_size = -32768"));
        mListing.emplace(db);
        return true;
    }

    QString mPath;
    QString mPurpose;
    QString mName;
    std::optional<InvoiceListing> mListing;
};

ListingWorker::ListingWorker(
    QString databasePath, QString purpose, QThread::Priority priority, QObject *parent)
    : QObject(parent)
    , mPriority(priority)
{
    mReader = new Reader(std::move(databasePath), purpose);
    mReader->moveToThread(&mThread);
    connect(&mThread, &QThread::finished, mReader, &QObject::deleteLater);
    mThread.setObjectName(QStringLiteral("invoice list: %1").arg(purpose));
}

ListingWorker::~ListingWorker()
{
    mPending.reset();
    if (mThread.isRunning()) {
        mThread.quit(); // after the read running now, if any
        mThread.wait();
    } else {
        delete mReader;
    }
}

void ListingWorker::request(Job job)
{
    ++mGeneration;
    mPending = std::move(job);
    if (!mRunning)
        startNext();
}

void ListingWorker::cancel()
{
    ++mGeneration;
    mPending.reset();
}

void ListingWorker::startNext()
{
    if (!mPending)
        return;
    if (!mThread.isRunning())
        mThread.start(mPriority);
    mRunning = true;
    const quint64 generation = mGeneration;
    QMetaObject::invokeMethod(
        mReader, [this, reader = mReader, job = std::move(*mPending), generation] {
            const Answer answer = reader->run(job);
            // Queued to the worker's thread; dropped with the worker if it is gone by then.
            QMetaObject::invokeMethod(
                this, [this, generation, answer] { finished(generation, answer); },
                Qt::QueuedConnection);
        });
    mPending.reset();
}

void ListingWorker::finished(quint64 generation, const Answer &answer)
{
    mRunning = false;
    if (generation == mGeneration && answer)
        answer();
    startNext();
}

} // namespace InvoiceDesk
