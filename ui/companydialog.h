// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QHash>

class QLineEdit;

namespace InvoiceDesk {

class Ledger;

/**
 * File → Company… (issue 14 item 1): the company's profile, one field per key of
 * CompanyProfile, saved through the Ledger with its audit row. A refused profile keeps the
 * dialog open and names every field that is wrong.
 */
class CompanyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompanyDialog(Ledger &ledger, QWidget *parent = nullptr);

    QLineEdit *field(const QString &key) const { return mFields.value(key); }

public Q_SLOTS:
    void accept() override;

private:
    void chooseLogo();

    Ledger &mLedger;
    QHash<QString, QLineEdit *> mFields;
};

} // namespace InvoiceDesk
