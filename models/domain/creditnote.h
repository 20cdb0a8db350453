// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "creditsplit.h"
#include "invoice.h"

namespace InvoiceDesk {

/** One line of a credit note: an invoice's line with its tax fixed when the note is issued. */
struct CreditNoteLine
{
    QString description;
    Quantity quantity = Quantity::fromWhole(1);
    qint64 rate = 0; ///< minor units, positive
    std::optional<Percentage> taxRate;
    qint64 tax = 0; ///< minor units

    /** quantity × rate, rounded half away from zero; nothing on overflow. */
    std::optional<qint64> net() const { return lineTotal(quantity, rate); }
    friend bool operator==(const CreditNoteLine &, const CreditNoteLine &) = default;
};

/**
 * A credit note (issue 13 item 3): a numbered document in its own series (CN-0001) for an invoice
 * or for a customer, with lines, a reason and a date. Its totals are positive; on an invoice it
 * reduces what the invoice owes, and what is beyond that (all of it without an invoice) is the
 * customer's credit in its currency.
 */
struct CreditNote
{
    qint64 id = 0;
    QString uuid;
    QString number; ///< "" takes the next number of the series
    qint64 customerId = 0;
    QString customerName;
    qint64 invoiceId = 0; ///< 0: a credit note for the customer
    QString invoiceNumber;
    QDate date;
    Currency currency;
    QString reason;
    QList<CreditNoteLine> lines;
    qint64 applied = 0; ///< the part that reduced what the invoice owed, minor units
    /** Of the rest (the customer's credit), what refunds on the invoice paid out since. */
    qint64 takenBack = 0;
    /**
     * The applied part as the books recorded it (creditnotes.csv's `applied` column): the note
     * is issued with exactly this split, refused when it exceeds the gross or what the invoice
     * owes. Empty: the ledger's rule, what the invoice still owes up to the gross.
     */
    std::optional<qint64> recordedApplied;

    /** Net (subtotal), tax and gross (grand total) of the lines; an error on overflow. */
    Result<InvoiceTotals> totals() const;
    /** Every problem of the note itself: reason, date, lines (not its invoice or customer). */
    Problems validate() const;
};

/** The first number of the credit note series. */
inline QString firstCreditNoteNumber()
{
    return QStringLiteral("CN-0001");
}

/** The lines of a credit note of `gross` (tax included) on `invoice`: one line per tax rate. */
Result<QList<CreditNoteLine>> creditLinesForGross(
    qint64 gross, const Invoice &invoice, const QString &description);

/** A line typed with its net rate: its tax is the rate applied to quantity × rate. */
Result<CreditNoteLine> creditLineWithTax(CreditNoteLine line);

} // namespace InvoiceDesk
