-- SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issue 13: customers as records, receipts allocated across invoices, customer credit.
-- A customer's addresses are JSON objects keyed as Address::fields() names them.
-- Every invoice belongs to the customer named as the list shows it (invoices.customer: billing
-- company, else first and last name) unless something assigned it to another one; the triggers
-- keep that derivation for every writer, so the store's invoice statements need no change.

CREATE TABLE customers (
    id                  INTEGER PRIMARY KEY,
    display_name        TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (display_name <> ''),
    billing             TEXT NOT NULL DEFAULT '{}',
    shipping            TEXT NOT NULL DEFAULT '{}',
    default_currency    TEXT NOT NULL DEFAULT '',
    payment_terms_days  INTEGER,
    tax_id              TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL
);

-- No REFERENCES: the triggers and CustomerRepository keep it, and the column stays droppable.
ALTER TABLE invoices ADD COLUMN customer_id INTEGER;
CREATE INDEX invoices_customer_id ON invoices(customer_id);

-- Existing invoices: one customer per name the list shows, with the billing address, e-mail and
-- currency of that customer's latest invoice.
INSERT INTO customers (display_name, billing, default_currency, email, created_at)
SELECT i.customer,
       coalesce((SELECT json_object('firstName', a.first_name, 'lastName', a.last_name,
                    'company', a.company, 'email', a.email, 'phone', a.phone,
                    'address1', a.address1, 'address2', a.address2,
                    'neighborhood', a.neighborhood, 'city', a.city, 'zip', a.zip,
                    'stateId', a.state_id, 'stateName', a.state_name, 'countryId', a.country_id)
                 FROM addresses a WHERE a.invoice_id = i.id AND a.kind = 'billing'), '{}'),
       i.currency,
       coalesce((SELECT a.email FROM addresses a
                 WHERE a.invoice_id = i.id AND a.kind = 'billing'), ''),
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM invoices i
WHERE i.customer <> ''
  AND i.id = (SELECT j.id FROM invoices j WHERE j.customer = i.customer COLLATE NOCASE
              ORDER BY j.issue_date DESC, j.id DESC LIMIT 1);

UPDATE invoices SET customer_id = (SELECT c.id FROM customers c
                                   WHERE c.display_name = invoices.customer)
WHERE customer <> '';

CREATE TRIGGER invoices_customer_on_insert AFTER INSERT ON invoices
WHEN NEW.customer_id IS NULL AND NEW.customer <> ''
BEGIN
    INSERT OR IGNORE INTO customers (display_name, default_currency, created_at)
    VALUES (NEW.customer, NEW.currency, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    UPDATE invoices SET customer_id = (SELECT c.id FROM customers c
                                       WHERE c.display_name = NEW.customer)
    WHERE id = NEW.id;
END;

-- A renamed billing company moves the invoice to the customer of that name, unless the invoice
-- was assigned to a customer whose name it never carried.
CREATE TRIGGER invoices_customer_on_rename AFTER UPDATE OF customer ON invoices
WHEN NEW.customer <> OLD.customer AND NEW.customer <> ''
 AND (NEW.customer_id IS NULL
      OR NEW.customer_id = (SELECT c.id FROM customers c WHERE c.display_name = OLD.customer))
BEGIN
    INSERT OR IGNORE INTO customers (display_name, default_currency, created_at)
    VALUES (NEW.customer, NEW.currency, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    UPDATE invoices SET customer_id = (SELECT c.id FROM customers c
                                       WHERE c.display_name = NEW.customer)
    WHERE id = NEW.id;
END;

-- One money movement from one customer. Its method fields are the template every allocation
-- copies (a JSON object keyed by payments.csv's column names).
CREATE TABLE receipts (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    receipt_key   TEXT NOT NULL UNIQUE,
    customer_id   INTEGER NOT NULL REFERENCES customers(id),
    currency      TEXT NOT NULL,
    received_on   TEXT NOT NULL,
    amount        INTEGER NOT NULL CHECK (amount > 0),
    method        TEXT NOT NULL,
    details       TEXT NOT NULL DEFAULT '{}',
    voided_at     TEXT,
    void_reason   TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);
CREATE INDEX receipts_customer ON receipts(customer_id, currency);

-- Which payments are allocations: of a receipt, or of the customer's credit (receipt_id NULL).
CREATE TABLE allocations (
    payment_id    INTEGER PRIMARY KEY REFERENCES payments(id),
    receipt_id    INTEGER REFERENCES receipts(id),
    customer_id   INTEGER NOT NULL REFERENCES customers(id),
    currency      TEXT NOT NULL
);
CREATE INDEX allocations_receipt ON allocations(receipt_id);
CREATE INDEX allocations_customer ON allocations(customer_id, currency);
