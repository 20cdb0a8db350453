// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booksimporter.h"
#include "csvimporter.h"

#include <QObject>

#include <atomic>

class QThread;

namespace InvoiceDesk {

/**
 * Runs one import in a thread of its own, on a second connection to the company file
 * (Database::openForThisThread), so the window stays alive and Cancel answers at once. The
 * importer writes everything in one transaction at the end, or nothing: a cancelled or
 * failed import leaves the file as it was (issue 10). The whole books (a folder) run the same
 * way, through BooksImporter.
 */
class ImportJob : public QObject
{
    Q_OBJECT

public:
    ImportJob(
        QString databasePath, QString csvPath, ImportOptions options, QObject *parent = nullptr);
    /** Cancels a running import and waits for its rollback. */
    ~ImportJob() override;

    void start();
    /** Asks the import to stop; finished() follows once nothing is left written. */
    void cancel();
    bool isRunning() const;
    /** Waits (without an event loop) until the import has stopped. */
    void wait();
    const ImportReport &report() const { return mReport; }
    /** The path is a folder of the whole books (before start()). */
    void setBooks(bool books) { mBooks = books; }
    /** The books' import file by file (report() is its summary). */
    const BooksReport &booksReport() const { return mBooksReport; }

Q_SIGNALS:
    void progress(qint64 bytesDone, qint64 bytesTotal);
    void finished(const InvoiceDesk::ImportReport &report);

private:
    void runInThread();

    QString mDatabasePath;
    QString mCsvPath;
    ImportOptions mOptions;
    ImportReport mReport;
    bool mBooks = false;
    BooksReport mBooksReport;
    QThread *mThread = nullptr;
    std::atomic_bool mCancelled {false};
};

} // namespace InvoiceDesk
