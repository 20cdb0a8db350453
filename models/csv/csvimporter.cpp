// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvimporter.h"
#include "../ledger.h"
#include "csvreader.h"
#include "invoicecsv.h"
#include "paymentcsv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>

namespace InvoiceDesk {

namespace {

/** The work of one import run; the importer itself stays stateless. */
class ImportRun
{
public:
    ImportRun(Ledger &ledger, const ImportOptions &options, ImportReport &report)
        : mLedger(ledger)
        , mOptions(options)
        , mReport(report)
    {
    }

    /** Returns false when the database failed and the run must stop. */
    bool importInvoice(const QList<CsvRow> &rows);
    bool importPayment(const CsvRow &row);

    QList<QStringList> badRows;
    QStringList badRowErrors;

private:
    void reject(const QList<CsvRow> &rows, const QList<ImportIssue> &issues);
    void addProblems(const Problems &problems, const QList<CsvRow> &rows,
        const QList<int> &itemLines, QList<ImportIssue> &issues);

    Ledger &mLedger;
    const ImportOptions &mOptions;
    ImportReport &mReport;
};

void ImportRun::reject(const QList<CsvRow> &rows, const QList<ImportIssue> &issues)
{
    ++mReport.rejected;
    mReport.issues += issues;
    QStringList texts;
    for (const ImportIssue &issue : issues)
        texts.append(issue.toString());
    for (const CsvRow &row : rows) {
        badRows.append(row.fields());
        badRowErrors.append(texts.join(QStringLiteral("; ")));
    }
}

void ImportRun::addProblems(const Problems &problems, const QList<CsvRow> &rows,
    const QList<int> &itemLines, QList<ImportIssue> &issues)
{
    for (const Problem &problem : problems) {
        int line = rows.first().line();
        if (problem.lineIndex >= 0 && problem.lineIndex < itemLines.size())
            line = itemLines.at(problem.lineIndex);
        QString value;
        for (const CsvRow &row : rows) {
            if (row.line() == line)
                value = row.raw(problem.field);
        }
        issues.append({line, problem.field, value, problem.message});
    }
}

bool ImportRun::importInvoice(const QList<CsvRow> &rows)
{
    QList<ImportIssue> issues;
    ParsedInvoice parsed = InvoiceCsv::fromRows(rows, issues);
    if (!issues.isEmpty()) {
        reject(rows, issues);
        return true;
    }
    Invoice &invoice = parsed.invoice;
    auto existing = mLedger.invoices().headerByNumber(invoice.number);
    if (!existing) {
        mReport.fatalError = existing.error();
        return false;
    }
    if (existing->has_value()) {
        switch (mOptions.onExisting) {
        case OnExisting::Skip:
            ++mReport.skipped;
            return true;
        case OnExisting::Fail:
            rows.first().addIssue(issues, QStringLiteral("number"),
                QCoreApplication::translate("CsvImport",
                    "invoice %1 already exists (choose update or skip for existing invoices)")
                    .arg(invoice.number));
            reject(rows, issues);
            return true;
        case OnExisting::Update:
            invoice.id = (*existing)->id;
            invoice.uuid = (*existing)->uuid;
            break;
        }
    }
    Problems problems;
    auto saved = invoice.id == 0 ? mLedger.createInvoice(invoice, &problems)
                                 : mLedger.updateInvoice(invoice, &problems);
    if (!problems.isEmpty()) {
        addProblems(problems, rows, parsed.itemLines, issues);
        reject(rows, issues);
        return true;
    }
    if (!saved) {
        mReport.fatalError = QCoreApplication::translate("CsvImport", "line %1: %2")
                                 .arg(parsed.firstLine)
                                 .arg(saved.error());
        return false;
    }
    ++(invoice.id == 0 ? mReport.created : mReport.updated);
    return true;
}

bool ImportRun::importPayment(const CsvRow &row)
{
    QList<ImportIssue> issues;
    const QString number = row.text(QStringLiteral("invoiceNumber")).trimmed();
    auto invoice = mLedger.invoices().headerByNumber(number);
    if (!invoice) {
        mReport.fatalError = invoice.error();
        return false;
    }
    if (!invoice->has_value()) {
        row.addIssue(issues, QStringLiteral("invoiceNumber"),
            number.isEmpty()
                ? QCoreApplication::translate("CsvImport", "a payment needs an invoice number")
                : QCoreApplication::translate("CsvImport", "there is no invoice numbered \"%1\"")
                      .arg(number));
        reject({row}, issues);
        return true;
    }
    Payment payment = PaymentCsv::fromRow(row, (*invoice)->currency, issues);
    if (!issues.isEmpty()) {
        reject({row}, issues);
        return true;
    }
    payment.invoiceId = (*invoice)->id;
    Problems problems;
    auto saved = mLedger.recordPayment(payment, {mOptions.allowDuplicatePayments, true}, &problems);
    if (!problems.isEmpty()) {
        addProblems(problems, {row}, {}, issues);
        reject({row}, issues);
        return true;
    }
    if (!saved) {
        mReport.fatalError = QCoreApplication::translate("CsvImport", "line %1: %2")
                                 .arg(row.line())
                                 .arg(saved.error());
        return false;
    }
    ++mReport.created;
    return true;
}

Status writeErrorFile(const QString &path, const QStringList &header,
    const QList<QStringList> &rows, const QStringList &errors, QChar separator)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QCoreApplication::translate("CsvImport", "Cannot write %1: %2")
                          .arg(path, file.errorString())};
    CsvWriter writer(&file, separator);
    writer.writeRecord(QStringList(header) << QStringLiteral("error"));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QStringList row = rows.at(i);
        while (row.size() < header.size())
            row.append(QString());
        writer.writeRecord(row << errors.at(i));
    }
    if (!file.commit())
        return Error {QCoreApplication::translate("CsvImport", "Cannot write %1: %2")
                          .arg(path, file.errorString())};
    return {};
}

} // namespace

QString CsvImporter::errorFilePathFor(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".errors.csv"));
}

ImportReport CsvImporter::run(const QString &path, const ImportOptions &options,
    const Progress &progress, const CancelCheck &cancelled)
{
    ImportReport report;
    report.file = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.fatalError = QCoreApplication::translate("CsvImport", "Cannot read %1: %2")
                                .arg(path, file.errorString());
        return report;
    }
    report.encoding = options.encoding.value_or(detectEncoding(&file));
    report.separator
        = options.separator.value_or(CsvReader::detectSeparator(&file, report.encoding));

    CsvReader reader(&file, report.encoding, report.separator);
    QStringList headerRow;
    if (!reader.readRecord(headerRow)) {
        report.fatalError = reader.hasError()
            ? QCoreApplication::translate("CsvImport", "%1: %2").arg(path, reader.errorString())
            : QCoreApplication::translate("CsvImport", "%1 is empty: it has no header row")
                  .arg(path);
        return report;
    }
    const bool invoices = options.kind == ImportKind::Invoices;
    const CsvHeader header
        = CsvHeader::map(headerRow, invoices ? InvoiceCsv::columns() : PaymentCsv::columns(),
            invoices ? InvoiceCsv::requiredColumns() : PaymentCsv::requiredColumns(),
            options.columnMapping, report.issues);
    if (!report.issues.isEmpty())
        return report;

    if (auto begun = mLedger.beginBatch(); !begun) {
        report.fatalError = begun.error();
        return report;
    }
    ImportRun run(mLedger, options, report);
    QList<CsvRow> group;
    QString groupNumber;
    QHash<QString, int> seenAt;
    const qint64 total = file.size();
    const auto flushGroup = [&]() -> bool {
        if (group.isEmpty())
            return true;
        const bool ok = run.importInvoice(group);
        group.clear();
        return ok;
    };

    bool ok = true;
    QStringList fields;
    while (ok && reader.readRecord(fields)) {
        ++report.records;
        CsvRow row(header, fields, reader.recordLine(), options.format);
        if (invoices) {
            const QString number = InvoiceCsv::numberOf(row);
            if (group.isEmpty() || (!number.isEmpty() && number != groupNumber)) {
                ok = flushGroup();
                if (cancelled && cancelled()) {
                    report.cancelled = true;
                    break;
                }
                if (seenAt.contains(number)) {
                    QList<ImportIssue> issues;
                    row.addIssue(issues, QStringLiteral("number"),
                        QCoreApplication::translate("CsvImport",
                            "the rows of invoice %1 must be together; it already appeared at line "
                            "%2")
                            .arg(number)
                            .arg(seenAt.value(number)));
                    run.badRows.append(row.fields());
                    run.badRowErrors.append(issues.first().toString());
                    report.issues += issues;
                    ++report.rejected;
                    continue;
                }
                seenAt.insert(number, row.line());
                groupNumber = number;
            }
            group.append(row);
        } else {
            ok = run.importPayment(row);
            if (cancelled && cancelled())
                report.cancelled = true;
        }
        if (progress && report.records % 1000 == 0)
            progress(reader.bytesRead(), total);
        if (report.cancelled)
            break;
    }
    if (ok && !report.cancelled)
        ok = flushGroup();
    if (reader.hasError())
        report.fatalError
            = QCoreApplication::translate("CsvImport", "%1: %2").arg(path, reader.errorString());
    if (progress)
        progress(total, total);

    const bool keep = ok && report.fatalError.isEmpty() && !report.cancelled && !options.dryRun
        && (report.issues.isEmpty() || options.skipInvalid);
    if (keep) {
        if (auto committed = mLedger.commitBatch(); !committed)
            report.fatalError = committed.error();
        else
            report.committed = true;
    } else {
        mLedger.rollbackBatch();
    }

    if (!report.issues.isEmpty() && options.writeErrorFile && !run.badRows.isEmpty()) {
        report.errorFilePath = errorFilePathFor(path);
        if (auto written = writeErrorFile(
                report.errorFilePath, headerRow, run.badRows, run.badRowErrors, report.separator);
            !written) {
            report.fatalError = written.error();
            report.errorFilePath.clear();
        }
    }
    return report;
}

} // namespace InvoiceDesk
