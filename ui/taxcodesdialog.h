// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taxcode.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace InvoiceDesk {

class Ledger;

/**
 * File → Tax Codes…: the company's tax codes (name, rate, EN 16931 category, exemption reason)
 * in a table, and a form below it that adds a code or changes the one chosen, saved through
 * the Ledger with its audit row. A refused code keeps the form as typed and says why; nothing
 * is written.
 */
class TaxCodesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TaxCodesDialog(Ledger &ledger, QWidget *parent = nullptr);

    /** Why the last save was refused; empty after a save that went through. */
    QString problemText() const;

private:
    void createTable();
    QFormLayout *createForm();
    QDialogButtonBox *createButtons();
    void reload(const QString &current = {});
    void showChosen();
    void startNew();
    void save();
    void categoryFollowsRate();

    Ledger &mLedger;
    QList<TaxCode> mCodes;
    qint64 mEditedId = 0; ///< the code the form changes; 0: a new one
    QTableWidget *mTable = nullptr;
    QLineEdit *mName = nullptr;
    QLineEdit *mRate = nullptr;
    QComboBox *mCategory = nullptr;
    QLineEdit *mReason = nullptr;
    QLabel *mProblem = nullptr;
};

} // namespace InvoiceDesk
