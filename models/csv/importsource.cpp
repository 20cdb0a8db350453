// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsource.h"
#include "csvreader.h"
#include "xlsxreader.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

constexpr qint64 kSniffSize = 1 << 16;

QString cannotRead(const QString &path, const QString &why)
{
    return QCoreApplication::translate("CsvImport", "Cannot read %1: %2").arg(path, why);
}

/** True when the bytes look like UTF-16LE text without a BOM: ASCII with every odd byte 0. */
bool looksLikeUtf16WithoutBom(const QByteArray &head)
{
    if (head.size() < 4)
        return false;
    for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
        if (head.at(i) == 0 || head.at(i + 1) != 0)
            return false;
    }
    return true;
}

} // namespace

std::optional<QString> ImportSource::notText(const QByteArray &head)
{
    if (head.startsWith("PK\x03\x04")) {
        if (head.contains("xl/"))
            return QCoreApplication::translate(
                "CsvImport", "this is an Excel workbook; import it as XLSX");
        if (head.contains("application/vnd.oasis.opendocument"))
            return QCoreApplication::translate("CsvImport",
                "this is an OpenDocument spreadsheet (.ods); save it as XLSX or CSV first");
        return QCoreApplication::translate("CsvImport", "this is a ZIP archive, not a CSV file");
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return QCoreApplication::translate(
            "CsvImport", "this is an Excel 97-2003 workbook (.xls); save it as XLSX or CSV first");
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")
        || looksLikeUtf16WithoutBom(head))
        return std::nullopt;
    // Text has few control characters; a file made mostly of them is binary data.
    qsizetype control = 0;
    for (char c : head) {
        const auto b = quint8(c);
        control += b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B);
    }
    if (control * 20 > head.size())
        return QCoreApplication::translate("CsvImport", "this is a binary file, not CSV text");
    return std::nullopt;
}

Result<std::unique_ptr<ImportSource>> ImportSource::open(
    const QString &path, const Settings &settings)
{
    std::unique_ptr<ImportSource> source(new ImportSource);
    source->mFormat = settings.format.value_or(fileFormatOf(path));
    const Status opened = source->mFormat == FileFormat::Xlsx ? source->openXlsx(path, settings)
                                                              : source->openCsv(path, settings);
    if (!opened)
        return Error {opened.error()};
    return source;
}

Status ImportSource::openCsv(const QString &path, const Settings &settings)
{
    mFile.setFileName(path);
    if (!mFile.open(QIODevice::ReadOnly))
        return Error {cannotRead(path, mFile.errorString())};
    const QByteArray head = mFile.peek(kSniffSize);
    if (const auto what = notText(head))
        return Error {QCoreApplication::translate("CsvImport", "%1: %2").arg(path, *what)};
    mEncoding = settings.encoding.value_or(
        looksLikeUtf16WithoutBom(head) ? TextEncoding::Utf16LE : detectEncoding(&mFile));
    mSeparator = settings.separator.value_or(CsvReader::detectSeparator(&mFile, mEncoding));
    mRecords = std::make_unique<CsvRecordSource>(&mFile, mEncoding, mSeparator);
    return {};
}

Status ImportSource::openXlsx(const QString &path, const Settings &settings)
{
    mFile.setFileName(path);
    if (!mFile.open(QIODevice::ReadOnly))
        return Error {cannotRead(path, mFile.errorString())};
    const QByteArray bytes = mFile.readAll();
    mFile.close();
    if (!bytes.startsWith("PK\x03\x04"))
        return Error {QCoreApplication::translate("CsvImport",
            "%1: this is not an Excel workbook (.xlsx); if it is CSV text, import it as CSV")
                          .arg(path)};
    auto reader = std::make_unique<XlsxReader>();
    if (auto readable = reader->open(bytes, settings.sheet); !readable)
        return Error {
            QCoreApplication::translate("CsvImport", "%1: %2").arg(path, readable.error())};
    mRecords = std::move(reader);
    return {};
}

} // namespace InvoiceDesk
