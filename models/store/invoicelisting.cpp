// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicelisting.h"
#include "currency.h"
#include "opstate.h"
#include "searchtext.h"
#include "sqlutil.h"
#include "trigramquery.h"

#include <QCoreApplication>

#include <algorithm>

namespace InvoiceDesk {

namespace {

/** The codes of the currency table with the factor of each (see scaleToFinestUnit), by code. */
QList<std::pair<QString, qint64>> finestUnitFactors()
{
    int finest = 0;
    for (const QString &code : Currency::allCodes())
        finest = std::max(finest, Currency::fromCode(code)->exponent());
    QList<std::pair<QString, qint64>> factors;
    for (const QString &code : Currency::allCodes()) {
        qint64 factor = 1;
        for (int i = Currency::fromCode(code)->exponent(); i < finest; ++i)
            factor *= 10;
        if (code.size() == 3 && code.front().isLetter())
            factors.append({code, factor});
    }
    std::sort(factors.begin(), factors.end());
    return factors;
}

/**
 * The factors of codes [from, to) as a range tree: halves split by a comparison, down to a
 * CASE of at most twelve codes. A CASE over the whole table compared a row's currency with a
 * hundred codes on average, for each of the three amount indexes at every write (issue 16).
 */
QString factorTree(const QList<std::pair<QString, qint64>> &factors, qsizetype from, qsizetype to)
{
    constexpr qsizetype LeafSize = 12;
    if (to - from <= LeafSize) {
        QStringList cases {QStringLiteral("CASE i.currency")};
        for (qsizetype i = from; i < to; ++i)
            cases.append(QStringLiteral("WHEN '%1' THEN %2")
                             .arg(factors.at(i).first)
                             .arg(factors.at(i).second));
        cases.append(QStringLiteral("ELSE 1 END"));
        return cases.join(QLatin1Char(' '));
    }
    const qsizetype middle = from + (to - from) / 2;
    return QStringLiteral("CASE WHEN i.currency < '%1' THEN %2 ELSE %3 END")
        .arg(factors.at(middle).first, factorTree(factors, from, middle),
            factorTree(factors, middle, to));
}

/**
 * The factor that brings an amount of the row's currency to the finest unit of any currency,
 * so that sorting compares amounts (KWD 2,895.300 below INR 26,800.00), not minor units; 1 for
 * a code the table does not know. Migration 0017's indexes hold exactly this expression.
 */
QString scaleToFinestUnit()
{
    static const QString expression = [] {
        const auto factors = finestUnitFactors();
        return factorTree(factors, 0, factors.size());
    }();
    return expression;
}

} // namespace

QString InvoiceListing::sortExpression(InvoiceListOrder order)
{
    const QString scaled = QStringLiteral(") * (%1)").arg(scaleToFinestUnit());
    switch (order) {
    case InvoiceListOrder::Number:
        return QStringLiteral("i.number_key");
    case InvoiceListOrder::Date:
        return QStringLiteral("i.issue_date");
    case InvoiceListOrder::DueDate:
        return QStringLiteral("i.due_date");
    case InvoiceListOrder::Customer:
        return QStringLiteral("i.customer COLLATE NOCASE");
    case InvoiceListOrder::Status:
        return QStringLiteral("i.status");
    case InvoiceListOrder::Currency:
        return QStringLiteral("i.currency");
    case InvoiceListOrder::Total:
        return QStringLiteral("(i.grand_total") + scaled;
    case InvoiceListOrder::Paid:
        return QStringLiteral("(i.paid_total - i.refunded_total") + scaled;
    case InvoiceListOrder::Outstanding:
        return QStringLiteral("(CASE i.status WHEN 'Cancelled' THEN 0 ELSE max(0, i.grand_total "
                              "- i.paid_total + i.refunded_total - i.credited_total) END")
            + scaled;
    case InvoiceListOrder::Entered:
        break;
    }
    return QStringLiteral("i.id");
}

namespace {

// The worst active operation of the invoice's lane (sync-design.md 5.7), or local/synced.
QString syncStateExpression()
{
    static const QString expression
        = QStringLiteral("CASE WHEN i.connection_id IS NULL THEN 'local' ELSE coalesce((SELECT "
                         "o.state FROM outbox o WHERE o.lane_key = i.uuid AND ")
        + activeOpCondition(QStringLiteral("o"))
        + QStringLiteral(" ORDER BY CASE o.state WHEN 'conflict' THEN 0 WHEN 'needs_attention' "
                         "THEN 1 WHEN 'paused' THEN 2 WHEN 'in_doubt' THEN 3 WHEN 'reconciling' "
                         "THEN 3 WHEN 'sending' "
                         "THEN 4 ELSE 5 END LIMIT 1), 'synced') END");
    return expression;
}

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

/**
 * How a filtered page is read. Selected: the index finds the matches (trigrams, status and due
 * date), which are then sorted; right for a few thousand. Ordered: the order's index (every
 * order has one, migration 0014) is walked and each row tested, which stops after a page when
 * matches are many; the conditions are written so that SQLite cannot pick their indexes
 * instead ("+column").
 */
enum class Plan { Selected, Ordered };

/** Above this many matches a page is read in order rather than sorted (about 15 ms). */
constexpr int SortedAtMost = InvoiceListing::CountCap - 1;

/** The WHERE clause of `filter` (empty when it lets everything through) and its values. */
QString whereClause(
    const InvoiceListFilter &filter, const InvoiceTextQuery &text, Plan plan, QVariantMap &values)
{
    const QString hint = plan == Plan::Ordered ? QStringLiteral("+") : QString();
    QStringList conditions;
    if (!text.folded.isEmpty()) {
        // One folded column holds number, customer, description, company, e-mail and the
        // lines' descriptions; the typed text is folded the same way (issue 10). The trigram
        // index (issue 16) narrows the rows the exact test runs on.
        if (plan == Plan::Selected && !text.match.isEmpty()) {
            conditions.append(QStringLiteral("i.id IN (SELECT rowid FROM invoices_search WHERE "
                                             "invoices_search MATCH :match)"));
            values.insert(QStringLiteral("match"), text.match);
        }
        conditions.append(QStringLiteral("i.search_text LIKE :text ESCAPE '\\'"));
        values.insert(QStringLiteral("text"), escapeLike(text.folded));
    }
    // "Overdue only" means pending: said twice, SQLite read the status index and each row.
    if (filter.status && !(filter.overdueOnly && *filter.status == InvoiceStatus::Pending)) {
        conditions.append(hint + QStringLiteral("i.status = :status"));
        values.insert(QStringLiteral("status"), statusName(*filter.status));
    }
    if (filter.overdueOnly) {
        // Past due from the due date, or from the date when there is none (InvoiceListRow::
        // isOverdueOn, A/R Aging). The second branch's "+" keeps SQLite from factoring the
        // status out of both (it then read every pending invoice's row through the status
        // index): each branch reads an index of its own, (status, due_date) and due_date.
        conditions.append(QStringLiteral("((%1i.status = 'Pending' AND %1i.due_date < :today) OR "
                                         "(%1i.due_date IS NULL AND %1i.issue_date < :today AND "
                                         "+i.status = 'Pending'))")
                              .arg(hint));
        values.insert(QStringLiteral("today"), Sql::dateValue(filter.today));
    }
    if (filter.issuedFrom.isValid()) {
        conditions.append(hint + QStringLiteral("i.issue_date >= :from"));
        values.insert(QStringLiteral("from"), Sql::dateValue(filter.issuedFrom));
    }
    if (filter.issuedTo.isValid()) {
        conditions.append(hint + QStringLiteral("i.issue_date <= :to"));
        values.insert(QStringLiteral("to"), Sql::dateValue(filter.issuedTo));
    }
    return conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

bool letsAllThrough(const InvoiceListFilter &filter)
{
    return filter.text.trimmed().isEmpty() && !filter.status && !filter.overdueOnly
        && !filter.issuedFrom.isValid() && !filter.issuedTo.isValid();
}

QString listingError()
{
    return QCoreApplication::translate("Database", "Listing invoices");
}

InvoiceListRow rowFrom(const Sql::Row &r)
{
    InvoiceListRow row;
    row.id = r.integer("id");
    row.number = r.text("number");
    row.date = r.date("issue_date");
    row.dueDate = r.date("due_date");
    row.customer = r.text("customer");
    row.customerId = r.integer("customer_id");
    row.status = statusFromName(r.text("status")).value_or(InvoiceStatus::Pending);
    row.currency = r.text("currency");
    row.total = r.integer("grand_total");
    row.paid = r.integer("paid");
    row.credited = r.integer("credited_total");
    row.syncState = r.text("sync_state");
    return row;
}

} // namespace

Result<QList<InvoiceListRow>> InvoiceListing::rows(const InvoiceListFilter &filter,
    InvoiceListOrder order, Qt::SortOrder direction, int limit, int offset, int *matching) const
{
    auto text = textFilter(filter);
    if (!text)
        return Error {text.error()};
    // The count comes from the same indexes as the page, and tells which way to read it.
    int found = matching ? *matching : -1;
    if (found < 0 && (matching || !letsAllThrough(filter))) {
        auto counted = countAtMost(filter, text.value(), SortedAtMost + 1);
        if (!counted)
            return Error {counted.error()};
        found = counted.value();
    }
    if (matching)
        *matching = found;
    const Plan plan
        = !letsAllThrough(filter) && found > SortedAtMost ? Plan::Ordered : Plan::Selected;
    QVariantMap values;
    const QString where = whereClause(filter, text.value(), plan, values);
    const QString sense
        = direction == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString sql
        = QStringLiteral("SELECT i.id, i.number, i.issue_date, i.due_date, i.customer, "
                         "coalesce(i.customer_id, 0) AS customer_id, i.status, "
                         "i.currency, i.grand_total, i.paid_total - i.refunded_total AS paid, "
                         "i.credited_total, ")
        + syncStateExpression() + QStringLiteral(" AS sync_state FROM invoices i") + where
        + QStringLiteral(" ORDER BY ") + sortExpression(order) + sense + QStringLiteral(", i.id")
        + sense + QStringLiteral(" LIMIT :limit OFFSET :offset");
    values.insert(QStringLiteral("limit"), limit);
    values.insert(QStringLiteral("offset"), offset);
    QSqlQuery query(mDb);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Sql::error(query, listingError());
    Sql::bind(query, values);
    if (auto s = Sql::exec(query, [] { return listingError(); }); !s)
        return Error {s.error()};
    QList<InvoiceListRow> rows;
    const Sql::Row row(query);
    while (query.next())
        rows.append(rowFrom(row));
    if (limit >= 0) {
        if (auto s = nameRecords(rows); !s)
            return Error {s.error()};
    }
    return rows;
}

Status InvoiceListing::nameRecords(QList<InvoiceListRow> &rows) const
{
    // The page's records in one query, after the page is chosen: a sort never waits for them.
    QSet<qint64> ids;
    for (const InvoiceListRow &r : std::as_const(rows)) {
        if (r.customerId != 0)
            ids.insert(r.customerId);
    }
    if (ids.isEmpty())
        return {};
    // A page names its few records; a whole listing (the command line's) reads them all.
    constexpr qsizetype MostNamed = 500;
    QStringList places;
    for (const qint64 id : std::as_const(ids))
        places.append(QString::number(id));
    QSqlQuery query(mDb);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, display_name FROM customers")
            + (ids.size() > MostNamed ? QString()
                                      : QStringLiteral(" WHERE id IN (")
                        + places.join(QLatin1Char(',')) + QLatin1Char(')'))))
        return Sql::error(query, listingError());
    QHash<qint64, QString> names;
    const Sql::Row row(query);
    while (query.next())
        names.insert(row.integer("id"), row.text("display_name"));
    for (InvoiceListRow &r : rows) {
        const QString name = names.value(r.customerId);
        if (!name.isEmpty() && name.compare(r.customer.trimmed(), Qt::CaseInsensitive) != 0)
            r.customerRecord = name;
    }
    return {};
}

Result<int> InvoiceListing::count(const InvoiceListFilter &filter) const
{
    auto text = textFilter(filter);
    if (!text)
        return Error {text.error()};
    return countWhere(filter, text.value());
}

Result<int> InvoiceListing::countAtMost(
    const InvoiceListFilter &filter, const InvoiceTextQuery &text, int cap) const
{
    if (letsAllThrough(filter))
        return countWhere(filter, text); // the kept count: exact and instant
    // A text made of common trigrams only ("company 12" on a million invoices) says little
    // about how many match: counting to `cap` walked 360,000 invoices (600 ms) where matches
    // were 5%. It is taken as many; the page is read in order, and count() (a worker) says.
    if (text.common)
        return cap;
    // The trigram index drives the walk (it yields its matches one by one), so a text nearly
    // every invoice holds stops at `cap` instead of testing every invoice (issue 16 item 4).
    InvoiceTextQuery scan = text;
    scan.match.clear();
    QVariantMap values;
    QString where = whereClause(filter, scan, Plan::Selected, values);
    QString from = QStringLiteral("invoices i");
    if (!text.match.isEmpty()) {
        from = QStringLiteral(
            "invoices_search CROSS JOIN invoices i ON i.id = invoices_search.rowid");
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
            + QStringLiteral("invoices_search MATCH :match");
        values.insert(QStringLiteral("match"), text.match);
    }
    values.insert(QStringLiteral("cap"), cap);
    QSqlQuery query(mDb);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT count(*) AS invoices FROM (SELECT 1 FROM ") + from
            + where + QStringLiteral(" LIMIT :cap)")))
        return Sql::error(query, QCoreApplication::translate("Database", "Counting invoices"));
    Sql::bind(query, values);
    if (!query.exec() || !query.next())
        return Sql::error(query, QCoreApplication::translate("Database", "Counting invoices"));
    return int(Sql::Row(query).integer("invoices"));
}

Result<InvoiceTextQuery> InvoiceListing::textFilter(const InvoiceListFilter &filter) const
{
    InvoiceTextQuery text {SearchText::fold(filter.text.trimmed()), QString()};
    if (text.folded.size() >= TrigramQuery::MinimumLength) {
        auto match = TrigramQuery(mDb, &mCommonTrigrams).matchExpression(text.folded, &text.common);
        if (!match)
            return Error {match.error()};
        text.match = match.value();
    } else {
        // One or two letters: no index narrows them, and most invoices hold them; counting
        // to the cap walked 20,000 invoices on the first keystroke (issue 16 item 4).
        text.common = !text.folded.isEmpty();
    }
    return text;
}

Result<int> InvoiceListing::countWhere(
    const InvoiceListFilter &filter, const InvoiceTextQuery &text) const
{
    QVariantMap values;
    QSqlQuery query(mDb);
    query.setForwardOnly(true);
    // Everything: the count the triggers of migration 0012 keep, not a walk of an index.
    const QString sql = letsAllThrough(filter)
        ? QStringLiteral("SELECT invoices FROM invoice_count")
        : QStringLiteral("SELECT count(*) AS invoices FROM invoices i")
            + whereClause(filter, text, Plan::Selected, values);
    if (!query.prepare(sql))
        return Sql::error(query, QCoreApplication::translate("Database", "Counting invoices"));
    Sql::bind(query, values);
    if (!query.exec() || !query.next())
        return Sql::error(query, QCoreApplication::translate("Database", "Counting invoices"));
    return int(Sql::Row(query).integer("invoices"));
}

} // namespace InvoiceDesk
