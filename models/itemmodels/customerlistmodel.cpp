// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerlistmodel.h"
#include "money.h"

namespace InvoiceDesk {

CustomerListModel::CustomerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CustomerListModel::setCustomers(
    const QList<Customer> &customers, const QList<CreditBalance> &credits)
{
    beginResetModel();
    mCustomers = customers;
    mCredits = credits;
    endResetModel();
}

void CustomerListModel::setLocale(const QLocale &locale)
{
    beginResetModel();
    mLocale = locale;
    endResetModel();
}

int CustomerListModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < mCustomers.size(); ++row) {
        if (mCustomers.at(row).id == id)
            return int(row);
    }
    return -1;
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mCustomers.size());
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerListModel::creditText(const QList<CreditBalance> &credits, const QLocale &locale)
{
    QStringList parts;
    for (const CreditBalance &credit : credits) {
        const auto currency = Currency::fromCode(credit.currency);
        const QString amount = currency
            ? Money::fromMinorUnits(credit.amount, *currency).toLocaleString(locale)
            : QString::number(credit.amount);
        parts.append(amount + QLatin1Char(' ') + credit.currency);
    }
    return parts.join(QStringLiteral(", "));
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole)
        return {};
    const Customer &c = mCustomers.at(index.row());
    switch (Column(index.column())) {
    case Name:
        return c.displayName;
    case DefaultCurrency:
        return c.defaultCurrency;
    case Terms:
        if (!c.paymentTermsDays)
            return QString();
        return *c.paymentTermsDays == 1 ? tr("1 day") : tr("%n days", nullptr, *c.paymentTermsDays);
    case Email:
        return c.email;
    case TaxId:
        return c.taxId;
    case Credit: {
        QList<CreditBalance> own;
        for (const CreditBalance &credit : mCredits) {
            if (credit.customer == c.displayName)
                own.append(credit);
        }
        return creditText(own, mLocale);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Customer");
    case DefaultCurrency:
        return tr("Currency");
    case Terms:
        return tr("Terms");
    case Email:
        return tr("E-mail");
    case TaxId:
        return tr("Tax ID");
    case Credit:
        return tr("Credit");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace InvoiceDesk
