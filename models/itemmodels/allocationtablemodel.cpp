// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocationtablemodel.h"
#include "dateinput.h"
#include "money.h"

namespace InvoiceDesk {

AllocationTableModel::AllocationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AllocationTableModel::setInvoices(const QList<OwedInvoice> &invoices, const Currency &currency)
{
    beginResetModel();
    mInvoices = invoices;
    mApplied = QList<qint64>(invoices.size(), 0);
    mCurrency = currency;
    endResetModel();
    Q_EMIT appliedChanged();
}

void AllocationTableModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    mLocale = locale;
    endResetModel();
}

void AllocationTableModel::applyOldestFirst(qint64 amount)
{
    // The rows are the repository's order: oldest issue date first.
    qint64 left = std::max<qint64>(amount, 0);
    for (qsizetype row = 0; row < mInvoices.size(); ++row) {
        const qint64 take = std::min(left, mInvoices.at(row).owing);
        mApplied[row] = take;
        left -= take;
    }
    if (!mInvoices.isEmpty())
        Q_EMIT dataChanged(index(0, Apply), index(int(mInvoices.size()) - 1, Apply));
    Q_EMIT appliedChanged();
}

void AllocationTableModel::clearApplied()
{
    applyOldestFirst(0);
}

QList<Allocation> AllocationTableModel::allocations() const
{
    QList<Allocation> result;
    for (qsizetype row = 0; row < mInvoices.size(); ++row) {
        if (mApplied.at(row) > 0)
            result.append({mInvoices.at(row).number, mApplied.at(row)});
    }
    return result;
}

qint64 AllocationTableModel::appliedTotal() const
{
    return allocatedTotal(allocations());
}

int AllocationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mInvoices.size());
}

int AllocationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AllocationTableModel::money(qint64 minor) const
{
    return Money::fromMinorUnits(minor, mCurrency).toLocaleString(mLocale);
}

QVariant AllocationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OwedInvoice &invoice = mInvoices.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return QVariant((column >= Total ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::EditRole && column == Apply)
        return mApplied.at(index.row()) == 0 ? QString() : money(mApplied.at(index.row()));
    if (role != Qt::DisplayRole)
        return {};
    const DateInput dates(mLocale);
    switch (Column(column)) {
    case Number:
        return invoice.number;
    case Date:
        return dates.format(invoice.issueDate);
    case Due:
        return dates.format(invoice.dueDate);
    case Total:
        return money(invoice.grandTotal);
    case Owing:
        return money(invoice.owing);
    case Apply:
        return money(mApplied.at(index.row()));
    case ColumnCount:
        break;
    }
    return {};
}

bool AllocationTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != Apply)
        return false;
    const QString text = value.toString().trimmed();
    qint64 amount = 0;
    if (!text.isEmpty()) {
        auto parsed = Money::parseLocale(text, mCurrency, mLocale);
        if (!parsed) {
            Q_EMIT entryRefused(parsed.error());
            return false;
        }
        amount = parsed->minorUnits();
    }
    const OwedInvoice &invoice = mInvoices.at(index.row());
    if (amount < 0 || amount > invoice.owing) {
        Q_EMIT entryRefused(tr("%1 owes %2; %3 cannot be applied to it")
                                .arg(invoice.number, money(invoice.owing), money(amount)));
        return false;
    }
    mApplied[index.row()] = amount;
    Q_EMIT dataChanged(index, index);
    Q_EMIT appliedChanged();
    return true;
}

Qt::ItemFlags AllocationTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Apply)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant AllocationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Number:
        return tr("Number");
    case Date:
        return tr("Date");
    case Due:
        return tr("Due");
    case Total:
        return tr("Total");
    case Owing:
        return tr("Owing");
    case Apply:
        return tr("Apply");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace InvoiceDesk
