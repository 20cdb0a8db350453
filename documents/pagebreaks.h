// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>

class QTextDocument;

namespace InvoiceDesk {

/** One printed page of a document laid out as a single tall page. */
struct PageSlice
{
    qreal top = 0; ///< where the page's own part starts in the document
    qreal bottom = 0; ///< where it ends (the next page's top)
    /** The header rows of the table the page continues, repeated above its part; empty: none. */
    QRectF header;
};

/**
 * Cuts a document laid out without pages (QTextDocument::setTextWidth) into pages of `height`,
 * never through a line of text and never through a table row that fits on a page: a line item
 * stays whole, with its description, on one page. A page that continues a table repeats its
 * header rows (<thead>), as QTextDocument's own pagination does; a table's header stays with its
 * first row. A template's page-break-before and page-break-after are kept.
 *
 * A paragraph cut between pages is split in two there (the document changes): Qt draws the
 * line above a page's top as well, unseen but in the PDF's text, where search and copy would
 * find it twice.
 */
QList<PageSlice> cutIntoPages(QTextDocument &document, qreal height);

} // namespace InvoiceDesk
