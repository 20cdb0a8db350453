// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportjob.h"

#include "database.h"
#include "ledger.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUuid>

#include <filesystem>
#include <system_error>

namespace InvoiceDesk {

ExportJob::ExportJob(QString databasePath, QString path, bool invoices, CsvExporter::Filter filter,
    ExportOptions options, QObject *parent)
    : QObject(parent)
    , mDatabasePath(std::move(databasePath))
    , mPath(std::move(path))
    , mInvoices(invoices)
    , mFilter(std::move(filter))
    , mOptions(std::move(options))
{
}

ExportJob::~ExportJob()
{
    cancel();
    if (mThread) {
        mThread->wait();
        delete mThread; // its finished() never reached us; the thread is over
    }
}

void ExportJob::start()
{
    Q_ASSERT(!mThread);
    mCancelled = false;
    mThread = QThread::create([this] { runInThread(); });
    mThread->setObjectName(QStringLiteral("export"));
    connect(mThread, &QThread::finished, this, [this] {
        mThread->deleteLater();
        mThread = nullptr;
        Q_EMIT finished(mCount, mError, mCancelled.load());
    });
    mThread->start();
}

void ExportJob::cancel()
{
    mCancelled = true;
}

bool ExportJob::isRunning() const
{
    return mThread && mThread->isRunning();
}

void ExportJob::runInThread()
{
    const QFileInfo target(mPath);
    // Beside the chosen file, so that putting it in place is a rename on the same disk.
    const QString partial = target.absoluteDir().filePath(
        QStringLiteral(".%1.%2.part")
            .arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128)));
    ExportOptions options = mOptions;
    if (!options.format)
        options.format = fileFormatOf(mPath);
    {
        auto database = Database::openForThisThread(mDatabasePath);
        if (!database) {
            mError = database.error();
            return;
        }
        Ledger ledger(*database.value());
        auto count = CsvExporter(ledger).exportToPath(partial, mInvoices, mFilter, options);
        if (count)
            mCount = count.value();
        else
            mError = count.error();
    }
    if (!mError.isEmpty() || mCancelled) {
        QFile::remove(partial);
        return;
    }
    std::error_code failure;
    std::filesystem::rename(partial.toStdU16String(), mPath.toStdU16String(), failure);
    if (failure) {
        QFile::remove(partial);
        mError = QCoreApplication::translate("CsvExport", "Cannot write %1: %2")
                     .arg(mPath, QString::fromLocal8Bit(failure.message().c_str()));
    }
}

} // namespace InvoiceDesk
