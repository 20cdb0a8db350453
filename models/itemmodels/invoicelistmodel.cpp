// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicelistmodel.h"
#include "currency.h"
#include "dateinput.h"
#include "decimal.h"
#include "listingworker.h"

#include <QCoreApplication>

#include <algorithm>

namespace InvoiceDesk {

namespace {

/** The listing's order for a column; the sync state sorts in the order invoices were entered. */
InvoiceListOrder listOrder(int column)
{
    switch (column) {
    case InvoiceListModel::Number:
        return InvoiceListOrder::Number;
    case InvoiceListModel::Date:
        return InvoiceListOrder::Date;
    case InvoiceListModel::DueDate:
        return InvoiceListOrder::DueDate;
    case InvoiceListModel::Customer:
        return InvoiceListOrder::Customer;
    case InvoiceListModel::Status:
        return InvoiceListOrder::Status;
    case InvoiceListModel::Currency:
        return InvoiceListOrder::Currency;
    case InvoiceListModel::Total:
        return InvoiceListOrder::Total;
    case InvoiceListModel::Paid:
        return InvoiceListOrder::Paid;
    case InvoiceListModel::Outstanding:
        return InvoiceListOrder::Outstanding;
    default:
        return InvoiceListOrder::Entered;
    }
}

} // namespace

InvoiceListModel::InvoiceListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , mListing(db)
{
    const QString path = db.databaseName();
    if (!path.isEmpty() && path != QLatin1String(":memory:")) {
        mCounter
            = std::make_unique<ListingWorker>(path, QStringLiteral("count"), QThread::LowPriority);
        mPageReader = std::make_unique<ListingWorker>(
            path, QStringLiteral("page"), QThread::NormalPriority);
    }
    reload();
}

InvoiceListModel::~InvoiceListModel() = default;

void InvoiceListModel::setFilter(const Filter &filter)
{
    mRequested.reset();
    if (mPageReader)
        mPageReader->cancel();
    mFilter = filter;
    reload();
}

void InvoiceListModel::requestFilter(const Filter &filter)
{
    if (!mPageReader) {
        setFilter(filter);
        Q_EMIT filterApplied();
        return;
    }
    Request request = mRequested.value_or(Request {mFilter, mSortColumn, mSortOrder});
    request.filter = filter;
    request.knownTotal = -1;
    mRequested = request;
    readRequestedPage();
}

void InvoiceListModel::requestSort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (mRequested) {
        // The filter being read comes in this order; the read under way has the one before.
        mRequested->column = column;
        mRequested->order = order;
        readRequestedPage();
        return;
    }
    // An order of every invoice, or of a status, is read from its index at once (a few ms).
    if (!mPageReader || mFilter.text.trimmed().isEmpty()) {
        sort(column, order);
        return;
    }
    if (column == mSortColumn && order == mSortOrder)
        return;
    // The same invoices in another order: an exact count holds.
    mRequested = Request {mFilter, column, order, mCountExact ? mRowCount + mHeldBack : -1};
    readRequestedPage();
}

void InvoiceListModel::requestReload()
{
    if (!mRequested && (!mPageReader || mFilter.text.trimmed().isEmpty())) {
        reload();
        return;
    }
    if (!mRequested)
        mRequested = Request {mFilter, mSortColumn, mSortOrder};
    mRequested->knownTotal = -1; // the change may have added or removed matches
    readRequestedPage();
}

void InvoiceListModel::readRequestedPage()
{
    const Request request = *mRequested;
    const InvoiceListFilter query = listFilter(request.filter);
    const InvoiceListOrder order = listOrder(request.column);
    // Runs in the reader's thread: only what it captured by value, and the listing it is given.
    mPageReader->request(
        [this, request, query, order](const InvoiceListing *listing) -> ListingWorker::Answer {
            int total = request.knownTotal;
            std::optional<QList<InvoiceListRow>> rows;
            if (listing) {
                auto listed = listing->rows(query, order, request.order, PageSize, 0, &total);
                if (listed)
                    rows = std::move(listed.value());
                else
                    qWarning("invoice list: %s", qPrintable(listed.error()));
            }
            return [this, request, rows = std::move(rows), total] {
                mRequested.reset();
                mFilter = request.filter;
                mSortColumn = request.column;
                mSortOrder = request.order;
                if (rows)
                    install(withExponents(*rows), total, request.knownTotal >= 0);
                else
                    reload(); // the reader could not: read here
                Q_EMIT filterApplied();
            };
        });
}

void InvoiceListModel::setToday(const QDate &today)
{
    mToday = today;
    mDates = DateInput(mLocale, mToday);
    reload();
}

void InvoiceListModel::setLocale(const QLocale &locale)
{
    mLocale = locale;
    mDates = DateInput(mLocale, mToday);
    if (mRowCount > 0)
        Q_EMIT dataChanged(index(0, 0), index(mRowCount - 1, ColumnCount - 1));
}

void InvoiceListModel::reload()
{
    // The listing counts the matches from the same indexes as the page, and reads the page
    // by that count (issue 16).
    int total = -1;
    const QList<Row> first = loadPage(0, &total);
    install(first, total, false);
    // A filter still being read may have been read before the change.
    if (mRequested) {
        mRequested->knownTotal = -1;
        readRequestedPage();
    }
}

void InvoiceListModel::install(const QList<Row> &first, int total, bool totalExact)
{
    beginResetModel();
    mPages.clear();
    mPageUse.clear();
    mHeldBack = 0;
    mPages.insert(0, first);
    mPageUse.append(0);
    mRowCount = std::max(total, 0);
    // Without a filter the count is the one the file keeps: exact whatever its size.
    mCountExact = totalExact || total < InvoiceListing::CountCap
        || (mFilter.text.trimmed().isEmpty() && !mFilter.status && !mFilter.overdueOnly);
    if (!mCountExact && first.size() < PageSize) { // a short first page holds them all
        mRowCount = int(first.size());
        mCountExact = true;
    }
    if (!mCountExact && !mCounter) { // no second connection: count here
        const auto exact = mListing.count(listFilter(mFilter));
        mRowCount = exact ? exact.value() : mRowCount;
        mCountExact = true;
    }
    endResetModel();
    if (!mCounter)
        return;
    if (mCountExact) {
        mCounter->cancel();
        return;
    }
    mCounter->request([this, query = listFilter(mFilter)](
                          const InvoiceListing *listing) -> ListingWorker::Answer {
        if (!listing)
            return {};
        const auto counted = listing->count(query);
        if (!counted) {
            qWarning("invoice count: %s", qPrintable(counted.error()));
            return {};
        }
        return [this, count = counted.value()] { exactCountArrived(count); };
    });
}

void InvoiceListModel::holdBackRows()
{
    if (!mCountExact || mRowCount <= HoldBackAbove)
        return;
    beginResetModel();
    mHeldBack = mRowCount - PageSize;
    mRowCount = PageSize;
    endResetModel();
}

void InvoiceListModel::revealRows()
{
    if (mHeldBack == 0)
        return;
    beginInsertRows(QModelIndex(), mRowCount, mRowCount + mHeldBack - 1);
    mRowCount += mHeldBack;
    mHeldBack = 0;
    endInsertRows();
}

void InvoiceListModel::exactCountArrived(int count)
{
    mCountExact = true;
    if (count > mRowCount) {
        beginInsertRows(QModelIndex(), mRowCount, count - 1);
        mRowCount = count;
        endInsertRows();
    } else if (count < mRowCount) {
        // Fewer than the page assumed (a text of common trigrams only is not counted before
        // its first page): the rows past the count go; the pages read hold only matches.
        beginRemoveRows(QModelIndex(), count, mRowCount - 1);
        mRowCount = count;
        endRemoveRows();
    }
}

InvoiceListFilter InvoiceListModel::listFilter(const Filter &shown) const
{
    InvoiceListFilter filter;
    filter.text = shown.text;
    filter.status = shown.status;
    filter.overdueOnly = shown.overdueOnly;
    filter.today = mToday;
    return filter;
}

QList<InvoiceListModel::Row> InvoiceListModel::withExponents(const QList<InvoiceListRow> &listed)
{
    QList<Row> rows;
    rows.reserve(listed.size());
    for (const InvoiceListRow &listedRow : listed) {
        Row r {listedRow, 2};
        if (const auto currency = InvoiceDesk::Currency::fromCode(listedRow.currency))
            r.exponent = currency->exponent();
        rows.append(r);
    }
    return rows;
}

QList<InvoiceListModel::Row> InvoiceListModel::loadPage(int page, int *total) const
{
    int known = mRowCount;
    const int first = page * PageSize;
    // A page in the second half is read from the other end of the order's index, in the
    // opposite direction: the last page (Ctrl+End) is as quick as the first instead of an
    // OFFSET walk of the whole index (issue 16 item 4). Only with an exact count: the rows
    // from the end are placed by it.
    const bool fromEnd = !total && mCountExact && first > mRowCount / 2;
    const int limit = fromEnd ? std::min(PageSize, mRowCount - first) : PageSize;
    const Qt::SortOrder direction = !fromEnd ? mSortOrder
        : mSortOrder == Qt::AscendingOrder   ? Qt::DescendingOrder
                                             : Qt::AscendingOrder;
    auto listed = mListing.rows(listFilter(mFilter), listOrder(mSortColumn), direction, limit,
        fromEnd ? mRowCount - first - limit : first, total ? total : &known);
    if (!listed) {
        qWarning("invoice list: %s", qPrintable(listed.error()));
        return {};
    }
    if (fromEnd)
        std::reverse(listed.value().begin(), listed.value().end());
    return withExponents(*listed);
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
            return mDates.format(r->date); // four-digit years, as typed (issue 10)
        case DueDate:
            return mDates.format(r->dueDate);
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
            return money(r->outstanding(), r->exponent);
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
    if (mRequested && (mRequested->column != column || mRequested->order != order)) {
        mRequested->column = column; // the filter being read comes in this order too
        mRequested->order = order;
        readRequestedPage();
    }
    // A view sorts its new model by its header's indicator: already this model's order at
    // start-up, where another reset would rebuild the view's million-row header (issue 16).
    if (column == mSortColumn && order == mSortOrder)
        return;
    mSortColumn = column;
    mSortOrder = order;
    // The same invoices in another order: an exact count holds, and the page is read by it
    // without counting again (a text of 11,000 candidates: one walk, not two).
    int total = mCountExact ? mRowCount + mHeldBack : -1;
    const bool totalExact = total >= 0;
    const QList<Row> first = loadPage(0, &total);
    install(first, total, totalExact);
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
