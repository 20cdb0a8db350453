// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otherformatlines.h"
#include "searchtext.h"

#include <QRegularExpression>

namespace InvoiceDesk {

namespace {

QString dayAndAmount(const StatementLine &line)
{
    return line.bookingDate.toString(Qt::ISODate) + QLatin1Char(' ') + QString::number(line.amount);
}

bool isSubset(const QSet<QString> &small, const QSet<QString> &large)
{
    for (const QString &word : small) {
        if (!large.contains(word))
            return false;
    }
    return true;
}

} // namespace

OtherFormatLines::OtherFormatLines(const QList<StatementLine> &stored)
{
    for (const StatementLine &line : stored)
        mByDayAndAmount[dayAndAmount(line)].append(wordsOf(line));
}

QSet<QString> OtherFormatLines::wordsOf(const StatementLine &line)
{
    static const QRegularExpression separators(QStringLiteral("[^a-z0-9]+"));
    QSet<QString> words;
    for (const QString *text :
        {&line.counterpartyName, &line.remittance, &line.reference, &line.counterpartyAccount}) {
        const QStringList parts = SearchText::fold(*text).split(separators, Qt::SkipEmptyParts);
        for (const QString &part : parts)
            words.insert(part);
    }
    return words;
}

bool OtherFormatLines::take(const StatementLine &line)
{
    const auto found = mByDayAndAmount.find(dayAndAmount(line));
    if (found == mByDayAndAmount.end())
        return false;
    const QSet<QString> words = wordsOf(line);
    QList<QSet<QString>> &candidates = *found;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const QSet<QString> &other = candidates.at(i);
        const bool alike
            = words.size() <= other.size() ? isSubset(words, other) : isSubset(other, words);
        if (alike) {
            candidates.removeAt(i);
            return true;
        }
    }
    return false;
}

} // namespace InvoiceDesk
