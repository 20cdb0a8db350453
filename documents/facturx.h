// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>

namespace InvoiceDesk {

/**
 * Turns an invoice PDF/A-1b (DocumentRenderer::writePdfA) into a ZUGFeRD/Factur-X PDF/A-3b
 * (issue 14 item 5) with libqpdf, the only place that uses it: the CII XML attached as
 * factur-x.xml (EmbeddedFiles name tree and the catalog's /AF, /AFRelationship /Alternative,
 * /Subtype text/xml, /Params /ModDate) and the XMP metadata claiming PDF/A-3b with the
 * Factur-X extension schema (profile EN 16931).
 */
class FacturX
{
public:
    /** The attached file's name, which the Factur-X standard fixes. */
    static constexpr const char *fileName = "factur-x.xml";

    /** `pdf` with `cii` attached, modified at `when`; an error when `pdf` cannot be read. */
    static Result<QByteArray> attach(
        const QByteArray &pdf, const QByteArray &cii, const QDateTime &when);

    /** Qt's PDF/A-1b XMP packet made PDF/A-3b with the Factur-X schema; empty when `xmp` has no
     * pdfaid:part or rdf:RDF to change. */
    static QByteArray metadata(const QByteArray &xmp);
};

} // namespace InvoiceDesk
