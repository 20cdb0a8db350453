// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importprofile.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace InvoiceDesk {

class ImportWizard;

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
    /** Puts the table into the profile: by header, or by position for a header-less file. */
    void setMapping(ImportProfile &profile) const;
    /** The mapping table as their header -> our column ("" ignores it). */
    QHash<QString, QString> currentMapping() const;

    ImportWizard *mWizard;
    QComboBox *mProfiles;
    QTableView *mView;
    QStandardItemModel *mModel;
    QComboBox *mCurrency;
    QLabel *mError;
    /** The profile chosen (its constants, formats and tax codes go with the import). */
    std::optional<ImportProfile> mProfile;
};

} // namespace InvoiceDesk
