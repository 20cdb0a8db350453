// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The invoice list's reads in the background (issue 16 item 4): a requested filter or order
// and its first page, a refresh, and the pages a view scrolls to.
#include "invoicelistmodel.h"
#include "listingworker.h"

#include <QTimer>

namespace InvoiceDesk {

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
                const int kept = countKeptFor(request.filter);
                mFilter = request.filter;
                mSortColumn = request.column;
                mSortOrder = request.order;
                if (rows)
                    install(withExponents(*rows), total, request.knownTotal >= 0, kept);
                else
                    readFirstPage(-1); // the reader could not: read here
                Q_EMIT filterApplied();
            };
        });
}

void InvoiceListModel::setPagesInBackground(bool inBackground)
{
    mPagesInBackground = inBackground;
}

void InvoiceListModel::wantPage(int page) const
{
    if (mWantedPages.contains(page))
        return;
    mWantedPages.insert(page);
    // Every page one paint wants, read in one go once the paint is over.
    if (mWantedPages.size() == 1)
        QTimer::singleShot(0, this, &InvoiceListModel::readWantedPages);
}

void InvoiceListModel::readWantedPages()
{
    if (mWantedPages.isEmpty())
        return;
    const QList<int> pages = mWantedPages.values();
    const PageRead read = pageRead();
    const quint64 shown = mShown;
    // A later request drops this one's answer; it reads every page still wanted.
    mPageFiller->request(
        [this, pages, read, shown](const InvoiceListing *listing) -> ListingWorker::Answer {
            QList<std::pair<int, QList<InvoiceListRow>>> pagesRead;
            for (const int page : listing ? pages : QList<int>()) {
                auto listed = readPage(*listing, read, page, nullptr);
                if (listed)
                    pagesRead.append({page, std::move(listed.value())});
                else
                    qWarning("invoice list: %s", qPrintable(listed.error()));
            }
            return [this, pages, pagesRead, shown] { pagesArrived(pages, pagesRead, shown); };
        });
}

void InvoiceListModel::pagesArrived(const QList<int> &asked,
    const QList<std::pair<int, QList<InvoiceListRow>>> &read, quint64 shown)
{
    if (shown != mShown)
        return; // read for rows a reset has replaced
    for (const int page : asked)
        mWantedPages.remove(page); // a page that failed is asked for again by the next paint
    for (const auto &[page, rows] : read) {
        mPages.insert(page, withExponents(rows));
        keepAtMost(MaxCachedPages + int(read.size()), page);
        const int first = page * PageSize;
        const int last = std::min(first + int(rows.size()), mRowCount) - 1;
        if (last >= first)
            Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    }
    if (!mWantedPages.isEmpty()) // wanted while these were read
        readWantedPages();
}

void InvoiceListModel::keepAtMost(int pages, int used) const
{
    mPageUse.removeOne(used);
    mPageUse.append(used);
    while (mPages.size() > pages && mPageUse.size() > 1)
        mPages.remove(mPageUse.takeFirst());
}

} // namespace InvoiceDesk
