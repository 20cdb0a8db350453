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

/** Everything one printed invoice shows. */
struct InvoiceDocumentData
{
    Invoice invoice;
    CompanyProfile company;
    PaymentSummary payments;
    /** The company's tax codes: their categories and exemption reasons. */
    QList<TaxCode> taxCodes;
    DocumentType type = DocumentType::Invoice;
    /** The invoice's language and number and date formats. */
    QLocale locale {QLocale::English, QLocale::UnitedKingdom};
};

/**
 * Fills an HTML template with an invoice (issue 14 item 2): {{name}} placeholders become the
 * HTML-escaped values of placeholders(), {{lineRows}} and {{taxRows}} table rows, and
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
    qint64 outstanding() const;
    const QLocale &locale() const { return mData.locale; }
    /** "Invoice INV-1": the PDF's title. */
    QString title() const;

private:
    QString label(const char *source) const;
    QString money(qint64 minorUnits) const;
    QString date(const QDate &day) const;
    void addCompany(QHash<QString, QString> &values) const;
    void addAddresses(QHash<QString, QString> &values) const;
    void addTotals(QHash<QString, QString> &values) const;
    void addLabels(QHash<QString, QString> &values) const;
    QString lineRows() const;
    QString taxRows() const;

    InvoiceDocumentData mData;
    QTranslator mTranslator;
    bool mTranslated = false;
};

} // namespace InvoiceDesk
