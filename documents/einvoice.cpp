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
 * A note worth more than its invoice still owed says how it was split (a tester: "Settled
 * against invoice E-1" over a note of 200.00 of which 108.50 became the customer's credit).
 * Written in English like the other fixed texts of the XML (the exemption reasons).
 */
QString creditTerms(const CreditReference &credit, const Currency &currency)
{
    if (credit.invoiceNumber.isEmpty())
        return QStringLiteral("Credited to the customer's account");
    if (credit.applied >= credit.gross)
        return QStringLiteral("Settled against invoice %1").arg(credit.invoiceNumber);
    const auto money
        = [&](qint64 minor) { return Money::fromMinorUnits(minor, currency).toString(); };
    if (credit.applied <= 0)
        return QStringLiteral("Credited to the customer's account (invoice %1 owed nothing more)")
            .arg(credit.invoiceNumber);
    return QStringLiteral("%1 settled against invoice %2, %3 credited to the customer's account")
        .arg(money(credit.applied), credit.invoiceNumber, money(credit.gross - credit.applied));
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
        group = e.breakdown.insert(
            e.breakdown.end(), {line.category, line.percent, 0, 0, {}, item.taxRate->scaled()});
    group->base += line.net;
    group->tax += InvoiceDocument::lineTax(e.data, index);
    const bool needsReason
        = line.category != QLatin1String("S") && line.category != QLatin1String("Z");
    if (group->exemptionReason.isEmpty() && needsReason)
        group->exemptionReason = reason;
    e.lineTotal += line.net;
    e.lines.append(line);
}

/** A rate's tax as EN 16931 computes it: the sum of its lines × the rate, rounded once. */
qint64 ruleTax(const EInvoice::Breakdown &b)
{
    return Percentage::fromScaled(b.rate).applyTo(b.base).value_or(0);
}

/**
 * BR-CO-17 and BR-S-09 as the CEN rules test them: the tax is less than one unit of the
 * currency away from base × rate rounded to hundredths of that unit. In hundredths of a minor
 * unit (exact, 128 bits): rate is in ten-thousandths of a percent.
 */
bool meetsRule(const EInvoice::Breakdown &b, int exponent)
{
    __int128 unit = 1; // one unit of the currency in minor units
    for (int i = 0; i < exponent; ++i)
        unit *= 10;
    const __int128 product = __int128(b.base < 0 ? -b.base : b.base) * b.rate;
    const __int128 divisor = __int128(10000) * unit; // to hundredths of the currency's unit
    const __int128 hundredths = (product + divisor / 2) / divisor;
    const __int128 tax = __int128(b.tax < 0 ? -b.tax : b.tax) * 100;
    const __int128 difference = tax - hundredths * unit;
    return (difference < 0 ? -difference : difference) < 100 * unit;
}

/** The refusal of a rate whose tax, rounded line by line, the rules do not accept. */
QString ruleTaxRefusal(const EInvoice &e, const EInvoice::Breakdown &b)
{
    const Currency &currency = e.data.invoice.currency;
    const auto money = [&](qint64 minorUnits) -> QString {
        return Money::fromMinorUnits(minorUnits, currency).toString() + QLatin1Char(' ')
            + currency.code();
    };
    return QCoreApplication::translate("EInvoice",
        "its tax at %1% is %2, rounded line by line; EN 16931 requires the tax of a rate on the "
        "sum of its lines (%3), and the official rules (BR-CO-17) refuse a difference of one %4 "
        "or more. Issue it with the tax of each rate rounded once (an import profile's "
        "\"taxRounding\": \"per-rate\"), or send the PDF.")
        .arg(Percentage::fromScaled(b.rate).toString(), money(b.tax), money(ruleTax(b)),
            currency.code());
}

/** Gives each rate the tax EN 16931 computes when the invoice's typed tax total is their sum
 * (it was rounded per rate); true when it did. */
bool takeTaxPerRate(EInvoice &e)
{
    const auto &typed = e.data.invoice.taxTotal;
    qint64 perRate = 0;
    for (const EInvoice::Breakdown &b : std::as_const(e.breakdown))
        perRate += ruleTax(b);
    if (!typed || *typed == e.taxTotal || *typed != perRate)
        return false;
    for (EInvoice::Breakdown &b : e.breakdown)
        b.tax = ruleTax(b);
    e.taxTotal = perRate;
    return true;
}

/** The refusal of the first rate whose tax the rules do not accept; empty when none. */
QString ruleTaxProblem(const EInvoice &e)
{
    for (const EInvoice::Breakdown &b : e.breakdown) {
        if (b.category != QLatin1String("O") && !meetsRule(b, e.data.invoice.currency.exponent()))
            return ruleTaxRefusal(e, b);
    }
    return {};
}

} // namespace

Result<EInvoice> EInvoice::from(const InvoiceDocumentData &d, const QString &buyerVatId)
{
    EInvoice e;
    e.data = d;
    e.buyerVatId = buyerVatId;
    QStringList missing;
    // Shipping and a discount are untaxed amounts of the whole invoice here; EN 16931 wants
    // the tax category and rate of each, so they must be lines of their own.
    if (d.invoice.discountTotal != 0 && d.invoice.shippingTotal != 0)
        missing << QCoreApplication::translate("EInvoice",
            "the invoice's discount and shipping as lines (an e-invoice taxes them "
            "per line)");
    else if (d.invoice.shippingTotal != 0)
        missing << QCoreApplication::translate(
            "EInvoice", "the invoice's shipping as a line (an e-invoice taxes it per line)");
    else if (d.invoice.discountTotal != 0)
        missing << QCoreApplication::translate("EInvoice",
            "the invoice's discount as discounts on its lines (an e-invoice taxes it per "
            "line)");
    QSet<QString> categories;
    for (qsizetype i = 0; i < d.invoice.lines.size(); ++i)
        addLine(e, d.invoice.lines.at(i), i, missing, categories);
    if (d.invoice.lines.isEmpty())
        missing << QCoreApplication::translate("EInvoice", "at least one line");
    for (const Breakdown &b : std::as_const(e.breakdown))
        e.taxTotal += b.tax;
    if (!takeTaxPerRate(e) && d.invoice.taxTotal && *d.invoice.taxTotal != e.taxTotal)
        missing << QCoreApplication::translate(
            "EInvoice", "the tax computed from the lines (the invoice has a typed tax total)");
    missing += missingParties(d, buyerVatId, categories);
    // BT-113 is what is settled before this document asks for payment: paid net of refunds,
    // what credit notes credit, and on a cancelled invoice the rest, so that the amount due
    // (BT-115 = BT-112 − BT-113) is what the books say is outstanding.
    e.prepaid
        = e.isCreditNote() ? d.payments.net() : e.grandTotal() - InvoiceDocument::outstanding(d);
    e.note = e.isCreditNote() ? d.credit.reason : d.invoice.note;
    e.paymentTerms = e.isCreditNote() ? creditTerms(d.credit, d.invoice.currency)
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
    if (const QString problem = ruleTaxProblem(e); !problem.isEmpty())
        return Error {problem};
    e.paymentMeansCode = e.isCreditNote()                   ? QStringLiteral("97")
        : !d.invoice.paymentMeansCode.isEmpty()             ? d.invoice.paymentMeansCode
        : d.company.value(QStringLiteral("iban")).isEmpty() ? QStringLiteral("1")
                                                            : QStringLiteral("58");
    return e;
}

} // namespace InvoiceDesk
