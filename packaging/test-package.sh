#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb, unpacks it into a clean folder and runs what it installed, offscreen:
# the CLI's --version, the app's --version, and the app filling a new company file with the
# demo company (--demo: a new file is otherwise offered empty, demo or existing; issue 10).
# Also validates the .desktop file and the AppStream metainfo when the validators exist.
# Usage: packaging/test-package.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/*.deb)
dpkg-deb -x "$deb" "$work/root"
test -x "$work/root/usr/bin/invoicedesk-cli"
test -f "$work/root/usr/share/applications/io.github.invoicedesk.InvoiceDesk.desktop"
test -f "$work/root/usr/share/metainfo/io.github.invoicedesk.InvoiceDesk.metainfo.xml"

# Output is captured before matching: with pipefail, "cmd | grep -q" fails at random
# when grep exits on the first match and the command then writes into a closed pipe.
cli_version=$("$work/root/usr/bin/invoicedesk-cli" --version)
grep -q "0.1.0" <<<"$cli_version"
app_version=$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/invoicedesk" --version)
grep -q "0.1.0" <<<"$app_version"
QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/invoicedesk" --db "$work/demo.invoicedesk" --demo --screenshot "$work/window.png"
test -s "$work/window.png"
status=$(LC_ALL=C LANGUAGE= "$work/root/usr/bin/invoicedesk-cli" --db "$work/demo.invoicedesk" status)
grep -q "Invoices:    60" <<<"$status"

# The .tar.gz and, where rpmbuild exists, the .rpm carry the same files.
(cd "$build" && cpack -G TGZ -B "$work/tgz" >/dev/null)
tgz_files=$(tar -tzf "$work"/tgz/*.tar.gz)
grep -q '/bin/invoicedesk-cli$' <<<"$tgz_files"
grep -q '/share/metainfo/io.github.invoicedesk.InvoiceDesk.metainfo.xml$' <<<"$tgz_files"
if command -v rpmbuild >/dev/null; then
  (cd "$build" && cpack -G RPM -B "$work/rpm" >/dev/null)
  rpm_files=$(rpm -qlp "$work"/rpm/*.rpm)
  for f in /usr/bin/invoicedesk /usr/bin/invoicedesk-cli \
           /usr/share/applications/io.github.invoicedesk.InvoiceDesk.desktop \
           /usr/share/metainfo/io.github.invoicedesk.InvoiceDesk.metainfo.xml; do
    grep -qx "$f" <<<"$rpm_files"
  done
  if grep -qx /usr/share/applications <<<"$rpm_files"; then
    echo "the .rpm claims /usr/share/applications" >&2; exit 1
  fi
fi

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$here/io.github.invoicedesk.InvoiceDesk.desktop"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic "$here/io.github.invoicedesk.InvoiceDesk.metainfo.xml" >/dev/null || \
    appstreamcli validate --no-net "$here/io.github.invoicedesk.InvoiceDesk.metainfo.xml"
fi
echo "package test passed: $(basename "$deb")"
