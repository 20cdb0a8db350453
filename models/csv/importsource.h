// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "recordsource.h"
#include "result.h"

#include <QFile>

#include <memory>
#include <optional>

namespace InvoiceDesk {

/**
 * Opens the file of an import as rows of text cells: a workbook through
 * XlsxReader, anything else through CsvReader after checking that it is text
 * at all (an Excel workbook, an old .xls, an OpenDocument file or other binary
 * data given as CSV is refused by name) and deciding its encoding and separator.
 */
class ImportSource
{
public:
    struct Settings
    {
        std::optional<FileFormat> format; ///< from the extension when empty
        std::optional<TextEncoding> encoding;
        std::optional<QChar> separator;
        QString sheet;
    };

    static Result<std::unique_ptr<ImportSource>> open(
        const QString &path, const Settings &settings);

    RecordSource &records() { return *mRecords; }
    FileFormat format() const { return mFormat; }
    TextEncoding encoding() const { return mEncoding; }
    QChar separator() const { return mSeparator; }

    /** What a file that is not CSV text is, or nothing when it is text. */
    static std::optional<QString> notText(const QByteArray &head);

private:
    ImportSource() = default;
    Status openCsv(const QString &path, const Settings &settings);
    Status openXlsx(const QString &path, const Settings &settings);

    QFile mFile;
    std::unique_ptr<RecordSource> mRecords;
    FileFormat mFormat = FileFormat::Csv;
    TextEncoding mEncoding = TextEncoding::Utf8;
    QChar mSeparator = QLatin1Char(',');
};

} // namespace InvoiceDesk
