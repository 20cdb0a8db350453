// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldlabels.h"

#include <QCoreApplication>
#include <QHash>

namespace InvoiceDesk::FieldLabels {

namespace {

struct Entry
{
    const char *field;
    const char *label;
};

const Entry kLabels[] = {
    {"number", QT_TRANSLATE_NOOP("FieldLabels", "Number")},
    {"status", QT_TRANSLATE_NOOP("FieldLabels", "Status")},
    {"date", QT_TRANSLATE_NOOP("FieldLabels", "Date")},
    {"dueDate", QT_TRANSLATE_NOOP("FieldLabels", "Due date")},
    {"currency", QT_TRANSLATE_NOOP("FieldLabels", "Currency")},
    {"contactId", QT_TRANSLATE_NOOP("FieldLabels", "Contact id")},
    {"groupId", QT_TRANSLATE_NOOP("FieldLabels", "Group id")},
    {"orderId", QT_TRANSLATE_NOOP("FieldLabels", "Order id")},
    {"orderNumber", QT_TRANSLATE_NOOP("FieldLabels", "Order number")},
    {"leadId", QT_TRANSLATE_NOOP("FieldLabels", "Lead id")},
    {"subscriptionStartOn", QT_TRANSLATE_NOOP("FieldLabels", "Subscription start")},
    {"couponCode", QT_TRANSLATE_NOOP("FieldLabels", "Coupon code")},
    {"discountTotal", QT_TRANSLATE_NOOP("FieldLabels", "Discount")},
    {"shippingTotal", QT_TRANSLATE_NOOP("FieldLabels", "Shipping")},
    {"taxTotal", QT_TRANSLATE_NOOP("FieldLabels", "Tax")},
    {"grandTotal", QT_TRANSLATE_NOOP("FieldLabels", "Grand total")},
    {"description", QT_TRANSLATE_NOOP("FieldLabels", "Description")},
    {"note", QT_TRANSLATE_NOOP("FieldLabels", "Note")},
    {"forbiddenPaymentMethods", QT_TRANSLATE_NOOP("FieldLabels", "Forbidden methods")},
    {"connection", QT_TRANSLATE_NOOP("FieldLabels", "Sync with")},
    {"remoteId", QT_TRANSLATE_NOOP("FieldLabels", "Remote id")},
    {"line.quantity", QT_TRANSLATE_NOOP("FieldLabels", "Quantity")},
    {"line.rate", QT_TRANSLATE_NOOP("FieldLabels", "Rate")},
    {"line.total", QT_TRANSLATE_NOOP("FieldLabels", "Line total")},
    {"line.unit", QT_TRANSLATE_NOOP("FieldLabels", "Unit")},
    {"line.productCode", QT_TRANSLATE_NOOP("FieldLabels", "Product code")},
    {"line.description", QT_TRANSLATE_NOOP("FieldLabels", "Line description")},
    {"line.commissionableAmount", QT_TRANSLATE_NOOP("FieldLabels", "Commissionable amount")},
    {"line.taxRate", QT_TRANSLATE_NOOP("FieldLabels", "Tax rate")},
    {"line.discountPercent", QT_TRANSLATE_NOOP("FieldLabels", "Line discount %")},
    {"line.discountAmount", QT_TRANSLATE_NOOP("FieldLabels", "Line discount amount")},
    {"line.taxCode", QT_TRANSLATE_NOOP("FieldLabels", "Tax code")},
    {"buyerReference", QT_TRANSLATE_NOOP("FieldLabels", "Buyer reference")},
    {"deliveryDate", QT_TRANSLATE_NOOP("FieldLabels", "Delivery date")},
    {"paymentMeansCode", QT_TRANSLATE_NOOP("FieldLabels", "Payment means code")},
    {"customer", QT_TRANSLATE_NOOP("FieldLabels", "Customer")},
    {"receipt", QT_TRANSLATE_NOOP("FieldLabels", "Receipt")},
    {"billing.firstName", QT_TRANSLATE_NOOP("FieldLabels", "Billing first name")},
    {"billing.lastName", QT_TRANSLATE_NOOP("FieldLabels", "Billing last name")},
    {"billing.company", QT_TRANSLATE_NOOP("FieldLabels", "Billing company")},
    {"billing.email", QT_TRANSLATE_NOOP("FieldLabels", "Billing e-mail")},
    {"billing.phone", QT_TRANSLATE_NOOP("FieldLabels", "Billing phone")},
    {"billing.address1", QT_TRANSLATE_NOOP("FieldLabels", "Billing address line 1")},
    {"billing.address2", QT_TRANSLATE_NOOP("FieldLabels", "Billing address line 2")},
    {"billing.neighborhood", QT_TRANSLATE_NOOP("FieldLabels", "Billing neighbourhood")},
    {"billing.city", QT_TRANSLATE_NOOP("FieldLabels", "Billing city")},
    {"billing.zip", QT_TRANSLATE_NOOP("FieldLabels", "Billing postcode")},
    {"billing.stateId", QT_TRANSLATE_NOOP("FieldLabels", "Billing state code")},
    {"billing.stateName", QT_TRANSLATE_NOOP("FieldLabels", "Billing state")},
    {"billing.countryId", QT_TRANSLATE_NOOP("FieldLabels", "Billing country")},
    {"shipping.firstName", QT_TRANSLATE_NOOP("FieldLabels", "Shipping first name")},
    {"shipping.lastName", QT_TRANSLATE_NOOP("FieldLabels", "Shipping last name")},
    {"shipping.company", QT_TRANSLATE_NOOP("FieldLabels", "Shipping company")},
    {"shipping.email", QT_TRANSLATE_NOOP("FieldLabels", "Shipping e-mail")},
    {"shipping.phone", QT_TRANSLATE_NOOP("FieldLabels", "Shipping phone")},
    {"shipping.address1", QT_TRANSLATE_NOOP("FieldLabels", "Shipping address line 1")},
    {"shipping.address2", QT_TRANSLATE_NOOP("FieldLabels", "Shipping address line 2")},
    {"shipping.neighborhood", QT_TRANSLATE_NOOP("FieldLabels", "Shipping neighbourhood")},
    {"shipping.city", QT_TRANSLATE_NOOP("FieldLabels", "Shipping city")},
    {"shipping.zip", QT_TRANSLATE_NOOP("FieldLabels", "Shipping postcode")},
    {"shipping.stateId", QT_TRANSLATE_NOOP("FieldLabels", "Shipping state code")},
    {"shipping.stateName", QT_TRANSLATE_NOOP("FieldLabels", "Shipping state")},
    {"shipping.countryId", QT_TRANSLATE_NOOP("FieldLabels", "Shipping country")},
    {"invoiceNumber", QT_TRANSLATE_NOOP("FieldLabels", "Invoice number")},
    {"amount", QT_TRANSLATE_NOOP("FieldLabels", "Amount")},
    {"method", QT_TRANSLATE_NOOP("FieldLabels", "Payment method")},
    {"reference", QT_TRANSLATE_NOOP("FieldLabels", "Reference")},
    {"notes", QT_TRANSLATE_NOOP("FieldLabels", "Notes")},
    {"cheque.number", QT_TRANSLATE_NOOP("FieldLabels", "Cheque number")},
    {"cheque.drawer", QT_TRANSLATE_NOOP("FieldLabels", "Cheque drawer")},
    {"cheque.bankBranch", QT_TRANSLATE_NOOP("FieldLabels", "Bank branch")},
    {"card.type", QT_TRANSLATE_NOOP("FieldLabels", "Card type")},
    {"card.feePercentage", QT_TRANSLATE_NOOP("FieldLabels", "Card fee %")},
    {"card.feeAmount", QT_TRANSLATE_NOOP("FieldLabels", "Card fee amount")},
    {"gateway.name", QT_TRANSLATE_NOOP("FieldLabels", "Gateway")},
    {"gateway.transactionId", QT_TRANSLATE_NOOP("FieldLabels", "Gateway transaction id")},
    {"eft.transferDate", QT_TRANSLATE_NOOP("FieldLabels", "Transfer date")},
    {"eft.reference", QT_TRANSLATE_NOOP("FieldLabels", "Transfer reference")},
    {"tds", QT_TRANSLATE_NOOP("FieldLabels", "TDS")},
    {"transactionCharge", QT_TRANSLATE_NOOP("FieldLabels", "Transaction charge")},
    {"reconciledDate", QT_TRANSLATE_NOOP("FieldLabels", "Reconciled on")},
    {"reason", QT_TRANSLATE_NOOP("FieldLabels", "Reason")},
    {"line.tax", QT_TRANSLATE_NOOP("FieldLabels", "Line tax")},
    {"applied", QT_TRANSLATE_NOOP("FieldLabels", "Taken off the invoice")},
};

/**
 * Header names seen in other programs' exports, for the wizard's matching: each field with its
 * names, separated by "|".
 */
const std::pair<const char *, const char *> kAliases[] = {
    {"number", "Invoice|Invoice number|Invoice No|Invoice #|Invoice Nr|Inv No|No"},
    {"date", "Invoice Date|Issue date|Date issued|Payment date|Date paid|Paid on"},
    {"dueDate", "Due Date|Due|Payment due"},
    {"buyerReference", "Leitweg-ID|Buyer reference|Your reference"},
    {"deliveryDate", "Delivery date|Date of supply|Leistungsdatum"},
    {"currency", "Currency code|CCY"},
    {"line.quantity", "Qty|Quantity|Units|Hours"},
    {"line.rate", "Rate|Unit price|Price|Unit cost"},
    {"line.total", "Line total|Line amount"},
    {"line.description", "Item description|Item|Details"},
    {"line.productCode", "Product|SKU|Item code|Article"},
    {"line.unit", "Unit"},
    {"line.taxRate", "Tax rate|VAT rate"},
    {"grandTotal", "Total|Invoice total|Total amount"},
    {"taxTotal", "Tax|Tax amount|VAT"},
    {"discountTotal", "Discount"},
    {"shippingTotal", "Shipping|Freight|Delivery"},
    {"billing.company", "Company|Customer|Client|Bill to"},
    {"billing.email", "Email|E-mail|Email address"},
    {"billing.countryId", "Country"},
    {"billing.city", "City|Town"},
    {"billing.zip", "Zip|Postcode|Postal code"},
    {"billing.phone", "Phone|Telephone"},
    {"billing.firstName", "First name"},
    {"billing.lastName", "Last name|Surname"},
    {"note", "Memo"},
    {"invoiceNumber", "Invoice|Invoice No|Invoice #"},
    {"amount", "Amount paid|Payment amount|Paid"},
    {"method", "Method|Payment type"},
    {"reference", "Ref"},
    {"notes", "Memo"},
};

const QHash<QString, QStringList> &aliasTable()
{
    static const QHash<QString, QStringList> table = [] {
        QHash<QString, QStringList> aliases;
        for (const auto &[field, names] : kAliases)
            aliases.insert(QLatin1String(field), QString::fromUtf8(names).split(QLatin1Char('|')));
        return aliases;
    }();
    return table;
}

const char *sourceLabel(const QString &field)
{
    for (const Entry &entry : kLabels) {
        if (field == QLatin1String(entry.field))
            return entry.label;
    }
    return nullptr;
}

} // namespace

QString label(const QString &field)
{
    const char *source = sourceLabel(field);
    return source ? QCoreApplication::translate("FieldLabels", source) : field;
}

QString englishLabel(const QString &field)
{
    const char *source = sourceLabel(field);
    return source ? QString::fromLatin1(source) : field;
}

QStringList aliases(const QString &field)
{
    return aliasTable().value(field);
}

} // namespace InvoiceDesk::FieldLabels
