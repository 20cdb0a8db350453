-- SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The credit a credit note left (its part beyond what its invoice owed) stands on the money the
-- invoice holds. Each row is what one payment's change moved of one note's credit: a payment
-- voided, or a refund dated on or before the note, moved it onto the invoice (`applied` grew by
-- it); a refund dated after the note paid it out (paid_out: no longer credit while the refund
-- stands). Voiding a refund reverses its rows.
CREATE TABLE IF NOT EXISTS credit_moves (
    payment_id      INTEGER NOT NULL REFERENCES payments(id),
    credit_note_id  INTEGER NOT NULL REFERENCES credit_notes(id) ON DELETE CASCADE,
    amount          INTEGER NOT NULL CHECK (amount > 0),
    paid_out        INTEGER NOT NULL CHECK (paid_out IN (0, 1)),
    PRIMARY KEY (payment_id, credit_note_id)
);
CREATE INDEX IF NOT EXISTS credit_moves_note ON credit_moves(credit_note_id);
