// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard's last confirmation, the import itself, and its summary.
#include "importjob.h"
#include "importwizard.h"
#include "importwizardpages.h"

#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace InvoiceDesk {

// Step 5 ----------------------------------------------------------------------------------------

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , mWizard(wizard)
{
    setTitle(tr("Ready to import"));
    setSubTitle(tr("Nothing has been written yet. Import writes everything in one step; Cancel "
                   "leaves the company file as it was."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    auto *layout = new QVBoxLayout(this);
    mPlan = new QLabel(this);
    mPlan->setObjectName(QStringLiteral("plan"));
    mPlan->setWordWrap(true);
    mProgress = new QProgressBar(this);
    mProgress->setObjectName(QStringLiteral("progress"));
    mCancel = new QPushButton(tr("Stop the Import"), this);
    mCancel->setObjectName(QStringLiteral("cancelImport"));
    mResult = new QLabel(this);
    mResult->setObjectName(QStringLiteral("result"));
    mResult->setWordWrap(true);
    layout->addWidget(mPlan);
    layout->addWidget(mProgress);
    layout->addWidget(mCancel, 0, Qt::AlignLeft);
    layout->addWidget(mResult);
    layout->addStretch();
    connect(mCancel, &QPushButton::clicked, this, [this] {
        if (ImportJob *job = mWizard->importJob())
            job->cancel();
    });
}

void ImportRunPage::initializePage()
{
    mDone = false;
    mProgress->hide();
    mCancel->hide();
    mResult->clear();
    const ImportReport &checked = mWizard->lastReport();
    const int count = checked.created + checked.updated;
    const bool invoices = mWizard->options().kind == ImportKind::Invoices;
    QString plan = invoices ? (count == 1 ? tr("1 invoice will be imported.")
                                          : tr("%n invoices will be imported.", nullptr, count))
                            : (count == 1 ? tr("1 payment will be imported.")
                                          : tr("%n payments will be imported.", nullptr, count));
    if (checked.rejected > 0)
        plan += QLatin1Char(' ')
            + (checked.rejected == 1
                    ? tr("1 with problems is left out.")
                    : tr("%n with problems are left out.", nullptr, checked.rejected));
    mPlan->setText(plan);
}

bool ImportRunPage::validatePage()
{
    if (mDone)
        return true;
    if (running())
        return false;
    // The last confirmation: only now is anything written.
    ImportJob *job = mWizard->startImport();
    mProgress->setRange(0, 0);
    mProgress->show();
    mCancel->show();
    mCancel->setEnabled(true);
    mResult->setText(tr("Importing…"));
    connect(job, &ImportJob::progress, this, [this](qint64 done, qint64 total) {
        mProgress->setRange(0, 100);
        mProgress->setValue(total > 0 ? int(done * 100 / total) : 100);
    });
    connect(job, &ImportJob::finished, this, &ImportRunPage::importFinished);
    Q_EMIT completeChanged();
    wizard()->button(QWizard::BackButton)->setEnabled(false);
    return false;
}

void ImportRunPage::importFinished(const ImportReport &report)
{
    mCancel->hide();
    mProgress->setRange(0, 100);
    mProgress->setValue(report.committed ? 100 : 0);
    Q_EMIT completeChanged();
    if (report.committed) {
        mDone = true;
        wizard()->next();
        return;
    }
    mResult->setText(report.cancelled
            ? tr("Stopped: nothing was imported. Import starts again; Back changes the settings.")
            : tr("Nothing was imported: %1")
                  .arg(report.fatalError.isEmpty() ? tr("rows with problems remain")
                                                   : report.fatalError));
}

bool ImportRunPage::running() const
{
    return mWizard->importJob() && mWizard->importJob()->isRunning();
}

bool ImportRunPage::isComplete() const
{
    return !running();
}

// Step 6 ----------------------------------------------------------------------------------------

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

QString ImportSummaryPage::summaryText(const ImportReport &report) const
{
    const int imported = report.created + report.updated;
    QStringList parts;
    if (mWizard->options().kind == ImportKind::Invoices) {
        parts.append(imported == 1 ? tr("Imported 1 invoice.")
                                   : tr("Imported %n invoices.", nullptr, imported));
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
                    ? tr("1 invoice with problems was left out; its rows can be saved to fix "
                         "them.")
                    : tr("%n invoices with problems were left out; their rows can be saved to "
                         "fix them.",
                        nullptr, report.rejected));
    } else {
        parts.append(imported == 1 ? tr("Imported 1 payment.")
                                   : tr("Imported %n payments.", nullptr, imported));
        if (report.rejected > 0)
            parts.append(report.rejected == 1
                    ? tr("1 payment with problems was left out; its row can be saved to fix it.")
                    : tr("%n payments with problems were left out; their rows can be saved to "
                         "fix them.",
                        nullptr, report.rejected));
    }
    return parts.join(QLatin1Char(' '));
}

void ImportSummaryPage::initializePage()
{
    const ImportReport &report = mWizard->lastReport();
    mSummary->setText(report.committed ? summaryText(report) : tr("Nothing was imported."));
    mSaveErrors->setVisible(!report.errorFilePath.isEmpty());
}

} // namespace InvoiceDesk
