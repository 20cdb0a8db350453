// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import wizard, step 1: the file and what it holds.
#include "importfilepage.h"
#include "importwizard.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace InvoiceDesk {

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , mWizard(wizard)
{
    setTitle(tr("Choose the file"));
    setSubTitle(
        tr("A CSV file of invoices (one row per line item) or of payments (one row per payment)."));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    mPath = new QLineEdit(this);
    mPath->setObjectName(QStringLiteral("path"));
    auto *browse = new QPushButton(tr("B&rowse…"), this);
    row->addWidget(mPath);
    row->addWidget(browse);
    layout->addLayout(row);
    mInvoices = new QRadioButton(tr("&Invoices"), this);
    mPayments = new QRadioButton(tr("&Payments"), this);
    mInvoices->setObjectName(QStringLiteral("invoices"));
    mPayments->setObjectName(QStringLiteral("payments"));
    mInvoices->setChecked(true);
    layout->addWidget(mInvoices);
    layout->addWidget(mPayments);
    layout->addStretch();
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import"), {},
            tr("CSV files and Excel workbooks (*.csv *.txt *.xlsx);;All files (*)"));
        if (!path.isEmpty())
            mPath->setText(path);
    });
    connect(mPath, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool ImportFilePage::isComplete() const
{
    return !mPath->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QFileInfo info(mPath->text().trimmed());
    if (!info.isFile() || !info.isReadable()) {
        setSubTitle(tr("%1 cannot be read.").arg(info.filePath()));
        return false;
    }
    mWizard->setSourcePath(info.absoluteFilePath());
    mWizard->options().kind = mPayments->isChecked() ? ImportKind::Payments : ImportKind::Invoices;
    mWizard->corrections().clear();
    return true;
}

} // namespace InvoiceDesk
