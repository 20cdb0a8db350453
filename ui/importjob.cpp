// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "database.h"
#include "ledger.h"

#include <QThread>

namespace InvoiceDesk {

ImportJob::ImportJob(QString databasePath, QString csvPath, ImportOptions options, QObject *parent)
    : QObject(parent)
    , mDatabasePath(std::move(databasePath))
    , mCsvPath(std::move(csvPath))
    , mOptions(std::move(options))
{
}

ImportJob::~ImportJob()
{
    cancel();
    wait();
    delete mThread; // its finished() never reached us; the thread is over
}

void ImportJob::start()
{
    Q_ASSERT(!mThread);
    mCancelled = false;
    mThread = QThread::create([this] { runInThread(); });
    mThread->setObjectName(QStringLiteral("import"));
    // QThread::finished arrives here, in the thread this job lives in, after the run is over.
    connect(mThread, &QThread::finished, this, [this] {
        mThread->deleteLater();
        mThread = nullptr;
        Q_EMIT finished(mReport);
    });
    mThread->start();
}

void ImportJob::cancel()
{
    mCancelled = true;
}

bool ImportJob::isRunning() const
{
    return mThread && mThread->isRunning();
}

void ImportJob::wait()
{
    if (mThread)
        mThread->wait();
}

void ImportJob::runInThread()
{
    auto database = Database::openForThisThread(mDatabasePath);
    if (!database) {
        mReport.fatalError = database.error();
        return;
    }
    {
        Ledger ledger(*database.value());
        const CsvImporter::Progress progressed = [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
        };
        const CsvImporter::CancelCheck cancelled = [this] { return mCancelled.load(); };
        if (mBooks) {
            mBooksReport = BooksImporter(ledger).run(mCsvPath, mOptions, progressed, cancelled);
            mReport = mBooksReport.summary();
        } else {
            mReport = CsvImporter(ledger).run(mCsvPath, mOptions, progressed, cancelled);
        }
    }
    database.value().reset(); // the connection belongs to this thread: closed here
}

} // namespace InvoiceDesk
