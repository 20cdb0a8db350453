#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# AppImage recipe: installs InvoiceDesk into an AppDir and bundles Qt with linuxdeploy and its
# Qt plugin. linuxdeploy is not a Debian package, so this runs on a build machine that has
# linuxdeploy-x86_64.AppImage and linuxdeploy-plugin-qt-x86_64.AppImage on its PATH.
# Usage: packaging/appimage/build-appimage.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
appdir="$build/AppDir"
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build" --prefix /usr
export QMAKE=${QMAKE:-$(command -v qmake6 || echo /usr/lib/qt6/bin/qmake)}
export EXTRA_QT_PLUGINS="svg;sqldrivers"
linuxdeploy-x86_64.AppImage --appdir "$appdir" \
    --desktop-file "$appdir/usr/share/applications/io.github.invoicedesk.InvoiceDesk.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/scalable/apps/io.github.invoicedesk.InvoiceDesk.svg" \
    --plugin qt --output appimage
