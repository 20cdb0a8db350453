// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QTabWidget;
class QTableView;

namespace InvoiceDesk {

class AgingTableModel;
class Database;
class DateEdit;
struct AgingReport;

/**
 * Reports > A/R Aging (issue 14 item 4): as of a day typed in the field, what each customer
 * owes per currency by days past due, the totals per currency, and a stacked bar chart per
 * currency (one bar per customer, one segment per bucket; currencies are never added together).
 * Double-click on a customer opens the customer's statement.
 */
class AgingWindow : public QDialog
{
    Q_OBJECT

public:
    AgingWindow(Database &database, QWidget *parent = nullptr);

    void setAsOf(const QDate &asOf);
    QDate asOf() const;
    AgingTableModel *model() const { return mModel; }
    QTableView *table() const { return mTable; }
    QTabWidget *charts() const { return mCharts; }
    /** Reads the books again as of the field's day. */
    void reload();

Q_SIGNALS:
    /** The statement of `customer` was asked for, for the period ending on `asOf`. */
    void statementRequested(const QString &customer, const QDate &asOf);

private:
    void showCharts(const AgingReport &report);
    void openStatement(const QModelIndex &index);

    Database &mDatabase;
    DateEdit *mAsOf;
    AgingTableModel *mModel;
    QTableView *mTable;
    QTabWidget *mCharts;
    QLabel *mMessage;
};

} // namespace InvoiceDesk
