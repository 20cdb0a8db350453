// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the CamtReader (issue 15): any bytes read without crashing or hanging, and
// what reads cleanly keeps the promises of bankfuzz.h.
#include "bankfuzz.h"
#include "camtreader.h"

#include <cstdint>

using namespace InvoiceDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    Fuzz::checkParse(CamtReader::read(bytes));
    return 0;
}
