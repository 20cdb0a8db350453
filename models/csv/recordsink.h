// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "currency.h"
#include "result.h"
#include "textencoding.h"

#include <QStringList>

#include <memory>

class QIODevice;

namespace InvoiceDesk {

class XlsxWriter;

/**
 * Where the exporter's rows of text cells go: a CSV file in some encoding, or
 * an XLSX sheet. Both receive the very rows the import reads back.
 */
class RecordSink
{
public:
    virtual ~RecordSink();
    virtual Status writeHeader(const QStringList &columns) = 0;
    /** A data row; `currency` decides the decimals an amount is shown with. */
    virtual Status writeRecord(const QStringList &cells, const Currency &currency) = 0;
    virtual Status finish() = 0;
};

/**
 * A CSV file. A cell holding a character the encoding cannot hold is an error
 * naming the row, the column and the character, never a silent "?".
 */
class CsvRecordSink : public RecordSink
{
public:
    CsvRecordSink(QIODevice *device, TextEncoding encoding);
    ~CsvRecordSink() override;
    Status writeHeader(const QStringList &columns) override;
    Status writeRecord(const QStringList &cells, const Currency &currency) override;
    Status finish() override { return {}; }

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/** A sheet of an XLSX workbook, each column typed by its name (see XlsxWriter). */
class XlsxRecordSink : public RecordSink
{
public:
    XlsxRecordSink(const QString &path, const QString &sheetName);
    ~XlsxRecordSink() override;
    Status writeHeader(const QStringList &columns) override;
    Status writeRecord(const QStringList &cells, const Currency &currency) override;
    Status finish() override;

private:
    std::unique_ptr<XlsxWriter> mWriter;
};

} // namespace InvoiceDesk
