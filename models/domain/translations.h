// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace InvoiceDesk::Translations {

/**
 * Installs InvoiceDesk's catalogue (compiled into the program under ":/i18n", unless another
 * directory is named) and Qt's own for the locale's languages. The translators belong to app.
 * Returns whether InvoiceDesk's catalogue was found; English needs none.
 */
bool install(QCoreApplication &app, const QLocale &locale,
    const QString &directory = QStringLiteral(":/i18n"));

} // namespace InvoiceDesk::Translations
