// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linecolumns.h"
#include "csvreader.h"

#include <QCoreApplication>

namespace InvoiceDesk::LineColumns {

const QStringList &names()
{
    static const QStringList all = {QStringLiteral("line.discountPercent"),
        QStringLiteral("line.discountAmount"), QStringLiteral("line.taxCode")};
    return all;
}

QStringList cells(const LineItem &line, const Currency &currency)
{
    return {line.discountPercent ? line.discountPercent->toString() : QString(),
        line.discountAmount ? Money::fromMinorUnits(*line.discountAmount, currency).toString()
                            : QString(),
        FormulaGuard::neutralise(line.taxCode)};
}

void read(const CsvRow &row, const Currency &currency, LineItem &line, QList<ImportIssue> &issues)
{
    const QString percentColumn = QStringLiteral("line.discountPercent");
    const QString amountColumn = QStringLiteral("line.discountAmount");
    line.discountPercent = row.percentage(percentColumn, issues);
    if (currency.isValid())
        line.discountAmount = row.money(amountColumn, currency, issues);
    if (!row.isBlank(percentColumn) && !row.isBlank(amountColumn))
        row.addIssue(issues, amountColumn,
            QCoreApplication::translate(
                "CsvImport", "a line takes line.discountPercent or line.discountAmount, not both"));
    line.taxCode = row.text(QStringLiteral("line.taxCode")).trimmed();
}

} // namespace InvoiceDesk::LineColumns
