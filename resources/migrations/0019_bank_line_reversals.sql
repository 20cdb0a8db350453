-- SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- A line the bank books to take back an earlier one (CAMT RvslInd, MT940 RC/RD): the line it
-- reverses is no payment, so matching never records or links it.
ALTER TABLE bank_lines ADD COLUMN reversal INTEGER NOT NULL DEFAULT 0 CHECK (reversal IN (0, 1));
