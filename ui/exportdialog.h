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
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace InvoiceDesk {

class DateEdit;
class ExportJob;
class Ledger;

/**
 * Exports invoices or payments to CSV (in a chosen encoding) or XLSX, filtered by status
 * and by a date range. The export runs in a worker (ExportJob) with a progress bar and a
 * Stop button; stopping it leaves the chosen file as it was.
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Ledger &ledger, bool invoices, QWidget *parent = nullptr);
    ~ExportDialog() override;
    QString resultText() const;
    bool isExporting() const { return mJob != nullptr; }

public Q_SLOTS:
    /** Starts the export in the background; false when the settings are not usable. */
    bool exportNow();

Q_SIGNALS:
    /** An export ended: written, failed or stopped (resultText() says which). */
    void exportFinished();

private:
    void jobFinished(int count, const QString &error, bool cancelled);
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
    QProgressBar *mProgress;
    QPushButton *mStop;
    QPushButton *mExport;
    ExportJob *mJob = nullptr;
};

} // namespace InvoiceDesk
