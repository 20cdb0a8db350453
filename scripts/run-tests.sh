#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds everything, and runs every test (GUI tests offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# ccache, where installed, with paths taken relative to the checkout, so a fresh clone in
# another folder still finds what an earlier run compiled.
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
fi
# Debug information is a third of the compile time; CI, which never opens a debugger, goes
# without it (INVOICEDESK_DEBUG_INFO=0). Either way the flags are set, never left from a run before.
optimise="-O2 -g -DNDEBUG"
[ "${INVOICEDESK_DEBUG_INFO:-1}" = 0 ] && optimise="-O2 -DNDEBUG"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$optimise" "${launcher[@]}" >/dev/null
cmake --build build -j 2
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j 2
