// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvimporter.h"

#include <QDialog>

#include <optional>

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
 * Exports invoices, payments or credit notes to CSV (in a chosen encoding) or XLSX, filtered by
 * status (invoices) and by a date range; or the whole books into a folder (invoices.csv,
 * payments.csv and creditnotes.csv, all records, what the import wizard's whole books read). The
 * export runs in a worker (ExportJob) with a progress bar and a Stop button; stopping it leaves the
 * chosen file as it was.
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
    QLayout *createKindRow(bool invoices);
    /** The kind chosen; nothing for the whole books. */
    std::optional<ImportKind> kind() const;
    void kindChanged();
    QString finishedText(std::optional<ImportKind> kind, int count, const QString &file) const;
    Ledger &mLedger;
    QRadioButton *mInvoices;
    QRadioButton *mPayments;
    QRadioButton *mCreditNotes;
    QRadioButton *mBooks;
    QLabel *mFileLabel;
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
