// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "companyprofile.h"
#include "invoice.h"
#include "payment.h"
#include "taxcode.h"

#include <QHash>
#include <QImage>
#include <QLocale>
#include <QTranslator>

namespace InvoiceDesk {

/** The UNTDID 1001 document type of a document: 380 invoice, 381 credit note. */
enum class DocumentType { Invoice = 380, CreditNote = 381 };

/** What a credit note shows besides an invoice's fields (issue 13 item 3): the invoice it
 * credits (empty for a credit note for the customer) and why. */
struct CreditReference
{
    QString invoiceNumber;
    QDate invoiceDate;
    QString reason;
    qint64 customerId = 0; ///< the customer the note credits
    /** The part that reduced what the invoice owed; the rest of `gross` is customer credit. */
    qint64 applied = 0;
    qint64 gross = 0; ///< the note's grand total, minor units
};

/** Everything one printed invoice (or credit note) shows. */
struct InvoiceDocumentData
{
    Invoice invoice;
    CompanyProfile company;
    PaymentSummary payments;
    /** What the invoice's credit notes credit (the books' credited total); 0 on a credit note. */
    qint64 credited = 0;
    /** The company's tax codes: their categories and exemption reasons. */
    QList<TaxCode> taxCodes;
    DocumentType type = DocumentType::Invoice;
    /** A credit note's invoice and reason; empty for an invoice. */
    CreditReference credit;
    /** Each line's tax as it was fixed when the document was issued (a credit note's lines);
     * empty: computed from the lines' rates. */
    QList<qint64> lineTax;
    /** The invoice's language and number and date formats. */
    QLocale locale {QLocale::English, QLocale::UnitedKingdom};
};

/**
 * Fills an HTML template with an invoice (issue 14 item 2): {{name}} placeholders become the
 * HTML-escaped values of placeholders(), {{lineRows}}, {{taxRows}}, {{adjustmentRows}} and
 * {{creditRows}} table rows, and
 * {{label.KEY}} the fixed words in the invoice's language. The logo and the EPC QR code are
 * images the renderer registers under the names logo and epcqr.
 */
class InvoiceDocument
{
public:
    explicit InvoiceDocument(InvoiceDocumentData data);

    /** The locale's language for the invoice's billing country, English where none. */
    static QLocale localeFor(const Invoice &invoice);

    /** Every placeholder's value, escaped for HTML (rows and images included). */
    QHash<QString, QString> placeholders() const;
    /** The template with every placeholder replaced; unknown ones are left as they are. */
    QString fill(const QString &htmlTemplate) const;
    QImage logo() const;
    /** The GiroCode of an EUR invoice with an IBAN and something outstanding, else null. */
    QImage epcQr() const;
    QString epcPayload() const;
    qint64 outstanding() const { return outstanding(mData); }
    /** What is owed, as the books say (InvoiceHeader::outstanding()): the total less what was
     * paid net of refunds and what credit notes credit, never below 0; 0 on a cancelled invoice
     * and on a credit note. */
    static qint64 outstanding(const InvoiceDocumentData &data);
    /** What cancelling the invoice wrote off: the rest of a cancelled invoice's total after
     * what was paid and credited; 0 on an invoice that is not cancelled. */
    static qint64 cancelledAmount(const InvoiceDocumentData &data);
    const QLocale &locale() const { return mData.locale; }
    /** "Invoice INV-1" or "Credit Note CN-0001": the PDF's title. */
    QString title() const;
    /** The tax of line `index`: fixed when issued (lineTax), else its rate applied. */
    static qint64 lineTax(const InvoiceDocumentData &data, qsizetype index);
    /**
     * The template with its sections resolved: {{#invoice}}…{{/invoice}} kept for an invoice,
     * {{#creditNote}}…{{/creditNote}} for a credit note, the markers removed.
     */
    static QString sections(const QString &htmlTemplate, DocumentType type);

private:
    QString label(const char *source) const;
    /** The legal notice of a VAT category without tax (reverse charge, ...); "" for others. */
    QString taxNotice(const QString &category) const;
    QString money(qint64 minorUnits) const;
    QString date(const QDate &day) const;
    void addCompany(QHash<QString, QString> &values) const;
    void addAddresses(QHash<QString, QString> &values) const;
    void addTotals(QHash<QString, QString> &values) const;
    void addLabels(QHash<QString, QString> &values) const;
    void addCredit(QHash<QString, QString> &values) const;
    bool isCreditNote() const { return mData.type == DocumentType::CreditNote; }
    QString lineRows() const;
    QString taxRows() const;
    QString creditRows() const;
    /** Discount and shipping rows of the totals, each only when the invoice has it. */
    QString adjustmentRows(const InvoiceTotals &totals) const;
    /** One row of the totals table: its words (escaped here) and its amount (already HTML). */
    QString totalRow(const QString &text, const QString &amount) const;

    InvoiceDocumentData mData;
    QTranslator mTranslator;
    bool mTranslated = false;
};

} // namespace InvoiceDesk
