// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "creditnote.h"
#include "preparedqueries.h"

namespace InvoiceDesk {

/** Which credit notes a list holds (the invoice list's "Show credit notes", `credit-note list`). */
struct CreditNoteFilter
{
    std::optional<qint64> invoiceId;
    std::optional<qint64> customerId;
};

/** What one payment's change moved of one note's credit (migration 0023). */
struct CreditMovePart
{
    qint64 noteId = 0;
    qint64 amount = 0;
    bool paidOut = false; ///< a refund paid it out; else it went onto the invoice (applied)
};

/** SQL for the credit_notes and credit_note_lines tables (migration 0013). No rules. */
class CreditNoteRepository
{
public:
    explicit CreditNoteRepository(PreparedQueries &queries)
        : mQueries(queries)
    {
    }

    /** Stores a new credit note with its lines (uuid, number and totals set); sets its id. */
    Status insert(CreditNote &note, const InvoiceTotals &totals);
    /** Writes the note's applied part (by id). */
    Status setApplied(const CreditNote &note);
    /** Records what a change of payment `paymentId` moved of a note's credit. */
    Status recordMove(qint64 paymentId, const CreditMovePart &part);
    /** What the payment's change moved of credit notes' credit. */
    Result<QList<CreditMovePart>> movesOf(qint64 paymentId);
    /** The number of the credit note entered last, or nothing. */
    Result<std::optional<QString>> lastNumber();
    Result<bool> numberTaken(const QString &number);
    Result<std::optional<CreditNote>> byNumber(const QString &number);
    /** The credit notes the filter lets through, in the order issued, with their lines. */
    Result<QList<CreditNote>> list(const CreditNoteFilter &filter = {});

private:
    Status insertLines(const CreditNote &note);
    Status readLines(CreditNote &note);

    PreparedQueries &mQueries;
};

} // namespace InvoiceDesk
