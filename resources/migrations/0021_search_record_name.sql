-- SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- An invoice billed to one name that belongs to a customer record of another (an import named
-- the record) is found by the record's name too: the list shows both. The name follows the
-- invoice's own search text after char(31) (SearchText::forInvoice, which the store writes with
-- every change; CustomerRepository rewrites it when a record is renamed). The index follows
-- through migration 0012's trigger. May run again (tests bring files back to older schemas).

UPDATE invoices
SET search_text = search_text || char(31)
    || (SELECT invoicedesk_fold(c.display_name) FROM customers c WHERE c.id = invoices.customer_id)
WHERE customer_id IS NOT NULL
  AND instr(search_text, char(31)) = 0
  AND EXISTS (SELECT 1 FROM customers c WHERE c.id = invoices.customer_id
              AND invoicedesk_casefold(trim(c.display_name))
                  <> invoicedesk_casefold(trim(invoices.customer)));
