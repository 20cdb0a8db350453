-- SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issue 12 item 5 (and issue 14 item 1): a discount and a tax code per line, and the company's
-- tax codes (numbered after 0007, which shipped first, so files already at 7 gain it). A line keeps at most one discount: a percentage (ten-thousandths of a percent, as
-- tax_rate_e4) or an amount (minor units). invoice_lines.total is the net amount after it.
-- tax_code names a row of tax_codes; empty means the line has none (it then has no tax rate
-- either, or no code matched its rate when it was saved).

CREATE TABLE tax_codes (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL UNIQUE COLLATE NOCASE,
    rate_e4           INTEGER NOT NULL CHECK (rate_e4 BETWEEN 0 AND 1000000),
    category          TEXT NOT NULL CHECK (category IN ('S', 'Z', 'E', 'AE', 'K', 'G', 'O')),
    exemption_reason  TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

ALTER TABLE invoice_lines ADD COLUMN discount_percent_e4 INTEGER;
ALTER TABLE invoice_lines ADD COLUMN discount_amount INTEGER;
ALTER TABLE invoice_lines ADD COLUMN tax_code TEXT NOT NULL DEFAULT '';
