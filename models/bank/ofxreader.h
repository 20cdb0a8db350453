// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statement.h"

#include <QByteArray>

namespace InvoiceDesk {

/**
 * Reads OFX and QFX bank and credit-card statements, version 1 (SGML, leaf elements without
 * end tags) and version 2 (XML), with a small reader of our own rather than libofx: libofx
 * hands amounts over as double and dates as time_t in local time (we keep money exact and
 * dates as the bank wrote them), reads only from a file path through OpenSP with its DTDs
 * installed beside it, and keeps global parser state. Each STMTRS or CCSTMTRS is a statement:
 * STMTTRN lines (FITID is the bank's reference, CHECKNUM a cheque number) and the closing
 * LEDGERBAL; OFX gives no opening balance.
 */
class OfxReader
{
public:
    static StatementParse read(const QByteArray &bytes);
    /** True when the bytes start an OFX file (an OFXHEADER line or an <OFX> element). */
    static bool recognises(const QByteArray &head);
};

} // namespace InvoiceDesk
