// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicelistview.h"
#include "invoicelistmodel.h"

#include <QBrush>
#include <QFont>
#include <QFontMetrics>
#include <QHeaderView>
#include <QPalette>
#include <QScrollBar>

#include <algorithm>
#include <utility>

namespace InvoiceDesk {

void InvoiceListDecorator::sort(int column, Qt::SortOrder order)
{
    if (auto *list = qobject_cast<InvoiceListModel *>(sourceModel()))
        list->requestSort(column, order);
    else
        QIdentityProxyModel::sort(column, order);
}

QVariant InvoiceListDecorator::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole
        && QIdentityProxyModel::data(index, InvoiceListModel::OverdueRole).toBool())
        return QBrush(QColor(0xB0, 0x1E, 0x1E));
    if (role == Qt::FontRole && index.column() == InvoiceListModel::Status
        && QIdentityProxyModel::data(index, InvoiceListModel::OverdueRole).toBool()) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return QIdentityProxyModel::data(index, role);
}

InvoiceListView::InvoiceListView(QWidget *parent)
    : KeyboardTableView(parent)
{
    setTabKeyNavigation(false); // a list: arrows move in it, Tab leaves it
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicatorShown(true);
}

void InvoiceListView::setModel(QAbstractItemModel *model)
{
    if (model == this->model())
        return; // as the base does: its own connections stay
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    KeyboardTableView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
        &InvoiceListView::rememberCurrentInvoice);
    connect(model, &QAbstractItemModel::modelReset, this, &InvoiceListView::restoreCurrentInvoice);
    connect(model, &QAbstractItemModel::dataChanged, this, &InvoiceListView::restoreCurrentInvoice);
    connect(model, &QAbstractItemModel::modelReset, this, &InvoiceListView::fitAmountsInSight);
    connect(model, &QAbstractItemModel::layoutChanged, this, &InvoiceListView::fitAmountsInSight);
    connect(model, &QAbstractItemModel::dataChanged, this, &InvoiceListView::fitAmountsInSight);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
        &InvoiceListView::fitAmountsInSight, Qt::UniqueConnection);
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(InvoiceListModel::Customer, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[] = {11, 10, 10, 0, 15, 7, 11, 11, 11, 13};
    for (int column = 0; column < InvoiceListModel::ColumnCount; ++column) {
        if (widths[column] > 0)
            setColumnWidth(column, widths[column] * digit + 16);
    }
    // Status and sync labels are short in English and long in French: fit the longest one
    // (bold, as an overdue row shows it) rather than measure a million rows, up to a cap that
    // leaves the customer room; a longer label elides and shows whole in its tooltip.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    for (auto column : {InvoiceListModel::Status, InvoiceListModel::Sync}) {
        int widest = columnWidth(column);
        for (const QString &label : InvoiceListModel::possibleLabels(column))
            widest = std::max(widest, boldMetrics.horizontalAdvance(label) + 16);
        setColumnWidth(column, std::min(widest, 20 * digit + 16));
    }
    header->setSortIndicator(InvoiceListModel::Number, Qt::AscendingOrder);
    mPreferredWidths.clear();
    for (int column = 0; column < InvoiceListModel::ColumnCount; ++column)
        mPreferredWidths.append(columnWidth(column));
    fitAmountsInSight();
    fitColumns();
}

void InvoiceListView::resizeEvent(QResizeEvent *event)
{
    KeyboardTableView::resizeEvent(event);
    fitAmountsInSight();
    fitColumns();
}

void InvoiceListView::fitAmountsInSight()
{
    if (!model() || mPreferredWidths.size() != InvoiceListModel::ColumnCount)
        return;
    const int first = std::max(0, rowAt(0));
    int last = rowAt(viewport()->height() - 1);
    if (last < 0)
        last = model()->rowCount() - 1;
    QFont bold = font();
    bold.setBold(true); // an overdue row is bold: its amounts are the widest
    const QFontMetrics metrics(bold);
    bool widened = false;
    for (const int column :
        {InvoiceListModel::Total, InvoiceListModel::Paid, InvoiceListModel::Outstanding}) {
        for (int row = first; row <= last; ++row) {
            const QString amount = model()->index(row, column).data().toString();
            const int needed = metrics.horizontalAdvance(amount) + 16;
            if (needed > mPreferredWidths.at(column)) {
                mPreferredWidths[column] = needed;
                widened = true;
            }
        }
    }
    if (widened)
        fitColumns();
}

void InvoiceListView::fitColumns()
{
    if (!model() || mPreferredWidths.size() != InvoiceListModel::ColumnCount)
        return;
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int customerMinimum = 20 * digit;
    int others = 0;
    for (int column = 0; column < InvoiceListModel::ColumnCount; ++column) {
        if (column != InvoiceListModel::Customer)
            others += mPreferredWidths.at(column);
    }
    int overflow = others + customerMinimum - viewport()->width();
    // Labels that elide show whole in their tooltip; amounts and dates are narrowed last.
    const std::pair<InvoiceListModel::Column, int> spare[] = {{InvoiceListModel::Sync, 9},
        {InvoiceListModel::Status, 9}, {InvoiceListModel::Currency, 5}, {InvoiceListModel::Paid, 9},
        {InvoiceListModel::Outstanding, 9}, {InvoiceListModel::Total, 9}};
    for (const auto &[column, minimum] : spare) {
        const int preferred = mPreferredWidths.at(column);
        const int narrowed = std::max(minimum * digit + 12, preferred - std::max(overflow, 0));
        setColumnWidth(column, std::min(preferred, narrowed));
        overflow -= preferred - columnWidth(column);
    }
}

void InvoiceListView::rememberCurrentInvoice()
{
    const QModelIndex current = currentIndex();
    // None current, or its page not read yet: a restore still pending stays.
    if (const qint64 id = current.data(InvoiceListModel::InvoiceIdRole).toLongLong()) {
        mCurrentInvoice = id;
        mCurrentColumn = current.column();
    }
}

void InvoiceListView::restoreCurrentInvoice()
{
    if (!mCurrentInvoice)
        return;
    // Only the rows in sight: they are read for the paint anyway, and reading further to find
    // an invoice that moved away would cost a page per look.
    const int first = rowAt(0);
    if (first < 0) { // scrolled past the rows there are now: none in sight (a tester's 20,001
        mCurrentInvoice = 0; // rows read one by one froze the window 40 s)
        return;
    }
    int last = rowAt(viewport()->height() - 1);
    if (last < 0) // the rows end in sight
        last = model()->rowCount() - 1;
    bool allRead = true;
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model()->index(row, mCurrentColumn);
        const QVariant id = index.data(InvoiceListModel::InvoiceIdRole);
        allRead = allRead && id.isValid();
        if (id.toLongLong() == mCurrentInvoice) {
            mCurrentInvoice = 0;
            selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
    // A page in sight still coming in the background: looked at again when it comes.
    if (allRead)
        mCurrentInvoice = 0;
}

void InvoiceListView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (current.isValid())
        mCurrentInvoice = 0; // a person moved on: nothing left to bring back
    KeyboardTableView::currentChanged(current, previous);
}

} // namespace InvoiceDesk
