// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the XLSX reader. Random bytes mostly stop at the zip container, so
// an input whose first byte is even is taken as the parts of a workbook instead: the sheet's
// rows, the shared strings, the number formats and the cell formats, separated by NUL bytes,
// wrapped in a valid zip. Either way the reader must not crash, hang or read out of bounds,
// and every row it gives must be as wide as its last filled cell.
#include "xlsxbuilder.h"
#include "xlsxreader.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace InvoiceDesk;

namespace {

QByteArray workbookFrom(const QByteArray &input)
{
    const QList<QByteArray> parts = input.split('\0');
    return Test::XlsxBuilder::workbook(
        {{QStringLiteral("Sheet1"), parts.value(0)}, {QStringLiteral("Second"), parts.value(4)}},
        parts.value(1), parts.value(2).startsWith('1'), parts.value(2).mid(1), parts.value(3));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QByteArray bytes = data[0] % 2 == 0 ? workbookFrom(input) : input;
    XlsxReader reader;
    if (!reader.open(bytes, data[0] % 4 == 2 ? QStringLiteral("second") : QString()))
        return 0;
    QStringList fields;
    int rows = 0;
    while (reader.readRecord(fields)) {
        if (fields.isEmpty() || fields.size() > 16384 || fields.last().isEmpty())
            std::abort(); // a row is never blank, never wider than XFD, and ends at a filled cell
        if (++rows > 1000000)
            std::abort();
    }
    return 0;
}
