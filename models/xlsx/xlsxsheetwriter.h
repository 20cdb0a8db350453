// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QStringList>

#include <memory>

namespace InvoiceDesk {

/**
 * Writes rows of text cells as one sheet of an .xlsx workbook through
 * libxlsxwriter, typing each column so a spreadsheet keeps the data intact:
 * identifiers and other text as text cells (a spreadsheet then never turns
 * 00123 into 123), amounts as numbers shown with the currency's decimals,
 * other numbers as numbers, dates as dates. A number is converted to a double
 * only here, and only when the double shows as the same decimal again;
 * otherwise it is written as text.
 */
class XlsxWriter
{
public:
    enum class CellKind { Text, Amount, Number, Date };

    /** Starts a workbook at `path` (the file is written whole by close()). */
    explicit XlsxWriter(const QString &path, const QString &sheetName);
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    /** How each column is typed, by position; columns beyond the list are text. */
    void setColumnKinds(const QList<CellKind> &kinds);
    /** Writes the header row: bold text, frozen above the data. */
    Status writeHeader(const QStringList &names);
    /** Writes a data row; amounts get `decimals` places in their number format. */
    Status writeRow(const QStringList &cells, int decimals);
    /** Finishes and writes the file. */
    Status close();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace InvoiceDesk
