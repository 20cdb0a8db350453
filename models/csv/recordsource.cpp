// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsource.h"
#include "csvreader.h"

#include <QFileInfo>
#include <QIODevice>

namespace InvoiceDesk {

std::optional<FileFormat> fileFormatFromName(QStringView name)
{
    if (name.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return FileFormat::Csv;
    if (name.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return FileFormat::Xlsx;
    return std::nullopt;
}

FileFormat fileFormatOf(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0
        ? FileFormat::Xlsx
        : FileFormat::Csv;
}

RecordSource::~RecordSource() = default;

struct CsvRecordSource::Private
{
    Private(QIODevice *device, TextEncoding encoding, QChar separator)
        : device(device)
        , reader(device, encoding, separator)
        // A file's size read once: asking per row cost a system call each (issue 16).
        , fileSize(device->isSequential() ? -1 : device->size())
    {
    }
    QIODevice *device;
    CsvReader reader;
    qint64 fileSize;
};

CsvRecordSource::CsvRecordSource(QIODevice *device, TextEncoding encoding, QChar separator)
    : d(std::make_unique<Private>(device, encoding, separator))
{
}

CsvRecordSource::~CsvRecordSource() = default;

bool CsvRecordSource::readRecord(QStringList &fields)
{
    return d->reader.readRecord(fields);
}

int CsvRecordSource::recordLine() const
{
    return d->reader.recordLine();
}

QString CsvRecordSource::errorString() const
{
    return d->reader.errorString();
}

qint64 CsvRecordSource::progressDone() const
{
    return d->reader.bytesRead();
}

qint64 CsvRecordSource::progressTotal() const
{
    return d->fileSize >= 0 ? d->fileSize : d->device->size();
}

} // namespace InvoiceDesk
