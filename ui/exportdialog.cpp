// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "dateedit.h"
#include "exportjob.h"

#include "booksimporter.h"
#include "csvexporter.h"
#include "ledger.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
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
    form->addRow(tr("Export"), createKindRow(invoices));
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
    for (QRadioButton *button : {mInvoices, mPayments, mCreditNotes, mBooks})
        connect(button, &QRadioButton::toggled, this, &ExportDialog::kindChanged);
    kindChanged();
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLayout *ExportDialog::createKindRow(bool invoices)
{
    auto *kinds = new QHBoxLayout;
    mInvoices = new QRadioButton(tr("&Invoices"), this);
    mPayments = new QRadioButton(tr("&Payments"), this);
    mCreditNotes = new QRadioButton(tr("&Credit notes"), this);
    mBooks = new QRadioButton(tr("&Whole books (folder)"), this);
    mInvoices->setObjectName(QStringLiteral("invoices"));
    mPayments->setObjectName(QStringLiteral("payments"));
    mCreditNotes->setObjectName(QStringLiteral("creditNotes"));
    mBooks->setObjectName(QStringLiteral("books"));
    mBooks->setToolTip(tr("invoices.csv, payments.csv and creditnotes.csv, every record, into "
                          "one folder: what Import reads back as the whole books"));
    (invoices ? mInvoices : mPayments)->setChecked(true);
    for (QRadioButton *button : {mInvoices, mPayments, mCreditNotes, mBooks})
        kinds->addWidget(button);
    kinds->addStretch();
    return kinds;
}

std::optional<ImportKind> ExportDialog::kind() const
{
    if (mBooks->isChecked())
        return std::nullopt;
    if (mPayments->isChecked())
        return ImportKind::Payments;
    if (mCreditNotes->isChecked())
        return ImportKind::CreditNotes;
    return ImportKind::Invoices;
}

void ExportDialog::kindChanged()
{
    // The status is an invoice's; the books are whole (a filter would split what belongs
    // together), and go into a folder as CSV.
    const bool books = mBooks->isChecked();
    mStatus->setEnabled(mInvoices->isChecked());
    mLimitDates->setEnabled(!books);
    mFrom->setEnabled(!books && mLimitDates->isChecked());
    mTo->setEnabled(!books && mLimitDates->isChecked());
    mFileLabel->setText(books ? tr("F&older") : tr("&File"));
    mEncoding->setEnabled(books || fileFormatOf(mPath->text().trimmed()) == FileFormat::Csv);
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
    mFileLabel = new QLabel(tr("&File"), this);
    mFileLabel->setBuddy(mPath);
    form->addRow(mFileLabel, file);
    // UTF-8 unless the file is for Excel on Windows (with BOM) or "Unicode text" (UTF-16).
    mEncoding = new QComboBox(this);
    mEncoding->setObjectName(QStringLiteral("encoding"));
    mEncoding->addItem(tr("UTF-8"), int(TextEncoding::Utf8));
    mEncoding->addItem(tr("UTF-8 with BOM (Excel on Windows)"), int(TextEncoding::Utf8Bom));
    mEncoding->addItem(tr("UTF-16 (Unicode text)"), int(TextEncoding::Utf16LE));
    form->addRow(tr("E&ncoding"), mEncoding);
    connect(browse, &QPushButton::clicked, this, [this] {
        const auto chosen = kind();
        const QString path = chosen
            ? QFileDialog::getSaveFileName(this, tr("Export"), BooksImporter::fileNameOf(*chosen),
                tr("CSV files (*.csv);;Excel workbooks (*.xlsx)"))
            : QFileDialog::getExistingDirectory(this, tr("Export"));
        if (!path.isEmpty())
            mPath->setText(path);
    });
    connect(mPath, &QLineEdit::textChanged, this, &ExportDialog::kindChanged);
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
    const auto chosen = kind();
    if (chosen == ImportKind::Invoices && mStatus->currentData().toInt() >= 0)
        filter.status = InvoiceStatus(mStatus->currentData().toInt());
    if (chosen && mLimitDates->isChecked()) {
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
    mJob = new ExportJob(mLedger.databasePath(), path, chosen, filter, options, this);
    mJob->setProperty("kind", chosen ? int(*chosen) : -1);
    mJob->setProperty("file", chosen ? QFileInfo(path).fileName() : QDir::toNativeSeparators(path));
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
    const int kindNumber = mJob->property("kind").toInt();
    const auto finishedKind
        = kindNumber < 0 ? std::optional<ImportKind>() : std::optional(ImportKind(kindNumber));
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
    else
        mResult->setText(finishedText(finishedKind, count, file));
    Q_EMIT exportFinished();
}

QString ExportDialog::finishedText(
    std::optional<ImportKind> kind, int count, const QString &file) const
{
    if (!kind)
        return tr("Exported the whole books to %1: company.csv, taxcodes.csv, customers.csv, "
                  "invoices.csv, payments.csv and creditnotes.csv.")
            .arg(file);
    switch (*kind) {
    case ImportKind::Invoices:
        break;
    case ImportKind::Payments:
        return count == 1 ? tr("Exported 1 payment to %1.").arg(file)
                          : tr("Exported %n payments to %1.", nullptr, count).arg(file);
    case ImportKind::CreditNotes:
        return count == 1 ? tr("Exported 1 credit note to %1.").arg(file)
                          : tr("Exported %n credit notes to %1.", nullptr, count).arg(file);
    }
    return count == 1 ? tr("Exported 1 invoice to %1.").arg(file)
                      : tr("Exported %n invoices to %1.", nullptr, count).arg(file);
}

} // namespace InvoiceDesk
