#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian/Ubuntu packages InvoiceDesk builds and tests with, when any is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config libsqlite3-dev
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev qt6-svg-dev qt6-charts-dev
  libqt6opengl6-dev  # Qt6Charts' CMake package needs Qt6OpenGL, which qt6-charts-dev does not pull in
  qt6-translations-l10n
  libgl1-mesa-dev xvfb xauth sqlite3 desktop-file-utils appstream rpm clang-format
  libzip-dev libxlsxwriter-dev
  # issue 14 documents: the EPC QR code, pdftotext/pdftoppm in the PDF tests, and Saxon-HE
  # with xmllint for the EN 16931 validation of e-invoices
  libqrencode-dev poppler-utils default-jre-headless libsaxonhe-java libxml2-utils
  # the printed documents' fonts: DejaVu Sans, and Droid Sans Fallback for the Chinese,
  # Japanese and Korean text DejaVu has no glyphs for (tst_clidocuments reads it back)
  fonts-dejavu-core fonts-droid-fallback
  # ZUGFeRD/Factur-X: libqpdf makes the invoice PDF/A-3b with the CII attached; qpdf --check in tests
  libqpdf-dev qpdf
  # the second compiler of CI (scripts/build-clang.sh), and LibreOffice Calc for the
  # interop test's "soffice --headless --convert-to xlsx" (the smallest package that has it)
  clang libreoffice-calc-nogui ccache
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
