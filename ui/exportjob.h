// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvexporter.h"

#include <QObject>

#include <atomic>

class QThread;

namespace InvoiceDesk {

/**
 * Runs one export in a thread of its own, on a second connection to the company file
 * (Database::openForThisThread), so the window never waits for a large export (issue 16
 * item 4). The rows go to a file beside the chosen one, which takes its place only when the
 * export ends without Cancel: a cancelled or failed export leaves the chosen file as it was.
 * The whole books (no kind) go into the folder `path` as invoices.csv, payments.csv and
 * creditnotes.csv, written beside it first in the same way.
 */
class ExportJob : public QObject
{
    Q_OBJECT

public:
    /** Exports the records of `kind` to the file `path`, or (no kind) the books to the folder. */
    ExportJob(QString databasePath, QString path, std::optional<ImportKind> kind,
        CsvExporter::Filter filter, ExportOptions options, QObject *parent = nullptr);
    /** Cancels a running export and waits for it to end. */
    ~ExportJob() override;

    void start();
    /** Asks the export to stop; finished() follows once nothing of it is left. */
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    /** `count` records written, or `error`; `cancelled` when Cancel won. */
    void finished(int count, const QString &error, bool cancelled);

private:
    void runInThread();
    /** Writes the export to `partial` (a file, or a folder for the books); the count. */
    Result<int> write(const QString &partial);
    /** Puts what `partial` holds in place of the chosen file, or of the books' files. */
    QString putInPlace(const QString &partial);

    QString mDatabasePath;
    QString mPath;
    std::optional<ImportKind> mKind;
    CsvExporter::Filter mFilter;
    ExportOptions mOptions;
    QThread *mThread = nullptr;
    std::atomic_bool mCancelled {false};
    int mCount = 0;
    QString mError;
};

} // namespace InvoiceDesk
