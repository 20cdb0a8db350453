// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statement.h"

#include <QByteArray>

namespace InvoiceDesk {

/**
 * Reads SWIFT MT940 customer statements (our own parser: no maintained library reads them
 * without pulling in a banking framework). Each :20: block is a statement: :25: the account,
 * :60F:/:62F: the balances, :61: a line with its :86: details. The booking date is the :61:
 * entry date, else its value date. :86: is read in the German structured form (?20..?63 with
 * SEPA keywords EREF+ SVWZ+), the /KEY/value form (/NAME/ /REMI/ /EREF/ /IBAN/), or as text.
 * The text may be Windows-1252 (the SWIFT character set is a subset of both).
 */
class Mt940Reader
{
public:
    static StatementParse read(const QByteArray &bytes);
    /** True when the bytes look like MT940 (a :20: tag, then :25: and :60F:). */
    static bool recognises(const QByteArray &head);
};

/** The parts of an MT940 :86: field (also used for CSV exports that copy it). */
struct Mt940Details
{
    QString transactionCode;
    QString remittance;
    QString reference;
    QString counterpartyName;
    QString counterpartyAccount;

    static Mt940Details parse(const QString &text);
};

} // namespace InvoiceDesk
