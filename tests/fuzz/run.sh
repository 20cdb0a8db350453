#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the CSV reader's libFuzzer target with clang and runs it.
# Usage: tests/fuzz/run.sh [SECONDS]   (default 600)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-600}
command -v clang++ >/dev/null || { echo "clang++ is needed for fuzzing (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DINVOICEDESK_FUZZ=ON \
    -DINVOICEDESK_BUILD_GUI=OFF -DBUILD_TESTING=OFF >/dev/null
cmake --build build-fuzz --target fuzz_csvreader
mkdir -p build-fuzz/corpus
cp tests/data/csv-spectrum/csvs/*.csv build-fuzz/corpus/
build-fuzz/tests/fuzz/fuzz_csvreader -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 build-fuzz/corpus
