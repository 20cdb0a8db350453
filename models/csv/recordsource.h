// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "textencoding.h"

#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace InvoiceDesk {

/** The kinds of file the importer and exporter read and write. */
enum class FileFormat { Csv, Xlsx };

/** "csv" or "xlsx" (as the --format option spells them). */
std::optional<FileFormat> fileFormatFromName(QStringView name);
/** The format a path's extension names: .xlsx is XLSX, anything else CSV. */
FileFormat fileFormatOf(const QString &path);

/**
 * Rows of text cells from a file, whatever its kind: a CSV file's records or
 * a workbook sheet's rows. The importer reads through this one interface, so
 * every rule and message is the same for CSV and XLSX.
 */
class RecordSource
{
public:
    virtual ~RecordSource();

    /** Reads the next non-blank row; false at the end or when reading failed (see errorString). */
    virtual bool readRecord(QStringList &fields) = 0;
    /** The line (CSV) or row (XLSX) where the last record read starts, 1-based. */
    virtual int recordLine() const = 0;
    virtual QString errorString() const = 0;
    bool hasError() const { return !errorString().isEmpty(); }
    /** How far reading has come, for progress: done and total in the same unit. */
    virtual qint64 progressDone() const = 0;
    virtual qint64 progressTotal() const = 0;
    /**
     * True when rows end at their last filled cell (spreadsheets), so a row
     * shorter than the header is not a damaged one.
     */
    virtual bool rowsMayBeShort() const { return false; }
};

/** A CSV file's records through CsvReader. */
class CsvRecordSource : public RecordSource
{
public:
    CsvRecordSource(QIODevice *device, TextEncoding encoding, QChar separator);
    ~CsvRecordSource() override;

    bool readRecord(QStringList &fields) override;
    int recordLine() const override;
    QString errorString() const override;
    qint64 progressDone() const override;
    qint64 progressTotal() const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace InvoiceDesk
