#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a source file is not formatted by .clang-format, lacks its SPDX licence line,
# reads a query column or binds a value by position (use names), or is over the size limits.
set -euo pipefail
cd "$(dirname "$0")/.."

status=0
mapfile -t sources < <(git ls-files '*.cpp' '*.h')
if ! clang-format --dry-run --Werror "${sources[@]}" 2>/tmp/invoicedesk-format.log; then
  echo "These files differ from .clang-format's output (run: git ls-files '*.cpp' '*.h' | xargs clang-format -i):" >&2
  grep -oE '^[^ :]+\.(cpp|h)' /tmp/invoicedesk-format.log | sort -u >&2
  status=1
fi

mapfile -t licensed < <(git ls-files | grep -E '\.(cpp|h|cmake|sh|py|sql|ui)$|(^|/)CMakeLists\.txt$|^\.ci/run$')
missing=()
for file in "${licensed[@]}"; do
  head -n 5 "$file" | grep -q 'SPDX-License-Identifier: GPL-3.0-or-later' || missing+=("$file")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "These files lack the line 'SPDX-License-Identifier: GPL-3.0-or-later' at the top:" >&2
  printf '  %s\n' "${missing[@]}" >&2
  status=1
fi

# Columns by name, placeholders by name (issue 11 item 2): a query column read by position, or a
# value bound by position, in the program's code. Tests may read their own scratch SQL by
# position (tests/testsupport.h rowsOf).
positional=$(git grep -nE '\.value\(\s*[0-9]+\s*\)|bindValue\(\s*[0-9]|addBindValue\(' -- models sync ui app || true)
if [ -n "$positional" ]; then
  echo "Read query columns by name (q.value(QStringLiteral(\"col\"))) and bind named placeholders (:name), not positions:" >&2
  echo "$positional" >&2
  status=1
fi

# A file-local tr() helper translates at run time in the context it names; lupdate files its
# strings under the enclosing namespace. Any other context leaves them untranslated for ever.
for file in $(git grep -lE '^QString tr\(const char' -- models sync ui app documents); do
  context=$(grep -oE 'translate\("[^"]+", text\)' "$file" | head -1 | sed -E 's/translate\("([^"]+)".*/\1/')
  namespace=$(grep -oE '^namespace [A-Za-z:]+ \{' "$file" | head -1 | sed -E 's/namespace ([A-Za-z:]+) \{/\1/')
  if [ "$context" != "$namespace" ]; then
    echo "$file: its tr() helper translates in \"$context\", but lupdate files its strings under \"$namespace\"" >&2
    status=1
  fi
done

# Migrations are applied by their number: two branches that took the same number would leave
# one of them unapplied on files the other already migrated.
duplicate_migrations=$(git ls-files 'resources/migrations/*.sql' | sed -E 's#.*/([0-9]+)_.*#\1#' | sort | uniq -d)
if [ -n "$duplicate_migrations" ]; then
  echo "Two migrations share a number (take the next free one): $duplicate_migrations" >&2
  status=1
fi

# Function and file sizes (issue 11 item 4: scripts/check-sizes.py), enforced in every folder.
if ! python3 scripts/check-sizes.py models sync ui app documents tests; then
  status=1
fi
exit $status
