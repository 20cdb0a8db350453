// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address.h"

#include <QWidget>

#include <array>

class QFormLayout;
class QLineEdit;

namespace InvoiceDesk {

/** The thirteen fields of an address, as a form. */
class AddressForm : public QWidget
{
    Q_OBJECT

public:
    /** @param prefix "billing" or "shipping": field object names become "billing.email" etc. */
    AddressForm(const QString &prefix, QWidget *parent = nullptr);

    Address address() const;
    void setAddress(const Address &address);

    /** The line edit for a field name such as "email". */
    QLineEdit *field(const QString &name) const;
    const std::array<QLineEdit *, 13> &fields() const { return mFields; }

private:
    std::array<QLineEdit *, 13> mFields {};
};

} // namespace InvoiceDesk
