// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace InvoiceDesk::Translations {

bool install(QCoreApplication &app, const QLocale &locale, const QString &directory)
{
    auto *ours = new QTranslator(&app);
    const bool found
        = ours->load(locale, QStringLiteral("invoicedesk"), QStringLiteral("_"), directory);
    if (found)
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return found;
}

} // namespace InvoiceDesk::Translations
