// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxpackage.h"

#include <QCoreApplication>

#include <zip.h>

namespace InvoiceDesk {

namespace {

QString damaged()
{
    return QCoreApplication::translate("Xlsx", "the workbook is damaged (its zip container)");
}

} // namespace

XlsxPackage::XlsxPackage() = default;

XlsxPackage::~XlsxPackage()
{
    if (mStream)
        zip_fclose(mStream);
    if (mArchive)
        zip_discard(mArchive);
}

Status XlsxPackage::open(const QByteArray &bytes)
{
    mBytes = bytes;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source
        = zip_source_buffer_create(mBytes.constData(), zip_uint64_t(mBytes.size()), 0, &error);
    if (source)
        mArchive = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!mArchive) {
        if (source)
            zip_source_free(source);
        zip_error_fini(&error);
        return Error {QCoreApplication::translate("Xlsx", "this is not an Excel workbook (.xlsx)")};
    }
    zip_error_fini(&error);
    return {};
}

bool XlsxPackage::contains(const QString &name) const
{
    return mArchive && zip_name_locate(mArchive, name.toUtf8().constData(), 0) >= 0;
}

Result<QByteArray> XlsxPackage::read(const QString &name, qint64 limit) const
{
    const QByteArray key = name.toUtf8();
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (!mArchive || zip_stat(mArchive, key.constData(), 0, &stat) != 0)
        return Error {QCoreApplication::translate("Xlsx", "the workbook has no part %1").arg(name)};
    if ((stat.valid & ZIP_STAT_SIZE) == 0 || qint64(stat.size) > limit)
        return Error {
            QCoreApplication::translate("Xlsx", "the part %1 of the workbook is too large")
                .arg(name)};
    zip_file_t *file = zip_fopen(mArchive, key.constData(), 0);
    if (!file)
        return Error {damaged()};
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
    if (read != zip_int64_t(stat.size))
        return Error {damaged()};
    return bytes;
}

Status XlsxPackage::openStream(const QString &name)
{
    if (mStream)
        zip_fclose(mStream);
    const QByteArray key = name.toUtf8();
    mStream = mArchive ? zip_fopen(mArchive, key.constData(), 0) : nullptr;
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (mStream && zip_stat(mArchive, key.constData(), 0, &stat) == 0
        && (stat.valid & ZIP_STAT_SIZE))
        mStreamSize = qint64(stat.size);
    if (!mStream)
        return Error {QCoreApplication::translate("Xlsx", "the workbook has no part %1").arg(name)};
    return {};
}

Result<QByteArray> XlsxPackage::next()
{
    if (!mStream)
        return QByteArray();
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    const zip_int64_t read = zip_fread(mStream, chunk.data(), zip_uint64_t(chunk.size()));
    if (read < 0)
        return Error {damaged()};
    chunk.truncate(qsizetype(read));
    return chunk;
}

} // namespace InvoiceDesk
