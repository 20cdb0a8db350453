// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizardpages.h"
#include "importjob.h"
#include "importwizard.h"
#include "keyboardtableview.h"

#include "csvreader.h"
#include "fieldlabels.h"
#include "invoicecsv.h"
#include "paymentcsv.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace InvoiceDesk {

// Step 1 ----------------------------------------------------------------------------------------

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

// Step 2 ----------------------------------------------------------------------------------------

ImportFormatPage::ImportFormatPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , mWizard(wizard)
{
    setTitle(tr("How the file is written"));
    setSubTitle(tr("Detected from the file; change anything that looks wrong in the preview."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    mEncoding = new QComboBox(this);
    mEncoding->setObjectName(QStringLiteral("encoding"));
    for (auto encoding : {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Utf16LE,
             TextEncoding::Utf16BE, TextEncoding::Windows1252})
        mEncoding->addItem(encodingName(encoding), int(encoding));
    mSeparator = new QComboBox(this);
    mSeparator->setObjectName(QStringLiteral("separator"));
    mSeparator->addItem(tr("Comma ( , )"), QStringLiteral(","));
    mSeparator->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    mSeparator->addItem(tr("Tab"), QStringLiteral("\t"));
    mDecimalComma = new QCheckBox(tr("Numbers use a decimal &comma (1.234,56)"), this);
    mDecimalComma->setObjectName(QStringLiteral("decimalComma"));
    mDateFormat = new QComboBox(this);
    mDateFormat->setObjectName(QStringLiteral("dateFormat"));
    mDateFormat->setEditable(true);
    mDateFormat->addItems({QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"),
        QStringLiteral("dd/MM/yyyy"), QStringLiteral("MM/dd/yyyy")});
    form->addRow(tr("&Encoding"), mEncoding);
    form->addRow(tr("&Separator"), mSeparator);
    form->addRow(QString(), mDecimalComma);
    form->addRow(tr("&Dates"), mDateFormat);
    layout->addLayout(form);
    mPreview = new QStandardItemModel(this);
    mPreviewView = new KeyboardTableView(this);
    mPreviewView->setTabKeyNavigation(false);
    mPreviewView->setObjectName(QStringLiteral("rawPreview"));
    mPreviewView->setModel(mPreview);
    mPreviewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(mPreviewView, 1);
    mError = new QLabel(this);
    mError->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    layout->addWidget(mError);
    connect(mEncoding, &QComboBox::currentIndexChanged, this, &ImportFormatPage::updatePreview);
    connect(mSeparator, &QComboBox::currentIndexChanged, this, &ImportFormatPage::updatePreview);
}

void ImportFormatPage::initializePage()
{
    QFile file(mWizard->sourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return;
    const TextEncoding encoding = detectEncoding(&file);
    const QChar separator = CsvReader::detectSeparator(&file, encoding);
    mEncoding->setCurrentIndex(mEncoding->findData(int(encoding)));
    mSeparator->setCurrentIndex(std::max(0, mSeparator->findData(QString(separator))));
    // A semicolon file is usually from a spreadsheet set to a decimal-comma locale.
    mDecimalComma->setChecked(separator == QLatin1Char(';'));
    updatePreview();
}

void ImportFormatPage::updatePreview()
{
    mPreview->clear();
    mError->clear();
    QFile file(mWizard->sourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return;
    CsvReader reader(&file, TextEncoding(mEncoding->currentData().toInt()),
        mSeparator->currentData().toString().front());
    QStringList fields;
    int rows = 0;
    while (rows < 20 && reader.readRecord(fields)) {
        if (rows == 0) {
            mPreview->setHorizontalHeaderLabels(fields);
            mWizard->setHeader(fields);
        } else {
            QList<QStandardItem *> items;
            for (const QString &field : fields)
                items.append(new QStandardItem(field));
            mPreview->appendRow(items);
            mPreview->setVerticalHeaderItem(
                rows - 1, new QStandardItem(QString::number(reader.recordLine())));
        }
        ++rows;
    }
    if (reader.hasError())
        mError->setText(reader.errorString());
    mPreviewView->resizeColumnsToContents();
}

bool ImportFormatPage::validatePage()
{
    ImportOptions &options = mWizard->options();
    options.encoding = TextEncoding(mEncoding->currentData().toInt());
    options.separator = mSeparator->currentData().toString().front();
    options.format.decimal
        = mDecimalComma->isChecked() ? DecimalFormat::decimalComma() : DecimalFormat::fixed();
    const QString dates = mDateFormat->currentText().trimmed();
    options.format.dateFormat = dates == QLatin1String("yyyy-MM-dd") ? QString() : dates;
    return !mWizard->header().isEmpty();
}

// Step 4 ----------------------------------------------------------------------------------------

ImportCheckPage::ImportCheckPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , mWizard(wizard)
{
    setTitle(tr("Problems"));
    setSubTitle(tr("Every row is checked before anything is written. Fix a row here, or skip the "
                   "rows with problems."));
    auto *layout = new QVBoxLayout(this);
    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("checkSummary"));
    layout->addWidget(mSummary);
    mIssues = new QStandardItemModel(this);
    auto *issuesView = new KeyboardTableView(this);
    issuesView->setTabKeyNavigation(false);
    issuesView->setObjectName(QStringLiteral("issues"));
    issuesView->setModel(mIssues);
    issuesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    issuesView->verticalHeader()->hide();
    issuesView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(issuesView, 1);
    layout->addWidget(
        new QLabel(tr("The rows with problems (edit a cell to fix it, then check again):"), this));
    mRows = new QStandardItemModel(this);
    auto *rowsView = new KeyboardTableView(this);
    rowsView->setObjectName(QStringLiteral("badRows"));
    rowsView->setModel(mRows);
    layout->addWidget(rowsView, 1);
    auto *buttons = new QHBoxLayout;
    auto *again = new QPushButton(tr("&Check Again"), this);
    again->setObjectName(QStringLiteral("checkAgain"));
    mSkip = new QCheckBox(tr("&Skip the rows with problems and import the rest"), this);
    mSkip->setObjectName(QStringLiteral("skipInvalid"));
    buttons->addWidget(again);
    buttons->addWidget(mSkip);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(again, &QPushButton::clicked, this, [this] {
        // Rows edited in place replace their lines in a corrected copy of the file.
        for (int row = 0; row < mRows->rowCount(); ++row) {
            const int line = mRows->verticalHeaderItem(row)->text().toInt();
            QStringList fields;
            for (int column = 0; column < mRows->columnCount(); ++column)
                fields.append(
                    mRows->item(row, column) ? mRows->item(row, column)->text() : QString());
            mWizard->corrections().insert(line, fields);
        }
        check();
    });
    connect(mSkip, &QCheckBox::toggled, this, [this](bool skip) {
        mWizard->options().skipInvalid = skip;
        Q_EMIT completeChanged();
    });
}

void ImportCheckPage::initializePage()
{
    mSkip->setChecked(false);
    check();
}

void ImportCheckPage::check()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const ImportReport report = mWizard->check();
    QApplication::restoreOverrideCursor();
    mIssues->clear();
    mIssues->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    QHash<int, QStringList> badColumns;
    for (const ImportIssue &issue : report.issues) {
        mIssues->appendRow({new QStandardItem(QString::number(issue.line)),
            new QStandardItem(FieldLabels::label(issue.column)), new QStandardItem(issue.value),
            new QStandardItem(issue.reason)});
        badColumns[issue.line].append(issue.column);
    }
    if (!report.fatalError.isEmpty())
        mIssues->appendRow({new QStandardItem(QString()), new QStandardItem(QString()),
            new QStandardItem(QString()), new QStandardItem(report.fatalError)});

    // The bad rows as they are in the file, their bad cells marked.
    mRows->clear();
    mRows->setHorizontalHeaderLabels(mWizard->header());
    QFile file(mWizard->workingPath());
    if (file.open(QIODevice::ReadOnly) && !badColumns.isEmpty()) {
        const TextEncoding encoding = mWizard->workingPath() == mWizard->sourcePath()
            ? mWizard->options().encoding.value_or(TextEncoding::Utf8)
            : TextEncoding::Utf8;
        CsvReader reader(&file, encoding, mWizard->options().separator.value_or(QLatin1Char(',')));
        QStringList fields;
        reader.readRecord(fields);
        const QHash<QString, QString> mapping = mWizard->options().columnMapping;
        while (reader.readRecord(fields)) {
            if (!badColumns.contains(reader.recordLine()))
                continue;
            QList<QStandardItem *> items;
            for (int c = 0; c < fields.size(); ++c) {
                auto *item = new QStandardItem(fields.at(c));
                const QString canonical
                    = mapping.value(mWizard->header().value(c), mWizard->header().value(c));
                if (badColumns.value(reader.recordLine()).contains(canonical)) {
                    item->setBackground(QColor(0xFF, 0xE0, 0xE0));
                    item->setToolTip(tr("This cell has a problem"));
                }
                items.append(item);
            }
            mRows->appendRow(items);
            mRows->setVerticalHeaderItem(
                mRows->rowCount() - 1, new QStandardItem(QString::number(reader.recordLine())));
        }
    }
    const int problems = int(report.issues.size()) + (report.fatalError.isEmpty() ? 0 : 1);
    const int records = report.records;
    if (problems == 0)
        mSummary->setText(records == 1
                ? tr("No problems: 1 row is ready to import.")
                : tr("No problems: %n rows are ready to import.", nullptr, records));
    else
        mSummary->setText(
            (problems == 1 ? tr("1 problem found.") : tr("%n problems found.", nullptr, problems))
            + QLatin1Char(' ')
            + (records == 1 ? tr("1 row read.") : tr("%n rows read.", nullptr, records)));
    Q_EMIT completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    const ImportReport &report = mWizard->lastReport();
    return report.fatalError.isEmpty() && (report.issues.isEmpty() || mSkip->isChecked());
}

} // namespace InvoiceDesk
