// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace InvoiceDesk {

/**
 * Where the company database lives: --db, else $INVOICEDESK_DB, else
 * "company.invoicedesk" in QStandardPaths::AppDataLocation (never a cache
 * folder, which the system may purge). Shared by the GUI and the CLI.
 */
namespace DatabaseLocation {
QString resolve(const QString &commandLinePath = {});
QString defaultPath();
void setApplicationIdentity(); ///< organisation and application names used for the standard paths
} // namespace DatabaseLocation

} // namespace InvoiceDesk
