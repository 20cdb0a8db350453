#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the main window, the invoice editor and each payment page to PNG.
# Usage: tests/screenshots/render.sh [BUILD_DIR] [OUTPUT_DIR]
set -euo pipefail
build=${1:-build}
out=${2:-screenshots}
QT_QPA_PLATFORM=offscreen "$build/tests/screenshots/render_screenshots" "$out"
