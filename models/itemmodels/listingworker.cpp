// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "listingworker.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>

namespace InvoiceDesk {

namespace {

/** `job`'s answer, run on a connection opened, used and closed in the calling thread. */
ListingWorker::Answer runOnOwnConnection(
    const QString &path, const QString &purpose, const ListingWorker::Job &job)
{
    static QAtomicInteger<quint64> serial;
    const QString name
        = QStringLiteral("invoicedesk-%1-%2").arg(purpose).arg(serial.fetchAndAddRelaxed(1));
    ListingWorker::Answer answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            const InvoiceListing listing(db);
            answer = job(&listing);
            db.close();
        } else {
            qWarning(
                "invoice list (%s): %s", qPrintable(purpose), qPrintable(db.lastError().text()));
            answer = job(nullptr);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return answer;
}

} // namespace

ListingWorker::ListingWorker(
    QString databasePath, QString purpose, QThread::Priority priority, QObject *parent)
    : QObject(parent)
    , mPath(std::move(databasePath))
    , mPurpose(std::move(purpose))
    , mPriority(priority)
{
}

ListingWorker::~ListingWorker()
{
    mPending.reset();
    if (mThread) {
        mThread->wait();
        delete mThread; // its finished() never reached us
    }
}

void ListingWorker::request(Job job)
{
    ++mGeneration;
    mPending = std::move(job);
    if (!mThread)
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
    Job job = std::move(*mPending);
    mPending.reset();
    const quint64 generation = mGeneration;
    mThread = QThread::create([this, job = std::move(job), path = mPath, purpose = mPurpose] {
        mAnswer = runOnOwnConnection(path, purpose, job);
    });
    mThread->setObjectName(QStringLiteral("invoice list: %1").arg(mPurpose));
    // QThread::finished arrives here, in the worker's thread, after the read is over.
    connect(mThread, &QThread::finished, this, [this, generation] {
        mThread->deleteLater();
        mThread = nullptr;
        const Answer answer = std::exchange(mAnswer, Answer());
        if (generation == mGeneration && answer)
            answer();
        startNext();
    });
    mThread->start(mPriority);
}

} // namespace InvoiceDesk
