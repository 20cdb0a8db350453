#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every window to PNG, in English into OUTPUT_DIR and in German into OUTPUT_DIR/de.
# Usage: tests/screenshots/render.sh [BUILD_DIR] [OUTPUT_DIR]
set -euo pipefail
build=${1:-build}
out=${2:-screenshots}
QT_QPA_PLATFORM=offscreen LC_ALL=en_US.UTF-8 LANGUAGE=en "$build/tests/screenshots/render_screenshots" "$out"
QT_QPA_PLATFORM=offscreen LC_ALL=de_DE.UTF-8 LANGUAGE=de "$build/tests/screenshots/render_screenshots" "$out/de"
QT_QPA_PLATFORM=offscreen LC_ALL=en_US.UTF-8 LANGUAGE=en "$build/tests/screenshots/render_banking" "$out"
QT_QPA_PLATFORM=offscreen LC_ALL=de_DE.UTF-8 LANGUAGE=de "$build/tests/screenshots/render_banking" "$out/de"
QT_QPA_PLATFORM=offscreen LC_ALL=en_US.UTF-8 LANGUAGE=en "$build/tests/screenshots/render_receipts" "$out"
QT_QPA_PLATFORM=offscreen LC_ALL=de_DE.UTF-8 LANGUAGE=de "$build/tests/screenshots/render_receipts" "$out/de"
QT_QPA_PLATFORM=offscreen LC_ALL=en_US.UTF-8 LANGUAGE=en "$build/tests/screenshots/render_reports" "$out"
QT_QPA_PLATFORM=offscreen LC_ALL=de_DE.UTF-8 LANGUAGE=de "$build/tests/screenshots/render_reports" "$out/de"
QT_QPA_PLATFORM=offscreen LC_ALL=en_US.UTF-8 LANGUAGE=en "$build/tests/screenshots/render_documents" "$out"
QT_QPA_PLATFORM=offscreen LC_ALL=de_DE.UTF-8 LANGUAGE=de "$build/tests/screenshots/render_documents" "$out/de"
