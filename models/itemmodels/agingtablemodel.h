// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receivables.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace InvoiceDesk {

/**
 * An aging report as a table: one row per customer and currency, then one total row per
 * currency (its customer column says "Total"), read-only. Amounts right-aligned in the locale.
 */
class AgingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Customer,
        CurrencyCode,
        FirstBucket,
        TotalColumn = FirstBucket + BucketCount,
        ColumnCount
    };
    /** Qt::UserRole + 1 on any cell: the row's customer ("" on a total row). */
    static constexpr int CustomerRole = Qt::UserRole + 1;
    /** Qt::UserRole + 2 on an amount cell: the amount in minor units (qint64). */
    static constexpr int MinorUnitsRole = Qt::UserRole + 2;

    explicit AgingTableModel(QObject *parent = nullptr);

    void setReport(const AgingReport &report);
    const AgingReport &report() const { return mReport; }
    void setLocale(const QLocale &locale);
    bool isTotalRow(int row) const { return row >= mReport.rows.size(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const AgingRow &rowAt(int row) const;
    qint64 amountAt(const AgingRow &row, int column) const;

    AgingReport mReport;
    QLocale mLocale;
};

/** A customer statement's lines as a table (date, type, number, description, debit, credit,
 * balance), read-only. */
class StatementTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Type, Number, Description, Debit, Credit, Balance, ColumnCount };

    explicit StatementTableModel(QObject *parent = nullptr);

    void setStatement(const CustomerStatement &statement);
    const CustomerStatement &statement() const { return mStatement; }
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** The translated name of a line's type ("Invoice", "Opening balance", ...). */
    static QString typeName(const QString &type);

private:
    QString cellText(const CustomerStatementLine &line, int column) const;

    CustomerStatement mStatement;
    QLocale mLocale;
};

} // namespace InvoiceDesk
