// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// UBL 2.1 (issue 14 item 5): the EN 16931 core invoice with XRechnung's extra fields (buyer
// reference, seller contact, electronic addresses, payment means with the IBAN).
#include "einvoice.h"

#include <QXmlStreamWriter>

namespace InvoiceDesk {

namespace {

const QString kCac
    = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2");
const QString kCbc
    = QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");

/** Writes cbc: and cac: elements; empty optional values are left out. */
class Ubl
{
public:
    explicit Ubl(QXmlStreamWriter &w, const EInvoice &e)
        : w(w)
        , e(e)
    {
    }
    void cbc(const char *name, const QString &value)
    {
        if (!value.isEmpty())
            w.writeTextElement(kCbc, QLatin1String(name), value);
    }
    void money(const char *name, qint64 minorUnits)
    {
        w.writeStartElement(kCbc, QLatin1String(name));
        w.writeAttribute(QStringLiteral("currencyID"), e.data.invoice.currency.code());
        w.writeCharacters(e.amount(minorUnits));
        w.writeEndElement();
    }
    void begin(const char *name) { w.writeStartElement(kCac, QLatin1String(name)); }
    void end() { w.writeEndElement(); }
    void address(const QString &street, const QString &more, const QString &city,
        const QString &zip, const QString &country)
    {
        begin("PostalAddress");
        cbc("StreetName", street);
        cbc("AdditionalStreetName", more);
        cbc("CityName", city);
        cbc("PostalZone", zip);
        begin("Country");
        cbc("IdentificationCode", country);
        end();
        end();
    }
    void vatScheme()
    {
        begin("TaxScheme");
        cbc("ID", QStringLiteral("VAT"));
        end();
    }
    void endpoint(const QString &email)
    {
        if (email.isEmpty())
            return;
        w.writeStartElement(kCbc, QStringLiteral("EndpointID"));
        w.writeAttribute(QStringLiteral("schemeID"), QStringLiteral("EM"));
        w.writeCharacters(email);
        w.writeEndElement();
    }
    void partyTax(const QString &vatId)
    {
        if (vatId.isEmpty())
            return;
        begin("PartyTaxScheme");
        cbc("CompanyID", vatId);
        vatScheme();
        end();
    }

    void billingReference();
    void seller();
    void buyer();
    void delivery();
    void payment();
    void taxTotal();
    void totals();
    void line(const EInvoice::Line &line, bool creditNote);

    QXmlStreamWriter &w;
    const EInvoice &e;
};

void Ubl::billingReference()
{
    const CreditReference &credit = e.data.credit;
    if (!e.isCreditNote() || credit.invoiceNumber.isEmpty())
        return;
    begin("BillingReference");
    begin("InvoiceDocumentReference");
    cbc("ID", credit.invoiceNumber);
    cbc("IssueDate", credit.invoiceDate.toString(Qt::ISODate));
    end();
    end();
}

void Ubl::seller()
{
    const CompanyProfile &c = e.data.company;
    const auto v = [&](const char *key) { return c.value(QString::fromLatin1(key)); };
    begin("AccountingSupplierParty");
    begin("Party");
    endpoint(v("email"));
    address(v("address1"), v("address2"), v("city"), v("zip"), v("countryId"));
    partyTax(v("vatId"));
    begin("PartyLegalEntity");
    cbc("RegistrationName", v("name"));
    cbc("CompanyID", v("registration"));
    end();
    if (!v("phone").isEmpty() || !v("email").isEmpty()) {
        begin("Contact");
        cbc("Name", v("name"));
        cbc("Telephone", v("phone"));
        cbc("ElectronicMail", v("email"));
        end();
    }
    end();
    end();
}

void Ubl::buyer()
{
    const Address &a = e.data.invoice.billing;
    begin("AccountingCustomerParty");
    begin("Party");
    endpoint(a.email);
    address(a.address1, a.address2, a.city, a.zip, a.countryId);
    partyTax(e.buyerVatId);
    begin("PartyLegalEntity");
    cbc("RegistrationName", e.data.invoice.customerName());
    end();
    end();
    end();
}

void Ubl::delivery()
{
    const Invoice &i = e.data.invoice;
    const Address &s = i.shipping;
    if (!i.deliveryDate.isValid() && s.isEmpty())
        return;
    begin("Delivery");
    cbc("ActualDeliveryDate", i.deliveryDate.toString(Qt::ISODate));
    if (!s.countryId.isEmpty()) {
        begin("DeliveryLocation");
        begin("Address");
        cbc("StreetName", s.address1);
        cbc("AdditionalStreetName", s.address2);
        cbc("CityName", s.city);
        cbc("PostalZone", s.zip);
        begin("Country");
        cbc("IdentificationCode", s.countryId);
        end();
        end();
        end();
    }
    end();
}

void Ubl::payment()
{
    const CompanyProfile &c = e.data.company;
    begin("PaymentMeans");
    cbc("PaymentMeansCode", e.paymentMeansCode);
    cbc("PaymentID", e.data.invoice.number);
    // A credit note is cleared between the partners: the seller's account receives nothing.
    if (!e.isCreditNote() && !c.value(QStringLiteral("iban")).isEmpty()) {
        begin("PayeeFinancialAccount");
        cbc("ID", c.value(QStringLiteral("iban")));
        cbc("Name", c.value(QStringLiteral("name")));
        if (!c.value(QStringLiteral("bic")).isEmpty()) {
            begin("FinancialInstitutionBranch");
            cbc("ID", c.value(QStringLiteral("bic")));
            end();
        }
        end();
    }
    end();
    if (!e.paymentTerms.isEmpty()) {
        begin("PaymentTerms");
        cbc("Note", e.paymentTerms);
        end();
    }
}

void Ubl::taxTotal()
{
    begin("TaxTotal");
    money("TaxAmount", e.taxTotal);
    for (const EInvoice::Breakdown &b : e.breakdown) {
        begin("TaxSubtotal");
        money("TaxableAmount", b.base);
        money("TaxAmount", b.tax);
        begin("TaxCategory");
        cbc("ID", b.category);
        cbc("Percent", b.percent);
        cbc("TaxExemptionReason", b.exemptionReason);
        vatScheme();
        end();
        end();
    }
    end();
}

void Ubl::totals()
{
    begin("LegalMonetaryTotal");
    money("LineExtensionAmount", e.lineTotal);
    money("TaxExclusiveAmount", e.lineTotal);
    money("TaxInclusiveAmount", e.grandTotal());
    if (e.prepaid != 0)
        money("PrepaidAmount", e.prepaid);
    money("PayableAmount", e.payable());
    end();
}

void Ubl::line(const EInvoice::Line &line, bool creditNote)
{
    begin(creditNote ? "CreditNoteLine" : "InvoiceLine");
    cbc("ID", line.id);
    w.writeStartElement(
        kCbc, creditNote ? QStringLiteral("CreditedQuantity") : QStringLiteral("InvoicedQuantity"));
    w.writeAttribute(QStringLiteral("unitCode"), line.unitCode);
    w.writeCharacters(line.quantity);
    w.writeEndElement();
    money("LineExtensionAmount", line.net);
    if (line.allowance != 0) {
        begin("AllowanceCharge");
        cbc("ChargeIndicator", QStringLiteral("false"));
        cbc("AllowanceChargeReason", QStringLiteral("Discount"));
        money("Amount", line.allowance);
        end();
    }
    begin("Item");
    cbc("Name", line.name);
    if (!line.sellerId.isEmpty()) {
        begin("SellersItemIdentification");
        cbc("ID", line.sellerId);
        end();
    }
    begin("ClassifiedTaxCategory");
    cbc("ID", line.category);
    cbc("Percent", line.percent);
    vatScheme();
    end();
    end();
    begin("Price");
    money("PriceAmount", line.price);
    end();
    end();
}

} // namespace

QByteArray writeUbl(const EInvoice &e)
{
    const bool creditNote = e.data.type == DocumentType::CreditNote;
    const Invoice &i = e.data.invoice;
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    const QString root = creditNote ? QStringLiteral("CreditNote") : QStringLiteral("Invoice");
    w.writeDefaultNamespace(QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:") + root
        + QStringLiteral("-2"));
    w.writeNamespace(kCac, QStringLiteral("cac"));
    w.writeNamespace(kCbc, QStringLiteral("cbc"));
    w.writeStartElement(QStringLiteral("urn:oasis:names:specification:ubl:schema:xsd:") + root
            + QStringLiteral("-2"),
        root);
    Ubl ubl(w, e);
    ubl.cbc("CustomizationID", QStringLiteral("urn:cen.eu:en16931:2017"));
    ubl.cbc("ID", i.number);
    ubl.cbc("IssueDate", i.date.toString(Qt::ISODate));
    if (!creditNote)
        ubl.cbc("DueDate", i.dueDate.toString(Qt::ISODate));
    ubl.cbc(
        creditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode", QString::number(int(e.data.type)));
    ubl.cbc("Note", e.note);
    ubl.cbc("DocumentCurrencyCode", i.currency.code());
    ubl.cbc("BuyerReference", i.buyerReference);
    ubl.billingReference();
    ubl.seller();
    ubl.buyer();
    ubl.delivery();
    ubl.payment();
    ubl.taxTotal();
    ubl.totals();
    for (const EInvoice::Line &line : e.lines)
        ubl.line(line, creditNote);
    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

} // namespace InvoiceDesk
