// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "einvoicedialog.h"

#include "documentrenderer.h"
#include "einvoicefile.h"
#include "ledger.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace InvoiceDesk {

EInvoiceDialog::EInvoiceDialog(Ledger &ledger, const QString &number, QWidget *parent)
    : QDialog(parent)
    , mLedger(ledger)
    , mNumber(number)
{
    setObjectName(QStringLiteral("einvoiceDialog"));
    setWindowTitle(tr("Export E-Invoice"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto note = ledger.creditNotes().byNumber(number);
    const bool creditNote = note && note->has_value();
    auto *kind = new QLabel(creditNote ? tr("Credit note") : tr("Invoice"), this);
    kind->setObjectName(QStringLiteral("documentKind"));
    form->addRow(kind, new QLabel(number, this));
    mSyntax = new QComboBox(this);
    mSyntax->setObjectName(QStringLiteral("syntax"));
    mSyntax->addItem(tr("XRechnung UBL 2.1 (XML)"), int(EInvoiceSyntax::Ubl));
    mSyntax->addItem(tr("UN/CEFACT CII (XML)"), int(EInvoiceSyntax::Cii));
    mSyntax->addItem(tr("ZUGFeRD/Factur-X (PDF with the CII XML)"), int(EInvoiceSyntax::Zugferd));
    form->addRow(tr("&Syntax"), mSyntax);
    mTemplate = new QComboBox(this);
    mTemplate->setObjectName(QStringLiteral("template"));
    mTemplate->addItems(DocumentRenderer::templateNames());
    mTemplate->setCurrentText(QStringLiteral("default"));
    form->addRow(tr("&Template"), mTemplate);
    mPath = new QLineEdit(this);
    mPath->setObjectName(QStringLiteral("path"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setAutoDefault(false);
    auto *file = new QHBoxLayout;
    file->addWidget(mPath);
    file->addWidget(browseButton);
    // A label of its own with the path as its buddy: a layout cannot be one (issue 10).
    auto *fileLabel = new QLabel(tr("&File"), this);
    fileLabel->setBuddy(mPath);
    form->addRow(fileLabel, file);
    layout->addLayout(form);
    mResult = new QLabel(this);
    mResult->setObjectName(QStringLiteral("result"));
    mResult->setWordWrap(true);
    mResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(mResult);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("export"));
    exportButton->setDefault(true);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(browseButton, &QPushButton::clicked, this, &EInvoiceDialog::browse);
    connect(mSyntax, &QComboBox::currentIndexChanged, this, &EInvoiceDialog::matchExtension);
    connect(mSyntax, &QComboBox::currentIndexChanged, this, &EInvoiceDialog::enableTemplate);
    enableTemplate();
    connect(buttons, &QDialogButtonBox::accepted, this, &EInvoiceDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString EInvoiceDialog::resultText() const
{
    return mResult->text();
}

QString EInvoiceDialog::extension() const
{
    return EInvoiceSyntax(mSyntax->currentData().toInt()) == EInvoiceSyntax::Zugferd
        ? QStringLiteral(".pdf")
        : QStringLiteral(".xml");
}

void EInvoiceDialog::matchExtension()
{
    QString path = mPath->text();
    for (const QLatin1String old : {QLatin1String(".xml"), QLatin1String(".pdf")}) {
        if (path.endsWith(old, Qt::CaseInsensitive)) {
            path.chop(old.size());
            mPath->setText(path + extension());
        }
    }
}

void EInvoiceDialog::enableTemplate()
{
    mTemplate->setEnabled(
        EInvoiceSyntax(mSyntax->currentData().toInt()) == EInvoiceSyntax::Zugferd);
}

void EInvoiceDialog::browse()
{
    const bool pdf = extension() == QLatin1String(".pdf");
    const QString suggested
        = mPath->text().trimmed().isEmpty() ? mNumber + extension() : mPath->text().trimmed();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export E-Invoice"), suggested,
        pdf ? tr("PDF files (*.pdf)") : tr("XML files (*.xml)"));
    if (!path.isEmpty())
        mPath->setText(path);
}

bool EInvoiceDialog::exportNow()
{
    const QString path = mPath->text().trimmed();
    if (path.isEmpty()) {
        mResult->setText(tr("Choose the file to write."));
        mPath->setFocus();
        return false;
    }
    const auto syntax = EInvoiceSyntax(mSyntax->currentData().toInt());
    if (auto written
        = EInvoiceFile::write(mLedger, mNumber, syntax, path, mTemplate->currentText());
        !written) {
        mResult->setText(written.error());
        return false;
    }
    mResult->setText(
        tr("Wrote the e-invoice of %1 to %2.").arg(mNumber, QFileInfo(path).fileName()));
    return true;
}

} // namespace InvoiceDesk
