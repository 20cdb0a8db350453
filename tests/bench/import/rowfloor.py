#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""What our schema costs written row by row (issue 16): Python's sqlite3 writes the rows an
import wrote (read back from its company file into memory first) into an empty company file,
one statement per row as an importer must, each customer, invoice, line, address, payment and
audit row, and each payment's totals and status on its invoice. The invoices' secondary indexes
are set aside and rebuilt and the search index filled at the end, as the importer does. No
parsing, no rules, no reads: only the writes, with Python's own cost per statement on top.

Usage: rowfloor.py IMPORTED_FILE EMPTY_FILE   (EMPTY_FILE made by invoicedesk-cli)
Prints the seconds of the invoices and of the payments."""
import sqlite3
import sys
import time

imported, target = sys.argv[1], sys.argv[2]


def columns(db, table, skip=("id",)):
    return [r[1] for r in db.execute(f"PRAGMA table_info({table})") if r[1] not in skip]


def insert_sql(table, names):
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


def by_invoice(db, table, names, order):
    rows = {}
    for row in db.execute(f"SELECT {', '.join(names)} FROM {table} ORDER BY {order}"):
        rows.setdefault(row[0], []).append(row[1:])
    return rows


source = sqlite3.connect(imported)
customer_cols = columns(source, "customers", ())
customers = source.execute(f"SELECT {', '.join(customer_cols)} FROM customers ORDER BY id").fetchall()
invoice_cols = columns(source, "invoices", ())
invoices = source.execute(f"SELECT {', '.join(invoice_cols)} FROM invoices ORDER BY id").fetchall()
# As the invoices' import left them: nothing paid, and Pending (the benchmark's invoices are
# issued and unpaid until their payments come).
paid_at, status_at = invoice_cols.index("paid_total"), invoice_cols.index("status")
before = {"Paid": "Pending"}


def unpaid(row):
    row = list(row)
    row[paid_at] = 0
    row[status_at] = before.get(row[status_at], row[status_at])
    return tuple(row)


invoices = [unpaid(row) for row in invoices]
line_cols = columns(source, "invoice_lines")
lines = by_invoice(source, "invoice_lines", line_cols, "invoice_id, position")
address_cols = columns(source, "addresses", ())
addresses = by_invoice(source, "addresses", address_cols, "invoice_id, kind")
audit = {(t, u): d for t, u, d in source.execute(
    "SELECT entity_type, entity_uuid, details FROM audit_log")}
payment_cols = columns(source, "payments")
payments = source.execute(f"SELECT {', '.join(payment_cols)} FROM payments ORDER BY id").fetchall()
status_of = {i: before.get(s, s) for i, s in source.execute("SELECT id, status FROM invoices")}
grand_total = dict(source.execute("SELECT id, grand_total FROM invoices"))
source.close()

db = sqlite3.connect(target, isolation_level=None)
for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
               "cache_size = -98304", "temp_store = MEMORY"):
    db.execute("PRAGMA " + pragma)
AUDIT = "INSERT INTO audit_log (at, entity_type, entity_uuid, action, details) VALUES (?, ?, ?, ?, ?)"
NOW = "2026-12-02T00:00:00.000Z"
uuid_at = invoice_cols.index("uuid")

start = time.perf_counter()
db.execute("BEGIN IMMEDIATE")
db.execute("INSERT INTO invoices_search_queue (invoice_id) VALUES (0)")
aside = db.execute("SELECT m.name, m.sql FROM pragma_index_list('invoices') l "
                   "JOIN sqlite_master m ON m.name = l.name AND m.type = 'index' "
                   "WHERE l.origin = 'c' AND l.\"unique\" = 0 AND m.sql IS NOT NULL").fetchall()
for name, _ in aside:
    db.execute(f'DROP INDEX "{name}"')
for row in customers:
    db.execute(insert_sql("customers", customer_cols), row)
insert_invoice = insert_sql("invoices", invoice_cols)
insert_line = insert_sql("invoice_lines", line_cols)
insert_address = insert_sql("addresses", address_cols)
for row in invoices:
    db.execute(insert_invoice, row)
    for line in lines.get(row[0], []):
        db.execute(insert_line, (row[0],) + line)
    for address in addresses.get(row[0], []):
        db.execute(insert_address, (row[0],) + address)
    uuid = row[uuid_at]
    db.execute(AUDIT, (NOW, "invoice", uuid, "created", audit.get(("invoice", uuid), "{}")))
for _, sql in aside:
    db.execute(sql)
db.execute("INSERT INTO invoices_search (rowid, search_text) SELECT i.id, i.search_text FROM "
           "invoices_search_queue q JOIN invoices i ON i.id = q.invoice_id")
db.execute("DELETE FROM invoices_search_queue")
db.execute("COMMIT")
invoices_seconds = time.perf_counter() - start

insert_payment = insert_sql("payments", payment_cols)
invoice_at, amount_at, uuid_at = (payment_cols.index(c) for c in ("invoice_id", "amount", "uuid"))
paid = {}
start = time.perf_counter()
db.execute("BEGIN IMMEDIATE")
for row in payments:
    db.execute(insert_payment, row)
    uuid = row[uuid_at]
    db.execute(AUDIT, (NOW, "payment", uuid, "recorded", audit.get(("payment", uuid), "{}")))
    invoice = row[invoice_at]
    paid[invoice] = paid.get(invoice, 0) + row[amount_at]
    status = "Paid" if paid[invoice] >= grand_total[invoice] else status_of[invoice]
    db.execute("UPDATE invoices SET paid_total = ?, refunded_total = 0, status = ?, updated_at = ? "
               "WHERE id = ?", (paid[invoice], status, NOW, invoice))
db.execute("COMMIT")
payments_seconds = time.perf_counter() - start
print(f"{invoices_seconds:.3f} {payments_seconds:.3f}")
