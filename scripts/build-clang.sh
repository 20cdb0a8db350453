#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libraries and programs with clang++ into build-clang (the tests are built and run
# by the GCC build), so shipped code that only one compiler accepts is caught before Windows and
# macOS ever see it. Leaving the tests out keeps CI well inside its time.
set -euo pipefail
cd "$(dirname "$0")/.."
# Unoptimised and without debug information: this build is for the compiler's verdict only,
# and -O0 -g0 keeps it to about half the time of an optimised one on CI's two cores.
# ccache, where installed, with paths taken relative to the checkout, so a fresh clone in
# another folder still finds what an earlier run compiled.
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
fi
cmake -S . -B build-clang -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-O0 \
    -DCMAKE_CXX_COMPILER=clang++ -DBUILD_TESTING=OFF "${launcher[@]}" >/dev/null
cmake --build build-clang -j 2
