// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "creditnotecsv.h"
#include "csvreader.h"
#include "invoicecsv.h"

#include <QCoreApplication>
#include <QHash>

namespace InvoiceDesk::CreditNoteCsv {

namespace {

/** The credit note's own columns: on its first row, blank or the same on the others. */
const QStringList &noteColumns()
{
    static const QStringList names = {QStringLiteral("date"), QStringLiteral("currency"),
        QStringLiteral("customer"), QStringLiteral("grandTotal"), QStringLiteral("invoiceNumber"),
        QStringLiteral("reason"), QStringLiteral("applied")};
    return names;
}

const QStringList &lineColumns()
{
    static const QStringList names = {QStringLiteral("line.quantity"), QStringLiteral("line.rate"),
        QStringLiteral("line.total"), QStringLiteral("line.description"),
        QStringLiteral("line.taxRate"), QStringLiteral("line.tax")};
    return names;
}

bool isUsed(const QString &column)
{
    return column == QLatin1String("number") || noteColumns().contains(column)
        || lineColumns().contains(column);
}

QStringList rowOf(const QHash<QString, QString> &cells)
{
    QStringList row;
    for (const QString &column : columns())
        row.append(cells.value(column));
    return row;
}

void readNote(const CsvRow &first, CreditNote &note, QList<ImportIssue> &issues)
{
    note.number = numberOf(first);
    if (note.number.isEmpty())
        first.addIssue(issues, QStringLiteral("number"),
            QCoreApplication::translate("CsvImport", "a credit note needs a number"));
    note.date = first.date(QStringLiteral("date"), issues);
    if (first.isBlank(QStringLiteral("date")))
        first.addIssue(issues, QStringLiteral("date"),
            QCoreApplication::translate("CsvImport", "a credit note needs a date"));
    const QString code = first.raw(QStringLiteral("currency")).trimmed();
    if (const auto currency = Currency::fromCode(code))
        note.currency = *currency;
    else if (!code.isEmpty())
        first.addIssue(issues, QStringLiteral("currency"),
            QCoreApplication::translate("CsvImport", "is not an ISO 4217 currency code"));
    note.customerName = first.text(QStringLiteral("customer")).trimmed();
    note.invoiceNumber = first.text(QStringLiteral("invoiceNumber")).trimmed();
    note.reason = first.text(QStringLiteral("reason")).trimmed();
}

CreditNoteLine readLine(const CsvRow &row, const Currency &c, QList<ImportIssue> &issues)
{
    CreditNoteLine line;
    line.description = row.text(QStringLiteral("line.description"));
    if (const auto quantity = row.quantity(QStringLiteral("line.quantity"), issues))
        line.quantity = *quantity;
    line.rate = row.money(QStringLiteral("line.rate"), c, issues).value_or(0);
    if (row.isBlank(QStringLiteral("line.rate")))
        row.addIssue(issues, QStringLiteral("line.rate"),
            QCoreApplication::translate("CsvImport", "a line needs a rate"));
    line.taxRate = row.percentage(QStringLiteral("line.taxRate"), issues);
    if (const auto tax = row.money(QStringLiteral("line.tax"), c, issues))
        line.tax = *tax;
    else if (auto computed = creditLineWithTax(line))
        line.tax = computed->tax;
    const auto given = row.money(QStringLiteral("line.total"), c, issues);
    const auto net = line.net();
    if (given && net && *given != *net)
        row.addIssue(issues, QStringLiteral("line.total"),
            QCoreApplication::translate("CsvImport", "does not match quantity × rate = %1")
                .arg(Money::fromMinorUnits(*net, c).toString()));
    return line;
}

/** Cells a credit note has no use for, and note columns a later row changes. */
void checkColumns(const CsvRow &first, const CsvRow &row, QList<ImportIssue> &issues)
{
    for (const QString &column : row.columns()) {
        if (!isUsed(column) && !row.isBlank(column))
            row.addIssue(issues, column,
                QCoreApplication::translate(
                    "CsvImport", "a credit note has no such field; leave it empty"));
    }
    if (&first == &row)
        return;
    for (const QString &column : noteColumns()) {
        if (!row.isBlank(column) && row.raw(column) != first.raw(column))
            row.addIssue(issues, column,
                QCoreApplication::translate(
                    "CsvImport", "differs from the credit note's first row (line %1)")
                    .arg(first.line()));
    }
}

} // namespace

const QStringList &columns()
{
    static const QStringList all = [] {
        QStringList names = InvoiceCsv::columns();
        names += {QStringLiteral("invoiceNumber"), QStringLiteral("reason"),
            QStringLiteral("line.tax"), QStringLiteral("applied")};
        return names;
    }();
    return all;
}

const QStringList &requiredColumns()
{
    static const QStringList required
        = {QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("reason")};
    return required;
}

QString numberOf(const CsvRow &row)
{
    return row.text(QStringLiteral("number")).trimmed();
}

QList<QStringList> toRows(const CreditNote &note)
{
    const Currency &c = note.currency;
    const auto money = [&](qint64 minor) { return Money::fromMinorUnits(minor, c).toString(); };
    const auto text = [](const QString &value) { return FormulaGuard::neutralise(value); };
    const auto totals = note.totals();
    QHash<QString, QString> first = {{QStringLiteral("number"), text(note.number)},
        {QStringLiteral("date"), fileDate(note.date)}, {QStringLiteral("currency"), c.code()},
        {QStringLiteral("customer"), text(note.customerName)},
        {QStringLiteral("grandTotal"), totals ? money(totals->grandTotal) : QString()},
        {QStringLiteral("invoiceNumber"), text(note.invoiceNumber)},
        {QStringLiteral("reason"), text(note.reason)},
        // What the note took off the invoice (the rest became credit): a note for a customer
        // applies nothing and leaves it empty.
        {QStringLiteral("applied"),
            note.invoiceNumber.isEmpty() ? QString() : money(note.applied)}};
    QList<QStringList> rows;
    for (qsizetype i = 0; i < std::max<qsizetype>(1, note.lines.size()); ++i) {
        QHash<QString, QString> cells = i == 0
            ? first
            : QHash<QString, QString> {{QStringLiteral("number"), text(note.number)}};
        if (i < note.lines.size()) {
            const CreditNoteLine &line = note.lines.at(i);
            cells.insert(QStringLiteral("line.quantity"), line.quantity.toString());
            cells.insert(QStringLiteral("line.rate"), money(line.rate));
            cells.insert(QStringLiteral("line.total"), line.net() ? money(*line.net()) : QString());
            cells.insert(QStringLiteral("line.description"), text(line.description));
            cells.insert(QStringLiteral("line.taxRate"),
                line.taxRate ? line.taxRate->toString() : QString());
            cells.insert(QStringLiteral("line.tax"), money(line.tax));
        }
        rows.append(rowOf(cells));
    }
    return rows;
}

ParsedCreditNote fromRows(
    const QList<CsvRow> &rows, QList<ImportIssue> &issues, const Currency &invoiceCurrency)
{
    Q_ASSERT(!rows.isEmpty());
    ParsedCreditNote parsed;
    const CsvRow &first = rows.first();
    readNote(first, parsed.note, issues);
    // Amounts need the currency: the note's own, else the credited invoice's.
    if (first.isBlank(QStringLiteral("currency")))
        parsed.note.currency = invoiceCurrency;
    if (first.isBlank(QStringLiteral("currency")) && first.isBlank(QStringLiteral("invoiceNumber")))
        first.addIssue(issues, QStringLiteral("currency"),
            QCoreApplication::translate(
                "CsvImport", "a credit note for a customer needs a currency"));
    const Currency &c = parsed.note.currency;
    for (const CsvRow &row : rows) {
        checkColumns(first, row, issues);
        if (!c.isValid())
            continue;
        parsed.note.lines.append(readLine(row, c, issues));
        parsed.itemLines.append(row.line());
    }
    if (c.isValid() && !first.isBlank(QStringLiteral("applied"))) {
        parsed.note.recordedApplied = first.money(QStringLiteral("applied"), c, issues);
        if (parsed.note.invoiceNumber.isEmpty())
            first.addIssue(issues, QStringLiteral("applied"),
                QCoreApplication::translate("CsvImport",
                    "a credit note without an invoice applies nothing: leave it empty"));
    }
    const auto totals = parsed.note.totals();
    const auto given = c.isValid() ? first.money(QStringLiteral("grandTotal"), c, issues)
                                   : std::optional<qint64>();
    if (given && totals && *given != totals->grandTotal)
        first.addIssue(issues, QStringLiteral("grandTotal"),
            QCoreApplication::translate("CsvImport",
                "the file's total %1 differs from %2, the total of the lines and their tax")
                .arg(Money::fromMinorUnits(*given, c).toString(),
                    Money::fromMinorUnits(totals->grandTotal, c).toString()));
    return parsed;
}

} // namespace InvoiceDesk::CreditNoteCsv
