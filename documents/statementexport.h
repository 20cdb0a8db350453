// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "companyprofile.h"
#include "receivables.h"
#include "result.h"

#include <QLocale>
#include <QStringList>

namespace InvoiceDesk {

/**
 * Writes a customer's statements (one per currency) where the CLI's --output or the window's
 * Export names (issue 14 item 3), so both write the same files: FILE.pdf is one PDF with each
 * currency from a new page, from the statement template; FILE.csv is one CSV per currency,
 * FILE-EUR.csv and so on when there are several.
 */
namespace StatementExport {

/** Writes the statements; the files written, or an error naming the file. Needs a
 * QGuiApplication for PDF (fonts). */
Result<QStringList> write(const QList<CustomerStatement> &statements, const CompanyProfile &company,
    const QLocale &locale, const QString &path);

} // namespace StatementExport

} // namespace InvoiceDesk
