-- SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issue 13 item 3: credit notes, in their own number series (CN-0001), for an invoice or for a
-- customer. A credit note's totals are positive. On an invoice, `applied` is the part that
-- reduced what the invoice owed when it was issued; the rest (all of it without an invoice) is
-- the customer's credit in the note's currency. invoices.credited_total is the sum of the
-- invoice's credit notes: outstanding = max(0, grand_total - paid + refunded - credited).
-- Numbered 0013, above every migration already released (0011) or merged before it (0012).

ALTER TABLE invoices ADD COLUMN credited_total INTEGER NOT NULL DEFAULT 0;

CREATE TABLE credit_notes (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    number        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (number <> ''),
    customer_id   INTEGER NOT NULL REFERENCES customers(id),
    invoice_id    INTEGER REFERENCES invoices(id),
    issue_date    TEXT NOT NULL,
    currency      TEXT NOT NULL,
    reason        TEXT NOT NULL CHECK (reason <> ''),
    subtotal      INTEGER NOT NULL,
    tax_total     INTEGER NOT NULL,
    grand_total   INTEGER NOT NULL CHECK (grand_total > 0),
    applied       INTEGER NOT NULL DEFAULT 0 CHECK (applied BETWEEN 0 AND grand_total),
    created_at    TEXT NOT NULL
);
CREATE INDEX credit_notes_invoice ON credit_notes(invoice_id);
CREATE INDEX credit_notes_customer ON credit_notes(customer_id, currency);

-- A line as an invoice's, with its tax kept exactly as the note was issued (a gross amount is
-- split into net and tax once, by splitGrossCredit, and never recomputed).
CREATE TABLE credit_note_lines (
    id              INTEGER PRIMARY KEY,
    credit_note_id  INTEGER NOT NULL REFERENCES credit_notes(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    description     TEXT NOT NULL DEFAULT '',
    quantity_milli  INTEGER NOT NULL,
    rate            INTEGER NOT NULL,
    tax_rate_e4     INTEGER,
    total           INTEGER NOT NULL,
    tax             INTEGER NOT NULL DEFAULT 0,
    UNIQUE (credit_note_id, position)
);
