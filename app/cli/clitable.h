// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace InvoiceDesk::Cli {

/**
 * What every command's `--format table` prints: a header line, then one line a row, the
 * columns aligned and two spaces apart; the columns listed in `rightAligned` (amounts and
 * counts) are right-aligned. Trailing blanks are trimmed. Widths are a terminal's columns:
 * a Japanese or Chinese character takes two, a combining accent none.
 */
void printTable(QTextStream &out, const QStringList &header, const QList<QStringList> &rows,
    const QList<int> &rightAligned = {});

/** The columns a terminal gives `text`. */
qsizetype displayWidth(const QString &text);

} // namespace InvoiceDesk::Cli
