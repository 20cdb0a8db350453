#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Bank statement benchmark (issue 15, item 5): a company file with 100,000 invoices and
100,000 recorded payments (made with the import benchmark's generator and the CLI's import),
then a 50,000-line CAMT.053 statement of them, imported and matched with --auto.

Usage: tests/bench/bank/run.py [BUILD_DIR] [LINES] [PAYMENTS]
Prints the seconds and peak memory of `bank import` and `bank match --auto`
(target: both together under 10 s, each under 200 MB)."""
import os
import resource
import subprocess
import sys
import tempfile
import time

build = sys.argv[1] if len(sys.argv) > 1 else "build"
lines = sys.argv[2] if len(sys.argv) > 2 else "50000"
payments = sys.argv[3] if len(sys.argv) > 3 else "100000"
cli = os.path.join(build, "app", "invoicedesk-cli")
generator = os.path.join(build, "tests", "bench", "bench_import_generate")
statement = os.path.join(build, "tests", "bench", "bench_bank_statement")

MEASURE = ("import resource, subprocess, sys, time\n"
           "start = time.perf_counter()\n"
           "out = subprocess.run(sys.argv[1:], check=True, capture_output=True, text=True).stdout\n"
           "print(time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
           "print(out.strip().splitlines()[0] if out.strip() else '')\n")


def timed(command):
    """Runs a command; returns (seconds, peak RSS in MB, its first line of output)."""
    out = subprocess.run([sys.executable, "-c", MEASURE] + command, check=True,
                         capture_output=True, text=True).stdout.splitlines()
    seconds, peak_kb = out[0].split()
    return float(seconds), int(peak_kb) / 1024.0, out[1] if len(out) > 1 else ""


with tempfile.TemporaryDirectory() as work:
    env = dict(os.environ, XDG_DATA_HOME=work, XDG_CONFIG_HOME=work)
    os.environ.update(env)
    subprocess.run([generator, work, payments, payments], check=True, stdout=subprocess.DEVNULL)
    db = os.path.join(work, "company.invoicedesk")
    start = time.perf_counter()
    for kind in ("invoices", "payments"):
        subprocess.run([cli, "--db", db, "import", kind, os.path.join(work, kind + ".csv")],
                       check=True, stdout=subprocess.DEVNULL)
    print(f"setup: {payments} invoices and payments imported in {time.perf_counter() - start:.1f} s")
    xml = os.path.join(work, "statement.xml")
    subprocess.run([statement, db, xml, lines], check=True)
    print(f"statement: {os.path.getsize(xml) / 1e6:.1f} MB")
    imp_s, imp_mb, imp_out = timed([cli, "--db", db, "bank", "import", xml, "--account", "Bench"])
    match_s, match_mb, match_out = timed([cli, "--db", db, "bank", "match", "--auto"])
    print(f"bank import:       {imp_s:.2f} s, peak RSS {imp_mb:.0f} MB  ({imp_out})")
    print(f"bank match --auto: {match_s:.2f} s, peak RSS {match_mb:.0f} MB  ({match_out})")
    print(f"together:          {imp_s + match_s:.2f} s (target under 10 s, memory under 200 MB)")
