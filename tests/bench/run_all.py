#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs every benchmark and prints one table: each figure beside its reference, measured in
the same run, the ratio, the target and the peak memory (issue 16 item 5).

Usage: tests/bench/run_all.py BUILD_DIR [DATA_DIR]
DATA_DIR (default: $INVOICEDESK_BENCH_DIR or /tmp/invoicedesk-bench) keeps the browse files
(10,000 and 1,000,000 invoices, built once, about 600 MB) between runs.
Run by `cmake --build BUILD_DIR --target bench`; never by ctest."""
import os
import re
import subprocess
import sys

build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")
data = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("INVOICEDESK_BENCH_DIR",
                                                            "/tmp/invoicedesk-bench")
here = os.path.dirname(os.path.abspath(__file__))
bench = os.path.join(build, "tests", "bench")
os.makedirs(data, exist_ok=True)
env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           XDG_DATA_HOME=data, XDG_CONFIG_HOME=data)
rows = []  # (work, figure, reference, ratio, target, peak)


def run(command):
    print("$ " + " ".join(command), flush=True)
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    sys.stdout.write(result.stdout)
    if result.returncode != 0:
        sys.stdout.write(result.stderr)
        rows.append((os.path.basename(command[0]), "failed", "", "", "", ""))
    return result.stdout


def number(pattern, text, group=1):
    match = re.search(pattern, text, re.MULTILINE)
    return float(match.group(group).replace(",", "")) if match else None


def imports():
    out = run([sys.executable, os.path.join(here, "import", "run.py"), build])
    ours = number(r"total:\s+([\d.]+) s", out)
    theirs = number(r"sqlite3 \.import.*?:\s+([\d.]+) s", out)
    peak = number(r"peak RSS (\d+) MB", out)
    if ours and theirs:
        rows.append(("import 100k invoices + 70k payments", f"{ours:.2f} s",
                     f"sqlite3 .import {theirs:.2f} s", f"{ours / theirs:.2f}x", "<= 2.0x, 200 MB",
                     f"{peak:.0f}"))
    books = number(r"import books:\s+([\d.]+) s", out)
    books_peak = number(r"import books:.*peak RSS (\d+) MB", out)
    if ours and books:
        rows.append(("the same rows as books (`import books`)", f"{books:.2f} s",
                     f"the two imports {ours:.2f} s", f"{books / ours:.2f}x", "200 MB",
                     f"{books_peak:.0f}"))
    floor = number(r"floor \(our schema, SQLite alone\):.*?= ([\d.]+) s", out)
    by_row = number(r"row by row \(.*?= ([\d.]+) s;", out)
    for name, reference in (("floor, INSERT ... SELECT", floor), ("row by row, Python", by_row)):
        if ours and reference:
            rows.append((f"import 100k invoices + 70k payments vs our schema's {name}",
                         f"{ours:.2f} s", f"{reference:.2f} s", f"{ours / reference:.2f}x", "", ""))


def browse():
    out = run([os.path.join(bench, "bench_browse"), data])
    peak = number(r"peak memory: ([\d.]+) MB", out)
    for label, work, target in (("text filter, first page", "text filter (1M vs 10k)",
                                 "<= 30 ms, <= 2x"),
                                ("overdue only, first page", "overdue only (1M vs 10k)",
                                 "<= 30 ms"),
                                ("open \\+ first page", "list open (1M vs 10k)", "< 150 ms")):
        m = re.search(label + r"\s+([\d.]+) \(\s*[\d.]+\)\s+([\d.]+) \(\s*[\d.]+\)\s+([\d.]+)", out)
        if m:
            rows.append((work, f"{m.group(2)} ms", f"{m.group(1)} ms", f"{m.group(3)}x", target,
                         f"{peak:.0f}" if peak else ""))


def startup():
    empty = os.path.join(data, "empty.invoicedesk")
    small = os.path.join(data, "browse-10000.invoicedesk")
    large = os.path.join(data, "browse-1000000.invoicedesk")
    out = run([os.path.join(bench, "bench_startup")] + [empty, small, large] * 2)
    shown = {}
    for path, ms in re.findall(r"^(\S+)\s+first page painted\s+([\d.]+) ms", out, re.MULTILINE):
        shown[path] = min(float(ms), shown.get(path, 1e9))
    for reference, name, target in ((empty, "empty file", "<= 1.2x"), (small, "10k file", "")):
        if reference in shown and large in shown:
            rows.append((f"first page painted (1M vs {name})", f"{shown[large]:.1f} ms",
                         f"{shown[reference]:.1f} ms", f"{shown[large] / shown[reference]:.2f}x",
                         target, ""))
    # Start-up as a person sees it: a new process until the list's first paint.
    out = run([os.path.join(bench, "bench_startup"), "--process", empty, small, large])
    started = dict(re.findall(r"^(\S+)\s+new process until first paint\s+([\d.]+) ms", out,
                              re.MULTILINE))
    for reference, name, target in ((empty, "empty file", "<= 1.2x"), (small, "10k file", "")):
        if reference in started and large in started:
            ratio = float(started[large]) / float(started[reference])
            rows.append((f"start-up, new process to first paint (1M vs {name})",
                         f"{started[large]} ms", f"{started[reference]} ms", f"{ratio:.2f}x",
                         target, ""))


def gui():
    """The main window on the 1M file: the longest GUI stall of any step (issue 16 item 4)."""
    large = os.path.join(data, "browse-1000000.invoicedesk")
    imports_dir = os.path.join(data, "gui-import")
    os.makedirs(imports_dir, exist_ok=True)
    csv = os.path.join(imports_dir, "invoices.csv")
    if not os.path.exists(csv):
        run([os.path.join(bench, "bench_import_generate"), imports_dir, "10000", "0", "G"])
    out = run([os.path.join(bench, "bench_gui"), large, csv])
    worst = number(r"^worst stall: ([\d.]+) ms", out)
    if worst is not None:
        rows.append(("longest GUI stall, 1M file (bench_gui)", f"{worst:.1f} ms", "5 ms timer",
                     "", "<= 50 ms", ""))


def sync():
    runs = (([], "sync 10k payments", ">= 50%"),
            (["--fake-on-engine-thread"], "sync 10k payments, the fake on the engine's thread",
             ">= 50%"),
            (["--latency-ms", "50"], "sync 2k payments, 50 ms latency", ">= 90%"))
    for extra, label, target in runs:
        out = run([os.path.join(bench, "bench_sync")] + extra)
        engine = number(r"^engine: .*= (\d+) ops/s", out)
        bare = number(r"^bare QNetworkAccessManager loop: (\d+) ops/s", out)
        peak = number(r"peak memory: ([\d.]+) MB", out)
        if engine and bare:
            rows.append((label, f"{engine:.0f} ops/s",
                         f"bare loop {bare:.0f} ops/s", f"{100 * engine / bare:.0f}%",
                         target + ", 150 MB", f"{peak:.0f}" if peak else ""))
        # Not a target: the same loop with a connection per request, as the engine sends them.
        own = number(r"^bare loop, a connection per request as the engine: (\d+) ops/s", out)
        if engine and own:
            rows.append((label + " vs a connection per request",
                         f"{engine:.0f} ops/s", f"bare loop {own:.0f} ops/s",
                         f"{100 * engine / own:.0f}%", "", ""))


def bank():
    out = run([sys.executable, os.path.join(here, "bank", "run.py"), build])
    together = number(r"together:\s+([\d.]+) s", out)
    peaks = [float(p) for p in re.findall(r"peak RSS (\d+) MB", out)]
    if together:
        rows.append(("bank import + match (50k lines)", f"{together:.2f} s", "10 s target",
                     f"{together / 10:.2f}x", "< 10 s, 200 MB", f"{max(peaks):.0f}"))


for step in (browse, startup, gui, imports, sync, bank):
    step()

header = ("work", "figure", "reference (same run)", "ratio", "target", "peak MB")
widths = [max(len(str(r[i])) for r in rows + [header]) for i in range(len(header))]
print()
for r in [header] + rows:
    print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)))
