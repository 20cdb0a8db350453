#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds a libFuzzer target with clang and runs it.
# Usage: tests/fuzz/run.sh [SECONDS] [csvreader|xlsxreader|camtreader|mt940reader|ofxreader|bankcsvreader]
#        (default 600 csvreader)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
target=${2:-csvreader}
command -v clang++ >/dev/null || { echo "clang++ is needed for fuzzing (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DINVOICEDESK_FUZZ=ON \
    -DINVOICEDESK_BUILD_GUI=OFF -DBUILD_TESTING=OFF >/dev/null
cmake --build build-fuzz -j2 --target "fuzz_$target" invoicedesk-cli
corpus=build-fuzz/corpus-$target
mkdir -p "$corpus"
if [ "$target" = csvreader ]; then
  cp tests/data/csv-spectrum/csvs/*.csv "$corpus/"
elif [ "$target" = camtreader ]; then
  cp tests/data/bank/camt*.xml "$corpus/"
elif [ "$target" = mt940reader ]; then
  cp tests/data/bank/*.sta "$corpus/"
elif [ "$target" = ofxreader ]; then
  cp tests/data/bank/*.ofx tests/data/bank/*.qfx "$corpus/"
elif [ "$target" = bankcsvreader ]; then
  # The first byte chooses the reader's options (see fuzz_bankcsvreader.cpp).
  for file in tests/data/bank/*.csv tests/data/csv-spectrum/csvs/simple.csv; do
    for choice in '\000' '\001' '\053'; do
      { printf "$choice"; cat "$file"; } > "$corpus/$(basename "$file")-$(printf '%s' "$choice" | tr -d '\\')"
    done
  done
else
  # Seeds: real workbooks of our own export (raw zip, first byte odd) and the parts of a
  # hand-made one (first byte even; see fuzz_xlsxreader.cpp).
  scratch=$(mktemp -d)
  build-fuzz/app/invoicedesk-cli --db "$scratch/seed.invoicedesk" demo --count 4 >/dev/null
  for kind in invoices payments; do
    build-fuzz/app/invoicedesk-cli --db "$scratch/seed.invoicedesk" export $kind "$scratch/$kind.xlsx" >/dev/null
    { printf '\001'; cat "$scratch/$kind.xlsx"; } > "$corpus/$kind-workbook"
  done
  printf '\000<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" s="1"><v>60</v></c><c r="D1" t="inlineStr"><is><t>x</t></is></c></row>\000<si><t>a</t></si>\0001<numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>\000<xf numFmtId="0"/><xf numFmtId="14"/>\000<row><c t="b"><v>1</v></c></row>' > "$corpus/parts"
  rm -rf "$scratch"
fi
"build-fuzz/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -max_len=65536 -print_final_stats=1 "$corpus"
