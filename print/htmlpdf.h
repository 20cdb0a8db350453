// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>

namespace InvoiceDesk {

/**
 * Writes an HTML document (a statement, later an invoice) as an A4 PDF with QTextDocument and
 * QPdfWriter: Qt alone, no browser engine. Needs a QGuiApplication (fonts).
 */
class HtmlPdf
{
public:
    static Status write(const QString &html, const QString &title, const QString &path);
};

} // namespace InvoiceDesk
