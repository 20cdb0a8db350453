// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QUrl>

namespace InvoiceDesk {

/**
 * The one rule for a connection's address, used by the CLI and the Connections dialog alike:
 * a full URL; https, or plain http only to this machine's loopback address (an IP literal
 * that QHostAddress calls loopback, or "localhost" — never judged by a prefix); and no
 * credentials in it (user info, or a query item named like a token, key or password), since
 * the address is stored and shown.
 */
Status checkConnectionUrl(const QUrl &url);

} // namespace InvoiceDesk
