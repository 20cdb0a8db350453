// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressform.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace InvoiceDesk {

namespace {

const char *const kLabels[13] = {
    QT_TRANSLATE_NOOP("AddressForm", "First name"),
    QT_TRANSLATE_NOOP("AddressForm", "&Last name"),
    QT_TRANSLATE_NOOP("AddressForm", "Co&mpany"),
    QT_TRANSLATE_NOOP("AddressForm", "&E-mail"),
    QT_TRANSLATE_NOOP("AddressForm", "Phone"),
    QT_TRANSLATE_NOOP("AddressForm", "Address &1"),
    QT_TRANSLATE_NOOP("AddressForm", "Address &2"),
    QT_TRANSLATE_NOOP("AddressForm", "Neighbourhood"),
    QT_TRANSLATE_NOOP("AddressForm", "City"),
    QT_TRANSLATE_NOOP("AddressForm", "Postcode"),
    QT_TRANSLATE_NOOP("AddressForm", "State code"),
    QT_TRANSLATE_NOOP("AddressForm", "State"),
    QT_TRANSLATE_NOOP("AddressForm", "Coun&try (ISO)"),
};

// Filled in the order a person reads an address: who, then where.
constexpr int kOrder[13] = {2, 0, 1, 3, 4, 5, 6, 7, 8, 9, 11, 10, 12};

} // namespace

AddressForm::AddressForm(const QString &prefix, QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 6, 6, 6);
    for (int i = 0; i < 13; ++i) {
        const Address::Field &field = Address::fields().at(i);
        auto *edit = new QLineEdit(this);
        edit->setObjectName(prefix + QLatin1Char('.') + QLatin1String(field.name));
        edit->setAccessibleName(
            QCoreApplication::translate("AddressForm", kLabels[i]).remove(QLatin1Char('&')));
        mFields[i] = edit;
    }
    mFields[12]->setMaxLength(2);
    for (int position = 0; position < 13; ++position) {
        const int i = kOrder[position];
        auto *label = new QLabel(QCoreApplication::translate("AddressForm", kLabels[i]), this);
        label->setBuddy(mFields[i]);
        // Three columns of five rows: the line items keep room on a small screen (issue 10).
        const int row = position % 5;
        const int column = position / 5 * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(mFields[i], row, column + 1);
    }
    for (int position = 1; position < 13; ++position)
        setTabOrder(mFields[kOrder[position - 1]], mFields[kOrder[position]]);
}

Address AddressForm::address() const
{
    Address address;
    for (int i = 0; i < 13; ++i)
        address.*Address::fields().at(i).member = mFields[i]->text().trimmed();
    address.countryId = address.countryId.toUpper();
    return address;
}

void AddressForm::setAddress(const Address &address)
{
    for (int i = 0; i < 13; ++i)
        mFields[i]->setText(address.*Address::fields().at(i).member);
}

QLineEdit *AddressForm::field(const QString &name) const
{
    for (int i = 0; i < 13; ++i) {
        if (name == QLatin1String(Address::fields().at(i).name))
            return mFields[i];
    }
    return nullptr;
}

} // namespace InvoiceDesk
