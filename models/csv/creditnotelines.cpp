// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "creditnotelines.h"
#include "csvreader.h"

#include <QCoreApplication>
#include <QFile>

namespace InvoiceDesk {

namespace {

QString cellError(const QString &path, int line, const QString &column, const QString &why)
{
    return QCoreApplication::translate("CreditNote", "%1, line %2, column %3: %4")
        .arg(path)
        .arg(line)
        .arg(column, why);
}

/** One row's line; the problems of its cells go to `errors`. */
CreditNoteLine lineFrom(const QHash<QString, QString> &cells, const Currency &currency,
    const QString &path, int row, QStringList &errors)
{
    CreditNoteLine line;
    line.description = cells.value(QStringLiteral("line.description"));
    if (const QString text = cells.value(QStringLiteral("line.quantity")); !text.isEmpty()) {
        if (auto quantity = Quantity::parse(text))
            line.quantity = *quantity;
        else
            errors.append(cellError(path, row, QStringLiteral("line.quantity"), quantity.error()));
    }
    if (auto rate = Money::parse(cells.value(QStringLiteral("line.rate")), currency))
        line.rate = rate->minorUnits();
    else
        errors.append(cellError(path, row, QStringLiteral("line.rate"), rate.error()));
    if (const QString text = cells.value(QStringLiteral("line.taxRate")); !text.isEmpty()) {
        if (auto rate = Percentage::parse(text))
            line.taxRate = *rate;
        else
            errors.append(cellError(path, row, QStringLiteral("line.taxRate"), rate.error()));
    }
    return line;
}

} // namespace

Result<QList<CreditNoteLine>> readCreditNoteLines(const QString &path, const Currency &currency)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QCoreApplication::translate("CreditNote", "Cannot read %1: %2")
                          .arg(path, file.errorString())};
    CsvReader reader(&file, TextEncoding::Utf8);
    QStringList header;
    if (!reader.readRecord(header))
        return Error {QCoreApplication::translate("CreditNote", "%1 has no header row").arg(path)};
    for (QString &name : header)
        name = name.trimmed();
    if (!header.contains(QStringLiteral("line.rate")))
        return Error {
            QCoreApplication::translate("CreditNote", "%1 has no line.rate column").arg(path)};
    QList<CreditNoteLine> lines;
    QStringList errors;
    QStringList fields;
    while (reader.readRecord(fields)) {
        QHash<QString, QString> cells;
        for (qsizetype i = 0; i < header.size() && i < fields.size(); ++i)
            cells.insert(header.at(i), fields.at(i).trimmed());
        auto line = creditLineWithTax(lineFrom(cells, currency, path, reader.recordLine(), errors));
        if (line)
            lines.append(*line);
        else
            errors.append(
                cellError(path, reader.recordLine(), QStringLiteral("line.rate"), line.error()));
    }
    if (reader.hasError())
        errors.append(reader.errorString());
    if (lines.isEmpty() && errors.isEmpty())
        errors.append(QCoreApplication::translate("CreditNote", "%1 has no lines").arg(path));
    if (!errors.isEmpty())
        return Error {errors.join(QLatin1Char('\n'))};
    return lines;
}

} // namespace InvoiceDesk
