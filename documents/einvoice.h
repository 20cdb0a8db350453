// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoicedocument.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace InvoiceDesk {

/**
 * An invoice as EN 16931 sees it (issue 14 item 5): lines with their VAT category, the VAT
 * breakdown per category and rate, and the document totals, all in minor units. Built only
 * from an invoice that has every element the standard requires; the refusal names what is
 * missing in a bookkeeper's words.
 */
struct EInvoice
{
    struct Line
    {
        QString id;
        QString quantity; ///< decimal text
        QString unitCode; ///< UN/ECE Rec 20
        QString name;
        QString sellerId;
        qint64 price = 0; ///< net unit price
        qint64 allowance = 0; ///< the line's discount
        qint64 net = 0;
        QString category;
        QString percent; ///< empty for category O
    };
    struct Breakdown
    {
        QString category;
        QString percent;
        qint64 base = 0;
        qint64 tax = 0;
        QString exemptionReason;
        qint64 rate = 0; ///< the rate, Percentage::scaled()
    };

    InvoiceDocumentData data;
    QString buyerVatId;
    QList<Line> lines;
    QList<Breakdown> breakdown;
    qint64 lineTotal = 0;
    qint64 taxTotal = 0;
    qint64 prepaid = 0;
    QString paymentMeansCode;
    /** BT-22: the invoice's note, a credit note's reason. */
    QString note;
    /** BT-20: the company's payment terms; for a credit note, how it is settled. */
    QString paymentTerms;

    bool isCreditNote() const { return data.type == DocumentType::CreditNote; }
    qint64 grandTotal() const { return lineTotal + taxTotal; }
    qint64 payable() const { return grandTotal() - prepaid; }
    /** Minor units as the XML writes them: "1234.56". */
    QString amount(qint64 minorUnits) const;

    /**
     * The e-invoice of `data`, or every missing element, one sentence each. EN 16931 wants each
     * rate's tax computed on the sum of its lines (BR-CO-17, BR-S-09: within one unit of the
     * currency); the invoice's tax, rounded line by line, is kept, and an invoice whose tax is
     * further from that is refused, naming the rate and both amounts. An invoice whose typed tax
     * total is the tax rounded per rate (an import profile's "taxRounding": "per-rate") gives
     * each rate's tax so.
     */
    static Result<EInvoice> from(const InvoiceDocumentData &data, const QString &buyerVatId);
};

/** UBL 2.1 Invoice (or CreditNote) XML following EN 16931 with XRechnung's extra fields. */
QByteArray writeUbl(const EInvoice &invoice);
/** UN/CEFACT Cross Industry Invoice (D16B) XML following EN 16931, as Factur-X embeds it. */
QByteArray writeCii(const EInvoice &invoice);

} // namespace InvoiceDesk
