// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace InvoiceDesk {

/** Shown when there is no company file yet: start an empty one, or look around the demo. */
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    enum Choice { EmptyCompany, Demo };

    explicit FirstRunDialog(const QString &companyPath, QWidget *parent = nullptr);
    Choice choice() const { return mChoice; }

private:
    Choice mChoice = Demo;
};

} // namespace InvoiceDesk
