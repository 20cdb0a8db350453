// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLineEdit;
class QCheckBox;
class QComboBox;
class QLayout;
class QRadioButton;

namespace InvoiceDesk {

class ImportWizard;

/**
 * Step 1: the file and what it holds (invoices, payments, credit notes), or a folder of the
 * whole books, which goes straight to the confirmation.
 */
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);
    bool validatePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    /** "Invoices already in the books:" and its choice. */
    QLayout *existingChoice();
    /** A folder chooses the whole books; a file named as the books name theirs its kind. */
    void choosePathKind(const QString &text);
    /** The file kind chosen: invoices, payments or credit notes. */
    QRadioButton *checkedKind() const;

    ImportWizard *mWizard;
    QLineEdit *mPath;
    QRadioButton *mInvoices;
    QRadioButton *mPayments;
    QRadioButton *mCreditNotes;
    QRadioButton *mBooks;
    QComboBox *mExisting; ///< what becomes of invoices already in the books
    QCheckBox *mAllowDuplicates; ///< payments alike imported each (payments only)
    bool mBooksByPath = false; ///< the whole books were chosen because the path is a folder
    QRadioButton *mKindBeforeBooks = nullptr; ///< what was chosen before that folder
};

} // namespace InvoiceDesk
