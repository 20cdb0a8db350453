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
        combo->addItem(ImportMappingPage::tr("(ignore)"), QString());
        for (const QString &choice : mChoices)
            combo->addItem(FieldLabels::label(choice), choice);
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
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import"), {}, tr("CSV files (*.csv *.txt);;All files (*)"));
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
    save->setObjectName(QStringLiteral("saveProfile"));
    profiles->addWidget(new QLabel(tr("Profile:"), this));
    profiles->addWidget(mProfiles, 1);
    profiles->addWidget(save);
    layout->addLayout(profiles);
    mModel = new QStandardItemModel(this);
    mView = new KeyboardTableView(this);
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

namespace {

/** "Invoice Date" -> "invoicedate": how headers are compared. */
QString headerKey(const QString &header)
{
    QString key;
    for (const QChar c : header.toCaseFolded()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('#') || c == QLatin1Char('%'))
            key += c;
    }
    return key;
}

/**
 * Matches the file's headers to canonical columns: by name, by label (English or the
 * language's), or by a header other programs use ("Qty", "Invoice Date"); "Description" in
 * a file of line items is the line's description (issue 10).
 */
QStringList matchHeaders(const QStringList &headers, const QStringList &canonical)
{
    QHash<QString, QString> byKey;
    for (const QString &name : canonical) {
        for (const QString &alias : FieldLabels::aliases(name))
            byKey.insert(headerKey(alias), name);
    }
    for (const QString &name : canonical) { // labels and names win over aliases
        byKey.insert(headerKey(FieldLabels::englishLabel(name)), name);
        byKey.insert(headerKey(FieldLabels::label(name)), name);
        byKey.insert(headerKey(name), name);
    }
    QStringList matches;
    for (const QString &header : headers)
        matches.append(byKey.value(headerKey(header)));
    const bool lineFile = std::any_of(matches.cbegin(), matches.cend(),
        [](const QString &m) { return m.startsWith(QLatin1String("line.")); });
    if (lineFile && !matches.contains(QStringLiteral("line.description"))) {
        const qsizetype description = matches.indexOf(QStringLiteral("description"));
        if (description >= 0)
            matches[description] = QStringLiteral("line.description");
    }
    // A column matched twice keeps its first header only.
    for (qsizetype i = 0; i < matches.size(); ++i) {
        if (!matches.at(i).isEmpty() && matches.indexOf(matches.at(i)) < i)
            matches[i].clear();
    }
    return matches;
}

} // namespace

void ImportMappingPage::initializePage()
{
    const QStringList canonical = canonicalColumns(mWizard);
    mView->setItemDelegateForColumn(1, new ColumnDelegate(canonical, mView));
    mModel->clear();
    mModel->setHorizontalHeaderLabels({tr("Column in the file"), tr("Means")});
    const QStringList matches = matchHeaders(mWizard->header(), canonical);
    for (qsizetype i = 0; i < mWizard->header().size(); ++i) {
        auto *source = new QStandardItem(mWizard->header().at(i));
        source->setEditable(false);
        auto *target = new QStandardItem;
        mModel->appendRow({source, target});
        setTarget(int(i), matches.at(i));
    }
    mView->resizeColumnToContents(0);
    QSettings settings;
    mProfiles->clear();
    mProfiles->addItem(tr("(by header)"));
    settings.beginGroup(QStringLiteral("importProfiles"));
    mProfiles->addItems(settings.childKeys());
}

void ImportMappingPage::setTarget(int row, const QString &canonical)
{
    QStandardItem *item = mModel->item(row, 1);
    item->setData(canonical, Qt::UserRole);
    item->setText(canonical.isEmpty() ? tr("(ignore)") : FieldLabels::label(canonical));
}

void ImportMappingPage::applyProfile(const QString &name)
{
    QSettings settings;
    const QJsonObject profile = QJsonDocument::fromJson(
        settings.value(QStringLiteral("importProfiles/") + name).toByteArray())
                                    .object();
    // Profiles before issue 10 were the column mapping alone.
    const QJsonObject mapping = profile.value(QStringLiteral("columns")).isObject()
        ? profile.value(QStringLiteral("columns")).toObject()
        : profile;
    if (mapping.isEmpty())
        return;
    for (int row = 0; row < mModel->rowCount(); ++row) {
        const QString header = mModel->item(row, 0)->text();
        if (mapping.contains(header))
            setTarget(row, mapping.value(header).toString());
    }
    // A profile keeps how its file writes dates and numbers.
    ImportOptions &options = mWizard->options();
    if (profile.contains(QStringLiteral("dateFormat"))) {
        const QString dates = profile.value(QStringLiteral("dateFormat")).toString();
        options.format.dateFormat = dates == QLatin1String("yyyy-MM-dd") ? QString() : dates;
    }
    if (profile.contains(QStringLiteral("decimalComma")))
        options.format.decimal = profile.value(QStringLiteral("decimalComma")).toBool()
            ? DecimalFormat::decimalComma()
            : DecimalFormat::fixed();
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
    const FieldFormat &format = mWizard->options().format;
    const QJsonObject profile {{QStringLiteral("columns"), mapping},
        {QStringLiteral("dateFormat"),
            format.dateFormat.isEmpty() ? QStringLiteral("yyyy-MM-dd") : format.dateFormat},
        {QStringLiteral("decimalComma"), format.decimal.decimalPoint == QLatin1Char(',')}};
    QSettings().setValue(QStringLiteral("importProfiles/") + name.trimmed(),
        QJsonDocument(profile).toJson(QJsonDocument::Compact));
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
            mError->setText(tr("Two columns are mapped to %1.").arg(FieldLabels::label(target)));
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
            mError->setText(tr("No column is mapped to %1, which an import needs.")
                                .arg(FieldLabels::label(name)));
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
