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

/** The listing's order for a column; the sync state sorts in the order invoices were entered. */
InvoiceListOrder InvoiceListModel::listOrder(int column)
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

InvoiceListModel::InvoiceListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , mListing(db)
{
    const QString path = db.databaseName();
    if (!path.isEmpty() && path != QLatin1String(":memory:")) {
        mCounter
            = std::make_unique<ListingWorker>(path, QStringLiteral("count"), QThread::LowPriority);
        mPageReader = std::make_unique<ListingWorker>(
            path, QStringLiteral("filter"), QThread::NormalPriority);
        mPageFiller = std::make_unique<ListingWorker>(
            path, QStringLiteral("pages"), QThread::NormalPriority);
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
    readFirstPage(-1);
}

void InvoiceListModel::setToday(const QDate &today)
{
    mToday = today;
    mDates = DateInput(mLocale, mToday);
    readFirstPage(-1);
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
    readFirstPage(countKeptFor(mFilter)); // the same filter: its count is a good guess
}

void InvoiceListModel::readFirstPage(int keptCount)
{
    // The listing counts the matches from the same indexes as the page, and reads the page
    // by that count (issue 16).
    int total = -1;
    const QList<Row> first = loadPage(0, &total);
    install(first, total, false, keptCount);
    // A filter still being read may have been read before the change.
    if (mRequested) {
        mRequested->knownTotal = -1;
        readRequestedPage();
    }
}

int InvoiceListModel::countKeptFor(const Filter &filter) const
{
    return filter == mFilter && mCountExact ? mRowCount + mHeldBack : -1;
}

void InvoiceListModel::install(const QList<Row> &first, int total, bool totalExact, int keptCount)
{
    beginResetModel();
    mPages.clear();
    mPageUse.clear();
    mWantedPages.clear();
    ++mShown;
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
    // Until the worker's count, a refresh keeps the rows there were: a view keeps its place
    // past row 20,001 (a tester was thrown back there after each save).
    if (!mCountExact && keptCount > mRowCount)
        mRowCount = keptCount;
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

InvoiceListModel::PageRead InvoiceListModel::pageRead() const
{
    return {listFilter(mFilter), listOrder(mSortColumn), mSortOrder, mRowCount, mCountExact};
}

Result<QList<InvoiceListRow>> InvoiceListModel::readPage(
    const InvoiceListing &listing, const PageRead &read, int page, int *total)
{
    int known = read.rowCount;
    const int first = page * PageSize;
    // A page in the second half is read from the other end of the order's index, in the
    // opposite direction: the last page (Ctrl+End) is as quick as the first instead of an
    // OFFSET walk of the whole index (issue 16 item 4). Only with an exact count: the rows
    // from the end are placed by it.
    const bool fromEnd = !total && read.countExact && first > read.rowCount / 2;
    const int limit = fromEnd ? std::min(PageSize, read.rowCount - first) : PageSize;
    const Qt::SortOrder direction = !fromEnd   ? read.direction
        : read.direction == Qt::AscendingOrder ? Qt::DescendingOrder
                                               : Qt::AscendingOrder;
    auto listed = listing.rows(read.filter, read.order, direction, limit,
        fromEnd ? read.rowCount - first - limit : first, total ? total : &known);
    if (listed && fromEnd)
        std::reverse(listed.value().begin(), listed.value().end());
    return listed;
}

QList<InvoiceListModel::Row> InvoiceListModel::loadPage(int page, int *total) const
{
    const auto listed = readPage(mListing, pageRead(), page, total);
    if (!listed) {
        qWarning("invoice list: %s", qPrintable(listed.error()));
        return {};
    }
    return withExponents(*listed);
}

const InvoiceListModel::Row *InvoiceListModel::rowAt(int row, bool now) const
{
    if (row < 0 || row >= mRowCount)
        return nullptr;
    const int page = row / PageSize;
    if (!mPages.contains(page)) {
        if (!now && mPagesInBackground && mPageFiller) {
            wantPage(page); // shown blank until it comes
            return nullptr;
        }
        mPages.insert(page, loadPage(page));
    }
    keepAtMost(MaxCachedPages, page);
    const QList<Row> &rows = *mPages.constFind(page);
    const int offset = row % PageSize;
    return offset < rows.size() ? &rows.at(offset) : nullptr;
}

qint64 InvoiceListModel::invoiceId(int row) const
{
    const Row *r = rowAt(row, true);
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

QString InvoiceListModel::displayText(const Row &row, Column column, bool overdue) const
{
    switch (column) {
    case Number:
        return row.number;
    case Date:
        return mDates.format(row.date); // four-digit years, as typed (issue 10)
    case DueDate:
        return mDates.format(row.dueDate);
    case Customer:
        // Billed to one name, the record of another (an import named it): both, the
        // billed name first as the column sorts by it.
        return row.customerRecord.isEmpty()
            ? row.customer
            : QCoreApplication::translate("InvoiceListModel", "%1 (%2)")
                  .arg(row.customer, row.customerRecord);
    case Status:
        return overdue ? QCoreApplication::translate("InvoiceListModel", "%1 (overdue)")
                             .arg(statusDisplayName(row.status))
                       : statusDisplayName(row.status);
    case Currency:
        return row.currency;
    case Total:
        return money(row.total, row.exponent);
    case Paid:
        return money(row.paid, row.exponent);
    case Outstanding:
        return money(row.outstanding(), row.exponent);
    case Sync:
        return syncStateLabel(row.syncState);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InvoiceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row *r = rowAt(index.row(), false);
    if (!r)
        return {};
    const bool overdue = r->isOverdueOn(mToday);
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
        return displayText(*r, Column(index.column()), overdue);
    case Qt::ToolTipRole:
        if (index.column() == Sync || index.column() == Status)
            return data(index, Qt::DisplayRole);
        if (index.column() == Customer && !r->customerRecord.isEmpty())
            return QCoreApplication::translate("InvoiceListModel", "Billed to %1; customer %2")
                .arg(r->customer, r->customerRecord);
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
