// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import wizard, step 5: the last confirmation and the import itself.
#include "importrunpage.h"
#include "importjob.h"
#include "importwizard.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace InvoiceDesk {

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
    mBlocked = false;
    mPlan->setText(mWizard->books() ? booksPlan() : onePlan(mWizard->lastReport()));
    Q_EMIT completeChanged();
}

QString ImportRunPage::onePlan(const ImportReport &checked) const
{
    const int count = checked.created + checked.updated;
    QString plan;
    switch (mWizard->options().kind) {
    case ImportKind::Invoices:
        plan = count == 1 ? tr("1 invoice will be imported.")
                          : tr("%n invoices will be imported.", nullptr, count);
        break;
    case ImportKind::Payments:
        plan = count == 1 ? tr("1 payment will be imported.")
                          : tr("%n payments will be imported.", nullptr, count);
        break;
    case ImportKind::CreditNotes:
        plan = count == 1 ? tr("1 credit note will be imported.")
                          : tr("%n credit notes will be imported.", nullptr, count);
        break;
    }
    if (checked.rejected > 0)
        plan += QLatin1Char(' ')
            + (checked.rejected == 1
                    ? tr("1 with problems is left out.")
                    : tr("%n with problems are left out.", nullptr, checked.rejected));
    return plan;
}

QString ImportRunPage::booksPlan()
{
    const ImportReport checked = mWizard->check();
    const BooksReport &books = mWizard->lastBooksReport();
    QStringList lines;
    if (!checked.fatalError.isEmpty() || !checked.issues.isEmpty()) {
        mBlocked = true;
        lines.append(tr("Nothing can be imported: fix these problems in the files first."));
        if (!checked.fatalError.isEmpty())
            lines.append(checked.fatalError);
        lines += books.problemTexts();
        return lines.join(QLatin1Char('\n'));
    }
    lines.append(tr("The whole books will be imported in one step, dated records in date order:"));
    const qsizetype tables = books.tableFiles.size();
    for (qsizetype i = 0; i < tables + books.files.size(); ++i) {
        const ImportReport &report
            = i < tables ? books.tableFiles.at(i) : books.files.at(i - tables);
        const int count = report.created + report.updated;
        const QString file = i < tables ? BooksTables::fileNameOf(books.tables.at(i))
                                        : BooksImporter::fileNameOf(books.kinds.at(i - tables));
        lines.append(count == 1 ? tr("%1: 1 record").arg(file)
                                : tr("%1: %n records", nullptr, count).arg(file));
    }
    lines += ImportWizard::checkedNotes(checked);
    return lines.join(QLatin1Char('\n'));
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
    return !running() && !mBlocked;
}

} // namespace InvoiceDesk
