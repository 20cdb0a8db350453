// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Import wizard, step 4: every problem, with the bad rows editable in place.
#include "importcheckpage.h"
#include "importwizard.h"
#include "keyboardtableview.h"

#include "csvreader.h"
#include "fieldlabels.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace InvoiceDesk {

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
    mSummary->setWordWrap(true); // ten customers' names may be long
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

    showBadRows(badColumns);
    showSummary(report);
    Q_EMIT completeChanged();
}

void ImportCheckPage::showBadRows(const QHash<int, QStringList> &badColumns)
{
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
}

void ImportCheckPage::showSummary(const ImportReport &report)
{
    const int problems = int(report.issues.size()) + (report.fatalError.isEmpty() ? 0 : 1);
    const int records = report.records;
    if (problems == 0) {
        QStringList lines {records == 1
                ? tr("No problems: 1 row is ready to import.")
                : tr("No problems: %n rows are ready to import.", nullptr, records)};
        lines += ImportWizard::checkedNotes(report);
        mSummary->setText(lines.join(QLatin1Char('\n')));
    } else
        mSummary->setText(
            (problems == 1 ? tr("1 problem found.") : tr("%n problems found.", nullptr, problems))
            + QLatin1Char(' ')
            + (records == 1 ? tr("1 row read.") : tr("%n rows read.", nullptr, records)));
}

bool ImportCheckPage::isComplete() const
{
    const ImportReport &report = mWizard->lastReport();
    return report.fatalError.isEmpty() && (report.issues.isEmpty() || mSkip->isChecked());
}

} // namespace InvoiceDesk
