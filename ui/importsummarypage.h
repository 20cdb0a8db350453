// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;

namespace InvoiceDesk {

class ImportWizard;
struct ImportReport;

/** Step 6: what happened, and the error file. */
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportSummaryPage(ImportWizard *wizard);
    void initializePage() override;

private:
    QString summaryText(const ImportReport &report) const;
    static QStringList invoiceParts(const ImportReport &report);
    static QStringList paymentParts(const ImportReport &report);
    static QStringList creditNoteParts(const ImportReport &report);

    ImportWizard *mWizard;
    QLabel *mSummary;
    QPushButton *mSaveErrors;
};

} // namespace InvoiceDesk
