#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reports functions and .cpp files over the house limits (issue 11 item 4).

Limits: no function over 60 lines and no .cpp over 500 lines in models/, sync/, ui/ and
app/; in tests/, 100 and 600. A function's length is counted from the first line of its
signature to its closing brace. Exit status 1 when a folder that is enforced has a finding;
folders named with --report-only are listed but do not fail (models/ until the store branch,
which splits it, lands).

    scripts/check-sizes.py [--report-only models] [FOLDER...]
"""
import argparse
import pathlib
import re
import subprocess
import sys

LIMITS = {
    "models": (60, 500),
    "sync": (60, 500),
    "ui": (60, 500),
    "app": (60, 500),
    "tests": (100, 600),
}
SOURCE_SUFFIXES = (".cpp", ".h")


def strip_code(text):
    """The text with comments, string and character literals blanked, newlines kept."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j]))
            i = j
        elif c == "R" and text.startswith('R"', i) and (i == 0 or not text[i - 1].isalnum()):
            m = re.match(r'R"([^(]*)\(', text[i:])
            if not m:
                out.append(c)
                i += 1
                continue
            end = ")" + m.group(1) + '"'
            j = text.find(end, i + m.end())
            j = n if j < 0 else j + len(end)
            out.append('""' + re.sub(r"[^\n]", " ", text[i + 2 : j]))
            i = j
        elif c in "\"'":
            if c == "'" and i > 0 and text[i - 1].isalnum():  # digit separator 1'000
                out.append(" ")
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            out.append(c + " " * (min(j, n) - i - 1) + (c if j < n else ""))
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def blank_preprocessor(text):
    lines = text.split("\n")
    result, continued = [], False
    for line in lines:
        if continued or line.lstrip().startswith("#"):
            continued = line.rstrip().endswith("\\")
            result.append("")
        else:
            result.append(line)
    return "\n".join(result)


def functions(path):
    """(name, first line, last line) of every function defined in the file."""
    code = blank_preprocessor(strip_code(path.read_text(encoding="utf-8", errors="replace")))
    found = []
    # A stack of scopes: "ns" (namespace, extern), "class", "func", "init", "block".
    stack = []
    header_start = 0  # offset where the current statement's text began at this level
    line_of = [0] * (len(code) + 1)
    line = 1
    for i, ch in enumerate(code):
        line_of[i] = line
        if ch == "\n":
            line += 1
    line_of[len(code)] = line
    starts = []  # for each open scope: (kind, offset of '{', header start, name)
    for i, ch in enumerate(code):
        if ch == "{":
            inside_function = any(kind in ("func", "init", "block") for kind, *_ in starts)
            # A macro call without a semicolon (Q_LOGGING_CATEGORY(...)) ends a statement too.
            header_start = skip_macro_lines(code, header_start, i)
            header = code[header_start:i]
            kind, name = "block", ""
            if not inside_function:
                flat = " ".join(header.split())
                if re.search(r"\bnamespace\b[\w:\s]*$", flat) or re.match(r'^extern\s+""', flat):
                    kind = "ns"
                elif re.search(r"(^|[\s>])(class|struct|union|enum)\b", flat) and "(" not in flat:
                    kind = "class"
                elif re.search(r"=\s*$", flat) or re.search(r"\[\s*\w*\s*\]\s*=", flat):
                    kind = "init"
                elif "(" in flat:
                    kind = "func"
                    m = re.search(r"([~\w:]+(?:operator\s*\S+)?)\s*\(", flat)
                    name = m.group(1) if m else "?"
                else:
                    kind = "init"
            starts.append((kind, i, header_start, name))
            header_start = i + 1
        elif ch == "}":
            if starts:
                kind, _, hstart, name = starts.pop()
                if kind == "func":
                    first = hstart
                    while first < i and code[first].isspace():
                        first += 1
                    found.append((name, line_of[first], line_of[i]))
            header_start = i + 1
        elif ch == ";":
            header_start = i + 1
        elif ch == ":" and not starts_inside_function(starts):
            # "public:" and the like end a header in a class body.
            if re.search(r"\b(public|protected|private|signals|slots|Q_SIGNALS|Q_SLOTS)\s*$",
                         code[header_start:i]):
                header_start = i + 1
    return found


MACRO_LINE = re.compile(r"^\s*[A-Z][A-Z0-9_]*\s*\(.*\)\s*$")


def skip_macro_lines(code, start, end):
    """Where a header really starts, past whole lines that are macro calls."""
    while True:
        newline = code.find("\n", start, end)
        if newline < 0:
            return start
        line = code[start:newline]
        if line.strip() and not MACRO_LINE.match(line):
            return start
        start = newline + 1


def starts_inside_function(starts):
    return any(kind in ("func", "init", "block") for kind, *_ in starts)


def line_count(path):
    with open(path, "rb") as f:
        return sum(1 for _ in f)


def tracked_sources(folder):
    try:
        listed = subprocess.run(["git", "ls-files", "--", folder], check=True,
                                capture_output=True, text=True).stdout.split()
        return [pathlib.Path(p) for p in listed if p.endswith(SOURCE_SUFFIXES)]
    except (subprocess.CalledProcessError, FileNotFoundError):
        return sorted(p for p in pathlib.Path(folder).rglob("*") if p.suffix in SOURCE_SUFFIXES)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", default=list(LIMITS))
    parser.add_argument("--report-only", action="append", default=[],
                        help="a folder whose findings are listed without failing")
    args = parser.parse_args()
    root = pathlib.Path(__file__).resolve().parent.parent
    failed = False
    import os
    os.chdir(root)
    for folder in args.folders:
        top = folder.split("/")[0]
        max_function, max_file = LIMITS.get(top, LIMITS["models"])
        findings = []
        for path in tracked_sources(folder):
            if not path.exists():
                continue
            if path.suffix == ".cpp" and line_count(path) > max_file:
                findings.append(f"{path}: {line_count(path)} lines (limit {max_file})")
            for name, first, last in functions(path):
                length = last - first + 1
                if length > max_function:
                    findings.append(f"{path}:{first}: {name} is {length} lines "
                                    f"(limit {max_function})")
        if not findings:
            continue
        report_only = top in args.report_only
        print(f"{folder}/: {len(findings)} over the limits"
              + (" (reported, not enforced)" if report_only else "") + ":",
              file=sys.stderr)
        for finding in findings:
            print("  " + finding, file=sys.stderr)
        failed |= not report_only
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
