// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What every screenshot renderer does: read its output folder and save a window as a PNG.
#pragma once

#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QWidget>

#include <cstdio>
#include <optional>

namespace InvoiceDesk::Screenshots {

/** Installs the environment's language and returns the output folder argv[1] (made if
 * missing); nothing, with the usage on stderr, when it is not given. */
inline std::optional<QDir> start(QApplication &app, int argc, char *argv[], const char *program)
{
    Translations::install(app, QLocale::system(), QStringLiteral(INVOICEDESK_QM_DIR));
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUTPUT_DIR\n", program);
        return std::nullopt;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    return out;
}

/** Shows the widget and saves what it draws as `name`.png in `dir`. */
inline bool save(QWidget *widget, const QDir &dir, const char *name)
{
    widget->show();
    QApplication::processEvents();
    const QString path = dir.filePath(QLatin1String(name) + QStringLiteral(".png"));
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace InvoiceDesk::Screenshots
