// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clitable.h"

#include <QStringView>

#include <algorithm>

namespace InvoiceDesk::Cli {

namespace {

/** Whether a terminal gives the character two columns (East Asian wide and full-width forms). */
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

qsizetype displayWidth(const QString &text)
{
    qsizetype width = 0;
    for (const char32_t c : QStringView(text).toUcs4()) {
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            continue; // a combining accent sits on the letter before it
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows,
    const QList<int> &rightAligned)
{
    QList<qsizetype> widths(header.size());
    for (qsizetype c = 0; c < header.size(); ++c) {
        widths[c] = displayWidth(header.at(c));
        for (const QStringList &row : rows)
            widths[c] = std::max(widths[c], displayWidth(row.value(c)));
    }
    const auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype c = 0; c < header.size(); ++c) {
            const QString cell = cells.value(c);
            const QString fill(widths[c] - displayWidth(cell), QLatin1Char(' '));
            padded.append(rightAligned.contains(int(c)) ? fill + cell : cell + fill);
        }
        // Only the end is trimmed: a right-aligned first column keeps its leading spaces.
        QString text = padded.join(QStringLiteral("  "));
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text << Qt::endl;
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

} // namespace InvoiceDesk::Cli
