#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""What our schema costs on its own (issue 16): SQLite moves the rows sqlite3's .import left in
flat tables into an empty company file with INSERT ... SELECT: every invoice, line, billing
address, customer and one JSON audit row per invoice and payment, each payment's totals and
status on its invoice, the search index; every index and trigger of the schema kept, the
invoices' secondary indexes set aside and rebuilt as the importer does. No parsing, no rules,
no per-row round trips: the floor an importer on this schema cannot go under.

Usage: floor.py COMPANY_FILE FLAT_DB   (COMPANY_FILE: empty, made by invoicedesk-cli)
Prints the seconds of the invoices and of the payments."""
import sqlite3
import sys
import time

company, flat = sys.argv[1], sys.argv[2]
db = sqlite3.connect(company, isolation_level=None)
for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
               "cache_size = -98304", "temp_store = MEMORY"):
    db.execute("PRAGMA " + pragma)
db.execute("ATTACH ? AS flat", (flat,))

NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
# The records' identities as the importer mints them (RecordUuid): UUIDs of version 7, ascending
# in the order the rows are written, the time in milliseconds first.
MS = int(time.time() * 1000)
V7 = ("printf('%08x-%04x-7%03x-%04x-%012x', ({0}) >> 16, ({0}) & 65535, abs(random()) % 4096, "
      "32768 + abs(random()) % 16384, abs(random()) % 281474976710656)")
MINOR = "CAST(round(CAST({} AS REAL) * 100) AS INTEGER)"
INVOICES = f"""
INSERT INTO invoices (uuid, number, number_key, lifecycle, status, issue_date, due_date,
    currency, order_number, discount_total, shipping_total, subtotal, grand_total, description,
    customer, created_at, updated_at, search_text)
SELECT {V7.format(f"{MS} + rowid")}, number, number, 'issued', status, date, nullif(dueDate, ''),
    currency,
    orderNumber, {MINOR.format('discountTotal')}, {MINOR.format('shippingTotal')},
    {MINOR.format('grandTotal')}, {MINOR.format('grandTotal')}, description, "billing.company",
    {NOW}, {NOW}, lower(number || ' ' || "billing.company" || ' ' || description || ' '
    || "billing.email")
FROM flat.invoices_flat WHERE status <> '' ORDER BY rowid"""
CUSTOMERS = f"""
INSERT OR IGNORE INTO customers (display_name, default_currency, created_at)
SELECT customer, currency, {NOW} FROM invoices WHERE customer <> '' ORDER BY id"""
CUSTOMER_IDS = """
UPDATE invoices SET customer_id = (SELECT c.id FROM customers c WHERE c.display_name = customer)"""
LINES = f"""
INSERT INTO invoice_lines (invoice_id, position, quantity_milli, rate, product_code,
    description, total)
SELECT i.id, f.rowid, CAST(round(CAST(f."line.quantity" AS REAL) * 1000) AS INTEGER),
    {MINOR.format('f."line.rate"')}, f."line.productCode", f."line.description",
    {MINOR.format('f."line.total"')}
FROM flat.invoices_flat f JOIN invoices i ON i.number = f.number ORDER BY f.rowid"""
ADDRESSES = """
INSERT INTO addresses (invoice_id, kind, first_name, last_name, company, email, address1, city,
    zip, country_id)
SELECT i.id, 'billing', f."billing.firstName", f."billing.lastName", f."billing.company",
    f."billing.email", f."billing.address1", f."billing.city", f."billing.zip",
    f."billing.countryId"
FROM flat.invoices_flat f JOIN invoices i ON i.number = f.number WHERE f.status <> ''
ORDER BY f.rowid"""
INVOICE_AUDIT = f"""
INSERT INTO audit_log (at, entity_type, entity_uuid, action, details)
SELECT {NOW}, 'invoice', i.uuid, 'created', json_object('number', i.number, 'status', i.status,
    'date', i.issue_date, 'dueDate', i.due_date, 'currency', i.currency, 'grandTotal',
    i.grand_total, 'description', i.description, 'orderNumber', i.order_number,
    'billing', (SELECT json_object('firstName', a.first_name, 'lastName', a.last_name,
        'company', a.company, 'email', a.email, 'address1', a.address1, 'city', a.city,
        'zip', a.zip, 'countryId', a.country_id) FROM addresses a
        WHERE a.invoice_id = i.id AND a.kind = 'billing'),
    'lines', (SELECT json_group_array(json_object('quantity', l.quantity_milli, 'rate', l.rate,
        'productCode', l.product_code, 'description', l.description, 'total', l.total))
        FROM invoice_lines l WHERE l.invoice_id = i.id))
FROM invoices i ORDER BY i.id"""
SEARCH = """
INSERT INTO invoices_search (rowid, search_text) SELECT i.id, i.search_text
FROM invoices_search_queue q JOIN invoices i ON i.id = q.invoice_id"""
PAYMENTS = f"""
INSERT INTO payments (uuid, invoice_id, marker, paid_on, amount, method, reference,
    eft_transfer_date, eft_reference, created_at)
SELECT {V7.format(f"{MS + 10_000_000} + f.rowid")}, i.id, lower(hex(randomblob(16))), f.date,
    {MINOR.format('f.amount')}, f.method, f.reference, f."eft.transferDate", f."eft.reference",
    {NOW}
FROM flat.payments_flat f JOIN invoices i ON i.number = f.invoiceNumber ORDER BY f.rowid"""
PAYMENT_AUDIT = f"""
INSERT INTO audit_log (at, entity_type, entity_uuid, action, details)
SELECT {NOW}, 'payment', p.uuid, 'recorded', json_object('invoiceNumber', i.number,
    'date', p.paid_on, 'amount', p.amount, 'method', p.method, 'reference', p.reference,
    'marker', p.marker, 'currency', i.currency)
FROM payments p JOIN invoices i ON i.id = p.invoice_id ORDER BY p.id"""
# Row by row, as each payment changes its invoice (the importer's UPDATE per payment).
TOTALS = f"""
UPDATE invoices SET paid_total = paid_total + p.amount,
    status = CASE WHEN paid_total + p.amount >= grand_total THEN 'Paid' ELSE status END,
    updated_at = {NOW}
FROM payments p WHERE p.invoice_id = invoices.id"""


def invoice_indexes():
    return db.execute("SELECT m.name, m.sql FROM pragma_index_list('invoices') l "
                      "JOIN sqlite_master m ON m.name = l.name AND m.type = 'index' "
                      "WHERE l.origin = 'c' AND l.\"unique\" = 0 AND m.sql IS NOT NULL").fetchall()


start = time.perf_counter()
db.execute("BEGIN IMMEDIATE")
db.execute("INSERT INTO invoices_search_queue (invoice_id) VALUES (0)")
aside = invoice_indexes()
for name, _ in aside:
    db.execute(f'DROP INDEX "{name}"')
for sql in (INVOICES, CUSTOMERS, CUSTOMER_IDS, LINES, ADDRESSES, INVOICE_AUDIT):
    db.execute(sql)
for _, sql in aside:
    db.execute(sql)
db.execute(SEARCH)
db.execute("DELETE FROM invoices_search_queue")
db.execute("COMMIT")
invoices_seconds = time.perf_counter() - start

start = time.perf_counter()
db.execute("BEGIN IMMEDIATE")
for sql in (PAYMENTS, PAYMENT_AUDIT, TOTALS):
    db.execute(sql)
db.execute("COMMIT")
payments_seconds = time.perf_counter() - start
print(f"{invoices_seconds:.3f} {payments_seconds:.3f}")
