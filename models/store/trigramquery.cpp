// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trigramquery.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace InvoiceDesk {

namespace {

/** A count above this says "common": reading further would only cost time. */
constexpr int Probe = 16384;
/** Trigrams named in the query; the rarest three leave few candidates to test. */
constexpr int Named = 3;
/** Trigrams probed at most: a long query has enough rare ones among its first. */
constexpr int Probed = 24;

/** The distinct trigrams of `text` in order, as FTS5 strings ("a""b" for a"b). */
QStringList quotedTrigrams(const QString &text)
{
    const QList<uint> points = text.toUcs4();
    QStringList result;
    for (qsizetype i = 0; i + 3 <= points.size() && result.size() < Probed; ++i) {
        QString trigram = QString::fromUcs4(reinterpret_cast<const char32_t *>(&points[i]), 3);
        trigram.replace(QLatin1Char('"'), QLatin1String("\"\""));
        trigram = QLatin1Char('"') + trigram + QLatin1Char('"');
        if (!result.contains(trigram))
            result.append(trigram);
    }
    return result;
}

QString describe()
{
    return QCoreApplication::translate("Database", "Searching invoices");
}

} // namespace

Result<int> TrigramQuery::boundedCount(const QString &quotedTrigram) const
{
    QSqlQuery query(mDb);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT count(*) AS hits FROM (SELECT rowid FROM "
                                      "invoices_search WHERE invoices_search MATCH :term "
                                      "LIMIT :probe)")))
        return Sql::error(query, describe());
    Sql::bind(query,
        QVariantMap {{QStringLiteral("term"), quotedTrigram}, {QStringLiteral("probe"), Probe}});
    if (!query.exec() || !query.next())
        return Sql::error(query, describe());
    return int(Sql::Row(query).integer("hits"));
}

Result<QString> TrigramQuery::matchExpression(const QString &folded, bool *common) const
{
    if (common)
        *common = false;
    const QStringList trigrams = quotedTrigrams(folded);
    if (trigrams.isEmpty())
        return QString();
    if (trigrams.size() == 1)
        return trigrams.front();
    QList<std::pair<int, QString>> counted;
    for (const QString &trigram : trigrams) {
        if (mCommonTrigrams && mCommonTrigrams->contains(trigram)) {
            counted.append({Probe, trigram});
            continue;
        }
        auto hits = boundedCount(trigram);
        if (!hits)
            return Error {hits.error()};
        if (hits.value() == 0)
            return trigram; // nothing holds it: the answer is empty, and found at once
        if (mCommonTrigrams && hits.value() >= Probe)
            mCommonTrigrams->insert(trigram);
        counted.append({hits.value(), trigram});
    }
    std::stable_sort(counted.begin(), counted.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    if (common)
        *common = counted.front().first >= Probe;
    QStringList named;
    for (const auto &[hits, trigram] : counted) {
        // A common trigram after a rare one narrows little and costs a seek per candidate.
        if (named.size() == Named || (!named.isEmpty() && hits >= Probe))
            break;
        named.append(trigram);
    }
    return named.join(QStringLiteral(" AND "));
}

} // namespace InvoiceDesk
