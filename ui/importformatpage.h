// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace InvoiceDesk {

class ImportWizard;

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

} // namespace InvoiceDesk
