// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankaccountsdialog.h"
#include "dateedit.h"
#include "keyboardtableview.h"

#include "bankaccounts.h"
#include "bankitemmodels.h"
#include "bankstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace InvoiceDesk {

BankAccountsDialog::BankAccountsDialog(Ledger &ledger, Database &database, QWidget *parent)
    : QDialog(parent)
    , mLedger(ledger)
    , mStore(std::make_unique<BankStore>(database))
    , mModel(new BankAccountsModel(this))
    , mView(new KeyboardTableView(this))
{
    setWindowTitle(tr("Bank Accounts"));
    mView->setObjectName(QStringLiteral("accounts"));
    mView->setModel(mModel);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setTabKeyNavigation(false);
    mView->verticalHeader()->hide();
    mView->horizontalHeader()->setStretchLastSection(true);

    auto *group = new QGroupBox(tr("New account"), this);
    auto *form = new QFormLayout(group);
    mName = new QLineEdit(group);
    mName->setObjectName(QStringLiteral("name"));
    mIdentifier = new QLineEdit(group);
    mIdentifier->setObjectName(QStringLiteral("identifier"));
    mIdentifier->setPlaceholderText(tr("DE89 3704 0044 0532 0130 00"));
    mCurrency = new QComboBox(group);
    mCurrency->setObjectName(QStringLiteral("currency"));
    mCurrency->addItems(Currency::allCodes());
    mCurrency->setCurrentText(QStringLiteral("EUR"));
    mOpeningBalance = new QLineEdit(group);
    mOpeningBalance->setObjectName(QStringLiteral("openingBalance"));
    mOpeningBalance->setPlaceholderText(
        Money::fromMinorUnits(0, *Currency::fromCode(QStringLiteral("EUR")))
            .toLocaleString(locale()));
    mOpeningDate = new DateEdit(group);
    mOpeningDate->setObjectName(QStringLiteral("openingDate"));
    form->addRow(tr("&Name:"), mName);
    form->addRow(tr("&IBAN or account number:"), mIdentifier);
    form->addRow(tr("C&urrency:"), mCurrency);
    form->addRow(tr("Opening &balance:"), mOpeningBalance);
    form->addRow(tr("Opening &date:"), mOpeningDate);
    auto *add = new QPushButton(tr("&Add Account"), group);
    add->setObjectName(QStringLiteral("add"));
    // Enter in any field of the form adds the account (once: no returnPressed as well).
    add->setDefault(true);
    form->addRow(QString(), add);

    mMessage = new QLabel(this);
    mMessage->setObjectName(QStringLiteral("message"));
    mMessage->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mView, 1);
    layout->addWidget(group);
    layout->addWidget(mMessage);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &BankAccountsDialog::addAccount);
    resize(900, 520);
    reload();
}

BankAccountsDialog::~BankAccountsDialog() = default;

void BankAccountsDialog::reload()
{
    auto summaries = BankAccounts::summaries(*mStore);
    if (!summaries) {
        mMessage->setText(summaries.error());
        return;
    }
    mModel->setAccounts(*summaries);
    mView->resizeColumnsToContents();
}

bool BankAccountsDialog::addAccount()
{
    BankAccount account;
    account.name = mName->text();
    account.identifier = mIdentifier->text();
    account.currency = Currency::fromCode(mCurrency->currentText()).value_or(Currency());
    if (!mOpeningBalance->text().trimmed().isEmpty()) {
        auto amount = Money::parseLocale(mOpeningBalance->text(), account.currency, locale());
        if (!amount) {
            mMessage->setText(tr("Opening balance: %1").arg(amount.error()));
            mOpeningBalance->setFocus();
            return false;
        }
        account.openingBalance = amount->minorUnits();
    }
    if (!mOpeningDate->text().isEmpty() && !mOpeningDate->date().isValid()) {
        mMessage->setText(tr("Opening date: %1").arg(mOpeningDate->problem()));
        mOpeningDate->setFocus();
        return false;
    }
    account.openingDate = mOpeningDate->date();
    auto added = BankAccounts::add(mLedger, *mStore, account);
    if (!added) {
        mMessage->setText(added.error());
        return false;
    }
    mMessage->setText(tr("Added the account \"%1\".").arg(added->name));
    for (QLineEdit *field :
        {mName, mIdentifier, mOpeningBalance, static_cast<QLineEdit *>(mOpeningDate)})
        field->clear();
    reload();
    mName->setFocus();
    Q_EMIT changed();
    return true;
}

} // namespace InvoiceDesk
