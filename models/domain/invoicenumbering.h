// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace InvoiceDesk {

/**
 * Proposes invoice numbers: the next number after "INV-0099" is "INV-0100",
 * after "2026/17" it is "2026/18". Numbers stay free text a person may change.
 */
class InvoiceNumbering
{
public:
    /** The number after `last`; "INV-0001" when there is none or it ends in no digits. */
    static QString next(const QString &last);
    /**
     * What the invoice list sorts numbers by: each run of digits as its value ("BIG-2" before
     * "BIG-10", "2026/9" before "2026/17"), everything else in capitals without its accents
     * ("inv-3" between "INV-2" and "INV-10", "É-1" beside "E-1"). Each run loses its
     * leading zeros and gains its length as two digits, so that comparing the keys as text
     * compares the runs as numbers (up to 99 digits) and a run still sorts as a digit among
     * letters and signs.
     */
    static QString sortKey(const QString &number);
};

} // namespace InvoiceDesk
