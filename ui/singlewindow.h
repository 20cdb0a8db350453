// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace InvoiceDesk {

/**
 * The one window of type T under `parent` (a menu's Banking, Customers or Reports window):
 * made by `make` the first time (deleted when closed), then shown, raised and activated.
 * `created` tells whether it is new, for connecting it once.
 */
template <typename T, typename Make>
T *singleWindow(QWidget *parent, Make make, bool *created = nullptr)
{
    auto *found = parent->findChild<T *>();
    if (created)
        *created = !found;
    if (!found) {
        found = make();
        found->setAttribute(Qt::WA_DeleteOnClose);
    }
    found->show();
    found->raise();
    found->activateWindow();
    return found;
}

} // namespace InvoiceDesk
