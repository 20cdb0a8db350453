// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companydialog.h"

#include "ledger.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace InvoiceDesk {

CompanyDialog::CompanyDialog(Ledger &ledger, QWidget *parent)
    : QDialog(parent)
    , mLedger(ledger)
{
    setWindowTitle(tr("Company"));
    const QList<std::pair<QString, QString>> labels
        = {{QStringLiteral("name"), tr("&Name:")}, {QStringLiteral("address1"), tr("&Address:")},
            {QStringLiteral("address2"), tr("Address &line 2:")},
            {QStringLiteral("zip"), tr("&Postcode:")}, {QStringLiteral("city"), tr("&City:")},
            {QStringLiteral("countryId"), tr("C&ountry (ISO code):")},
            {QStringLiteral("vatId"), tr("&VAT ID:")},
            {QStringLiteral("registration"), tr("&Registration:")},
            {QStringLiteral("iban"), tr("&IBAN:")}, {QStringLiteral("bic"), tr("&BIC:")},
            {QStringLiteral("bankName"), tr("Ban&k:")}, {QStringLiteral("email"), tr("&E-mail:")},
            {QStringLiteral("phone"), tr("P&hone:")}, {QStringLiteral("logo"), tr("Lo&go:")},
            {QStringLiteral("paymentTerms"), tr("Payment &terms:")},
            {QStringLiteral("footer"), tr("&Footer:")}};
    auto *form = new QFormLayout;
    const auto profile = mLedger.companyProfile();
    for (const auto &[key, label] : labels) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(key);
        if (profile)
            edit->setText(profile->value(key));
        mFields.insert(key, edit);
        if (key != QLatin1String("logo")) {
            form->addRow(label, edit);
            continue;
        }
        auto *row = new QHBoxLayout;
        row->addWidget(edit);
        auto *browse = new QPushButton(tr("Bro&wse…"), this);
        connect(browse, &QPushButton::clicked, this, &CompanyDialog::chooseLogo);
        row->addWidget(browse);
        auto *rowLabel = new QLabel(label, this); // a row of a layout gets no buddy of its own
        rowLabel->setBuddy(edit);
        form->addRow(rowLabel, row);
    }
    mFields.value(QStringLiteral("iban"))->setPlaceholderText(tr("DE89 3704 0044 0532 0130 00"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CompanyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CompanyDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

void CompanyDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Company Logo"), {}, tr("Images (*.png *.jpg *.jpeg *.svg)"));
    if (!path.isEmpty())
        mFields.value(QStringLiteral("logo"))->setText(path);
}

void CompanyDialog::accept()
{
    CompanyProfile profile;
    for (auto it = mFields.cbegin(); it != mFields.cend(); ++it)
        profile.setValue(it.key(), it.value()->text());
    if (auto saved = mLedger.saveCompanyProfile(profile); !saved) {
        QMessageBox::warning(
            this, tr("Company"), tr("The company profile was not saved: %1").arg(saved.error()));
        return;
    }
    QDialog::accept();
}

} // namespace InvoiceDesk
