#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a user-visible string in the sources is missing from the .ts files, that is, when
# someone changed strings without running "cmake --build build --target update_translations".
# Usage: check-translations-current.sh LUPDATE GENERATE_PROJECT_SCRIPT PROJECT_CMAKE TS_FILE...
set -euo pipefail
lupdate=$1 generate=$2 project=$3
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -DIN_FILE="$project" -DOUT_FILE="$work/project.json" -P "$generate"
copies=()
for ts in "$@"; do
  cp "$ts" "$work/"
  copies+=("$work/$(basename "$ts")")
done
"$lupdate" -silent -project "$work/project.json" -no-obsolete -locations none -ts "${copies[@]}"
stale=0
for ts in "$@"; do
  if ! cmp -s "$ts" "$work/$(basename "$ts")"; then
    echo "$ts is not current with the sources:" >&2
    diff -u "$ts" "$work/$(basename "$ts")" | head -40 >&2 || true
    stale=1
  fi
done
exit $stale
