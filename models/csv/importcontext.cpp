// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontext.h"

namespace InvoiceDesk {

void ImportContext::reject(const QList<CsvRow> &rows, const QList<ImportIssue> &issues)
{
    ++report.rejected;
    report.issues += issues;
    QStringList texts;
    for (const ImportIssue &issue : issues)
        texts.append(issue.toString());
    const QString why = texts.join(QStringLiteral("; "));
    for (const CsvRow &row : rows)
        refused.add(row.fields(), row.line(), why);
}

void ImportContext::addProblems(const Problems &problems, const QList<CsvRow> &rows,
    const QList<int> &itemLines, QList<ImportIssue> &issues) const
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

bool ImportContext::fail(const QString &error)
{
    report.fatalError = error;
    return false;
}

} // namespace InvoiceDesk
