// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receivables.h"
#include "result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace InvoiceDesk {

class Database;
class DateEdit;
class StatementTableModel;

/**
 * Reports > Customer Statement (issue 14 item 3): a customer and a period; the statement of the
 * currency chosen (opening balance, every invoice, payment, refund and receipt in date order with
 * the running balance, closing balance) and the aging on the last day under it; Export PDF… and
 * Export CSV… write what `invoicedesk-cli statement` writes.
 */
class StatementWindow : public QDialog
{
    Q_OBJECT

public:
    StatementWindow(Database &database, QWidget *parent = nullptr);

    /** Shows the customer's statement for the period (the customer's name in any case). */
    void showStatement(const QString &customer, const QDate &from, const QDate &to);
    StatementTableModel *model() const { return mModel; }
    QComboBox *currencies() const { return mCurrency; }
    QString agingText() const;
    QString message() const;
    /** Writes every currency's statement to `path` as exportPdf()/exportCsv() would. */
    Status writeTo(const QString &path);
    /** Reads the books again for the customer and period in the fields. */
    void reload();

private:
    void buildLayout();
    void showCurrency(int index);
    void exportAs(const QString &suffix);

    Database &mDatabase;
    QComboBox *mCustomer;
    DateEdit *mFrom;
    DateEdit *mTo;
    QComboBox *mCurrency;
    StatementTableModel *mModel;
    QTableView *mTable;
    QLabel *mAging;
    QLabel *mMessage;
    QPushButton *mPdf;
    QPushButton *mCsv;
    QList<CustomerStatement> mStatements;
};

} // namespace InvoiceDesk
