// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnkinds.h"

#include <QHash>

namespace InvoiceDesk {

ColumnKind columnKindOf(const QString &column)
{
    static const QHash<QString, ColumnKind> kinds = [] {
        QHash<QString, ColumnKind> map;
        for (const char *name : {"discountTotal", "shippingTotal", "taxTotal", "grandTotal",
                 "line.rate", "line.total", "line.commissionableAmount", "line.discountAmount",
                 "amount", "card.feeAmount", "tds", "transactionCharge", "line.tax", "applied"})
            map.insert(QLatin1String(name), ColumnKind::Amount);
        for (const char *name :
            {"line.quantity", "line.taxRate", "line.discountPercent", "card.feePercentage"})
            map.insert(QLatin1String(name), ColumnKind::Number);
        for (const char *name : {"date", "dueDate", "subscriptionStartOn", "eft.transferDate",
                 "reconciledDate", "deliveryDate"})
            map.insert(QLatin1String(name), ColumnKind::Date);
        // The values a spreadsheet must not read as numbers: 00123 would become 123.
        for (const char *name : {"number", "invoiceNumber", "contactId", "groupId", "orderId",
                 "orderNumber", "leadId", "couponCode", "remoteId", "billing.zip", "shipping.zip",
                 "billing.phone", "shipping.phone", "billing.stateId", "shipping.stateId",
                 "line.productCode", "reference", "cheque.number", "gateway.transactionId",
                 "eft.reference", "receipt", "buyerReference", "paymentMeansCode"})
            map.insert(QLatin1String(name), ColumnKind::Identifier);
        return map;
    }();
    return kinds.value(column, ColumnKind::Text);
}

} // namespace InvoiceDesk
