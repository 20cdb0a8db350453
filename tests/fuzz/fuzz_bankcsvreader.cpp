// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the bank CSV reader (issue 15): the first byte chooses the options
// (decimal mark and date format given or detected, a mapping or none), the rest is the file,
// read through the CSV import's reader as a real import reads it.
#include "bankcsvreader.h"
#include "bankfuzz.h"
#include "csvreader.h"

#include <QBuffer>

#include <cstdint>

using namespace InvoiceDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t choice = data[0];
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer input(&bytes);
    input.open(QIODevice::ReadOnly);
    const TextEncoding encoding = detectEncoding(&input);
    const QChar separator = CsvReader::detectSeparator(&input, encoding);
    CsvRecordSource records(&input, encoding, separator);
    BankCsvOptions options;
    options.currency
        = *Currency::fromCode(choice & 1 ? QStringLiteral("EUR") : QStringLiteral("KWD"));
    if (choice & 2)
        options.decimal = choice & 4 ? DecimalFormat::decimalComma() : DecimalFormat::fixed();
    if (choice & 8)
        options.dateFormat = choice & 16 ? QStringLiteral("dd.MM.yyyy") : QString();
    if (choice & 32)
        options.mapping = {{QStringLiteral("a"), QStringLiteral("bookingDate")},
            {QStringLiteral("b"), QStringLiteral("amount")},
            {QStringLiteral("c"), QStringLiteral("balance")}};
    Fuzz::checkParse(BankCsvReader::read(records, options));
    return 0;
}
