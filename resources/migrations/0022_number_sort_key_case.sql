-- SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- The invoice list sorts numbers without regard to case or accents: "inv-3" between "INV-2" and
-- "INV-10" (InvoiceNumbering::sortKey now writes the letters in capitals without accents). Only
-- the keys that change are written: numbers in capitals keep theirs, and so their index entries.

UPDATE invoices SET number_key = invoicedesk_number_key(number)
WHERE number_key <> invoicedesk_number_key(number);
