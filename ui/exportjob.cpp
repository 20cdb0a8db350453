// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportjob.h"

#include "booksimporter.h"
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

ExportJob::ExportJob(QString databasePath, QString path, std::optional<ImportKind> kind,
    CsvExporter::Filter filter, ExportOptions options, QObject *parent)
    : QObject(parent)
    , mDatabasePath(std::move(databasePath))
    , mPath(std::move(path))
    , mKind(kind)
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
    // Beside the chosen file (in the books' folder), so that putting it in place is a rename on
    // the same disk.
    const QString partial = mKind
        ? target.absoluteDir().filePath(
            QStringLiteral(".%1.%2.part")
                .arg(target.fileName(), QUuid::createUuid().toString(QUuid::Id128)))
        : CsvExporter::booksStagingFolder(target.absoluteFilePath());
    auto count = write(partial); // its connection is closed when it returns
    if (count)
        mCount = count.value();
    else
        mError = count.error();
    if (mError.isEmpty() && !mCancelled)
        mError = putInPlace(partial);
    if (mKind)
        QFile::remove(partial);
    else
        QDir(partial).removeRecursively();
}

Result<int> ExportJob::write(const QString &partial)
{
    // A connection of this thread's own, closed before the files are put in place.
    auto database = Database::openForThisThread(mDatabasePath);
    if (!database)
        return Error {database.error()};
    Ledger ledger(*database.value());
    ExportOptions options = mOptions;
    if (mKind) {
        if (!options.format)
            options.format = fileFormatOf(mPath);
        return CsvExporter(ledger).exportToPath(partial, *mKind, mFilter, options);
    }
    options.continueAfterFile = [this](ImportKind) { return !mCancelled.load(); };
    auto books = CsvExporter(ledger).exportBooks(partial, options);
    if (!books)
        return Error {books.error()};
    int count = 0;
    for (const int written : books->counts)
        count += written;
    return count;
}

QString ExportJob::putInPlace(const QString &partial)
{
    if (!mKind) {
        const Status moved = CsvExporter::moveBooksInPlace(partial, mPath);
        return moved ? QString() : moved.error();
    }
    std::error_code failure;
    std::filesystem::rename(partial.toStdU16String(), mPath.toStdU16String(), failure);
    if (failure)
        return QCoreApplication::translate("CsvExport", "Cannot write %1: %2")
            .arg(mPath, QString::fromLocal8Bit(failure.message().c_str()));
    return {};
}

} // namespace InvoiceDesk
