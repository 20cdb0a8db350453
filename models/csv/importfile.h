// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvimporter.h"
#include "spreadsheetdamage.h"

#include <memory>

namespace InvoiceDesk {

class ImportRun;
class ImportSource;
class ProfiledRecords;

/**
 * One file of an import, opened (CSV or XLSX, through a profile where given) with its header
 * read and mapped: its rows go to an ImportRun. The one way any import reads a file (one file
 * at a time, or the whole books in one transaction).
 */
class ImportFile
{
public:
    ~ImportFile();
    ImportFile(const ImportFile &) = delete;
    ImportFile &operator=(const ImportFile &) = delete;

    /**
     * Opens `path` as `options` say, detecting the number and date formats where asked, and
     * reads its header. Nothing when the file cannot be read or its header has problems (the
     * report then says why). `options` and `report` must outlive the file.
     */
    static std::unique_ptr<ImportFile> open(
        const QString &path, const ImportOptions &options, ImportReport &report);

    /**
     * The options to read a file again as its first reading read it (`first`): the same number
     * and date formats, detected then, not again.
     */
    static ImportOptions optionsToReadAgain(
        const ImportOptions &options, const ImportReport &first);
    /** The fatal error of a file whose records changed between two readings of one import. */
    static QString changedWhileImported(const QString &path);
    /**
     * The digest of the file's bytes as they are now (empty when it cannot be read): an import
     * that reads a file more than once compares it after each reading, so that a change of any
     * byte, not only of the number of records, stops it.
     */
    static QByteArray fingerprint(const QString &path);

    /**
     * Feeds every row to `run` with the problems of its shape and of a spreadsheet's damage
     * (checked against the books as they are now). False when the database failed.
     */
    bool readRows(Ledger &ledger, ImportRun &run, const CsvImporter::Progress &progress,
        const CsvImporter::CancelCheck &cancelled);
    /**
     * Reads the rows checking for a spreadsheet's damage against the books as `first` found them
     * before its rows (a file read again checks as the first reading did).
     */
    void checkDamageAs(const ImportFile &first) { mDamage = first.mDamage; }
    /** A file of only a header is no error (the books: a company without credit notes). */
    void allowNoRows() { mNoRowsAllowed = true; }
    /** After the rows: a read error, or a file of only a header, becomes the fatal error. */
    void close(bool ok, const CsvImporter::Progress &progress);
    /** Writes the refused rows beside the file ("<file>.errors.csv"), when asked and any. */
    void writeErrors(const ImportRun &run);

    qint64 progressDone() const;
    qint64 progressTotal() const;

private:
    ImportFile(const QString &path, const ImportOptions &options, ImportReport &report);

    QString mPath;
    const ImportOptions &mOptions;
    ImportReport &mReport;
    std::unique_ptr<ImportSource> mSource;
    std::unique_ptr<ProfiledRecords> mProfiled;
    RecordSource *mRecords = nullptr;
    QStringList mHeaderRow;
    CsvHeader mHeader;
    bool mNoRowsAllowed = false;
    /** Loaded before the first row is read; empty inside when not checked. */
    std::shared_ptr<const std::optional<SpreadsheetDamage>> mDamage;
};

} // namespace InvoiceDesk
