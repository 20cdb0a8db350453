// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitable.h"

#include <algorithm>

namespace InvoiceDesk::Cli {

void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows,
    const QList<int> &rightAligned)
{
    QList<qsizetype> widths(header.size());
    for (qsizetype c = 0; c < header.size(); ++c) {
        widths[c] = header.at(c).size();
        for (const QStringList &row : rows)
            widths[c] = std::max(widths[c], row.value(c).size());
    }
    const auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype c = 0; c < header.size(); ++c)
            padded.append(rightAligned.contains(int(c)) ? cells.value(c).rightJustified(widths[c])
                                                        : cells.value(c).leftJustified(widths[c]));
        out << padded.join(QStringLiteral("  ")).trimmed() << Qt::endl;
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

} // namespace InvoiceDesk::Cli
