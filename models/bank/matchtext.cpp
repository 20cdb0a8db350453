// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchtext.h"
#include "searchtext.h"

#include <QSet>

namespace InvoiceDesk {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool allDigits(const QString &text)
{
    for (QChar c : text) {
        if (!c.isDigit())
            return false;
    }
    return !text.isEmpty();
}

QString withoutLeadingZeros(const QString &digits)
{
    qsizetype i = 0;
    while (i + 1 < digits.size() && digits.at(i) == QLatin1Char('0'))
        ++i;
    return digits.mid(i);
}

/** The shortest needle looked for: shorter ones ("1", "AB") are in almost any text. */
constexpr qsizetype kShortestNeedle = 3;

} // namespace

MatchText::MatchText(const QString &text)
{
    QString word;
    for (QChar c : text) {
        if (isWordChar(c)) {
            word.append(c.toUpper());
        } else if (!word.isEmpty()) {
            mWords.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        mWords.append(word);
}

QString MatchText::compact(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        if (isWordChar(c))
            result.append(c.toUpper());
    }
    return result;
}

bool MatchText::contains(const QString &needle) const
{
    const QString wanted = compact(needle);
    if (wanted.size() < kShortestNeedle)
        return false;
    const bool number = allDigits(wanted);
    const QString target = number ? withoutLeadingZeros(wanted) : wanted;
    for (qsizetype i = 0; i < mWords.size(); ++i) {
        QString run;
        for (qsizetype j = i; j < mWords.size(); ++j) {
            run += mWords.at(j);
            const QString compared = number && allDigits(run) ? withoutLeadingZeros(run) : run;
            if (compared == target)
                return true;
            if (run.size() >= wanted.size() || !target.startsWith(compared))
                break;
        }
    }
    return false;
}

QStringList MatchText::runs(int maxWords) const
{
    QStringList result;
    for (qsizetype i = 0; i < mWords.size(); ++i) {
        QString run;
        for (qsizetype j = i; j < mWords.size() && j < i + maxWords; ++j) {
            run += mWords.at(j);
            result.append(run);
        }
    }
    return result;
}

bool namesAlike(const QString &counterparty, const QString &customer)
{
    static const QSet<QString> legal = {QStringLiteral("gmbh"), QStringLiteral("ltd"),
        QStringLiteral("limited"), QStringLiteral("inc"), QStringLiteral("llc"),
        QStringLiteral("sarl"), QStringLiteral("sas"), QStringLiteral("ag"), QStringLiteral("bv"),
        QStringLiteral("nv"), QStringLiteral("kg"), QStringLiteral("co"), QStringLiteral("plc"),
        QStringLiteral("the"), QStringLiteral("und"), QStringLiteral("and"), QStringLiteral("sl"),
        QStringLiteral("sa"), QStringLiteral("srl"), QStringLiteral("corp"), QStringLiteral("mr"),
        QStringLiteral("mrs"), QStringLiteral("ms"), QStringLiteral("dr")};
    const auto words = [&](const QString &name) {
        QSet<QString> result;
        const MatchText text(SearchText::fold(name));
        for (const QString &word : text.words()) {
            const QString lower = word.toLower();
            if (lower.size() >= 2 && !legal.contains(lower))
                result.insert(lower);
        }
        return result;
    };
    const QSet<QString> a = words(counterparty);
    const QSet<QString> b = words(customer);
    if (a.isEmpty() || b.isEmpty())
        return false;
    const QSet<QString> &shorter = a.size() <= b.size() ? a : b;
    const QSet<QString> &longer = a.size() <= b.size() ? b : a;
    for (const QString &word : shorter) {
        if (!longer.contains(word))
            return false;
    }
    return true;
}

} // namespace InvoiceDesk
