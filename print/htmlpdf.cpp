// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlpdf.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace InvoiceDesk {

Status HtmlPdf::write(const QString &html, const QString &title, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return Error {QCoreApplication::translate("Print", "cannot write %1: %2")
                          .arg(path, file.errorString())};
    }
    QPdfWriter writer(&file);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("InvoiceDesk"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QTextDocument document;
    document.setDefaultStyleSheet(QStringLiteral(
        "body { font-size: 9pt; } h1 { font-size: 16pt; } th { background: #e8e8e8; }"));
    document.setHtml(html);
    document.print(&writer);
    file.close();
    if (file.error() != QFileDevice::NoError) {
        return Error {QCoreApplication::translate("Print", "cannot write %1: %2")
                          .arg(path, file.errorString())};
    }
    return {};
}

} // namespace InvoiceDesk
