// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordsink.h"
#include "columnkinds.h"
#include "csvreader.h"
#include "xlsxsheetwriter.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

/** How a column is typed in a workbook; identifiers and all other text are text cells. */
XlsxWriter::CellKind cellKindOf(const QString &column)
{
    switch (columnKindOf(column)) {
    case ColumnKind::Amount:
        return XlsxWriter::CellKind::Amount;
    case ColumnKind::Number:
        return XlsxWriter::CellKind::Number;
    case ColumnKind::Date:
        return XlsxWriter::CellKind::Date;
    case ColumnKind::Identifier:
    case ColumnKind::Text:
        break;
    }
    return XlsxWriter::CellKind::Text;
}

} // namespace

RecordSink::~RecordSink() = default;

struct CsvRecordSink::Private
{
    Private(QIODevice *device, TextEncoding encoding)
        : writer(device, QLatin1Char(','), encoding)
        , encoding(encoding)
    {
    }
    CsvWriter writer;
    TextEncoding encoding;
    QStringList columns;
    int row = 0;

    Status check(const QStringList &cells) const;
};

Status CsvRecordSink::Private::check(const QStringList &cells) const
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const auto at = firstUnencodable(cells.at(i), encoding);
        if (!at)
            continue;
        const QString &cell = cells.at(i);
        const qsizetype length = cell.at(*at).isHighSurrogate() && *at + 1 < cell.size() ? 2 : 1;
        const QString character = cell.mid(*at, length);
        return Error {
            QCoreApplication::translate("CsvExport",
                "row %1, column %2: the character \"%3\" (U+%4) cannot be written in %5; "
                "choose UTF-8 or UTF-16")
                .arg(row)
                .arg(i < columns.size() ? columns.at(i) : QString::number(i + 1), character)
                .arg(character.toUcs4().constFirst(), 4, 16, QLatin1Char('0'))
                .arg(encodingName(encoding))};
    }
    return {};
}

CsvRecordSink::CsvRecordSink(QIODevice *device, TextEncoding encoding)
    : d(std::make_unique<Private>(device, encoding))
{
}

CsvRecordSink::~CsvRecordSink() = default;

Status CsvRecordSink::writeHeader(const QStringList &columns)
{
    d->columns = columns;
    d->row = 1;
    d->writer.writeRecord(columns);
    return {};
}

Status CsvRecordSink::writeRecord(const QStringList &cells, const Currency &)
{
    ++d->row;
    if (auto checked = d->check(cells); !checked)
        return checked;
    d->writer.writeRecord(cells);
    return {};
}

XlsxRecordSink::XlsxRecordSink(const QString &path, const QString &sheetName)
    : mWriter(std::make_unique<XlsxWriter>(path, sheetName))
{
}

XlsxRecordSink::~XlsxRecordSink() = default;

Status XlsxRecordSink::writeHeader(const QStringList &columns)
{
    QList<XlsxWriter::CellKind> kinds;
    for (const QString &column : columns)
        kinds.append(cellKindOf(column));
    mWriter->setColumnKinds(kinds);
    return mWriter->writeHeader(columns);
}

Status XlsxRecordSink::writeRecord(const QStringList &cells, const Currency &currency)
{
    return mWriter->writeRow(cells, currency.isValid() ? currency.exponent() : 2);
}

Status XlsxRecordSink::finish()
{
    return mWriter->close();
}

} // namespace InvoiceDesk
