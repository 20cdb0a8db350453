// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace InvoiceDesk {

/**
 * Turns a folded filter text into a query of the trigram index invoices_search (migration
 * 0012). FTS5 walks every trigram of a phrase, and on a large file the common ones ("com",
 * "any") hold nearly every invoice, so a phrase costs as much as the commonest trigram. The
 * query instead names the few trigrams fewest invoices hold (each probed with a bounded
 * count); the caller keeps its exact substring test on the candidates.
 */
class TrigramQuery
{
public:
    /** FTS5's trigram tokenizer indexes nothing shorter. */
    static constexpr int MinimumLength = 3;

    /**
     * `commonTrigrams`, when given, remembers the trigrams found common across queries: a
     * text typed letter by letter probes the same ones again, 16,384 index entries each. A
     * trigram stays common as a file grows; kept too long it costs speed, never a match
     * (rare ones are always counted: a trigram no invoice holds ends the search).
     */
    explicit TrigramQuery(QSqlDatabase db, QSet<QString> *commonTrigrams = nullptr)
        : mDb(std::move(db))
        , mCommonTrigrams(commonTrigrams)
    {
    }

    /**
     * The MATCH expression for `folded` (ANDed quoted trigrams); empty when `folded` is
     * shorter than MinimumLength characters, where the index cannot help. `common`, when
     * given, tells whether every trigram of `folded` is one most invoices may hold (each
     * probed up to the bound): the index then narrows little (issue 16 item 4).
     */
    Result<QString> matchExpression(const QString &folded, bool *common = nullptr) const;

private:
    /** How many invoices hold `trigram`, counted up to Probe. */
    Result<int> boundedCount(const QString &quotedTrigram) const;

    QSqlDatabase mDb;
    QSet<QString> *mCommonTrigrams;
};

} // namespace InvoiceDesk
