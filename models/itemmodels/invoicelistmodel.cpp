// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicelistmodel.h"
#include "currency.h"
#include "dateinput.h"
#include "decimal.h"
#include "searchtext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace InvoiceDesk {

namespace {

/**
 * The factor that brings an amount of the row's currency to the finest unit of any currency,
 * so that sorting compares amounts (KWD 2,895.300 below INR 26,800.00), not minor units.
 */
QString scaleToFinestUnit()
{
    static const QString expression = [] {
        int finest = 0;
        for (const QString &code : Currency::allCodes())
            finest = std::max(finest, Currency::fromCode(code)->exponent());
        QStringList cases {QStringLiteral("CASE i.currency")};
        for (const QString &code : Currency::allCodes()) {
            const int exponent = Currency::fromCode(code)->exponent();
            qint64 factor = 1;
            for (int i = exponent; i < finest; ++i)
                factor *= 10;
            if (code.size() == 3 && code.front().isLetter())
                cases.append(QStringLiteral("WHEN '%1' THEN %2").arg(code).arg(factor));
        }
        cases.append(QStringLiteral("ELSE 1 END"));
        return cases.join(QLatin1Char(' '));
    }();
    return expression;
}

QString sortExpression(int column)
{
    const QString scaled = QStringLiteral(") * (%1)").arg(scaleToFinestUnit());
    switch (column) {
    case InvoiceListModel::Number:
        return QStringLiteral("i.number");
    case InvoiceListModel::Date:
        return QStringLiteral("i.issue_date");
    case InvoiceListModel::DueDate:
        return QStringLiteral("i.due_date");
    case InvoiceListModel::Customer:
        return QStringLiteral("i.customer COLLATE NOCASE");
    case InvoiceListModel::Status:
        return QStringLiteral("i.status");
    case InvoiceListModel::Currency:
        return QStringLiteral("i.currency");
    case InvoiceListModel::Total:
        return QStringLiteral("(i.grand_total") + scaled;
    case InvoiceListModel::Paid:
        return QStringLiteral("(i.paid_total - i.refunded_total") + scaled;
    case InvoiceListModel::Outstanding:
        return QStringLiteral("(i.grand_total - i.paid_total + i.refunded_total") + scaled;
    default:
        return QStringLiteral("i.id");
    }
}

// The worst active operation of the invoice's lane (sync-design.md 5.7), or local/synced.
const QString kSyncStateSql = QStringLiteral(
    "CASE WHEN i.connection_id IS NULL THEN 'local' ELSE coalesce((SELECT o.state FROM outbox o "
    "WHERE o.lane_key = i.uuid AND o.state NOT IN ('acked', 'discarded', 'superseded') "
    "ORDER BY CASE o.state WHEN 'conflict' THEN 0 WHEN 'needs_attention' THEN 1 WHEN 'paused' THEN "
    "2 "
    "WHEN 'in_doubt' THEN 3 WHEN 'reconciling' THEN 3 WHEN 'sending' THEN 4 ELSE 5 END LIMIT 1), "
    "'synced') END");

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

} // namespace

InvoiceListModel::InvoiceListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , mDb(std::move(db))
{
    reload();
}

void InvoiceListModel::setFilter(const Filter &filter)
{
    mFilter = filter;
    reload();
}

void InvoiceListModel::setToday(const QDate &today)
{
    mToday = today;
    reload();
}

void InvoiceListModel::setLocale(const QLocale &locale)
{
    mLocale = locale;
    if (mRowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(mRowCount - 1, ColumnCount - 1));
}

void InvoiceListModel::reload()
{
    beginResetModel();
    mPages.clear();
    mPageUse.clear();
    // The first page comes first: when it is not full it is the whole result, and a
    // rare filter then costs one scan instead of two (page and count).
    // A text filter scans the table anyway, so the page query counts the matches too (a
    // window count). Otherwise count(*) reads an index, cheaper than counting in the page.
    const bool textFilter = !mFilter.text.trimmed().isEmpty();
    int total = 0;
    const QList<Row> first = loadPage(0, textFilter ? &total : nullptr);
    mPages.insert(0, first);
    mPageUse.append(0);
    mRowCount = textFilter ? total : (first.size() < PageSize ? int(first.size()) : countRows());
    endResetModel();
}

QString InvoiceListModel::whereClause(QVariantList &binds) const
{
    QStringList conditions;
    const QString text = mFilter.text.trimmed();
    if (!text.isEmpty()) {
        // One folded column holds number, customer, description, company, e-mail and the
        // lines' descriptions; the typed text is folded the same way (issue 10).
        conditions.append(QStringLiteral("i.search_text LIKE ? ESCAPE '\\'"));
        binds << escapeLike(SearchText::fold(text));
    }
    if (mFilter.status) {
        conditions.append(QStringLiteral("i.status = ?"));
        binds << statusName(*mFilter.status);
    }
    if (mFilter.overdueOnly) {
        conditions.append(QStringLiteral("i.status = 'Pending' AND i.due_date < ?"));
        binds << mToday.toString(Qt::ISODate);
    }
    return conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString InvoiceListModel::orderClause() const
{
    const QString direction
        = mSortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return QStringLiteral(" ORDER BY ") + sortExpression(mSortColumn) + direction
        + QStringLiteral(", i.id") + direction;
}

int InvoiceListModel::countRows() const
{
    QVariantList binds;
    QSqlQuery query(mDb);
    query.prepare(QStringLiteral("SELECT count(*) FROM invoices i") + whereClause(binds));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<InvoiceListModel::Row> InvoiceListModel::loadPage(int page, int *total) const
{
    QVariantList binds;
    QSqlQuery query(mDb);
    query.setForwardOnly(true);
    // With a filter, one scan gives the page and (as a window count) the number of matches.
    query.prepare(
        QStringLiteral(
            "SELECT i.id, i.number, i.issue_date, i.due_date, i.customer, i.status, i.currency, "
            "i.grand_total, i.paid_total - i.refunded_total, ")
        + kSyncStateSql + (total ? QStringLiteral(", count(*) OVER ()") : QString())
        + QStringLiteral(" FROM invoices i") + whereClause(binds) + orderClause()
        + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &value : binds)
        query.addBindValue(value);
    query.addBindValue(PageSize);
    query.addBindValue(page * PageSize);
    QList<Row> rows;
    if (query.exec()) {
        while (query.next()) {
            Row r;
            r.id = query.value(0).toLongLong();
            r.number = query.value(1).toString();
            r.date = QDate::fromString(query.value(2).toString(), Qt::ISODate);
            r.dueDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
            r.customer = query.value(4).toString();
            r.status = statusFromName(query.value(5).toString()).value_or(InvoiceStatus::Pending);
            r.currency = query.value(6).toString();
            const auto currency = InvoiceDesk::Currency::fromCode(r.currency);
            r.exponent = currency ? currency->exponent() : 2;
            r.total = query.value(7).toLongLong();
            r.paid = query.value(8).toLongLong();
            r.syncState = query.value(9).toString();
            if (total)
                *total = query.value(10).toInt();
            rows.append(r);
        }
    } else {
        qWarning("invoice list: %s", qPrintable(query.lastError().text()));
    }
    return rows;
}

const InvoiceListModel::Row *InvoiceListModel::rowAt(int row) const
{
    if (row < 0 || row >= mRowCount)
        return nullptr;
    const int page = row / PageSize;
    auto it = mPages.find(page);
    if (it == mPages.end()) {
        if (mPages.size() >= MaxCachedPages && !mPageUse.isEmpty())
            mPages.remove(mPageUse.takeFirst());
        it = mPages.insert(page, loadPage(page));
    }
    mPageUse.removeOne(page);
    mPageUse.append(page);
    const int offset = row % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

qint64 InvoiceListModel::invoiceId(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->id : 0;
}

int InvoiceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mRowCount;
}

int InvoiceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvoiceListModel::money(qint64 minor, int exponent) const
{
    DecimalFormat format;
    format.decimalPoint = mLocale.decimalPoint().front();
    format.groupSeparator
        = mLocale.groupSeparator().isEmpty() ? QChar() : mLocale.groupSeparator().front();
    return Decimal::format(minor, exponent, exponent, format);
}

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *r = rowAt(index.row());
    if (!r)
        return {};
    const bool overdue
        = r->status == InvoiceStatus::Pending && r->dueDate.isValid() && r->dueDate < mToday;
    switch (role) {
    case InvoiceIdRole:
        return r->id;
    case OverdueRole:
        return overdue;
    case StatusRole:
        return int(r->status);
    case SyncStateRole:
        return r->syncState;
    case Qt::TextAlignmentRole:
        if (index.column() == Total || index.column() == Paid || index.column() == Outstanding)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Number:
            return r->number;
        case Date:
            return DateInput(mLocale).format(r->date); // four-digit years, as typed (issue 10)
        case DueDate:
            return DateInput(mLocale).format(r->dueDate);
        case Customer:
            return r->customer;
        case Status:
            return overdue ? QCoreApplication::translate("InvoiceListModel", "%1 (overdue)")
                                 .arg(statusDisplayName(r->status))
                           : statusDisplayName(r->status);
        case Currency:
            return r->currency;
        case Total:
            return money(r->total, r->exponent);
        case Paid:
            return money(r->paid, r->exponent);
        case Outstanding:
            return money(r->total - r->paid, r->exponent);
        case Sync:
            return syncStateLabel(r->syncState);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Sync || index.column() == Status)
            return data(index, Qt::DisplayRole);
        break;
    default:
        break;
    }
    return {};
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return QCoreApplication::translate("InvoiceListModel", "Number");
    case Date:
        return QCoreApplication::translate("InvoiceListModel", "Date");
    case DueDate:
        return QCoreApplication::translate("InvoiceListModel", "Due");
    case Customer:
        return QCoreApplication::translate("InvoiceListModel", "Customer");
    case Status:
        return QCoreApplication::translate("InvoiceListModel", "Status");
    case Currency:
        return QCoreApplication::translate("InvoiceListModel", "Currency");
    case Total:
        return QCoreApplication::translate("InvoiceListModel", "Total");
    case Paid:
        return QCoreApplication::translate("InvoiceListModel", "Paid");
    case Outstanding:
        return QCoreApplication::translate("InvoiceListModel", "Outstanding");
    case Sync:
        return QCoreApplication::translate("InvoiceListModel", "Sync");
    case ColumnCount:
        break;
    }
    return {};
}

void InvoiceListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    mSortColumn = column;
    mSortOrder = order;
    reload();
}

QStringList InvoiceListModel::possibleLabels(Column column)
{
    QStringList labels;
    if (column == Status) {
        for (auto status : {InvoiceStatus::Draft, InvoiceStatus::Pending, InvoiceStatus::Paid,
                 InvoiceStatus::Cancelled, InvoiceStatus::Refunded})
            labels.append(statusDisplayName(status));
        labels.append(QCoreApplication::translate("InvoiceListModel", "%1 (overdue)")
                          .arg(statusDisplayName(InvoiceStatus::Pending)));
    } else if (column == Sync) {
        for (const char *state : {"local", "synced", "pending", "sending", "in_doubt",
                 "needs_attention", "conflict", "paused"})
            labels.append(syncStateLabel(QLatin1String(state)));
    }
    return labels;
}

QString InvoiceListModel::syncStateLabel(const QString &state)
{
    if (state == QLatin1String("local"))
        return QCoreApplication::translate("InvoiceListModel", "Saved locally");
    if (state == QLatin1String("synced"))
        return QCoreApplication::translate("InvoiceListModel", "Synced ✓");
    if (state == QLatin1String("pending") || state == QLatin1String("retry_wait"))
        return QCoreApplication::translate("InvoiceListModel", "Waiting to send");
    if (state == QLatin1String("sending"))
        return QCoreApplication::translate("InvoiceListModel", "Sending…");
    if (state == QLatin1String("in_doubt") || state == QLatin1String("reconciling"))
        return QCoreApplication::translate("InvoiceListModel", "Checking with the service");
    if (state == QLatin1String("needs_attention"))
        return QCoreApplication::translate("InvoiceListModel", "Needs your attention");
    if (state == QLatin1String("conflict"))
        return QCoreApplication::translate("InvoiceListModel", "Conflict");
    if (state == QLatin1String("paused"))
        return QCoreApplication::translate("InvoiceListModel", "Waiting for sign-in");
    return state;
}

} // namespace InvoiceDesk
