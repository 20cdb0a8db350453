// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementexport.h"
#include "documentrenderer.h"
#include "receivablesformat.h"
#include "statementdocument.h"

#include <QCoreApplication>
#include <QFile>

namespace InvoiceDesk::StatementExport {

namespace {

Result<QStringList> writePdf(const QList<CustomerStatement> &statements,
    const CompanyProfile &company, const QLocale &locale, const QString &path)
{
    const auto html = DocumentRenderer::loadStatementTemplate();
    if (!html)
        return Error {html.error()};
    QList<FilledDocument> pages;
    for (const CustomerStatement &s : statements)
        pages.append(StatementDocument(s, company, locale).filled(*html));
    const QString title = QCoreApplication::translate("StatementDocument", "Statement of %1")
                              .arg(statements.isEmpty() ? QString() : statements.first().customer);
    if (auto written = DocumentRenderer::writePdf(pages, title, path); !written)
        return Error {written.error()};
    return QStringList {path};
}

Result<QStringList> writeCsv(const QList<CustomerStatement> &statements, const QString &path)
{
    QStringList written;
    for (const CustomerStatement &s : statements) {
        const QString target = statementPath(path, s.currency, statements.size() > 1);
        QFile file(target);
        const QByteArray bytes = statementCsv(s);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(bytes) != bytes.size() || !file.flush())
            return Error {QCoreApplication::translate("StatementDocument", "Cannot write %1: %2")
                              .arg(target, file.errorString())};
        written.append(target);
    }
    return written;
}

} // namespace

Result<QStringList> write(const QList<CustomerStatement> &statements, const CompanyProfile &company,
    const QLocale &locale, const QString &path)
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return writePdf(statements, company, locale, path);
    return writeCsv(statements, path);
}

} // namespace InvoiceDesk::StatementExport
