// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace InvoiceDesk {

class ImportWizard;
struct ImportReport;

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
    /** The plan of the whole books: checked here (the check page is for one file). */
    QString booksPlan();
    QString onePlan(const ImportReport &checked) const;
    bool running() const;

    ImportWizard *mWizard;
    QLabel *mPlan;
    QProgressBar *mProgress;
    QPushButton *mCancel;
    QLabel *mResult;
    bool mDone = false;
    bool mBlocked = false; ///< the books have problems: nothing can be imported
};

} // namespace InvoiceDesk
