// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bankaccounts.h"
#include "matcher.h"

#include <QAbstractTableModel>

namespace InvoiceDesk {

/** Statement lines for the Reconcile window: unmatched ones first, then by booking date. */
class BankLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Amount, Counterparty, Text, Matched, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    /** Replaces the lines; unmatched ones are put first. */
    void setLines(QList<BankLine> lines);
    const BankLine &line(int row) const { return mLines.at(row); }
    /** The row of the line with this id, or -1. */
    int rowOf(qint64 lineId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BankLine> mLines;
};

/** The candidates of one line, best first, with their scores and reasons. */
class MatchCandidatesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Score, What, Invoice, Customer, Date, Amount, Reasons, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setCandidates(QList<MatchCandidate> candidates, const Currency &currency);
    const MatchCandidate &candidate(int row) const { return mCandidates.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MatchCandidate> mCandidates;
    Currency mCurrency;
};

/** The bank accounts with their balances, for Banking > Accounts. */
class BankAccountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Account,
        CurrencyCode,
        OpeningBalance,
        OpeningDate,
        Balance,
        Lines,
        Unmatched,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setAccounts(QList<BankAccountSummary> accounts);
    const BankAccountSummary &account(int row) const { return mAccounts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BankAccountSummary> mAccounts;
};

} // namespace InvoiceDesk
