// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import wizard, step 2: how the file is written.
#include "importformatpage.h"
#include "importwizard.h"
#include "keyboardtableview.h"

#include "csvreader.h"
#include "fieldlabels.h"
#include "formatdetector.h"
#include "headermatcher.h"
#include "importsource.h"
#include "invoicecsv.h"
#include "paymentcsv.h"
#include "xlsxreader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace InvoiceDesk {

ImportFormatPage::ImportFormatPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , mWizard(wizard)
{
    setTitle(tr("How the file is written"));
    setSubTitle(tr("Detected from the file; change anything that looks wrong in the preview."));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    mForm = form;
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
    mSheet = new QComboBox(this);
    mSheet->setObjectName(QStringLiteral("sheet"));
    mHasHeader = new QCheckBox(tr("The first row holds the column na&mes"), this);
    mHasHeader->setObjectName(QStringLiteral("hasHeader"));
    mHasHeader->setChecked(true);
    mDecimalComma = new QCheckBox(tr("Numbers use a decimal &comma (1.234,56)"), this);
    mDecimalComma->setObjectName(QStringLiteral("decimalComma"));
    mDateFormat = new QComboBox(this);
    mDateFormat->setObjectName(QStringLiteral("dateFormat"));
    mDateFormat->setEditable(true);
    mDateFormat->addItems({QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"),
        QStringLiteral("dd/MM/yyyy"), QStringLiteral("MM/dd/yyyy")});
    form->addRow(tr("&Encoding"), mEncoding);
    form->addRow(tr("&Separator"), mSeparator);
    form->addRow(tr("S&heet"), mSheet);
    form->addRow(QString(), mHasHeader);
    form->addRow(QString(), mDecimalComma);
    form->addRow(tr("&Dates"), mDateFormat);
    layout->addLayout(form);
    mDetected = new QLabel(this);
    mDetected->setObjectName(QStringLiteral("detectedFormat"));
    mDetected->setWordWrap(true);
    layout->addWidget(mDetected);
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
    connect(mEncoding, &QComboBox::currentIndexChanged, this, &ImportFormatPage::sourceChanged);
    connect(mSeparator, &QComboBox::currentIndexChanged, this, &ImportFormatPage::sourceChanged);
    connect(mSheet, &QComboBox::currentIndexChanged, this, &ImportFormatPage::sourceChanged);
    connect(mHasHeader, &QCheckBox::toggled, this, &ImportFormatPage::sourceChanged);
}

void ImportFormatPage::sourceChanged()
{
    updatePreview();
    detectFormat();
}

void ImportFormatPage::showWorkbookRows(bool workbook)
{
    mForm->setRowVisible(mEncoding, !workbook);
    mForm->setRowVisible(mSeparator, !workbook);
    mForm->setRowVisible(mSheet, workbook);
}

void ImportFormatPage::initializePage()
{
    QFile file(mWizard->sourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return;
    // A workbook is read as a workbook whatever its name ends with, so it is never garbage.
    const bool workbook = fileFormatOf(file.fileName()) == FileFormat::Xlsx
        || file.peek(4) == QByteArrayLiteral("PK\x03\x04");
    mWizard->options().fileFormat = workbook ? FileFormat::Xlsx : FileFormat::Csv;
    showWorkbookRows(workbook);
    const QSignalBlocker blockSheets(mSheet);
    mSheet->clear();
    if (workbook) {
        XlsxReader reader;
        if (reader.open(file.readAll()))
            mSheet->addItems(reader.sheetNames());
        sourceChanged();
        return;
    }
    const TextEncoding encoding = detectEncoding(&file);
    const QChar separator = CsvReader::detectSeparator(&file, encoding);
    mEncoding->setCurrentIndex(mEncoding->findData(int(encoding)));
    mSeparator->setCurrentIndex(std::max(0, mSeparator->findData(QString(separator))));
    // A semicolon file is usually from a spreadsheet set to a decimal-comma locale, unless its
    // values say otherwise (detectFormat).
    mDecimalComma->setChecked(separator == QLatin1Char(';'));
    sourceChanged();
}

ImportSource::Settings ImportFormatPage::sourceSettings() const
{
    ImportSource::Settings settings;
    settings.format = mWizard->options().fileFormat;
    settings.encoding = TextEncoding(mEncoding->currentData().toInt());
    settings.separator = mSeparator->currentData().toString().front();
    settings.sheet = mSheet->currentText();
    return settings;
}

void ImportFormatPage::updatePreview()
{
    mError->clear();
    auto source = ImportSource::open(mWizard->sourcePath(), sourceSettings());
    QList<QStringList> rows;
    QList<int> lines;
    if (!source) {
        mError->setText(source.error());
    } else {
        RecordSource &records = source.value()->records();
        QStringList fields;
        while (rows.size() < 21 && records.readRecord(fields)) {
            rows.append(fields);
            lines.append(records.recordLine());
        }
        if (records.hasError())
            mError->setText(records.errorString());
    }
    fillPreview(rows, lines);
}

void ImportFormatPage::fillPreview(const QList<QStringList> &rows, const QList<int> &lines)
{
    mPreview->clear();
    QStringList header = rows.isEmpty() ? QStringList() : rows.first();
    qsizetype first = 1;
    if (!mHasHeader->isChecked()) {
        // Every row is data; the columns are counted from 1, as a profile's positions are.
        qsizetype width = 0;
        for (const QStringList &row : rows)
            width = std::max(width, row.size());
        header.clear();
        for (qsizetype i = 0; i < width; ++i)
            header.append(QCoreApplication::translate("ImportProfile", "column %1").arg(i + 1));
        first = 0;
    }
    mPreview->setHorizontalHeaderLabels(header);
    mWizard->setHeader(header);
    mWizard->setHasHeader(mHasHeader->isChecked());
    for (qsizetype r = first; r < rows.size() && r < first + 20; ++r) {
        QList<QStandardItem *> items;
        for (const QString &field : rows.at(r))
            items.append(new QStandardItem(field));
        mPreview->appendRow(items);
        mPreview->setVerticalHeaderItem(
            mPreview->rowCount() - 1, new QStandardItem(QString::number(lines.at(r))));
    }
    mPreviewView->resizeColumnsToContents();
}

void ImportFormatPage::detectFormat()
{
    mDetected->clear();
    if (!mHasHeader->isChecked()) {
        mDetected->setText(tr("Without a header row the columns are not known yet: set the "
                              "decimal mark and the date format yourself."));
        return;
    }
    auto source = ImportSource::open(mWizard->sourcePath(), sourceSettings());
    QStringList header;
    if (!source || !source.value()->records().readRecord(header))
        return;
    FormatDetector detector;
    detector.addRecords(source.value()->records(),
        HeaderMatcher::match(header, importColumns(mWizard->options().kind)));
    QStringList found {describeNumbers(detector), describeDates(detector)};
    found.removeAll(QString());
    mDetected->setText(found.join(QLatin1Char('\n')));
}

QString ImportFormatPage::describeNumbers(const FormatDetector &detector)
{
    if (!detector.sawNumbers())
        return {};
    const auto decimal = detector.decimalFormat();
    if (const auto *open = std::get_if<FormatDetector::Ambiguous>(&decimal))
        return tr("The numbers could be read with a decimal point or with a decimal comma "
                  "(line %1, %2: \"%3\"): say which below.")
            .arg(open->line)
            .arg(FieldLabels::label(open->column), open->value);
    const bool comma = std::get<DecimalFormat>(decimal).decimalPoint == QLatin1Char(',');
    mDecimalComma->setChecked(comma);
    return comma ? tr("Found in the file: numbers with a decimal comma (1.234,56).")
                 : tr("Found in the file: numbers with a decimal point (1,234.56).");
}

QString ImportFormatPage::describeDates(const FormatDetector &detector)
{
    if (!detector.sawDates())
        return {};
    const auto dates = detector.dateFormat();
    if (const auto *open = std::get_if<FormatDetector::Ambiguous>(&dates))
        return tr("The dates could be read as day/month or as month/day (line %1, %2: "
                  "\"%3\"): choose their format below.")
            .arg(open->line)
            .arg(FieldLabels::label(open->column), open->value);
    QString format = std::get<QString>(dates);
    if (format.isEmpty())
        format = QStringLiteral("yyyy-MM-dd");
    mDateFormat->setCurrentText(format);
    return tr("Found in the file: dates written %1.").arg(format);
}

bool ImportFormatPage::validatePage()
{
    ImportOptions &options = mWizard->options();
    options.encoding = TextEncoding(mEncoding->currentData().toInt());
    options.separator = mSeparator->currentData().toString().front();
    options.format.decimal = mDecimalComma->isChecked() ? DecimalFormat::decimalComma()
                                                        : DecimalFormat::pointWithThousands();
    const QString dates = mDateFormat->currentText().trimmed();
    options.format.dateFormat = dates == QLatin1String("yyyy-MM-dd") ? QString() : dates;
    options.sheet = mSheet->currentText();
    // The header as this page shows it: a header-less preset chosen later may have changed it.
    updatePreview();
    return !mWizard->header().isEmpty();
}

} // namespace InvoiceDesk
