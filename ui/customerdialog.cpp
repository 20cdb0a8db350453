// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customerdialog.h"
#include "addressform.h"
#include "formalignment.h"
#include "receiptbook.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace InvoiceDesk {

CustomerDialog::CustomerDialog(ReceiptBook &book, const Customer &customer, QWidget *parent)
    : QDialog(parent)
    , mBook(book)
    , mCustomer(customer)
{
    setObjectName(QStringLiteral("customerDialog"));
    setWindowTitle(
        customer.id == 0 ? tr("New Customer") : tr("Customer %1").arg(customer.displayName));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFields());
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("addressTabs"));
    mBilling = new AddressForm(QStringLiteral("billing"), tabs);
    mShipping = new AddressForm(QStringLiteral("shipping"), tabs);
    tabs->addTab(mBilling, tr("&Billing address"));
    tabs->addTab(mShipping, tr("S&hipping address"));
    layout->addWidget(tabs);
    mProblems = new QLabel(this);
    mProblems->setObjectName(QStringLiteral("problems"));
    mProblems->setWordWrap(true);
    mProblems->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    layout->addWidget(mProblems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    layout->addWidget(buttons);

    mName->setText(customer.displayName);
    mEmail->setText(customer.email);
    mTaxId->setText(customer.taxId);
    mCurrency->setText(customer.defaultCurrency);
    if (customer.paymentTermsDays)
        mTerms->setText(QString::number(*customer.paymentTermsDays));
    mBilling->setAddress(customer.billing);
    mShipping->setAddress(customer.shipping);
    alignFormLabels(this);
    resize(760, sizeHint().height()); // the address grid's three columns need the width
    mName->setFocus();
}

QWidget *CustomerDialog::buildFields()
{
    auto *fields = new QWidget(this);
    auto *form = new QFormLayout(fields);
    form->setContentsMargins(0, 0, 0, 0);
    const auto add = [&](const QString &label, const char *name) {
        auto *edit = new QLineEdit(fields);
        edit->setObjectName(QLatin1String(name));
        auto *text = new QLabel(label, fields);
        text->setBuddy(edit);
        form->addRow(text, edit);
        return edit;
    };
    mName = add(tr("&Name"), "displayName");
    mEmail = add(tr("E-mail for in&voices"), "email");
    mTaxId = add(tr("Tax &ID"), "taxId");
    mCurrency = add(tr("Default c&urrency"), "defaultCurrency");
    mCurrency->setMaxLength(3);
    mTerms = add(tr("Payment te&rms (days)"), "paymentTermsDays");
    return fields;
}

Customer CustomerDialog::collect(QString *problem) const
{
    Customer customer = mCustomer;
    customer.displayName = mName->text().trimmed();
    customer.email = mEmail->text().trimmed();
    customer.taxId = mTaxId->text().trimmed();
    customer.defaultCurrency = mCurrency->text().trimmed().toUpper();
    customer.paymentTermsDays.reset();
    const QString terms = mTerms->text().trimmed();
    if (!terms.isEmpty()) {
        bool ok = false;
        const int days = terms.toInt(&ok);
        if (ok)
            customer.paymentTermsDays = days;
        else if (problem)
            *problem = tr("Payment terms: \"%1\" is not a number of days").arg(terms);
    }
    customer.billing = mBilling->address();
    customer.shipping = mShipping->address();
    return customer;
}

void CustomerDialog::accept()
{
    QString problem;
    Customer customer = collect(&problem);
    if (problem.isEmpty()) {
        const Status saved = mBook.saveCustomer(customer);
        if (saved) {
            mCustomer = customer;
            QDialog::accept();
            return;
        }
        problem = saved.error();
    }
    mProblems->setText(problem);
}

QString CustomerDialog::problemText() const
{
    return mProblems->text();
}

} // namespace InvoiceDesk
