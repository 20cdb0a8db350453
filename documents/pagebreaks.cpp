// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <limits>

namespace InvoiceDesk {

namespace {

/** A stretch of the document a page break may not cut: a line of text, a table row. */
struct Span
{
    qreal top = 0;
    qreal bottom = 0;
};

/** A table's header rows and where the table ends: a page that starts in between repeats them. */
struct TableHeader
{
    QRectF rows;
    qreal tableBottom = 0;
};

class SliceFinder
{
public:
    explicit SliceFinder(const QTextDocument &document)
        : mLayout(*document.documentLayout())
    {
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            addLines(block);
            addForcedBreaks(
                block.blockFormat().pageBreakPolicy(), mLayout.blockBoundingRect(block));
        }
        addTables(document.rootFrame());
        mEnd = mLayout.documentSize().height();
    }

    QList<PageSlice> slices(qreal height) const
    {
        QList<PageSlice> pages;
        qreal top = 0;
        do {
            PageSlice page;
            page.top = top;
            // A header taller than half a page is not repeated: the page would hold little else.
            if (const TableHeader *header = headerAt(top);
                header && header->rows.height() * 2 <= height)
                page.header = header->rows;
            page.bottom = breakBefore(top, height - page.header.height());
            pages.append(page);
            top = page.bottom;
        } while (top < mEnd - 0.5);
        return pages;
    }

private:
    void addLines(const QTextBlock &block)
    {
        const QTextLayout *layout = block.layout();
        if (!layout)
            return;
        // The lines' y is the layout's own, whose bounding rectangle the block's is.
        const qreal origin = mLayout.blockBoundingRect(block).top() - layout->boundingRect().top();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            mSpans.append({origin + line.y(), origin + line.y() + line.height()});
        }
    }

    /** A template's page-break-before or -after (QTextFormat::PageBreakPolicy). */
    void addForcedBreaks(QTextFormat::PageBreakFlags policy, const QRectF &where)
    {
        if (policy & QTextFormat::PageBreak_AlwaysBefore)
            mForcedBreaks.append(where.top());
        if (policy & QTextFormat::PageBreak_AlwaysAfter)
            mForcedBreaks.append(where.bottom());
    }

    Span rowContent(QTextTable &table, int row) const
    {
        Span span {std::numeric_limits<qreal>::max(), 0};
        for (int column = 0; column < table.columns(); ++column) {
            const QTextTableCell cell = table.cellAt(row, column);
            span.top = std::min(
                span.top, mLayout.blockBoundingRect(cell.firstCursorPosition().block()).top());
            span.bottom = std::max(
                span.bottom, mLayout.blockBoundingRect(cell.lastCursorPosition().block()).bottom());
        }
        return span;
    }

    void addTables(QTextFrame *frame)
    {
        const auto children = frame->childFrames();
        for (QTextFrame *child : children) {
            addForcedBreaks(
                child->frameFormat().pageBreakPolicy(), mLayout.frameBoundingRect(child));
            if (auto *table = qobject_cast<QTextTable *>(child); table && table->rows() > 0)
                addTable(*table);
            addTables(child);
        }
    }

    void addTable(QTextTable &table)
    {
        QList<Span> contents;
        for (int row = 0; row < table.rows(); ++row)
            contents.append(rowContent(table, row));
        // Rows meet halfway between their contents, where the border between them is drawn. The
        // table's top border is as far above its first row's content, the border's own width
        // more (frameBoundingRect() gives a table's first cell, not its border).
        const qreal gap = contents.size() > 1
            ? std::max<qreal>(0, contents.at(1).top - contents.at(0).bottom)
            : 0;
        const QPaintDevice *device = mLayout.paintDevice();
        const qreal border
            = table.format().border() * (device ? device->logicalDpiY() / 96.0 : 1.0);
        const qreal edge = gap / 2 + border / 2 + 0.5;
        const QRectF frame = mLayout.frameBoundingRect(&table);
        const qreal tableBottom = std::max(frame.bottom(), contents.last().bottom + edge);
        QList<qreal> tops {contents.first().top - edge};
        for (int row = 1; row < table.rows(); ++row)
            tops.append((contents.at(row - 1).bottom + contents.at(row).top) / 2);
        tops.append(tableBottom);
        for (int row = 0; row < table.rows(); ++row)
            mSpans.append({tops.at(row), tops.at(row + 1)});
        const int headerRows = std::min(table.format().headerRowCount(), table.rows());
        if (headerRows <= 0)
            return;
        // The header never ends a page: it stays with the first row under it.
        mSpans.append({tops.at(0), tops.at(std::min(headerRows + 1, table.rows()))});
        const qreal left = frame.left() - edge;
        mHeaders.append(
            {QRectF(left, tops.at(0), frame.right() - left, tops.at(headerRows) - tops.at(0)),
                tableBottom});
    }

    /** The innermost table whose body rows the page starting at `top` continues. */
    const TableHeader *headerAt(qreal top) const
    {
        const TableHeader *found = nullptr;
        for (const TableHeader &header : mHeaders) {
            if (header.rows.bottom() < top - 0.5 && top < header.tableBottom - 0.5
                && (!found || header.rows.top() > found->rows.top()))
                found = &header;
        }
        return found;
    }

    /** Where the page starting at `top` with `room` for its own part ends. */
    qreal breakBefore(qreal top, qreal room) const
    {
        // A template's own break ends the page where it says: it falls between blocks.
        qreal forcedBreak = mEnd;
        for (const qreal forced : mForcedBreaks) {
            if (forced > top + 0.5 && forced < forcedBreak)
                forcedBreak = forced;
        }
        if (forcedBreak <= top + room)
            return forcedBreak;
        const qreal limit = std::min(top + room, mEnd);
        if (limit >= mEnd)
            return mEnd;
        qreal cut = limit;
        for (bool moved = true; moved;) {
            moved = false;
            for (const Span &span : mSpans) {
                const bool fitsOnAPage = span.bottom - span.top <= room;
                if (fitsOnAPage && span.top > top + 0.5 && span.top < cut && span.bottom > cut) {
                    cut = span.top;
                    moved = true;
                }
            }
        }
        return cut;
    }

    const QAbstractTextDocumentLayout &mLayout;
    QList<Span> mSpans;
    QList<TableHeader> mHeaders;
    QList<qreal> mForcedBreaks;
    qreal mEnd = 0;
};

/**
 * Splits the paragraph that page break `y` falls in (between two of its lines) into two, laid
 * out as before; false when the break is between paragraphs.
 */
bool splitParagraphAt(QTextDocument &document, qreal y)
{
    const QAbstractTextDocumentLayout &layout = *document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout *lines = block.layout();
        const QRectF rect = layout.blockBoundingRect(block);
        if (!lines || rect.top() >= y || rect.bottom() <= y)
            continue;
        const qreal origin = rect.top() - lines->boundingRect().top();
        for (int i = 1; i < lines->lineCount(); ++i) {
            // The break is between line i - 1 and line i (at i's top, or in the leading between).
            const QTextLine above = lines->lineAt(i - 1);
            const qreal lineTop = origin + lines->lineAt(i).y();
            if (origin + above.y() + above.height() > y + 0.5 || lineTop < y - 0.5)
                continue;
            QTextCursor cursor(block);
            cursor.setPosition(block.position() + lines->lineAt(i).textStart());
            // A line break typed there (<br>) becomes the paragraph break, not an empty line.
            if (document.characterAt(cursor.position() - 1) == QChar::LineSeparator)
                cursor.deletePreviousChar();
            QTextBlockFormat first = block.blockFormat();
            QTextBlockFormat second = first;
            const QTextFormat::PageBreakFlags policy = first.pageBreakPolicy();
            first.setBottomMargin(0);
            first.setPageBreakPolicy(policy & ~QTextFormat::PageBreak_AlwaysAfter);
            second.setTopMargin(0);
            second.setTextIndent(0);
            second.setPageBreakPolicy(policy & QTextFormat::PageBreak_AlwaysAfter);
            cursor.insertBlock(second);
            QTextCursor(block).setBlockFormat(first);
            // A paragraph's first line has no leading above it: the line moved up by that much,
            // and with it everything below. Put it back where it was, so the pages stay put.
            const QTextBlock rest = cursor.block();
            const QRectF restRect = layout.blockBoundingRect(rest); // lays it out
            if (rest.layout()->lineCount() == 0)
                return true;
            const qreal moved = lineTop
                - (restRect.top() - rest.layout()->boundingRect().top()
                    + rest.layout()->lineAt(0).y());
            if (moved > 0.01) {
                second.setTopMargin(moved);
                cursor.setBlockFormat(second);
            }
            return true;
        }
    }
    return false;
}

} // namespace

QList<PageSlice> cutIntoPages(QTextDocument &document, qreal height)
{
    // A split paragraph is laid out as it was, so the pages stay where they were; a few rounds
    // at most settle any rounding.
    QList<PageSlice> pages = SliceFinder(document).slices(height);
    for (int round = 0; round < 3; ++round) {
        bool split = false;
        for (qsizetype i = 0; i + 1 < pages.size(); ++i)
            split = splitParagraphAt(document, pages.at(i).bottom) || split;
        if (!split)
            break;
        pages = SliceFinder(document).slices(height);
    }
    return pages;
}

} // namespace InvoiceDesk
