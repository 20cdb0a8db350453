// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the CSV reader: any bytes must decode and parse without
// crashing, hanging or reading out of bounds, and whatever parses must survive
// a write -> read round trip unchanged.
#include "csvreader.h"
#include "textencoding.h"

#include <QBuffer>
#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace InvoiceDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer input(&bytes);
    input.open(QIODevice::ReadOnly);
    const TextEncoding encoding = detectEncoding(&input);
    const QChar separator = CsvReader::detectSeparator(&input, encoding);

    CsvReader reader(&input, encoding, separator);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(fields))
        records.append(fields);

    QByteArray written;
    QBuffer output(&written);
    output.open(QIODevice::WriteOnly);
    CsvWriter writer(&output, separator);
    for (const QStringList &record : records)
        writer.writeRecord(record);
    output.close();

    QBuffer again(&written);
    again.open(QIODevice::ReadOnly);
    CsvReader rereader(&again, TextEncoding::Utf8, separator);
    QList<QStringList> reread;
    while (rereader.readRecord(fields))
        reread.append(fields);
    if (rereader.hasError() || reread != records) {
        const auto dump = [](const char *what, const QList<QStringList> &list) {
            std::fprintf(stderr, "%s:\n", what);
            for (const QStringList &record : list) {
                for (const QString &field : record)
                    std::fprintf(stderr, "  [%s]", field.toUtf8().toHex(' ').constData());
                std::fprintf(stderr, "\n");
            }
        };
        dump("read", records);
        dump("written and read again", reread);
        std::fprintf(stderr, "error: %s\n", qPrintable(rereader.errorString()));
        std::abort();
    }
    return 0;
}
