// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoicedocument.h"
#include "result.h"

#include <QHash>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

class QIODevice;
class QPagedPaintDevice;
class QPdfWriter;
class QTextDocument;

namespace InvoiceDesk {

/** A document ready to lay out: its filled HTML, the images the HTML names (src="logo"), and
 * its language, which the page numbers below each page are written in. */
struct FilledDocument
{
    QString html;
    QLocale locale;
    QHash<QString, QImage> images;
};

/**
 * Lays filled templates (invoices, credit notes, statements) out as pages (issue 14 item 2) with Qt
 * alone: a QTextDocument from the HTML, its table header rows repeated on every page, and "Page n
 * of m" under each page in the document's language. Several documents go into one output, each from
 * a new page. The one place that sets up pages and writes PDFs.
 */
class DocumentRenderer
{
public:
    /** The template `name`: the user's copy in the data folder's templates/, else the built-in
     * one; an error names the templates there are. */
    static Result<QString> loadTemplate(const QString &name);
    /** The customer statement's template (issue 14 item 3): the user's templates/statement.html,
     * else the built-in one. It is no invoice template: loadTemplate refuses its name. */
    static Result<QString> loadStatementTemplate();
    /** The names of the invoice templates: built-in and the user's, sorted, each once. */
    static QStringList templateNames();
    /** The folder a user's templates live in (the application data folder's templates/). */
    static QString userTemplateFolder();

    /** Prints the documents on `device` (a QPdfWriter or a QPrinter). */
    static Status print(const QList<const InvoiceDocument *> &documents, const QString &html,
        QPagedPaintDevice &device);
    /** Writes the documents to a PDF file at `path`. */
    static Status writePdf(
        const QList<const InvoiceDocument *> &documents, const QString &html, const QString &path);

    /** Prints filled documents on `device`, each from a new page. */
    static Status print(const QList<FilledDocument> &documents, QPagedPaintDevice &device);
    /** Writes filled documents to an A4 PDF at `path` titled `title`. */
    static Status writePdf(
        const QList<FilledDocument> &documents, const QString &title, const QString &path);
    /** Writes the documents as PDF/A-1b (fonts embedded, XMP metadata, sRGB output intent) to
     * `out`: the base of a ZUGFeRD/Factur-X invoice, which FacturX turns into PDF/A-3b. */
    static Status writePdfA(
        const QList<const InvoiceDocument *> &documents, const QString &html, QIODevice &out);
};

} // namespace InvoiceDesk
