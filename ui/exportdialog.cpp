// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "dateedit.h"
#include "exportjob.h"

#include "csvexporter.h"
#include "ledger.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace InvoiceDesk {

ExportDialog::ExportDialog(Ledger &ledger, bool invoices, QWidget *parent)
    : QDialog(parent)
    , mLedger(ledger)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *kinds = new QHBoxLayout;
    mInvoices = new QRadioButton(tr("&Invoices"), this);
    mPayments = new QRadioButton(tr("&Payments"), this);
    (invoices ? mInvoices : mPayments)->setChecked(true);
    kinds->addWidget(mInvoices);
    kinds->addWidget(mPayments);
    form->addRow(tr("Export"), kinds);
    mStatus = new QComboBox(this);
    mStatus->setObjectName(QStringLiteral("status"));
    mStatus->addItem(tr("All statuses"), -1);
    for (auto status : {InvoiceStatus::Draft, InvoiceStatus::Pending, InvoiceStatus::Paid,
             InvoiceStatus::Cancelled, InvoiceStatus::Refunded})
        mStatus->addItem(statusDisplayName(status), int(status));
    form->addRow(tr("&Status"), mStatus);
    form->addRow(QString(), createDateRow());
    createFileRows(form);
    layout->addLayout(form);
    mResult = new QLabel(this);
    mResult->setObjectName(QStringLiteral("result"));
    mResult->setWordWrap(true);
    layout->addWidget(mResult);
    auto *running = new QHBoxLayout;
    mProgress = new QProgressBar(this);
    mProgress->setObjectName(QStringLiteral("progress"));
    mProgress->setRange(0, 0); // the exporter tells no fraction: a busy bar
    mStop = new QPushButton(tr("Stop the Export"), this);
    mStop->setObjectName(QStringLiteral("stopExport"));
    running->addWidget(mProgress, 1);
    running->addWidget(mStop);
    mProgress->hide();
    mStop->hide();
    layout->addLayout(running);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    mExport = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    mExport->setObjectName(QStringLiteral("export"));
    layout->addWidget(buttons);
    connect(mStop, &QPushButton::clicked, this, [this] {
        if (mJob)
            mJob->cancel();
    });

    connect(mLimitDates, &QCheckBox::toggled, mFrom, &QWidget::setEnabled);
    connect(mLimitDates, &QCheckBox::toggled, mTo, &QWidget::setEnabled);
    connect(mPayments, &QRadioButton::toggled, mStatus, &QWidget::setDisabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLayout *ExportDialog::createDateRow()
{
    mLimitDates = new QCheckBox(tr("Only &dated between"), this);
    mLimitDates->setObjectName(QStringLiteral("limitDates"));
    mFrom = new DateEdit(QDate(QDate::currentDate().year(), 1, 1), this);
    mTo = new DateEdit(QDate::currentDate(), this);
    mFrom->setObjectName(QStringLiteral("from"));
    mTo->setObjectName(QStringLiteral("to"));
    for (DateEdit *edit : {mFrom, mTo})
        edit->setEnabled(false);
    auto *dates = new QHBoxLayout;
    dates->addWidget(mLimitDates);
    dates->addWidget(mFrom);
    dates->addWidget(new QLabel(tr("and"), this));
    dates->addWidget(mTo);
    return dates;
}

void ExportDialog::createFileRows(QFormLayout *form)
{
    auto *file = new QHBoxLayout;
    mPath = new QLineEdit(this);
    mPath->setObjectName(QStringLiteral("path"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    file->addWidget(mPath);
    file->addWidget(browse);
    // A label of its own, with the path as its buddy: a layout cannot be one, and QFormLayout
    // then showed "&File" literally (issue 10).
    auto *fileLabel = new QLabel(tr("&File"), this);
    fileLabel->setBuddy(mPath);
    form->addRow(fileLabel, file);
    // UTF-8 unless the file is for Excel on Windows (with BOM) or "Unicode text" (UTF-16).
    mEncoding = new QComboBox(this);
    mEncoding->setObjectName(QStringLiteral("encoding"));
    mEncoding->addItem(tr("UTF-8"), int(TextEncoding::Utf8));
    mEncoding->addItem(tr("UTF-8 with BOM (Excel on Windows)"), int(TextEncoding::Utf8Bom));
    mEncoding->addItem(tr("UTF-16 (Unicode text)"), int(TextEncoding::Utf16LE));
    form->addRow(tr("E&ncoding"), mEncoding);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export"),
            mInvoices->isChecked() ? QStringLiteral("invoices.csv")
                                   : QStringLiteral("payments.csv"),
            tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"));
        if (!path.isEmpty())
            mPath->setText(path);
    });
    connect(mPath, &QLineEdit::textChanged, this, [this](const QString &text) {
        mEncoding->setEnabled(fileFormatOf(text.trimmed()) == FileFormat::Csv);
    });
}

ExportDialog::~ExportDialog()
{
    if (!mJob)
        return;
    // The window does not wait: the job ends on its own, cancelled, and leaves nothing.
    mJob->cancel();
    mJob->setParent(nullptr);
    connect(mJob, &ExportJob::finished, mJob, &QObject::deleteLater);
}

QString ExportDialog::resultText() const
{
    return mResult->text();
}

bool ExportDialog::exportNow()
{
    if (mJob)
        return false;
    const QString path = mPath->text().trimmed();
    if (path.isEmpty()) {
        mResult->setText(tr("Choose the file to write."));
        return false;
    }
    CsvExporter::Filter filter;
    const bool invoices = mInvoices->isChecked();
    if (invoices && mStatus->currentData().toInt() >= 0)
        filter.status = InvoiceStatus(mStatus->currentData().toInt());
    if (mLimitDates->isChecked()) {
        for (DateEdit *edit : {mFrom, mTo}) {
            if (!edit->problem().isEmpty()) {
                mResult->setText(edit->problem());
                edit->setFocus();
                return false;
            }
        }
        filter.from = mFrom->date();
        filter.to = mTo->date();
    }
    ExportOptions options;
    options.encoding = TextEncoding(mEncoding->currentData().toInt());
    mJob = new ExportJob(mLedger.databasePath(), path, invoices, filter, options, this);
    mJob->setProperty("invoices", invoices);
    mJob->setProperty("file", QFileInfo(path).fileName());
    connect(mJob, &ExportJob::finished, this, &ExportDialog::jobFinished);
    mResult->setText(tr("Exporting…"));
    mProgress->show();
    mStop->show();
    mExport->setEnabled(false);
    mJob->start();
    return true;
}

void ExportDialog::jobFinished(int count, const QString &error, bool cancelled)
{
    const bool invoices = mJob->property("invoices").toBool();
    const QString file = mJob->property("file").toString();
    mJob->deleteLater();
    mJob = nullptr;
    mProgress->hide();
    mStop->hide();
    mExport->setEnabled(true);
    if (cancelled)
        mResult->setText(tr("Stopped: nothing was written."));
    else if (!error.isEmpty())
        mResult->setText(error);
    else if (invoices)
        mResult->setText(count == 1 ? tr("Exported 1 invoice to %1.").arg(file)
                                    : tr("Exported %n invoices to %1.", nullptr, count).arg(file));
    else
        mResult->setText(count == 1 ? tr("Exported 1 payment to %1.").arg(file)
                                    : tr("Exported %n payments to %1.", nullptr, count).arg(file));
    Q_EMIT exportFinished();
}

} // namespace InvoiceDesk
