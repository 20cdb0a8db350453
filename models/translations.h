#pragma once

#include <QLocale>

class QCoreApplication;

namespace InvoiceDesk::Translations {

/**
 * Installs InvoiceDesk's catalogue (compiled into the program under ":/i18n") and Qt's own
 * for the locale's languages. The translators belong to app. Returns whether InvoiceDesk's
 * catalogue was found; English needs none.
 */
bool install(QCoreApplication &app, const QLocale &locale);

} // namespace InvoiceDesk::Translations
