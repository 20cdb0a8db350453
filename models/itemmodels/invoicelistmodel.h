// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dateinput.h"
#include "invoicelisting.h"
#include "invoicestatus.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace InvoiceDesk {

class ListingWorker;

/**
 * The invoice list over the store's InvoiceListing. Loads lazily, a page of rows at a time,
 * so a file with a million invoices opens at once; sorting and filtering run
 * in SQLite. Read-only: edits go through the Ledger, then reload().
 */
class InvoiceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Number,
        Date,
        DueDate,
        Customer,
        Status,
        Currency,
        Total,
        Paid,
        Outstanding,
        Sync,
        ColumnCount
    };
    enum Role {
        InvoiceIdRole = Qt::UserRole + 1,
        OverdueRole, ///< bool: pending and past due (InvoiceListRow::isOverdueOn)
        StatusRole, ///< int(InvoiceStatus)
        SyncStateRole, ///< the worst active operation state of the invoice's lane, "local" or
                       ///< "synced"
    };

    struct Filter
    {
        QString text; ///< matches number, customer, description, e-mail or a line, accents aside
        std::optional<InvoiceStatus> status;
        bool overdueOnly = false;

        bool operator==(const Filter &) const = default;
    };

    explicit InvoiceListModel(QSqlDatabase db, QObject *parent = nullptr);
    ~InvoiceListModel() override;

    /** Shows `filter`'s invoices, read here and now. */
    void setFilter(const Filter &filter);
    /**
     * Shows `filter`'s invoices once their first page is read in a thread of its own
     * (filterApplied()); until then the rows of the filter before stay. A text that tests
     * thousands of invoices kept the list from painting for 70 ms (issue 16 item 4). A later
     * request or setFilter() supersedes it. Without a file to read from, the same as setFilter().
     */
    void requestFilter(const Filter &filter);
    /**
     * Sorts as sort() does, but a text filter's matches (thousands to test on a large file)
     * are read in the background as requestFilter() reads them: a view's sorts come here.
     */
    void requestSort(int column, Qt::SortOrder order);
    /** The filter the rows show (a requested one once it is applied). */
    Filter filter() const { return mFilter; }
    /**
     * A page past the first one that is not in memory is read in the background (a view shows
     * its rows blank meanwhile, then dataChanged()), not while the view paints: a page in the
     * middle of 555,550 matches walks the order's index 200 ms (issue 16 item 4). invoiceId()
     * still reads at once. Off unless a window asks for it.
     */
    void setPagesInBackground(bool inBackground);
    /** A requested filter is still being read. */
    bool isFiltering() const { return mRequested.has_value(); }
    /** The day "overdue" is measured against; today unless a test sets it. */
    void setToday(const QDate &today);
    void setLocale(const QLocale &locale);

    /** Drops cached rows and counts; call after the database changed. */
    void reload();
    /**
     * The same, but a text filter's matches are read again in the background as
     * requestFilter() reads them; the rows read before stay until then (a window after a
     * save or a sync pass).
     */
    void requestReload();

    qint64 invoiceId(int row) const;
    /**
     * False while the rows are known only to be at least rowCount() (a filter most invoices
     * match, on a large file): the exact count comes from a thread of its own and adds the
     * rows (rowsInserted), so no keystroke waits for it (issue 16 item 4).
     */
    bool isCountExact() const { return mCountExact; }
    /** The invoices the filter lets through as far as known, rows held back included. */
    int matchCount() const { return mRowCount + mHeldBack; }

    /**
     * Until revealRows() or the next reload(), a list of more than HoldBackAbove rows shows
     * its first page only: a view sets up its row header, a section per row, before its first
     * paint, which on a million invoices cost more than the rest of the window (issue 16
     * item 5). Call before a view takes the model; reveal after its first paint.
     */
    void holdBackRows();
    void revealRows();
    static constexpr int HoldBackAbove = 50000;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /** Reads the list in that order; the order it already has changes nothing (no reset). */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** A translated label for a sync state as SyncStateRole gives it. */
    static QString syncStateLabel(const QString &state);
    /** Every text the Status or Sync column can show, so a view can size it in any language. */
    static QStringList possibleLabels(Column column);

Q_SIGNALS:
    /** What requestFilter() or requestSort() asked for is shown (after its modelReset()). */
    void filterApplied();

private:
    struct Row : InvoiceListRow
    {
        int exponent = 2;
    };
    /** The text of the row's cell in `column`. */
    QString displayText(const Row &row, Column column, bool overdue) const;

    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 16;

    /** What a page is read by: the list as it is shown now. */
    struct PageRead
    {
        InvoiceListFilter filter;
        InvoiceListOrder order = InvoiceListOrder::Number;
        Qt::SortOrder direction = Qt::AscendingOrder;
        int rowCount = 0;
        bool countExact = true;
    };

    static InvoiceListOrder listOrder(int column);
    /** A row; with pages in the background and not `now`, null while its page is read. */
    const Row *rowAt(int row, bool now) const;
    PageRead pageRead() const;
    /** One page of rows; `total`, when given, receives the number of rows matching the filter. */
    static Result<QList<InvoiceListRow>> readPage(
        const InvoiceListing &listing, const PageRead &read, int page, int *total);
    QList<Row> loadPage(int page, int *total = nullptr) const;
    void wantPage(int page) const;
    void readWantedPages();
    void pagesArrived(const QList<int> &asked,
        const QList<std::pair<int, QList<InvoiceListRow>>> &read, quint64 shown);
    /** Drops the pages used longest ago past `pages`; `used` is the one used last. */
    void keepAtMost(int pages, int used) const;
    InvoiceListFilter listFilter(const Filter &shown) const;
    static QList<Row> withExponents(const QList<InvoiceListRow> &listed);
    /**
     * Shows `first` as page 0 of `total` rows (-1: unknown), and has the count made exact
     * unless `totalExact` says it is; `keptCount` rows are shown meanwhile when more.
     */
    void install(const QList<Row> &first, int total, bool totalExact, int keptCount = -1);
    /** The exact count shown, when `filter` is the filter shown: a refresh's rows until counted. */
    int countKeptFor(const Filter &filter) const;
    void readRequestedPage();
    /** Reads page 0 here and now; `keptCount` as install() takes it. */
    void readFirstPage(int keptCount);
    QString money(qint64 minor, int exponent) const;
    void exactCountArrived(int count);

    InvoiceListing mListing;
    Filter mFilter;
    QDate mToday = QDate::currentDate();
    QLocale mLocale;
    DateInput mDates {mLocale, mToday};
    int mSortColumn = Number;
    Qt::SortOrder mSortOrder = Qt::AscendingOrder;
    int mRowCount = 0;
    int mHeldBack = 0; ///< rows after mRowCount not shown yet (holdBackRows)
    bool mCountExact = true;
    /** A filter and order asked for by requestFilter() or requestSort(), not shown yet. */
    struct Request
    {
        Filter filter;
        int column = Number;
        Qt::SortOrder order = Qt::AscendingOrder;
        int knownTotal = -1; ///< the exact count when only the order changes
    };
    std::optional<Request> mRequested;
    // Both none for a database without a file.
    std::unique_ptr<ListingWorker> mCounter; ///< the exact count of a large match
    std::unique_ptr<ListingWorker> mPageReader; ///< the first page of a requested filter
    std::unique_ptr<ListingWorker> mPageFiller; ///< the pages a view scrolls to
    bool mPagesInBackground = false;
    mutable QSet<int> mWantedPages; ///< pages a paint asked for, being read
    quint64 mShown = 0; ///< counts the resets: a page read before one is not shown
    mutable QHash<int, QList<Row>> mPages;
    mutable QList<int> mPageUse;
};

} // namespace InvoiceDesk
