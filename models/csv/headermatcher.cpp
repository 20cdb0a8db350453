// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "headermatcher.h"
#include "fieldlabels.h"

#include <QHash>

#include <algorithm>

namespace InvoiceDesk::HeaderMatcher {

namespace {

/** "Invoice Date" -> "invoicedate": how headers are compared. */
QString headerKey(const QString &header)
{
    QString key;
    for (const QChar c : header.toCaseFolded()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('#') || c == QLatin1Char('%'))
            key += c;
    }
    return key;
}

} // namespace

// "Description" in a file of line items is the line's description (issue 10).
QStringList match(const QStringList &headers, const QStringList &canonical)
{
    QHash<QString, QString> byKey;
    for (const QString &name : canonical) {
        for (const QString &alias : FieldLabels::aliases(name))
            byKey.insert(headerKey(alias), name);
    }
    for (const QString &name : canonical) { // labels and names win over aliases
        byKey.insert(headerKey(FieldLabels::englishLabel(name)), name);
        byKey.insert(headerKey(FieldLabels::label(name)), name);
        byKey.insert(headerKey(name), name);
    }
    QStringList matches;
    for (const QString &header : headers)
        matches.append(byKey.value(headerKey(header)));
    const bool lineFile = std::any_of(matches.cbegin(), matches.cend(),
        [](const QString &m) { return m.startsWith(QLatin1String("line.")); });
    if (lineFile && !matches.contains(QStringLiteral("line.description"))) {
        const qsizetype description = matches.indexOf(QStringLiteral("description"));
        if (description >= 0)
            matches[description] = QStringLiteral("line.description");
    }
    // A column matched twice keeps its first header only.
    for (qsizetype i = 0; i < matches.size(); ++i) {
        if (!matches.at(i).isEmpty() && matches.indexOf(matches.at(i)) < i)
            matches[i].clear();
    }
    return matches;
}

} // namespace InvoiceDesk::HeaderMatcher
