-- SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The invoice list sorts numbers as a person reads them: BIG-2 before BIG-10. The key
-- (InvoiceNumbering::sortKey: each run of digits without its leading zeros, after its length
-- as two digits) is kept by the store with every change; invoicedesk_number_key() is the same
-- function, registered on every connection the program opens. The page in number order is
-- read from its index, as every order's is (migration 0014).

ALTER TABLE invoices ADD COLUMN number_key TEXT NOT NULL DEFAULT '';

UPDATE invoices SET number_key = invoicedesk_number_key(number);

CREATE INDEX invoices_number_key ON invoices(number_key, id);
