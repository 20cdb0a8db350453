#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Import benchmark (issue: core). Generates 100,000 invoices (about 3 lines each)
and 70,000 payments, imports them through invoicedesk-cli, and in the same run
times sqlite3's own .import of the same files into flat tables.

Usage: tests/bench/import/run.py [BUILD_DIR] [INVOICES] [PAYMENTS]
Prints rows per second, peak memory and the ratio to sqlite3, the same rows through `import books`,
and two floors of our schema:
floor.py moving the flat tables into an empty company file with INSERT ... SELECT, and
rowfloor.py writing the rows our import wrote into another one statement by statement."""
import os
import subprocess
import sys
import tempfile

build = sys.argv[1] if len(sys.argv) > 1 else "build-rel"
invoices = sys.argv[2] if len(sys.argv) > 2 else "100000"
payments = sys.argv[3] if len(sys.argv) > 3 else "70000"
cli = os.path.join(build, "app", "invoicedesk-cli")
generator = os.path.join(build, "tests", "bench", "bench_import_generate")


# A fresh Python process per measured command, so the peak RSS is that command's alone.
MEASURE = ("import resource, subprocess, sys, time\n"
           "start = time.perf_counter()\n"
           "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
           "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")


def timed(command):
    """Runs a command; returns (seconds, peak RSS in MB of that command)."""
    out = subprocess.run([sys.executable, "-c", MEASURE] + command, check=True, capture_output=True, text=True).stdout
    seconds, peak_kb = out.split()
    return float(seconds), int(peak_kb) / 1024.0


def data_rows(path):
    with open(path, "rb") as f:
        return sum(1 for _ in f) - 1


with tempfile.TemporaryDirectory() as work:
    subprocess.run([generator, work, invoices, payments], check=True)
    inv_csv = os.path.join(work, "invoices.csv")
    pay_csv = os.path.join(work, "payments.csv")
    inv_rows, pay_rows = data_rows(inv_csv), data_rows(pay_csv)
    print(f"files: invoices.csv {os.path.getsize(inv_csv) / 1e6:.1f} MB ({inv_rows} rows), "
          f"payments.csv {os.path.getsize(pay_csv) / 1e6:.1f} MB ({pay_rows} rows)")

    # sqlite3's own CSV import into flat tables, as the reference.
    flat = os.path.join(work, "flat.db")
    sq_seconds, _ = timed(["sqlite3", flat, ".mode csv", f".import {inv_csv} invoices_flat",
                           f".import {pay_csv} payments_flat"])

    # The schema's own cost: an empty company file filled by SQLite alone. A dry run creates no
    # file, so a bank account (no invoice, no payment) is what brings the file into being.
    def empty_company_file(path):
        subprocess.run([cli, "--db", path, "bank", "account", "add", "Floor", "--currency", "USD"],
                       check=True, stdout=subprocess.DEVNULL)

    floor_db = os.path.join(work, "floor.invoicedesk")
    empty_company_file(floor_db)
    here = os.path.dirname(os.path.abspath(__file__))
    floor = subprocess.run([sys.executable, os.path.join(here, "floor.py"), floor_db, flat],
                           check=True, capture_output=True, text=True).stdout.split()
    floor_inv, floor_pay = float(floor[0]), float(floor[1])

    db = os.path.join(work, "company.invoicedesk")
    inv_seconds, inv_peak = timed([cli, "--db", db, "import", "invoices", inv_csv])
    pay_seconds, pay_peak = timed([cli, "--db", db, "import", "payments", pay_csv])
    ours = inv_seconds + pay_seconds
    # The same books through `import books` (one transaction, payments replayed by date).
    books_dir = os.path.join(work, "books")
    subprocess.run([cli, "--db", db, "export", "books", books_dir], check=True,
                   stdout=subprocess.DEVNULL)
    books_seconds, books_peak = timed([cli, "--db", os.path.join(work, "books.invoicedesk"),
                                       "import", "books", books_dir])
    row_db = os.path.join(work, "rows.invoicedesk")
    empty_company_file(row_db)
    row_floor = subprocess.run([sys.executable, os.path.join(here, "rowfloor.py"), db, row_db],
                               check=True, capture_output=True, text=True).stdout.split()
    row_inv, row_pay = float(row_floor[0]), float(row_floor[1])
    rows = inv_rows + pay_rows
    print(f"invoicedesk-cli import invoices: {inv_seconds:.2f} s, {inv_rows / inv_seconds:,.0f} rows/s")
    print(f"invoicedesk-cli import payments: {pay_seconds:.2f} s, {pay_rows / pay_seconds:,.0f} rows/s")
    print(f"invoicedesk-cli total:           {ours:.2f} s, {rows / ours:,.0f} rows/s, peak RSS {max(inv_peak, pay_peak):.0f} MB")
    print(f"invoicedesk-cli import books:    {books_seconds:.2f} s (the same rows exported as books, "
          f"with their customers), peak RSS {books_peak:.0f} MB")
    print(f"sqlite3 .import (flat tables):   {sq_seconds:.2f} s, {rows / sq_seconds:,.0f} rows/s")
    print(f"ratio invoicedesk / sqlite3:     {ours / sq_seconds:.2f}x (target: within 2x; peak under 200 MB)")
    print(f"floor (our schema, SQLite alone): {floor_inv:.2f} s + {floor_pay:.2f} s = "
          f"{floor_inv + floor_pay:.2f} s, {(floor_inv + floor_pay) / sq_seconds:.2f}x sqlite3; "
          f"invoicedesk / floor {ours / (floor_inv + floor_pay):.2f}x")
    print(f"row by row (the same rows, a statement each, Python's sqlite3): {row_inv:.2f} s + "
          f"{row_pay:.2f} s = {row_inv + row_pay:.2f} s; invoicedesk / row by row "
          f"{ours / (row_inv + row_pay):.2f}x")
