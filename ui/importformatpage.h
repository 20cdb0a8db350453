// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importsource.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace InvoiceDesk {

class FormatDetector;
class ImportWizard;

/**
 * Step 2: encoding, separator, decimal mark and dates, over the raw rows; a workbook's sheet
 * instead of the encoding and separator; whether the first row names the columns.
 */
class ImportFormatPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFormatPage(ImportWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    /** The encoding, separator, sheet or header row changed: read the file again. */
    void sourceChanged();
    /** How the file is read, as the page's fields say. */
    ImportSource::Settings sourceSettings() const;
    void updatePreview();
    /** Sets the decimal mark and date format from the file's values and says what it found. */
    void detectFormat();
    QString describeNumbers(const FormatDetector &detector);
    QString describeDates(const FormatDetector &detector);
    /** Shows the sheet for a workbook, the encoding and separator for text. */
    void showWorkbookRows(bool workbook);
    void fillPreview(const QList<QStringList> &rows, const QList<int> &lines);

    ImportWizard *mWizard;
    QFormLayout *mForm;
    QComboBox *mEncoding;
    QComboBox *mSeparator;
    QComboBox *mSheet;
    QCheckBox *mHasHeader;
    QCheckBox *mDecimalComma;
    QComboBox *mDateFormat;
    QStandardItemModel *mPreview;
    QTableView *mPreviewView;
    QLabel *mDetected;
    QLabel *mError;
};

} // namespace InvoiceDesk
