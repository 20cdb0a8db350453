-- SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- What of a credit note's credit (its part beyond what its invoice owed) a later refund on that
-- invoice paid out: the money went back to the customer, so it is no longer their credit. A void
-- of the payment the credit stood on moves the credit onto the invoice instead (`applied`).
-- Most notes never have any taken back: a row only for those that do.
CREATE TABLE IF NOT EXISTS credit_taken_back (
    credit_note_id  INTEGER PRIMARY KEY REFERENCES credit_notes(id) ON DELETE CASCADE,
    amount          INTEGER NOT NULL CHECK (amount > 0)
);
