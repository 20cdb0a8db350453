// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// UN/CEFACT CII D16B (issue 14 item 5): the EN 16931 profile, elements in the schema's order.
#include "einvoice.h"

#include <QXmlStreamWriter>

namespace InvoiceDesk {

namespace {

const QString kRsm = QStringLiteral("urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100");
const QString kRam = QStringLiteral(
    "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100");
const QString kUdt = QStringLiteral("urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100");
const QString kQdt = QStringLiteral("urn:un:unece:uncefact:data:standard:QualifiedDataType:100");

/** Writes ram: elements; empty optional values are left out. */
class Cii
{
public:
    Cii(QXmlStreamWriter &w, const EInvoice &e)
        : w(w)
        , e(e)
    {
    }
    void ram(const char *name, const QString &value)
    {
        if (!value.isEmpty())
            w.writeTextElement(kRam, QLatin1String(name), value);
    }
    void amount(const char *name, qint64 minorUnits) { ram(name, e.amount(minorUnits)); }
    void begin(const char *name) { w.writeStartElement(kRam, QLatin1String(name)); }
    void end() { w.writeEndElement(); }
    void date(const char *name, const QDate &day)
    {
        begin(name);
        w.writeStartElement(kUdt, QStringLiteral("DateTimeString"));
        w.writeAttribute(QStringLiteral("format"), QStringLiteral("102"));
        w.writeCharacters(day.toString(QStringLiteral("yyyyMMdd")));
        w.writeEndElement();
        end();
    }
    void scheme(const char *name, const char *schemeId, const QString &value)
    {
        if (value.isEmpty())
            return;
        w.writeStartElement(kRam, QLatin1String(name));
        w.writeAttribute(QStringLiteral("schemeID"), QLatin1String(schemeId));
        w.writeCharacters(value);
        w.writeEndElement();
    }
    void address(const QString &zip, const QString &line1, const QString &line2,
        const QString &city, const QString &country)
    {
        begin("PostalTradeAddress");
        ram("PostcodeCode", zip);
        ram("LineOne", line1);
        ram("LineTwo", line2);
        ram("CityName", city);
        ram("CountryID", country);
        end();
    }
    void email(const QString &address)
    {
        if (address.isEmpty())
            return;
        begin("URIUniversalCommunication");
        scheme("URIID", "EM", address);
        end();
    }
    void vat(const QString &vatId)
    {
        if (vatId.isEmpty())
            return;
        begin("SpecifiedTaxRegistration");
        scheme("ID", "VA", vatId);
        end();
    }

    void line(const EInvoice::Line &line);
    void seller();
    void buyer();
    void delivery();
    void settlement();
    void summation();
    void invoiceReference();

    QXmlStreamWriter &w;
    const EInvoice &e;
};

void Cii::line(const EInvoice::Line &line)
{
    begin("IncludedSupplyChainTradeLineItem");
    begin("AssociatedDocumentLineDocument");
    ram("LineID", line.id);
    end();
    begin("SpecifiedTradeProduct");
    ram("SellerAssignedID", line.sellerId);
    ram("Name", line.name);
    end();
    begin("SpecifiedLineTradeAgreement");
    begin("NetPriceProductTradePrice");
    amount("ChargeAmount", line.price);
    end();
    end();
    begin("SpecifiedLineTradeDelivery");
    w.writeStartElement(kRam, QStringLiteral("BilledQuantity"));
    w.writeAttribute(QStringLiteral("unitCode"), line.unitCode);
    w.writeCharacters(line.quantity);
    w.writeEndElement();
    end();
    begin("SpecifiedLineTradeSettlement");
    begin("ApplicableTradeTax");
    ram("TypeCode", QStringLiteral("VAT"));
    ram("CategoryCode", line.category);
    ram("RateApplicablePercent", line.percent);
    end();
    if (line.allowance != 0) {
        begin("SpecifiedTradeAllowanceCharge");
        begin("ChargeIndicator");
        w.writeTextElement(kUdt, QStringLiteral("Indicator"), QStringLiteral("false"));
        end();
        amount("ActualAmount", line.allowance);
        ram("Reason", QStringLiteral("Discount"));
        end();
    }
    begin("SpecifiedTradeSettlementLineMonetarySummation");
    amount("LineTotalAmount", line.net);
    end();
    end();
    end();
}

void Cii::seller()
{
    const CompanyProfile &c = e.data.company;
    const auto v = [&](const char *key) { return c.value(QString::fromLatin1(key)); };
    begin("SellerTradeParty");
    ram("Name", v("name"));
    if (!v("registration").isEmpty()) {
        begin("SpecifiedLegalOrganization");
        ram("ID", v("registration"));
        end();
    }
    if (!v("phone").isEmpty() || !v("email").isEmpty()) {
        begin("DefinedTradeContact");
        ram("PersonName", v("name"));
        if (!v("phone").isEmpty()) {
            begin("TelephoneUniversalCommunication");
            ram("CompleteNumber", v("phone"));
            end();
        }
        if (!v("email").isEmpty()) {
            begin("EmailURIUniversalCommunication");
            ram("URIID", v("email"));
            end();
        }
        end();
    }
    address(v("zip"), v("address1"), v("address2"), v("city"), v("countryId"));
    email(v("email"));
    vat(v("vatId"));
    end();
}

void Cii::buyer()
{
    const Address &a = e.data.invoice.billing;
    begin("BuyerTradeParty");
    ram("Name", e.data.invoice.customerName());
    address(a.zip, a.address1, a.address2, a.city, a.countryId);
    email(a.email);
    vat(e.buyerVatId);
    end();
}

void Cii::delivery()
{
    const Invoice &i = e.data.invoice;
    const Address &s = i.shipping;
    begin("ApplicableHeaderTradeDelivery");
    if (!s.countryId.isEmpty()) {
        begin("ShipToTradeParty");
        ram("Name", s.displayName());
        address(s.zip, s.address1, s.address2, s.city, s.countryId);
        end();
    }
    if (i.deliveryDate.isValid()) {
        begin("ActualDeliverySupplyChainEvent");
        date("OccurrenceDateTime", i.deliveryDate);
        end();
    }
    end();
}

void Cii::settlement()
{
    const CompanyProfile &c = e.data.company;
    const Invoice &i = e.data.invoice;
    begin("ApplicableHeaderTradeSettlement");
    ram("PaymentReference", i.number);
    ram("InvoiceCurrencyCode", i.currency.code());
    begin("SpecifiedTradeSettlementPaymentMeans");
    ram("TypeCode", e.paymentMeansCode);
    // A credit note is cleared between the partners: the seller's account receives nothing.
    if (!e.isCreditNote() && !c.value(QStringLiteral("iban")).isEmpty()) {
        begin("PayeePartyCreditorFinancialAccount");
        ram("IBANID", c.value(QStringLiteral("iban")));
        ram("AccountName", c.value(QStringLiteral("name")));
        end();
    }
    if (!e.isCreditNote() && !c.value(QStringLiteral("bic")).isEmpty()) {
        begin("PayeeSpecifiedCreditorFinancialInstitution");
        ram("BICID", c.value(QStringLiteral("bic")));
        end();
    }
    end();
    for (const EInvoice::Breakdown &b : e.breakdown) {
        begin("ApplicableTradeTax");
        amount("CalculatedAmount", b.tax);
        ram("TypeCode", QStringLiteral("VAT"));
        ram("ExemptionReason", b.exemptionReason);
        amount("BasisAmount", b.base);
        ram("CategoryCode", b.category);
        ram("RateApplicablePercent", b.percent);
        end();
    }
    const QString &terms = e.paymentTerms;
    if (!terms.isEmpty() || i.dueDate.isValid()) {
        begin("SpecifiedTradePaymentTerms");
        ram("Description", terms);
        if (i.dueDate.isValid())
            date("DueDateDateTime", i.dueDate);
        end();
    }
    summation();
    invoiceReference();
    end();
}

void Cii::invoiceReference()
{
    const CreditReference &credit = e.data.credit;
    if (!e.isCreditNote() || credit.invoiceNumber.isEmpty())
        return;
    begin("InvoiceReferencedDocument");
    ram("IssuerAssignedID", credit.invoiceNumber);
    if (credit.invoiceDate.isValid()) {
        begin("FormattedIssueDateTime");
        w.writeStartElement(kQdt, QStringLiteral("DateTimeString"));
        w.writeAttribute(QStringLiteral("format"), QStringLiteral("102"));
        w.writeCharacters(credit.invoiceDate.toString(QStringLiteral("yyyyMMdd")));
        w.writeEndElement();
        end();
    }
    end();
}

void Cii::summation()
{
    begin("SpecifiedTradeSettlementHeaderMonetarySummation");
    amount("LineTotalAmount", e.lineTotal);
    amount("TaxBasisTotalAmount", e.lineTotal);
    w.writeStartElement(kRam, QStringLiteral("TaxTotalAmount"));
    w.writeAttribute(QStringLiteral("currencyID"), e.data.invoice.currency.code());
    w.writeCharacters(e.amount(e.taxTotal));
    w.writeEndElement();
    amount("GrandTotalAmount", e.grandTotal());
    if (e.prepaid != 0)
        amount("TotalPrepaidAmount", e.prepaid);
    amount("DuePayableAmount", e.payable());
    end();
}

} // namespace

QByteArray writeCii(const EInvoice &e)
{
    const Invoice &i = e.data.invoice;
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeNamespace(kRsm, QStringLiteral("rsm"));
    w.writeNamespace(kRam, QStringLiteral("ram"));
    w.writeNamespace(kUdt, QStringLiteral("udt"));
    w.writeNamespace(kQdt, QStringLiteral("qdt"));
    w.writeStartElement(kRsm, QStringLiteral("CrossIndustryInvoice"));
    Cii cii(w, e);
    w.writeStartElement(kRsm, QStringLiteral("ExchangedDocumentContext"));
    cii.begin("GuidelineSpecifiedDocumentContextParameter");
    cii.ram("ID", QStringLiteral("urn:cen.eu:en16931:2017"));
    cii.end();
    w.writeEndElement();
    w.writeStartElement(kRsm, QStringLiteral("ExchangedDocument"));
    cii.ram("ID", i.number);
    cii.ram("TypeCode", QString::number(int(e.data.type)));
    cii.date("IssueDateTime", i.date);
    if (!e.note.isEmpty()) {
        cii.begin("IncludedNote");
        cii.ram("Content", e.note);
        cii.end();
    }
    w.writeEndElement();
    w.writeStartElement(kRsm, QStringLiteral("SupplyChainTradeTransaction"));
    for (const EInvoice::Line &line : e.lines)
        cii.line(line);
    cii.begin("ApplicableHeaderTradeAgreement");
    cii.ram("BuyerReference", i.buyerReference);
    cii.seller();
    cii.buyer();
    cii.end();
    cii.delivery();
    cii.settlement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

} // namespace InvoiceDesk
