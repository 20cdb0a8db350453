// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace InvoiceDesk {

class BankAccountsModel;
class BankStore;
class Database;
class DateEdit;
class KeyboardTableView;
class Ledger;

/**
 * Banking > Accounts (issue 15, item 1): the bank accounts with their balances, and a form
 * that adds one (name, IBAN or account number, currency, opening balance and date).
 */
class BankAccountsDialog : public QDialog
{
    Q_OBJECT

public:
    BankAccountsDialog(Ledger &ledger, Database &database, QWidget *parent = nullptr);
    ~BankAccountsDialog() override;

    void reload();
    /** Adds the account the form describes; false (with the reason shown) when refused. */
    bool addAccount();

Q_SIGNALS:
    void changed();

private:
    Ledger &mLedger;
    std::unique_ptr<BankStore> mStore;
    BankAccountsModel *mModel = nullptr;
    KeyboardTableView *mView = nullptr;
    QLineEdit *mName = nullptr;
    QLineEdit *mIdentifier = nullptr;
    QComboBox *mCurrency = nullptr;
    QLineEdit *mOpeningBalance = nullptr;
    DateEdit *mOpeningDate = nullptr;
    QLabel *mMessage = nullptr;
};

} // namespace InvoiceDesk
