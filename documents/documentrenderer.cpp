// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentrenderer.h"
#include "pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTranslator>

#include <optional>

namespace InvoiceDesk {

namespace {

QString builtInFolder()
{
    return QStringLiteral(":/templates");
}

/** "Page %1 of %2" in the document's language. */
QString pageLabel(const QLocale &locale, int page, int pages)
{
    const char *source = QT_TRANSLATE_NOOP("InvoiceDocument", "Page %1 of %2");
    QString text = QString::fromLatin1(source);
    const QString language = locale.name().section(QLatin1Char('_'), 0, 0);
    QTranslator translator;
    if (language != QLatin1String("en")
        && translator.load(QStringLiteral(":/i18n/invoicedesk_%1.qm").arg(language))) {
        const QString translated = translator.translate("InvoiceDocument", source);
        if (!translated.isEmpty())
            text = translated;
    }
    return text.arg(locale.toString(page), locale.toString(pages));
}

/** The invoice's template filled, with its logo and QR code. */
FilledDocument filled(const InvoiceDocument &document, const QString &html)
{
    FilledDocument out {document.fill(html), document.locale(), {}};
    out.images.insert(QStringLiteral("logo"), document.logo());
    // The QR code's modules scaled without smoothing, so a scanner sees sharp edges.
    if (const QImage qr = document.epcQr(); !qr.isNull())
        out.images.insert(QStringLiteral("epcqr"),
            qr.scaled(440, 440, Qt::KeepAspectRatio, Qt::FastTransformation));
    return out;
}

/** Draws `part` of the laid-out document at `y` on the page (at the same x). */
void paintPart(const QTextDocument &text, QPainter &painter, const QRectF &part, qreal y)
{
    painter.save();
    painter.translate(0, y - part.top());
    painter.setClipRect(part);
    QAbstractTextDocumentLayout::PaintContext context;
    // The layout draws a paragraph whose extent only touches the clip (in a table cell it
    // reaches a pixel beyond its lines), and then the line above the clip too: in a PDF its text
    // would be there, unseen, for search and copy. Pages are cut between lines, at least 30
    // pixels tall at 300 dpi, so keeping two pixels in from the cut draws every line there is.
    context.clip = part.adjusted(0, 2, 0, -2);
    text.documentLayout()->draw(&painter, context);
    painter.restore();
}

/** Draws one document's pages, starting on the device's current page. */
void paintDocument(const FilledDocument &document, QPagedPaintDevice &device, QPainter &painter)
{
    QTextDocument text;
    // Laid out at the device's resolution, as QTextDocument::print does: fonts in points stay
    // points on paper.
    text.documentLayout()->setPaintDevice(&device);
    for (auto it = document.images.cbegin(); it != document.images.cend(); ++it)
        text.addResource(QTextDocument::ImageResource, QUrl(it.key()), *it);
    text.setHtml(document.html);
    text.setDocumentMargin(0);
    const QRect page = device.pageLayout().paintRectPixels(device.logicalDpiY());
    const qreal footer = 24.0 * device.logicalDpiY() / 72.0;
    const qreal body = page.height() - footer;
    // One tall page, cut where no line or row is split (pagebreaks.h).
    text.setTextWidth(page.width());
    const QList<PageSlice> slices = cutIntoPages(text, body);
    const int pages = int(slices.size());
    QFont small = text.defaultFont();
    small.setPointSizeF(8);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        const PageSlice &slice = slices.at(i);
        if (!slice.header.isEmpty())
            paintPart(text, painter, slice.header, 0);
        paintPart(text, painter, {0, slice.top, qreal(page.width()), slice.bottom - slice.top},
            slice.header.height());
        painter.setFont(QFont(small, &device));
        painter.drawText(QRectF(0, body, page.width(), footer), Qt::AlignRight | Qt::AlignBottom,
            pageLabel(document.locale, i + 1, pages));
    }
}

/** A4 with the margins the templates are drawn for, at 300 dpi. */
void setUpPages(QPdfWriter &writer)
{
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 16, 18, 12), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setCreator(QStringLiteral("InvoiceDesk"));
}

} // namespace

QString DocumentRenderer::userTemplateFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("templates"));
}

namespace {

/** The statement's template name; not an invoice template, so never offered for invoices. */
const QLatin1String kStatement("statement");

/** The user's copy of template `name`, else the built-in one; nothing when neither exists. */
std::optional<QString> readTemplate(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (!valid.match(name).hasMatch())
        return std::nullopt;
    const QString file = name + QStringLiteral(".html");
    for (const QString &path : {QDir(DocumentRenderer::userTemplateFolder()).filePath(file),
             QDir(builtInFolder()).filePath(file)}) {
        QFile f(path);
        if (f.exists() && f.open(QIODevice::ReadOnly))
            return QString::fromUtf8(f.readAll());
    }
    return std::nullopt;
}

} // namespace

Result<QString> DocumentRenderer::loadTemplate(const QString &name)
{
    if (name != kStatement) {
        if (auto html = readTemplate(name))
            return *html;
    }
    return Error {QCoreApplication::translate("DocumentRenderer",
        "There is no template named \"%1\"; the templates are %2 (your own go in %3)")
                      .arg(name, templateNames().join(QStringLiteral(", ")), userTemplateFolder())};
}

QStringList DocumentRenderer::templateNames()
{
    QStringList names = QDir(builtInFolder()).entryList({QStringLiteral("*.html")});
    names += QDir(userTemplateFolder()).entryList({QStringLiteral("*.html")});
    for (QString &n : names)
        n.chop(5);
    names.removeAll(kStatement);
    names.removeDuplicates();
    names.sort();
    return names;
}

Result<QString> DocumentRenderer::loadStatementTemplate()
{
    if (auto html = readTemplate(kStatement))
        return *html;
    return Error {
        QCoreApplication::translate("DocumentRenderer", "The statement template is missing")};
}

Status DocumentRenderer::print(
    const QList<const InvoiceDocument *> &documents, const QString &html, QPagedPaintDevice &device)
{
    QList<FilledDocument> pages;
    for (const InvoiceDocument *document : documents)
        pages.append(filled(*document, html));
    return print(pages, device);
}

Status DocumentRenderer::writePdf(
    const QList<const InvoiceDocument *> &documents, const QString &html, const QString &path)
{
    QList<FilledDocument> pages;
    for (const InvoiceDocument *document : documents)
        pages.append(filled(*document, html));
    return writePdf(pages, documents.isEmpty() ? QString() : documents.first()->title(), path);
}

Status DocumentRenderer::print(const QList<FilledDocument> &documents, QPagedPaintDevice &device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return Error {QCoreApplication::translate("DocumentRenderer", "Cannot start printing")};
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (i > 0)
            device.newPage();
        paintDocument(documents.at(i), device, painter);
    }
    painter.end();
    return {};
}

Status DocumentRenderer::writePdf(
    const QList<FilledDocument> &documents, const QString &title, const QString &path)
{
    if (!QFileInfo(path).absoluteDir().exists())
        return Error {QCoreApplication::translate(
            "DocumentRenderer", "Cannot write %1: there is no such folder")
                          .arg(path)};
    QPdfWriter writer(path);
    setUpPages(writer);
    writer.setTitle(title);
    if (auto status = print(documents, writer); !status)
        return Error {QCoreApplication::translate("DocumentRenderer", "Cannot write %1").arg(path)};
    return {};
}

Status DocumentRenderer::writePdfA(
    const QList<const InvoiceDocument *> &documents, const QString &html, QIODevice &out)
{
    QPdfWriter writer(&out);
    setUpPages(writer);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    if (!documents.isEmpty())
        writer.setTitle(documents.first()->title());
    if (auto status = print(documents, html, writer); !status)
        return Error {
            QCoreApplication::translate("DocumentRenderer", "Cannot write the PDF of the invoice")};
    return {};
}

} // namespace InvoiceDesk
