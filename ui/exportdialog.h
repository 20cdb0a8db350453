// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QFormLayout;
class QLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace InvoiceDesk {

class DateEdit;
class Ledger;

/**
 * Exports invoices or payments to CSV (in a chosen encoding) or XLSX, filtered by status
 * and by a date range.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Ledger &ledger, bool invoices, QWidget *parent = nullptr);
    QString resultText() const;

public Q_SLOTS:
    bool exportNow();

private:
    QLayout *createDateRow();
    void createFileRows(QFormLayout *form);
    Ledger &mLedger;
    QRadioButton *mInvoices;
    QRadioButton *mPayments;
    QComboBox *mStatus;
    QCheckBox *mLimitDates;
    DateEdit *mFrom;
    DateEdit *mTo;
    QLineEdit *mPath;
    QComboBox *mEncoding;
    QLabel *mResult;
};

} // namespace InvoiceDesk
