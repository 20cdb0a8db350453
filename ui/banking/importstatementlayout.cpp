// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ImportStatementDialog: its widgets.
#include "importstatementdialog.h"

#include "bankcsvreader.h"
#include "bankstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace InvoiceDesk {

namespace {

QComboBox *combo(const char *name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    return box;
}

} // namespace

void ImportStatementDialog::buildLayout()
{
    setWindowTitle(tr("Import Statement"));
    mPath = new QLineEdit(this);
    mPath->setObjectName(QStringLiteral("path"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &ImportStatementDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(mPath, 1);
    fileRow->addWidget(browseButton);
    mFormat = new QLabel(this);
    mFormat->setObjectName(QStringLiteral("format"));
    mAccount = combo("account", this);
    mAccount->setEditable(true);
    mAccount->addItem(tr("(the account the statement names)"));
    if (auto accounts = mStore->accounts()) {
        for (const BankAccount &account : *accounts)
            mAccount->addItem(account.name);
    }
    auto *form = new QFormLayout;
    // A row whose field is a layout gets no buddy by itself: the label names the path's.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(mPath);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("Format:"), mFormat);
    form->addRow(tr("&Account:"), mAccount);
    buildCsvGroup();

    mReport = new QPlainTextEdit(this);
    mReport->setObjectName(QStringLiteral("report"));
    mReport->setReadOnly(true);
    mReport->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    mImport = new QPushButton(tr("&Import"), this);
    mImport->setObjectName(QStringLiteral("import"));
    mImport->setDefault(true);
    mReconcile = new QPushButton(tr("&Reconcile…"), this);
    mReconcile->setObjectName(QStringLiteral("reconcile"));
    mReconcile->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(mImport, QDialogButtonBox::ActionRole);
    buttons->addButton(mReconcile, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mCsv, 1);
    layout->addWidget(mReport, 1);
    layout->addWidget(buttons);
    resize(760, 620);
}

void ImportStatementDialog::buildCsvGroup()
{
    mCsv = new QGroupBox(tr("Columns of the bank's CSV export"), this);
    auto *csvLayout = new QVBoxLayout(mCsv);
    mProfile = combo("profile", mCsv);
    mProfile->addItem(tr("(by header)"));
    // The bank statement profiles of the store the invoice import and the CLI share.
    mProfile->addItems(BankCsvProfile::names(ImportProfileStore()));
    auto *saveProfileButton = new QPushButton(tr("Save as &Profile…"), mCsv);
    connect(saveProfileButton, &QPushButton::clicked, this, &ImportStatementDialog::saveProfile);
    auto *profileRow = new QHBoxLayout;
    auto *profileLabel = new QLabel(tr("Profi&le:"), mCsv);
    profileLabel->setBuddy(mProfile);
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(mProfile, 1);
    profileRow->addWidget(saveProfileButton);
    csvLayout->addLayout(profileRow);
    mMapping = new QTableWidget(0, 2, mCsv);
    mMapping->setObjectName(QStringLiteral("mapping"));
    mMapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Is")});
    mMapping->horizontalHeader()->setStretchLastSection(true);
    mMapping->verticalHeader()->hide();
    mMapping->setTabKeyNavigation(false);
    csvLayout->addWidget(mMapping, 1);

    csvLayout->addLayout(buildCsvOptions());
    mCsv->setVisible(false);
}

QFormLayout *ImportStatementDialog::buildCsvOptions()
{
    mDecimal = combo("decimalMark", mCsv);
    mDecimal->addItems({tr("Found from the file"), tr("Point (1234.56)"), tr("Comma (1.234,56)")});
    mDateFormat = combo("dateFormat", mCsv);
    mDateFormat->addItem(tr("Found from the file"));
    for (const char *format :
        {"yyyy-MM-dd", "dd.MM.yyyy", "dd/MM/yyyy", "MM/dd/yyyy", "dd-MM-yyyy"})
        mDateFormat->addItem(QLatin1String(format),
            format == QByteArray("yyyy-MM-dd") ? QString() : QLatin1String(format));
    mCurrency = combo("currency", mCsv);
    mCurrency->addItem(tr("The file's, else the account's"));
    for (const QString &code : Currency::allCodes())
        mCurrency->addItem(code, code);
    auto *options = new QFormLayout;
    options->addRow(tr("&Decimal mark:"), mDecimal);
    options->addRow(tr("Da&tes:"), mDateFormat);
    options->addRow(tr("C&urrency:"), mCurrency);
    return options;
}

} // namespace InvoiceDesk
