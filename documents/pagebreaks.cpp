// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagebreaks.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
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
    qreal top = 0;
    qreal bottom = 0;
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
            if (const TableHeader *header = headerAt(top)) {
                page.headerTop = header->top;
                page.headerBottom = header->bottom;
            }
            // A header taller than half a page is not repeated: the page would hold little else.
            if (page.headerHeight() * 2 > height)
                page.headerTop = page.headerBottom = 0;
            page.bottom = breakBefore(top, height - page.headerHeight());
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

    /** Where row `row` of the table starts: halfway between its content and the row above's. */
    qreal rowTop(QTextTable &table, int row) const
    {
        const qreal contentTop = rowContent(table, row).top;
        if (row == 0)
            return mLayout.frameBoundingRect(&table).top();
        return (rowContent(table, row - 1).bottom + contentTop) / 2;
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
        const qreal tableBottom = mLayout.frameBoundingRect(&table).bottom();
        QList<qreal> tops;
        for (int row = 0; row < table.rows(); ++row)
            tops.append(rowTop(table, row));
        tops.append(tableBottom);
        for (int row = 0; row < table.rows(); ++row)
            mSpans.append({tops.at(row), tops.at(row + 1)});
        const int headerRows = std::min(table.format().headerRowCount(), table.rows());
        if (headerRows <= 0)
            return;
        // The header never ends a page: it stays with the first row under it.
        mSpans.append({tops.at(0), tops.at(std::min(headerRows + 1, table.rows()))});
        mHeaders.append({tops.at(0), tops.at(headerRows), tableBottom});
    }

    /** The innermost table whose body rows the page starting at `top` continues. */
    const TableHeader *headerAt(qreal top) const
    {
        const TableHeader *found = nullptr;
        for (const TableHeader &header : mHeaders) {
            if (header.bottom < top - 0.5 && top < header.tableBottom - 0.5
                && (!found || header.top > found->top))
                found = &header;
        }
        return found;
    }

    /** Where the page starting at `top` with `room` for its own part ends. */
    qreal breakBefore(qreal top, qreal room) const
    {
        qreal limit = std::min(top + room, mEnd);
        for (const qreal forced : mForcedBreaks) {
            if (forced > top + 0.5 && forced < limit)
                limit = forced;
        }
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

} // namespace

QList<PageSlice> pageSlices(const QTextDocument &document, qreal height)
{
    return SliceFinder(document).slices(height);
}

} // namespace InvoiceDesk
