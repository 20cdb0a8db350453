// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"
#include "importjob.h"
#include "importsource.h"
#include "importwizardpages.h"

#include "addedcustomers.h"
#include "csvreader.h"
#include "ledger.h"

#include <QFile>

namespace InvoiceDesk {

ImportWizard::ImportWizard(Ledger &ledger, QWidget *parent)
    : QWizard(parent)
    , mLedger(ledger)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    // The import is done by then: Cancel would read as undoing it.
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(this));
    setPage(FormatPage, new ImportFormatPage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(CheckPage, new ImportCheckPage(this));
    setPage(ImportPage, new ImportRunPage(this));
    setPage(SummaryPage, new ImportSummaryPage(this));
    resize(900, 620);
}

QString ImportWizard::workingPath()
{
    if (mCorrections.isEmpty())
        return mSourcePath;
    // A corrected copy, always CSV: the source's records (a workbook's rows too), with the
    // rows a person fixed replaced.
    ImportSource::Settings settings;
    settings.format = mOptions.fileFormat;
    settings.encoding = mOptions.encoding;
    settings.separator = mOptions.separator;
    settings.sheet = mOptions.sheet;
    auto source = ImportSource::open(mSourcePath, settings);
    const QString target = mWork.filePath(
        QFileInfo(mSourcePath).completeBaseName() + QStringLiteral(".corrected.csv"));
    QFile out(target);
    if (!source || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return mSourcePath;
    RecordSource &records = source.value()->records();
    CsvWriter writer(&out, QLatin1Char(','));
    QStringList fields;
    qsizetype width = -1;
    while (records.readRecord(fields)) {
        if (width < 0)
            width = fields.size();
        // A spreadsheet's row ends at its last filled cell; CSV rows are as wide as the header.
        while (records.rowsMayBeShort() && fields.size() < width)
            fields.append(QString());
        writer.writeRecord(mCorrections.value(records.recordLine(), fields));
    }
    return target;
}

ImportOptions ImportWizard::optionsFor(bool dryRun, QString *path)
{
    if (mBooks) {
        // The books are read as the export writes them: nothing of a single file's settings
        // (its encoding, mapping or profile) applies to them.
        ImportOptions books;
        books.onExisting = mOptions.onExisting; // the first page's choice, as --on-existing
        books.dryRun = dryRun;
        books.writeErrorFile = !dryRun;
        *path = mSourcePath;
        return books;
    }
    ImportOptions options = mOptions;
    options.dryRun = dryRun;
    options.writeErrorFile = !dryRun;
    *path = workingPath();
    if (*path != mSourcePath) {
        // The corrected copy is UTF-8 CSV, whatever the source was.
        options.encoding = TextEncoding::Utf8;
        options.fileFormat = FileFormat::Csv;
        options.separator = QLatin1Char(',');
    }
    // Line numbers stay those of the source: the corrected copy keeps its rows in place,
    // except where a quoted field spanned lines; those are rare enough to accept.
    return options;
}

QStringList ImportWizard::checkedNotes(const ImportReport &checked)
{
    QStringList notes;
    if (checked.skipped > 0)
        notes.append(tr("Already in the books, left as they are: %n.", nullptr, checked.skipped));
    if (!checked.addedCustomers.isEmpty())
        notes.append(tr("New customers (%n): %1.", nullptr, int(checked.addedCustomers.size()))
                         .arg(shortNameList(checked.addedCustomers)));
    return notes;
}

ImportReport ImportWizard::check()
{
    QString path;
    const ImportOptions options = optionsFor(true, &path);
    if (mBooks) {
        mLastBooksReport = BooksImporter(mLedger).run(mSourcePath, options);
        mLastReport = mLastBooksReport.summary();
        return mLastReport;
    }
    mLastReport = CsvImporter(mLedger).run(path, options);
    return mLastReport;
}

ImportJob *ImportWizard::startImport()
{
    QString path;
    const ImportOptions options = optionsFor(false, &path);
    delete mJob;
    mJob = new ImportJob(mLedger.databasePath(), mBooks ? mSourcePath : path, options, this);
    mJob->setBooks(mBooks);
    connect(mJob, &ImportJob::finished, this, [this](const ImportReport &report) {
        mLastReport = report;
        if (mBooks)
            mLastBooksReport = mJob->booksReport();
        if (report.committed)
            Q_EMIT imported();
    });
    mJob->start();
    return mJob;
}

void ImportWizard::reject()
{
    if (mJob && mJob->isRunning()) {
        mJob->cancel();
        mJob->wait(); // the rollback is quick once asked; nothing of the import is kept
    }
    QWizard::reject();
}

} // namespace InvoiceDesk
