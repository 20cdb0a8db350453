-- SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issue 15: bank accounts, imported statements and their lines, and which payment (or, once
-- receipts exist, which receipt) each line is. Money columns hold minor units of the
-- account's currency; a line's amount is signed (money in is positive).

CREATE TABLE bank_accounts (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    identifier       TEXT NOT NULL DEFAULT '',   -- IBAN (compact, upper case) or account number
    currency         TEXT NOT NULL,
    opening_balance  INTEGER NOT NULL DEFAULT 0, -- the balance at the start of opening_date
    opening_date     TEXT,
    created_at       TEXT NOT NULL
);
-- A statement names its account by IBAN or number: one account per identifier.
CREATE UNIQUE INDEX bank_accounts_identifier ON bank_accounts(identifier) WHERE identifier <> '';

-- One imported statement (a CAMT Stmt/Rpt/Ntfctn, an MT940 :20: block, an OFX STMTRS, a CSV
-- file), with the balances it declared: the import checked its lines against them.
CREATE TABLE bank_statements (
    id               INTEGER PRIMARY KEY,
    account_id       INTEGER NOT NULL REFERENCES bank_accounts(id),
    format           TEXT NOT NULL,
    statement_ref    TEXT NOT NULL DEFAULT '',
    file_name        TEXT NOT NULL DEFAULT '',
    from_date        TEXT,
    to_date          TEXT,
    opening_balance  INTEGER,
    closing_balance  INTEGER,
    lines_read       INTEGER NOT NULL,
    lines_added      INTEGER NOT NULL,
    imported_at      TEXT NOT NULL
);
CREATE INDEX bank_statements_account ON bank_statements(account_id, to_date);

-- A line the bank booked. It is added once: reference_key is the bank's own entry reference
-- (NULL when the statement has none, or the same reference on different lines), and
-- fingerprint_key the line's date, amount, counterparty and text with the count of identical
-- lines of that day, so an overlapping statement adds only what is new.
CREATE TABLE bank_lines (
    id                   INTEGER PRIMARY KEY,
    account_id           INTEGER NOT NULL REFERENCES bank_accounts(id),
    statement_id         INTEGER NOT NULL REFERENCES bank_statements(id),
    reference_key        TEXT,
    fingerprint_key      TEXT NOT NULL,
    bank_reference       TEXT NOT NULL DEFAULT '',
    booking_date         TEXT NOT NULL,
    value_date           TEXT,
    amount               INTEGER NOT NULL,
    counterparty_name    TEXT NOT NULL DEFAULT '',
    counterparty_account TEXT NOT NULL DEFAULT '',
    remittance           TEXT NOT NULL DEFAULT '',
    reference            TEXT NOT NULL DEFAULT '',   -- the payer's (end-to-end) reference
    transaction_code     TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    UNIQUE (account_id, fingerprint_key)
);
CREATE UNIQUE INDEX bank_lines_reference ON bank_lines(account_id, reference_key)
    WHERE reference_key IS NOT NULL;
CREATE INDEX bank_lines_booking ON bank_lines(account_id, booking_date);

-- Which payment (or receipt, issue 13) a line is: one line is at most one payment or receipt,
-- and one payment or receipt at most one line. Undoing a match deletes its row; the audit log
-- keeps both.
CREATE TABLE bank_matches (
    line_id     INTEGER NOT NULL UNIQUE REFERENCES bank_lines(id),
    kind        TEXT NOT NULL CHECK (kind IN ('payment', 'receipt')),
    payment_id  INTEGER UNIQUE REFERENCES payments(id),
    receipt_id  INTEGER UNIQUE,
    how         TEXT NOT NULL CHECK (how IN ('auto', 'accepted', 'recorded')),
    score       INTEGER NOT NULL DEFAULT 0,
    -- The match named the payment's account (it had none): undoing the match takes it back.
    set_account INTEGER NOT NULL DEFAULT 0 CHECK (set_account IN (0, 1)),
    matched_at  TEXT NOT NULL,
    CHECK ((kind = 'payment') = (payment_id IS NOT NULL)),
    CHECK ((kind = 'receipt') = (receipt_id IS NOT NULL))
);

-- The account a payment went into (NULL: not said yet; matching a line sets it).
ALTER TABLE payments ADD COLUMN bank_account_id INTEGER REFERENCES bank_accounts(id);
-- Matching reads the payments that are not reconciled yet, by amount.
CREATE INDEX payments_unreconciled ON payments(amount)
    WHERE reconciled_on IS NULL AND voided_at IS NULL;
