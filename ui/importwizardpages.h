// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStandardItemModel;
class QTableView;

namespace InvoiceDesk {

class ImportWizard;
struct ImportReport;

/** Step 1: the file and what it holds. */
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);
    bool validatePage() override;
    bool isComplete() const override;

private:
    ImportWizard *mWizard;
    QLineEdit *mPath;
    QRadioButton *mInvoices;
    QRadioButton *mPayments;
};

/** Step 2: encoding, separator, decimal mark and dates, over the raw rows. */
class ImportFormatPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFormatPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    void updatePreview();

    ImportWizard *mWizard;
    QComboBox *mEncoding;
    QComboBox *mSeparator;
    QCheckBox *mDecimalComma;
    QComboBox *mDateFormat;
    QStandardItemModel *mPreview;
    QTableView *mPreviewView;
    QLabel *mError;
};

/** Step 3: which column is which, matched by header, kept as named profiles. */
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    void applyProfile(const QString &name);
    void saveProfile();
    void setTarget(int row, const QString &canonical);

    ImportWizard *mWizard;
    QComboBox *mProfiles;
    QTableView *mView;
    QStandardItemModel *mModel;
    QLabel *mError;
};

/** Step 4: every problem, with the bad rows editable in place. */
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCheckPage(ImportWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

    QStandardItemModel *rows() const { return mRows; }
    QStandardItemModel *issues() const { return mIssues; }

public Q_SLOTS:
    void check();

private:
    ImportWizard *mWizard;
    QStandardItemModel *mIssues;
    QStandardItemModel *mRows;
    QLabel *mSummary;
    QCheckBox *mSkip;
};

/**
 * Step 5: the last confirmation. Nothing is written before Import is pressed; the import
 * then runs in a thread of its own, with progress and a button that stops it (leaving
 * nothing written).
 */
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    void importFinished(const ImportReport &report);
    bool running() const;

    ImportWizard *mWizard;
    QLabel *mPlan;
    QProgressBar *mProgress;
    QPushButton *mCancel;
    QLabel *mResult;
    bool mDone = false;
};

/** Step 6: what happened, and the error file. */
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSummaryPage(ImportWizard *wizard);
    void initializePage() override;

private:
    QString summaryText(const ImportReport &report) const;

    ImportWizard *mWizard;
    QLabel *mSummary;
    QPushButton *mSaveErrors;
};

} // namespace InvoiceDesk
