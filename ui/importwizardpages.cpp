// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizardpages.h"
#include "importwizard.h"

#include "csvreader.h"
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

namespace InvoiceDesk {

namespace {

QStringList canonicalColumns(const ImportWizard *wizard)
{
    return const_cast<ImportWizard *>(wizard)->options().kind == ImportKind::Invoices
        ? InvoiceCsv::columns()
        : PaymentCsv::columns();
}

/** A combo box editor listing the canonical columns, for the mapping table. */
class ColumnDelegate : public QStyledItemDelegate
{
public:
    ColumnDelegate(QStringList choices, QObject *parent)
        : QStyledItemDelegate(parent)
        , mChoices(std::move(choices))
    {
    }
    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItem(QObject::tr("(ignore)"), QString());
        for (const QString &choice : mChoices)
            combo->addItem(choice, choice);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::UserRole).toString())));
    }
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, combo->currentData().toString(), Qt::UserRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    }

private:
    QStringList mChoices;
};

} // namespace

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
    auto *browse = new QPushButton(tr("&Browse…"), this);
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
    mPreviewView = new QTableView(this);
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

// Step 3 ----------------------------------------------------------------------------------------

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , mWizard(wizard)
{
    setTitle(tr("Which column is which"));
    setSubTitle(
        tr("Columns are matched by their header; choose for any that are not, or ignore them."));
    auto *layout = new QVBoxLayout(this);
    auto *profiles = new QHBoxLayout;
    mProfiles = new QComboBox(this);
    mProfiles->setObjectName(QStringLiteral("profiles"));
    auto *save = new QPushButton(tr("Save as &Profile…"), this);
    profiles->addWidget(new QLabel(tr("Profile:"), this));
    profiles->addWidget(mProfiles, 1);
    profiles->addWidget(save);
    layout->addLayout(profiles);
    mModel = new QStandardItemModel(this);
    mView = new QTableView(this);
    mView->setObjectName(QStringLiteral("mapping"));
    mView->setModel(mModel);
    mView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(mView, 1);
    mError = new QLabel(this);
    mError->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    mError->setWordWrap(true);
    layout->addWidget(mError);
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::saveProfile);
    connect(mProfiles, &QComboBox::textActivated, this, &ImportMappingPage::applyProfile);
}

void ImportMappingPage::initializePage()
{
    const QStringList canonical = canonicalColumns(mWizard);
    mView->setItemDelegateForColumn(1, new ColumnDelegate(canonical, mView));
    mModel->clear();
    mModel->setHorizontalHeaderLabels({tr("Column in the file"), tr("Means")});
    for (const QString &header : mWizard->header()) {
        QString match;
        for (const QString &name : canonical) {
            if (name.compare(header.trimmed(), Qt::CaseInsensitive) == 0)
                match = name;
        }
        auto *source = new QStandardItem(header);
        source->setEditable(false);
        auto *target = new QStandardItem(match.isEmpty() ? tr("(ignore)") : match);
        target->setData(match, Qt::UserRole);
        mModel->appendRow({source, target});
    }
    mView->resizeColumnToContents(0);
    QSettings settings;
    mProfiles->clear();
    mProfiles->addItem(tr("(by header)"));
    settings.beginGroup(QStringLiteral("importProfiles"));
    mProfiles->addItems(settings.childKeys());
}

void ImportMappingPage::applyProfile(const QString &name)
{
    QSettings settings;
    const QJsonObject mapping = QJsonDocument::fromJson(
        settings.value(QStringLiteral("importProfiles/") + name).toByteArray())
                                    .object();
    if (mapping.isEmpty())
        return;
    for (int row = 0; row < mModel->rowCount(); ++row) {
        const QString header = mModel->item(row, 0)->text();
        if (!mapping.contains(header))
            continue;
        const QString target = mapping.value(header).toString();
        mModel->item(row, 1)->setData(target, Qt::UserRole);
        mModel->item(row, 1)->setText(target.isEmpty() ? tr("(ignore)") : target);
    }
}

void ImportMappingPage::saveProfile()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Save Profile"), tr("Name of this column mapping:"),
            QLineEdit::Normal, QFileInfo(mWizard->sourcePath()).completeBaseName(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    QJsonObject mapping;
    for (int row = 0; row < mModel->rowCount(); ++row)
        mapping.insert(
            mModel->item(row, 0)->text(), mModel->item(row, 1)->data(Qt::UserRole).toString());
    QSettings().setValue(QStringLiteral("importProfiles/") + name.trimmed(),
        QJsonDocument(mapping).toJson(QJsonDocument::Compact));
    if (mProfiles->findText(name.trimmed()) < 0)
        mProfiles->addItem(name.trimmed());
    mProfiles->setCurrentText(name.trimmed());
}

bool ImportMappingPage::validatePage()
{
    QHash<QString, QString> mapping;
    QStringList used;
    for (int row = 0; row < mModel->rowCount(); ++row) {
        const QString target = mModel->item(row, 1)->data(Qt::UserRole).toString();
        if (!target.isEmpty() && used.contains(target)) {
            mError->setText(tr("Two columns are mapped to %1.").arg(target));
            return false;
        }
        used.append(target);
        mapping.insert(mModel->item(row, 0)->text(), target);
    }
    const QStringList required = mWizard->options().kind == ImportKind::Invoices
        ? InvoiceCsv::requiredColumns()
        : PaymentCsv::requiredColumns();
    for (const QString &name : required) {
        if (!used.contains(name)) {
            mError->setText(tr("No column is mapped to %1, which an import needs.").arg(name));
            return false;
        }
    }
    mWizard->options().columnMapping = mapping;
    mError->clear();
    return true;
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
    auto *issuesView = new QTableView(this);
    issuesView->setObjectName(QStringLiteral("issues"));
    issuesView->setModel(mIssues);
    issuesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    issuesView->verticalHeader()->hide();
    issuesView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(issuesView, 1);
    layout->addWidget(
        new QLabel(tr("The rows with problems (edit a cell to fix it, then check again):"), this));
    mRows = new QStandardItemModel(this);
    auto *rowsView = new QTableView(this);
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
    const ImportReport report = mWizard->run(true);
    QApplication::restoreOverrideCursor();
    mIssues->clear();
    mIssues->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    QHash<int, QStringList> badColumns;
    for (const ImportIssue &issue : report.issues) {
        mIssues->appendRow(
            {new QStandardItem(QString::number(issue.line)), new QStandardItem(issue.column),
                new QStandardItem(issue.value), new QStandardItem(issue.reason)});
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
    mSummary->setText(report.issues.isEmpty() && report.fatalError.isEmpty()
            ? tr("No problems: %1 rows are ready to import.").arg(report.records)
            : tr("%1 problems in %2 of %3 rows.")
                  .arg(report.issues.size())
                  .arg(report.rejected)
                  .arg(report.records));
    Q_EMIT completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    const ImportReport &report = mWizard->lastReport();
    return report.fatalError.isEmpty() && (report.issues.isEmpty() || mSkip->isChecked());
}

// Step 5 ----------------------------------------------------------------------------------------

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , mWizard(wizard)
{
    setTitle(tr("Importing"));
    setCommitPage(true);
    auto *layout = new QVBoxLayout(this);
    mProgress = new QProgressBar(this);
    mProgress->setObjectName(QStringLiteral("progress"));
    mCancel = new QPushButton(tr("Cancel the Import"), this);
    mCancel->setObjectName(QStringLiteral("cancelImport"));
    mResult = new QLabel(this);
    mResult->setWordWrap(true);
    layout->addWidget(mProgress);
    layout->addWidget(mCancel, 0, Qt::AlignLeft);
    layout->addWidget(mResult);
    layout->addStretch();
    connect(mCancel, &QPushButton::clicked, this, [this] { mCancelled = true; });
}

void ImportRunPage::initializePage()
{
    mDone = false;
    mCancelled = false;
    mCancel->setEnabled(true);
    mProgress->setRange(0, 100);
    const ImportReport report = mWizard->run(
        false,
        [this](qint64 done, qint64 total) {
            mProgress->setValue(total > 0 ? int(done * 100 / total) : 100);
            QApplication::processEvents(); // keeps the window and Cancel alive
        },
        [this] { return mCancelled; });
    mCancel->setEnabled(false);
    mDone = true;
    mResult->setText(report.cancelled ? tr("Cancelled: nothing was imported.")
            : report.committed        ? tr("Done.")
                                      : tr("Nothing was imported: %1").arg(report.fatalError));
    if (report.committed)
        Q_EMIT mWizard->imported();
    Q_EMIT completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return mDone;
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

void ImportSummaryPage::initializePage()
{
    const ImportReport &report = mWizard->lastReport();
    const QString noun
        = mWizard->options().kind == ImportKind::Invoices ? tr("invoices") : tr("payments");
    mSummary->setText(report.committed
            ? tr("Imported %1 %2 (%3 updated, %4 skipped); %5 rejected rows were left out.")
                  .arg(report.created)
                  .arg(noun)
                  .arg(report.updated)
                  .arg(report.skipped)
                  .arg(report.rejected)
            : tr("Nothing was imported."));
    mSaveErrors->setVisible(!report.errorFilePath.isEmpty());
}

} // namespace InvoiceDesk
