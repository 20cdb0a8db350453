// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QSet>
#include <QStringList>

namespace InvoiceDesk {

class XlsxPackage;

/**
 * What a workbook says about its sheets before any cell is read: the sheet
 * names and their parts, the date system, the cell styles that show dates or percentages,
 * and the shared string table.
 */
struct XlsxWorkbook
{
    struct Sheet
    {
        QString name;
        QString part; ///< e.g. "xl/worksheets/sheet1.xml"
    };
    QList<Sheet> sheets;
    bool date1904 = false;
    QSet<int> dateStyles; ///< indexes into cellXfs whose number format is a date
    QSet<int> percentStyles; ///< indexes into cellXfs whose number format is a percentage
    QStringList sharedStrings;

    /** Reads workbook.xml, its relationships, styles.xml and sharedStrings.xml. */
    static Result<XlsxWorkbook> load(const XlsxPackage &package);
};

} // namespace InvoiceDesk
