// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bankcsvreader.h"
#include "statement.h"

namespace InvoiceDesk {

/**
 * Reads a statement file of any supported format, found from its content: CAMT XML, MT940,
 * OFX/QFX, else a bank's CSV (or XLSX) export read with the given options.
 */
namespace StatementReader {
/** The format the file's first bytes show (CSV when none of the others). */
StatementFormat detect(const QByteArray &head);
StatementParse read(const QString &path, const BankCsvOptions &csv = {});
/** Reads statement bytes in a format other than CSV. */
StatementParse readBytes(const QByteArray &bytes);
} // namespace StatementReader

} // namespace InvoiceDesk
