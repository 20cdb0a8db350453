// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "csvfields.h"
#include "result.h"

#include <QHash>
#include <QSet>

namespace InvoiceDesk {

class InvoiceRepository;
class PaymentRepository;

/**
 * Recognises what a spreadsheet does to a CSV file it opens and saves again
 * (issue 12): identifiers turned into numbers in scientific notation
 * (1E5 -> 1.00E+05), long numbers cut to 15 digits, and leading zeros
 * dropped (00123 -> 123, zip 01067 -> 1067, cheque 000456 -> 456), found by
 * matching the database's own values once the zeros are restored. Such a row
 * is refused with the fix, never imported as a new invoice or payment.
 */
class SpreadsheetDamage
{
public:
    /** Loads the invoice numbers, postcodes and payment references that begin with 0. */
    static Result<SpreadsheetDamage> load(InvoiceRepository &invoices, PaymentRepository &payments);
    /** load() when `wanted` (the import checks for damage), else nothing. */
    static Result<std::optional<SpreadsheetDamage>> loadIf(
        bool wanted, InvoiceRepository &invoices, PaymentRepository &payments);

    /** Checks the identifier cells of one row; problems go to `issues`. */
    void check(const CsvRow &row, QList<ImportIssue> &issues) const;

    /** The sentence every damage problem ends with: how to avoid it. */
    static QString fix();

private:
    /** The zero-led original a value would be once its zeros are back, or nothing. */
    static QString zeroLed(const QHash<QString, QString> &known, const QString &value,
        const QString &scope = QString());

    QHash<QString, QString> mInvoiceNumbers; ///< "123" -> "00123"
    QHash<QString, QString> mZips; ///< "DE|1067" -> "01067"
    QHash<QString, QString> mPaymentReferences; ///< cheque numbers and references
    QSet<QString> mExactInvoiceNumbers; ///< numbers that exist as typed ("123" itself)
};

} // namespace InvoiceDesk
