// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoicestatus.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <algorithm>
#include <optional>

namespace InvoiceDesk {

/** One invoice as lists show it: its header, its money and where its sync stands. */
struct InvoiceListRow
{
    qint64 id = 0;
    QString number;
    QDate date;
    QDate dueDate;
    QString customer; ///< the name it is billed to
    qint64 customerId = 0; ///< its customer's record (0: none)
    /** The record's name where it is not `customer` (case aside): an import named it. Read
     * for a page (InvoiceListing::rows() with a limit), not for a whole listing. */
    QString customerRecord;
    InvoiceStatus status = InvoiceStatus::Pending;
    QString currency;
    qint64 total = 0; ///< grand total, minor units
    qint64 paid = 0; ///< paid less refunded, minor units
    qint64 credited = 0; ///< the invoice's credit notes, minor units (issue 13 item 3)
    /** The worst active operation state of the invoice's lane, "local" (no connection) or
     * "synced". */
    QString syncState;

    /**
     * Pending and past due on `today`: from its due date, or from its date when it has none, as
     * A/R Aging counts (and InvoiceListing's "Overdue only").
     */
    bool isOverdueOn(const QDate &today) const
    {
        return status == InvoiceStatus::Pending && (dueDate.isValid() ? dueDate : date) < today;
    }

    /**
     * What is still owed: the total less net payments and credit notes, never below zero, and
     * nothing on a cancelled invoice (issue 10 item 7: status and outstanding agree).
     */
    qint64 outstanding() const
    {
        return status == InvoiceStatus::Cancelled ? 0
                                                  : std::max<qint64>(0, total - paid - credited);
    }
};

/** Which invoices a list holds. Every condition left empty lets all through. */
struct InvoiceListFilter
{
    QString text; ///< matches number, customer, description, e-mail or a line, accents aside
    std::optional<InvoiceStatus> status;
    /** Pending and due before `today`. */
    bool overdueOnly = false;
    QDate today;
    QDate issuedFrom; ///< issue date on or after
    QDate issuedTo; ///< issue date on or before
};

/** What a text filter asks of the store: the folded text and, from three characters, the
 * trigram index's query (TrigramQuery). */
struct InvoiceTextQuery
{
    QString folded;
    QString match;
    /** Every trigram is common, or the text is too short for any: counting walks the file. */
    bool common = false;
};

/** The orders a list can take; Entered is the order invoices were entered (exports keep it). */
enum class InvoiceListOrder {
    Entered,
    Number,
    Date,
    DueDate,
    Customer,
    Status,
    Currency,
    Total,
    Paid,
    Outstanding
};

/**
 * The one invoice-listing query: the desktop's invoice list (a page at a time), the CLI's
 * `list invoices` and the exports all read invoices through it, so that they agree on what a
 * filter lets through and on the order.
 */
class InvoiceListing
{
public:
    explicit InvoiceListing(QSqlDatabase db)
        : mDb(std::move(db))
    {
    }

    /**
     * The invoices `filter` lets through, in `order` (then by entry, in the same direction);
     * `limit` rows from `offset`, all when `limit` is negative. `matching`, when given, holds
     * on entry how many invoices the filter lets through when the caller knows it already (a
     * later page), else a negative number; on return it holds that count (counted from the
     * same indexes as the rows), or CountCap when at least that many match, or may (a text
     * of common trigrams only, not counted): count() then gives the exact number, which can
     * take a while on a large file (issue 16 item 4).
     */
    Result<QList<InvoiceListRow>> rows(const InvoiceListFilter &filter,
        InvoiceListOrder order = InvoiceListOrder::Entered,
        Qt::SortOrder direction = Qt::AscendingOrder, int limit = -1, int offset = 0,
        int *matching = nullptr) const;

    /** How many invoices `filter` lets through (reads an index where it can). */
    Result<int> count(const InvoiceListFilter &filter) const;

    /**
     * The SQL value rows() sorts by for `order` (then by id), over the invoices as `i`. Every
     * order has an index on exactly this expression (migration 0014), so a page is read from
     * an index instead of a sort of the whole file (issue 16 item 4).
     */
    static QString sortExpression(InvoiceListOrder order);

    /** rows() counts up to this many matches; a page of more is read in the list's order. */
    static constexpr int CountCap = 20001;

    /** Sets the rows' customerRecord (rows() does for a page), in one query. */
    Status nameRecords(QList<InvoiceListRow> &rows) const;

private:
    Result<int> countAtMost(
        const InvoiceListFilter &filter, const InvoiceTextQuery &text, int cap) const;
    Result<InvoiceTextQuery> textFilter(const InvoiceListFilter &filter) const;
    Result<int> countWhere(const InvoiceListFilter &filter, const InvoiceTextQuery &text) const;

    QSqlDatabase mDb;
    mutable QSet<QString> mCommonTrigrams; ///< a cache for TrigramQuery
};

} // namespace InvoiceDesk
