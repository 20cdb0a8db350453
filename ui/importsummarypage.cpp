// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import wizard, step 6: what happened, and the error file.
#include "importsummarypage.h"
#include "importwizard.h"

#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace InvoiceDesk {

ImportSummaryPage::ImportSummaryPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , mWizard(wizard)
{
    setTitle(tr("Summary"));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("summary"));
    mSummary->setWordWrap(true);
    mSaveErrors = new QPushButton(tr("Save the Rows with Problems…"), this);
    mSaveErrors->setObjectName(QStringLiteral("saveErrors"));
    layout->addWidget(mSummary);
    layout->addWidget(mSaveErrors, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(mSaveErrors, &QPushButton::clicked, this, [this] {
        const QString source = mWizard->lastReport().errorFilePath;
        const QString target = QFileDialog::getSaveFileName(
            this, tr("Save the Rows with Problems"), source, tr("CSV files (*.csv)"));
        if (!target.isEmpty() && target != source) {
            QFile::remove(target);
            QFile::copy(source, target);
        }
    });
}

QStringList ImportSummaryPage::invoiceParts(const ImportReport &report)
{
    const int imported = report.created + report.updated;
    QStringList parts;
    parts.append(
        imported == 1 ? tr("Imported 1 invoice.") : tr("Imported %n invoices.", nullptr, imported));
    if (report.updated > 0)
        parts.append(report.updated == 1
                ? tr("1 of them replaced an existing invoice.")
                : tr("%n of them replaced existing invoices.", nullptr, report.updated));
    if (report.skipped > 0)
        parts.append(report.skipped == 1
                ? tr("1 existing invoice was left as it was.")
                : tr("%n existing invoices were left as they were.", nullptr, report.skipped));
    if (report.rejected > 0)
        parts.append(report.rejected == 1
                ? tr("1 invoice with problems was left out; its rows can be saved to fix them.")
                : tr("%n invoices with problems were left out; their rows can be saved to fix "
                     "them.",
                    nullptr, report.rejected));
    return parts;
}

QStringList ImportSummaryPage::paymentParts(const ImportReport &report)
{
    const int imported = report.created + report.updated;
    QStringList parts;
    parts.append(
        imported == 1 ? tr("Imported 1 payment.") : tr("Imported %n payments.", nullptr, imported));
    if (report.rejected > 0)
        parts.append(report.rejected == 1
                ? tr("1 payment with problems was left out; its row can be saved to fix it.")
                : tr("%n payments with problems were left out; their rows can be saved to fix "
                     "them.",
                    nullptr, report.rejected));
    return parts;
}

QStringList ImportSummaryPage::creditNoteParts(const ImportReport &report)
{
    const int imported = report.created + report.updated;
    QStringList parts;
    parts.append(imported == 1 ? tr("Imported 1 credit note.")
                               : tr("Imported %n credit notes.", nullptr, imported));
    if (report.rejected > 0)
        parts.append(report.rejected == 1
                ? tr("1 credit note with problems was left out; its rows can be saved to fix "
                     "them.")
                : tr("%n credit notes with problems were left out; their rows can be saved to "
                     "fix them.",
                    nullptr, report.rejected));
    return parts;
}

QString ImportSummaryPage::summaryText(const ImportReport &report) const
{
    const int imported = report.created + report.updated;
    QStringList parts;
    if (mWizard->books())
        parts.append(imported == 1
                ? tr("Imported the whole books: 1 record.")
                : tr("Imported the whole books: %n records.", nullptr, imported));
    else if (mWizard->options().kind == ImportKind::CreditNotes)
        parts = creditNoteParts(report);
    else if (mWizard->options().kind == ImportKind::Invoices)
        parts = invoiceParts(report);
    else
        parts = paymentParts(report);
    // Invoices say it above; the other records left alone by "Skip them" or as they were.
    const bool invoicesOnly = !mWizard->books() && mWizard->options().kind == ImportKind::Invoices;
    if (report.skipped > 0 && !invoicesOnly)
        parts.append(
            tr("Already in the books and left as they were: %n.", nullptr, report.skipped));
    return parts.join(QLatin1Char(' '));
}

void ImportSummaryPage::initializePage()
{
    const ImportReport &report = mWizard->lastReport();
    mSummary->setText(report.committed ? summaryText(report) : tr("Nothing was imported."));
    mSaveErrors->setVisible(!report.errorFilePath.isEmpty());
}

} // namespace InvoiceDesk
