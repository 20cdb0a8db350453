// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchtext.h"
#include "invoice.h"

#include <QStringList>

namespace InvoiceDesk::SearchText {

QString fold(const QString &text)
{
    // Compatibility decomposition splits "ü" into "u" and a combining mark, which is dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        // Letters that are not a base letter plus an accent, spelled as people type them.
        switch (c.unicode()) {
        case 0x00DF: // ß
        case 0x1E9E: // ẞ
            folded += QLatin1String("ss");
            continue;
        case 0x00C6: // Æ
        case 0x00E6: // æ
            folded += QLatin1String("ae");
            continue;
        case 0x0152: // Œ
        case 0x0153: // œ
            folded += QLatin1String("oe");
            continue;
        case 0x00D8: // Ø
        case 0x00F8: // ø
            folded += QLatin1Char('o');
            continue;
        case 0x0141: // Ł
        case 0x0142: // ł
            folded += QLatin1Char('l');
            continue;
        case 0x0110: // Đ
        case 0x0111: // đ
            folded += QLatin1Char('d');
            continue;
        case 0x0131: // ı
            folded += QLatin1Char('i');
            continue;
        default:
            folded += c.toCaseFolded();
        }
    }
    return folded;
}

QString forInvoice(const Invoice &invoice, const QString &record)
{
    // The same fields, in the same order, as migration 0004 fills existing rows with.
    QStringList parts {invoice.number, invoice.customerName(), invoice.description,
        invoice.billing.company, invoice.billing.email};
    for (const LineItem &line : invoice.lines)
        parts.append(line.description);
    QString text = fold(parts.join(QLatin1Char(' ')));
    // As migration 0021 and CustomerRepository write it in SQL.
    const QString named = record.trimmed();
    if (!named.isEmpty()
        && named.compare(invoice.customerName().trimmed(), Qt::CaseInsensitive) != 0)
        text += recordMark() + fold(record);
    return text;
}

} // namespace InvoiceDesk::SearchText
