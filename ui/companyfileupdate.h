// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

class QWidget;

namespace InvoiceDesk {

/**
 * Opens a company file for the calling (window) thread. A file an older InvoiceDesk wrote is
 * first brought up to date on a thread of its own: its backup and migrations take seconds on a
 * large file (about ten for a million invoices), and meanwhile a dialog says what is happening,
 * the windows keep painting and take no input. Then the file opens as Database::open() opens it,
 * with the same errors.
 */
Result<std::unique_ptr<Database>> openCompanyFile(const QString &path, QWidget *parent);

} // namespace InvoiceDesk
