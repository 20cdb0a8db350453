// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvimporter.h"

#include <QHash>
#include <QTemporaryDir>
#include <QWizard>

namespace InvoiceDesk {

class Ledger;

/**
 * The import wizard: file and kind -> encoding, separator, decimal mark and
 * date format over a raw preview -> column mapping (saved as named profiles)
 * -> every problem with its row, column and reason, fixable in place or
 * skippable -> the import with progress and Cancel -> a summary.
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
    ImportOptions &options() { return mOptions; }
    QStringList header() const { return mHeader; }
    void setHeader(const QStringList &header) { mHeader = header; }

    /** Corrections typed in the check page: file line -> the row's fields. */
    QHash<int, QStringList> &corrections() { return mCorrections; }
    /** The file to import: the source, or a corrected copy when rows were fixed in place. */
    QString workingPath();
    ImportReport &lastReport() { return mLastReport; }

    /** Runs the importer (dry or for real) on the working file. */
    ImportReport run(bool dryRun, const CsvImporter::Progress &progress = {},
        const CsvImporter::CancelCheck &cancelled = {});

Q_SIGNALS:
    void imported();

private:
    Ledger &mLedger;
    QString mSourcePath;
    ImportOptions mOptions;
    QStringList mHeader;
    QHash<int, QStringList> mCorrections;
    ImportReport mLastReport;
    QTemporaryDir mWork;
};

} // namespace InvoiceDesk
