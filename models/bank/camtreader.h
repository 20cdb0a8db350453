// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statement.h"

#include <QByteArray>

namespace InvoiceDesk {

/**
 * Reads ISO 20022 bank-to-customer messages with QXmlStreamReader: CAMT.053 statements,
 * CAMT.052 account reports and CAMT.054 debit/credit notifications, any version (001.02 to
 * 001.13), which share the Ntry structure. Booked entries become lines (pending ones are
 * skipped with a note); a batch entry whose transaction details carry their own amounts
 * becomes one line per transaction, so cheques deposited together match one by one.
 */
class CamtReader
{
public:
    static StatementParse read(const QByteArray &bytes);
    /** True when the bytes start an ISO 20022 camt.05x document. */
    static bool recognises(const QByteArray &head);
};

} // namespace InvoiceDesk
