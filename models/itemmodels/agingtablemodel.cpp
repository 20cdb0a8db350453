// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agingtablemodel.h"
#include "dateinput.h"
#include "receivablesformat.h"

namespace InvoiceDesk {

AgingTableModel::AgingTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AgingTableModel::setReport(const AgingReport &report)
{
    beginResetModel();
    mReport = report;
    endResetModel();
}

void AgingTableModel::setLocale(const QLocale &locale)
{
    mLocale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AgingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mReport.rows.size() + mReport.totals.size());
}

int AgingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AgingRow &AgingTableModel::rowAt(int row) const
{
    return isTotalRow(row) ? mReport.totals.at(row - mReport.rows.size()) : mReport.rows.at(row);
}

qint64 AgingTableModel::amountAt(const AgingRow &row, int column) const
{
    return column == TotalColumn ? row.total() : row.buckets[column - FirstBucket];
}

QVariant AgingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AgingRow &row = rowAt(index.row());
    const int column = index.column();
    const bool amount = column >= FirstBucket;
    switch (role) {
    case Qt::DisplayRole:
        if (column == Customer)
            return isTotalRow(index.row()) ? tr("Total") : row.customer;
        if (column == CurrencyCode)
            return row.currency;
        return amountDisplay(amountAt(row, column), row.currency, mLocale);
    case Qt::TextAlignmentRole:
        return amount ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case CustomerRole:
        return isTotalRow(index.row()) ? QString() : row.customer;
    case MinorUnitsRole:
        return amount ? QVariant(amountAt(row, column)) : QVariant();
    default:
        return {};
    }
}

QVariant AgingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Customer)
        return tr("Customer");
    if (section == CurrencyCode)
        return tr("Currency");
    if (section == TotalColumn)
        return tr("Total");
    return bucketTitle(AgingBucket(section - FirstBucket));
}

StatementTableModel::StatementTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StatementTableModel::setStatement(const CustomerStatement &statement)
{
    beginResetModel();
    mStatement = statement;
    endResetModel();
}

void StatementTableModel::setLocale(const QLocale &locale)
{
    mLocale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int StatementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mStatement.lines.size());
}

int StatementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StatementTableModel::typeName(const QString &type)
{
    if (type == QLatin1String("opening"))
        return tr("Opening balance");
    if (type == QLatin1String("closing"))
        return tr("Closing balance");
    if (type == QLatin1String("invoice"))
        return tr("Invoice");
    if (type == QLatin1String("payment"))
        return tr("Payment");
    if (type == QLatin1String("refund"))
        return tr("Refund");
    if (type == QLatin1String("receipt"))
        return tr("Receipt");
    if (type == QLatin1String("credit_note"))
        return tr("Credit note");
    return type;
}

QString StatementTableModel::cellText(const CustomerStatementLine &line, int column) const
{
    const auto money
        = [&](qint64 v) { return v ? amountDisplay(v, mStatement.currency, mLocale) : QString(); };
    switch (column) {
    case Date:
        return DateInput(mLocale).format(line.date);
    case Type:
        return typeName(line.type);
    case Number:
        return line.number;
    case Description:
        return line.description;
    case Debit:
        return money(line.debit);
    case Credit:
        return money(line.credit);
    case Balance:
        return amountDisplay(line.balance, mStatement.currency, mLocale);
    default:
        return {};
    }
}

QVariant StatementTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CustomerStatementLine &line = mStatement.lines.at(index.row());
    if (role == Qt::DisplayRole)
        return cellText(line, index.column());
    if (role == Qt::TextAlignmentRole && index.column() >= Debit)
        return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant StatementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Type:
        return tr("Type");
    case Number:
        return tr("Number");
    case Description:
        return tr("Description");
    case Debit:
        return tr("Debit");
    case Credit:
        return tr("Credit");
    case Balance:
        return tr("Balance");
    default:
        return {};
    }
}

} // namespace InvoiceDesk
