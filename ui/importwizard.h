// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booksimporter.h"
#include "csvimporter.h"

#include <QHash>
#include <QTemporaryDir>
#include <QWizard>

namespace InvoiceDesk {

class ImportJob;
class Ledger;

/**
 * The import wizard: file and kind -> encoding, separator, decimal mark and
 * date format over a raw preview -> column mapping (saved as named profiles)
 * -> every problem with its row, column and reason, fixable in place or
 * skippable -> the confirmation, then the import with progress and Cancel -> a summary.
 * Nothing is written before the last confirmation, and Cancel on any page leaves the
 * company file byte for byte as it was (issue 10). The whole books (a folder) go from the
 * file straight to the confirmation, checked there as one import (BooksImporter).
 */
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, FormatPage, MappingPage, CheckPage, ImportPage, SummaryPage };

    ImportWizard(Ledger &ledger, QWidget *parent = nullptr);

    Ledger &ledger() { return mLedger; }
    QString sourcePath() const { return mSourcePath; }
    void setSourcePath(const QString &path) { mSourcePath = path; }
    /** True: the source is a folder of the whole books. */
    bool books() const { return mBooks; }
    void setBooks(bool books) { mBooks = books; }
    /** The last check or import of the whole books, file by file. */
    const BooksReport &lastBooksReport() const { return mLastBooksReport; }
    ImportOptions &options() { return mOptions; }
    QStringList header() const { return mHeader; }
    void setHeader(const QStringList &header) { mHeader = header; }
    /** False: the file has no header row; its columns are "column 1", "column 2", ... */
    bool hasHeader() const { return mHasHeader; }
    void setHasHeader(bool hasHeader) { mHasHeader = hasHeader; }

    /** Corrections typed in the check page: file line -> the row's fields. */
    QHash<int, QStringList> &corrections() { return mCorrections; }
    /** The file to import: the source, or a corrected copy when rows were fixed in place. */
    QString workingPath();
    ImportReport &lastReport() { return mLastReport; }

    /** Checks every row (a dry run on this thread's connection: nothing is kept). */
    ImportReport check();
    /** What a check found beside the rows: records already in the books, customers it adds. */
    static QStringList checkedNotes(const ImportReport &checked);
    /**
     * Starts the import for real in a thread of its own (ImportJob); the only step that
     * writes, after the last confirmation. The job's finished() reports the result.
     */
    ImportJob *startImport();
    ImportJob *importJob() const { return mJob; }

    /** Cancels a running import (nothing is kept) before closing. */
    void reject() override;

Q_SIGNALS:
    void imported();

private:
    ImportOptions optionsFor(bool dryRun, QString *path);

    Ledger &mLedger;
    QString mSourcePath;
    ImportOptions mOptions;
    QStringList mHeader;
    bool mHasHeader = true;
    bool mBooks = false;
    BooksReport mLastBooksReport;
    QHash<int, QStringList> mCorrections;
    ImportReport mLastReport;
    QTemporaryDir mWork;
    ImportJob *mJob = nullptr;
};

} // namespace InvoiceDesk
