#include "invoicelistview.h"
#include "invoicelistmodel.h"

#include <QBrush>
#include <QFont>
#include <QHeaderView>
#include <QPalette>

namespace InvoiceDesk {

QVariant InvoiceListDecorator::data(const QModelIndex &index, int role) const
{
    if (role == Qt::ForegroundRole && QIdentityProxyModel::data(index, InvoiceListModel::OverdueRole).toBool())
        return QBrush(QColor(0xB0, 0x1E, 0x1E));
    if (role == Qt::FontRole && index.column() == InvoiceListModel::Status
        && QIdentityProxyModel::data(index, InvoiceListModel::OverdueRole).toBool()) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return QIdentityProxyModel::data(index, role);
}

InvoiceListView::InvoiceListView(QWidget *parent) : QTableView(parent)
{
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
    QTableView::setModel(model);
    if (!model)
        return;
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(InvoiceListModel::Customer, QHeaderView::Stretch);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[] = {11, 10, 10, 0, 15, 7, 11, 11, 11, 13};
    for (int column = 0; column < InvoiceListModel::ColumnCount; ++column) {
        if (widths[column] > 0)
            setColumnWidth(column, widths[column] * digit + 16);
    }
    header->setSortIndicator(InvoiceListModel::Number, Qt::AscendingOrder);
}

} // namespace InvoiceDesk
