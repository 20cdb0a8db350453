// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentsmodel.h"
#include "dateinput.h"

namespace InvoiceDesk {

PaymentsModel::PaymentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PaymentsModel::setPayments(const QList<Payment> &payments, const Currency &currency)
{
    beginResetModel();
    mPayments = payments;
    mCurrency = currency;
    endResetModel();
}

void PaymentsModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    mLocale = locale;
    endResetModel();
}

int PaymentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mPayments.size());
}

int PaymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PaymentsModel::referenceOf(const Payment &p)
{
    if (!p.cheque.number.isEmpty())
        return p.cheque.number;
    if (!p.eft.reference.isEmpty())
        return p.eft.reference;
    if (!p.gateway.transactionId.isEmpty())
        return p.gateway.transactionId;
    return p.reference;
}

QVariant PaymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Payment &p = mPayments.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant(
            (index.column() == Amount ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && p.isVoided())
        return tr("Voided: %1").arg(p.voidReason);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Date:
        return DateInput(mLocale).format(p.date); // four-digit years everywhere
    case Method:
        return methodDisplayName(p.method);
    case Reference:
        return referenceOf(p);
    case Amount:
        return Money::fromMinorUnits(p.amount, mCurrency).toLocaleString(mLocale);
    case Marker:
        return p.marker;
    case State:
        if (p.isVoided())
            return tr("Voided");
        return p.isRefund() ? tr("Refund") : tr("Recorded");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Date:
        return tr("Date");
    case Method:
        return tr("Method");
    case Reference:
        return tr("Reference");
    case Amount:
        return tr("Amount");
    case Marker:
        return tr("Sync marker");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace InvoiceDesk
