// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QStandardItemModel;

namespace InvoiceDesk {

class ImportWizard;
struct ImportReport;

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
    void showBadRows(const QHash<int, QStringList> &badColumns);
    void showSummary(const ImportReport &report);

    ImportWizard *mWizard;
    QStandardItemModel *mIssues;
    QStandardItemModel *mRows;
    QLabel *mSummary;
    QCheckBox *mSkip;
};

} // namespace InvoiceDesk
