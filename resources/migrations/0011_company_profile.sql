-- SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issue 14 item 1: the company's own profile (the seller on every document), one row per key
-- of CompanyProfile::keys(). A key without a row is empty. Numbered 0011: 0009 and 0010 belong
-- to issue 13's customers work; a file at 8 gains this one all the same.

CREATE TABLE company_profile (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL
);

-- Issue 14 item 5: what EN 16931 needs of an invoice that it did not hold yet. The buyer
-- reference (BT-10, XRechnung's Leitweg-ID), the delivery date (BT-72, ISO date or NULL) and
-- the UNTDID 4461 payment means code (BT-81: 58 SEPA credit transfer, 30 credit transfer…;
-- empty: the e-invoice says 58 with the company's IBAN, else 1).
ALTER TABLE invoices ADD COLUMN buyer_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE invoices ADD COLUMN delivery_date TEXT;
ALTER TABLE invoices ADD COLUMN payment_means_code TEXT NOT NULL DEFAULT '';
