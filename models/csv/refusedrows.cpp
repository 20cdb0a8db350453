// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "refusedrows.h"
#include "csvreader.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <algorithm>

namespace InvoiceDesk {

void RefusedRows::add(const QStringList &fields, int line, const QString &why)
{
    mRows.append({line, fields, why});
}

Status RefusedRows::write(const QString &path, const QStringList &header, QChar separator) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QCoreApplication::translate("CsvImport", "Cannot write %1: %2")
                          .arg(path, file.errorString())};
    CsvWriter writer(&file, separator);
    writer.writeRecord(QStringList(header) << QStringLiteral("error"));
    QList<Row> rows = mRows;
    std::stable_sort(
        rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.line < b.line; });
    for (Row &row : rows) {
        while (row.fields.size() < header.size())
            row.fields.append(QString());
        writer.writeRecord(row.fields << row.why);
    }
    if (!file.commit())
        return Error {QCoreApplication::translate("CsvImport", "Cannot write %1: %2")
                          .arg(path, file.errorString())};
    return {};
}

} // namespace InvoiceDesk
