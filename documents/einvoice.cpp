// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "einvoice.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace InvoiceDesk {

namespace {

QString unitCode(LineUnit unit)
{
    switch (unit) {
    case LineUnit::Day:
        return QStringLiteral("DAY");
    case LineUnit::Month:
        return QStringLiteral("MON");
    case LineUnit::Year:
        return QStringLiteral("ANN");
    case LineUnit::None:
        break;
    }
    return QStringLiteral("C62");
}

/** The reason printed for a category that needs one when its tax code gives none. */
QString defaultReason(const QString &category)
{
    if (category == QLatin1String("AE"))
        return QStringLiteral("Reverse charge");
    if (category == QLatin1String("K"))
        return QStringLiteral("Intra-community supply");
    if (category == QLatin1String("G"))
        return QStringLiteral("Export outside the EU");
    if (category == QLatin1String("O"))
        return QStringLiteral("Not subject to VAT");
    return {};
}

/** Everything the seller and buyer must have, in the bookkeeper's words. */
QStringList missingParties(
    const InvoiceDocumentData &d, const QString &buyerVatId, const QSet<QString> &categories)
{
    QStringList missing;
    const CompanyProfile &c = d.company;
    if (c.value(QStringLiteral("name")).isEmpty())
        missing << QCoreApplication::translate("EInvoice", "your company's name (File → Company…)");
    if (c.value(QStringLiteral("countryId")).isEmpty())
        missing << QCoreApplication::translate(
            "EInvoice", "your company's country (File → Company…)");
    const bool onlyOutOfScope = categories == QSet<QString> {QStringLiteral("O")};
    if (!onlyOutOfScope && c.value(QStringLiteral("vatId")).isEmpty())
        missing << QCoreApplication::translate(
            "EInvoice", "your company's VAT ID (File → Company…)");
    if (d.invoice.customerName().isEmpty())
        missing << QCoreApplication::translate("EInvoice", "the customer's name (billing address)");
    if (d.invoice.billing.countryId.isEmpty())
        missing << QCoreApplication::translate(
            "EInvoice", "the customer's country (billing address)");
    if ((categories.contains(QStringLiteral("AE")) || categories.contains(QStringLiteral("K")))
        && buyerVatId.isEmpty())
        missing << QCoreApplication::translate("EInvoice",
            "the customer's VAT ID, which reverse charge and intra-community supplies "
            "need (the customer's tax ID)");
    if (categories.contains(QStringLiteral("K")) && !d.invoice.deliveryDate.isValid())
        missing << QCoreApplication::translate(
            "EInvoice", "the delivery date of an intra-community supply (More tab)");
    if (categories.contains(QStringLiteral("O")) && categories.size() > 1)
        missing << QCoreApplication::translate("EInvoice",
            "one invoice for the lines outside the scope of VAT and another for the "
            "rest");
    return missing;
}

/**
 * BT-20 of a credit note: it is settled against the invoice it credits or kept as the
 * customer's credit, never paid out by transfer (payment means 97, clearing between partners).
 * Written in English like the other fixed texts of the XML (the exemption reasons).
 */
QString creditTerms(const CreditReference &credit)
{
    return credit.invoiceNumber.isEmpty()
        ? QStringLiteral("Credited to the customer's account")
        : QStringLiteral("Settled against invoice %1").arg(credit.invoiceNumber);
}

} // namespace

QString EInvoice::amount(qint64 minorUnits) const
{
    return Money::fromMinorUnits(minorUnits, data.invoice.currency).toString();
}

namespace {

/** Adds the line and its share of the VAT breakdown; what it lacks goes to `missing`. */
void addLine(EInvoice &e, const LineItem &item, qsizetype index, QStringList &missing,
    QSet<QString> &categories)
{
    const QString position = QString::number(index + 1);
    if (!item.taxRate) {
        missing << QCoreApplication::translate("EInvoice", "a tax rate or tax code on line %1")
                       .arg(position);
        return;
    }
    EInvoice::Line line;
    line.id = position;
    line.quantity = item.quantity.toString();
    line.unitCode = unitCode(item.unit);
    line.name = item.description.isEmpty() ? item.productCode : item.description;
    line.sellerId = item.productCode;
    line.price = item.rate;
    line.net = item.total().value_or(0);
    line.allowance = item.grossTotal().value_or(0) - line.net;
    const auto code = TaxCodes::byName(e.data.taxCodes, item.taxCode);
    line.category = code ? code->category : TaxCodes::defaultCategory(*item.taxRate);
    if (line.category != QLatin1String("O"))
        line.percent = item.taxRate->toString();
    if (line.name.isEmpty())
        missing
            << QCoreApplication::translate("EInvoice", "a description on line %1").arg(position);
    if (line.price < 0)
        missing << QCoreApplication::translate(
            "EInvoice", "a unit price that is not negative on line %1")
                       .arg(position);
    const QString reason = code && !code->exemptionReason.isEmpty() ? code->exemptionReason
                                                                    : defaultReason(line.category);
    if (line.category == QLatin1String("E") && reason.isEmpty())
        missing << QCoreApplication::translate(
            "EInvoice", "the exemption reason of tax code \"%1\" (line %2)")
                       .arg(item.taxCode, position);
    categories.insert(line.category);
    auto group
        = std::find_if(e.breakdown.begin(), e.breakdown.end(), [&](const EInvoice::Breakdown &b) {
              return b.category == line.category && b.percent == line.percent;
          });
    if (group == e.breakdown.end())
        group = e.breakdown.insert(e.breakdown.end(), {line.category, line.percent, 0, 0, {}});
    group->base += line.net;
    group->tax += InvoiceDocument::lineTax(e.data, index);
    const bool needsReason
        = line.category != QLatin1String("S") && line.category != QLatin1String("Z");
    if (group->exemptionReason.isEmpty() && needsReason)
        group->exemptionReason = reason;
    e.lineTotal += line.net;
    e.lines.append(line);
}

} // namespace

Result<EInvoice> EInvoice::from(const InvoiceDocumentData &d, const QString &buyerVatId)
{
    EInvoice e;
    e.data = d;
    e.buyerVatId = buyerVatId;
    QStringList missing;
    if (d.invoice.discountTotal != 0 || d.invoice.shippingTotal != 0)
        missing << QCoreApplication::translate("EInvoice",
            "the invoice's discount and shipping as lines (an e-invoice taxes them "
            "per line)");
    QSet<QString> categories;
    for (qsizetype i = 0; i < d.invoice.lines.size(); ++i)
        addLine(e, d.invoice.lines.at(i), i, missing, categories);
    if (d.invoice.lines.isEmpty())
        missing << QCoreApplication::translate("EInvoice", "at least one line");
    for (const Breakdown &b : std::as_const(e.breakdown))
        e.taxTotal += b.tax;
    if (d.invoice.taxTotal && *d.invoice.taxTotal != e.taxTotal)
        missing << QCoreApplication::translate(
            "EInvoice", "the tax computed from the lines (the invoice has a typed tax total)");
    missing += missingParties(d, buyerVatId, categories);
    // BT-113 is what is settled before this document asks for payment: paid net of refunds,
    // what credit notes credit, and on a cancelled invoice the rest, so that the amount due
    // (BT-115 = BT-112 − BT-113) is what the books say is outstanding.
    e.prepaid
        = e.isCreditNote() ? d.payments.net() : e.grandTotal() - InvoiceDocument::outstanding(d);
    e.note = e.isCreditNote() ? d.credit.reason : d.invoice.note;
    e.paymentTerms = e.isCreditNote() ? creditTerms(d.credit)
                                      : d.company.value(QStringLiteral("paymentTerms"));
    if (e.payable() > 0 && !d.invoice.dueDate.isValid() && e.paymentTerms.isEmpty())
        missing << QCoreApplication::translate(
            "EInvoice", "a due date or your company's payment terms");
    static const QRegularExpression meansCode(QStringLiteral("^[0-9A-Z]{1,3}$"));
    if (!d.invoice.paymentMeansCode.isEmpty()
        && !meansCode.match(d.invoice.paymentMeansCode).hasMatch())
        missing << QCoreApplication::translate(
            "EInvoice", "a payment means code of the UNTDID 4461 list, such as 58 (More tab)");
    if (!missing.isEmpty())
        return Error {QCoreApplication::translate("EInvoice", "The e-invoice needs %1.")
                          .arg(missing.join(QStringLiteral("; ")))};
    e.paymentMeansCode = e.isCreditNote()                   ? QStringLiteral("97")
        : !d.invoice.paymentMeansCode.isEmpty()             ? d.invoice.paymentMeansCode
        : d.company.value(QStringLiteral("iban")).isEmpty() ? QStringLiteral("1")
                                                            : QStringLiteral("58");
    return e;
}

} // namespace InvoiceDesk
