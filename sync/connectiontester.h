// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionrepository.h"
#include "result.h"

#include <QHash>

namespace InvoiceDesk {

/**
 * Makes one harmless authenticated call to a remote: iVvy's test ping, a
 * CRM.COM or Refrens sign-in, an Upgrade.Chat invoice lookup. An error
 * carries the server's own words.
 */
class ConnectionTester
{
public:
    static Status test(const Connection &connection, const QHash<QString, QString> &secrets,
        int timeoutMs = 15000);
};

} // namespace InvoiceDesk
