// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import wizard, step 2: how the file is written.
#include "importformatpage.h"
#include "importwizard.h"
#include "keyboardtableview.h"

#include "csvreader.h"

#include <QCheckBox>
#include <QComboBox>
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

} // namespace InvoiceDesk
