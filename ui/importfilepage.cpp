// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import wizard, step 1: the file and what it holds.
#include "importfilepage.h"
#include "importwizard.h"

#include "booksimporter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <utility>

namespace InvoiceDesk {

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , mWizard(wizard)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file or an Excel workbook of invoices (one row per line item), of "
                   "payments (one row per payment) or of credit notes (one row per line); or a "
                   "folder of the whole books."));
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
    mCreditNotes = new QRadioButton(tr("&Credit notes"), this);
    mBooks = new QRadioButton(
        tr("&Whole books (folder): invoices.csv, payments.csv and creditnotes.csv in one step"),
        this);
    mInvoices->setObjectName(QStringLiteral("invoices"));
    mPayments->setObjectName(QStringLiteral("payments"));
    mCreditNotes->setObjectName(QStringLiteral("creditNotes"));
    mBooks->setObjectName(QStringLiteral("books"));
    mInvoices->setChecked(true);
    for (QRadioButton *button : {mInvoices, mPayments, mCreditNotes, mBooks})
        layout->addWidget(button);
    layout->addSpacing(12);
    layout->addLayout(existingChoice());
    // As the command line's --allow-duplicates: two payments alike in one file (a tester's find).
    mAllowDuplicates = new QCheckBox(
        tr("Allow &duplicate payments (the same invoice, date, amount, method and reference)"),
        this);
    mAllowDuplicates->setObjectName(QStringLiteral("allowDuplicates"));
    mAllowDuplicates->setEnabled(false);
    connect(mPayments, &QRadioButton::toggled, mAllowDuplicates, &QCheckBox::setEnabled);
    layout->addWidget(mAllowDuplicates);
    layout->addStretch();
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = mBooks->isChecked()
            ? QFileDialog::getExistingDirectory(this, tr("Import"))
            : QFileDialog::getOpenFileName(this, tr("Import"), {},
                tr("CSV files and Excel workbooks (*.csv *.txt *.xlsx);;All files (*)"));
        if (!path.isEmpty())
            mPath->setText(path);
    });
    connect(mPath, &QLineEdit::textChanged, this, &ImportFilePage::choosePathKind);
    connect(mPath, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

void ImportFilePage::choosePathKind(const QString &text)
{
    const QFileInfo info(text.trimmed());
    if (info.isDir()) {
        if (!mBooks->isChecked())
            mKindBeforeBooks = checkedKind();
        mBooksByPath = mBooksByPath || !mBooks->isChecked();
        mBooks->setChecked(true);
        return;
    }
    // A folder on the way to a file (typed one letter at a time) chose nothing: the kind
    // chosen before it stands (a tester's find: Payments became Invoices).
    if (std::exchange(mBooksByPath, false) && mBooks->isChecked())
        (mKindBeforeBooks ? mKindBeforeBooks : mInvoices)->setChecked(true);
    // A file named as the books name theirs says what it holds.
    for (const auto &[kind, button] :
        {std::pair {ImportKind::Invoices, mInvoices}, std::pair {ImportKind::Payments, mPayments},
            std::pair {ImportKind::CreditNotes, mCreditNotes}}) {
        if (info.fileName().compare(BooksImporter::fileNameOf(kind), Qt::CaseInsensitive) == 0)
            button->setChecked(true);
    }
}

QRadioButton *ImportFilePage::checkedKind() const
{
    for (QRadioButton *button : {mPayments, mCreditNotes}) {
        if (button->isChecked())
            return button;
    }
    return mInvoices;
}

QLayout *ImportFilePage::existingChoice()
{
    // As the command line's --on-existing (a problem named this choice, which was not here).
    mExisting = new QComboBox(this);
    mExisting->setObjectName(QStringLiteral("onExisting"));
    mExisting->addItem(tr("Report them as problems"), int(OnExisting::Fail));
    mExisting->addItem(tr("Update them from the file"), int(OnExisting::Update));
    mExisting->addItem(tr("Skip them"), int(OnExisting::Skip));
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("Records &already in the books:"), this);
    label->setBuddy(mExisting);
    row->addWidget(label);
    row->addWidget(mExisting);
    row->addStretch();
    return row;
}

bool ImportFilePage::isComplete() const
{
    return !mPath->text().trimmed().isEmpty();
}

int ImportFilePage::nextId() const
{
    return mBooks->isChecked() ? ImportWizard::ImportPage : ImportWizard::FormatPage;
}

bool ImportFilePage::validatePage()
{
    const QFileInfo info(mPath->text().trimmed());
    const bool books = mBooks->isChecked();
    if (books && (!info.isDir() || BooksImporter::kindsIn(info.filePath()).isEmpty())) {
        setSubTitle(tr("%1 is not a folder with invoices.csv, payments.csv or creditnotes.csv.")
                        .arg(QDir::toNativeSeparators(info.filePath())));
        return false;
    }
    if (!books && (!info.isFile() || !info.isReadable())) {
        setSubTitle(tr("%1 cannot be read.").arg(info.filePath()));
        return false;
    }
    mWizard->setSourcePath(info.absoluteFilePath());
    mWizard->setBooks(books);
    mWizard->options().onExisting = OnExisting(mExisting->currentData().toInt());
    mWizard->options().allowDuplicatePayments
        = mPayments->isChecked() && mAllowDuplicates->isChecked();
    mWizard->options().kind = mPayments->isChecked() ? ImportKind::Payments
        : mCreditNotes->isChecked()                  ? ImportKind::CreditNotes
                                                     : ImportKind::Invoices;
    mWizard->corrections().clear();
    return true;
}

} // namespace InvoiceDesk
