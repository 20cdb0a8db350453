// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uiresources.h"
#include "dateedit.h"

#include <QtCore/qglobal.h>

// Q_INIT_RESOURCE must be used outside any namespace.
static void registerIcons()
{
    Q_INIT_RESOURCE(icons);
}

namespace InvoiceDesk {

void initUiResources()
{
    static const bool registered = [] {
        registerIcons();
        useDateEditInDelegates();
        return true;
    }();
    Q_UNUSED(registered);
}

} // namespace InvoiceDesk
