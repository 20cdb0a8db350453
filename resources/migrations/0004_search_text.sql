-- SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Issue 10: the invoice list's filter also finds line descriptions and ignores accents
-- ("muller" finds Müller). One folded column per invoice (models/searchtext.h), kept by the
-- store in the same transaction as every change; a later issue puts an FTS index over it.
-- invoicedesk_fold() is SearchText::fold, registered on every connection the program opens.

ALTER TABLE invoices ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

UPDATE invoices SET search_text = invoicedesk_fold(
    number || ' ' || customer || ' ' || description || ' '
    || coalesce((SELECT a.company || ' ' || a.email FROM addresses a
                 WHERE a.invoice_id = invoices.id AND a.kind = 'billing'), ' ')
    || coalesce((SELECT ' ' || group_concat(d.description, ' ')
                 FROM (SELECT l.description FROM invoice_lines l
                       WHERE l.invoice_id = invoices.id ORDER BY l.position) d), ''));
