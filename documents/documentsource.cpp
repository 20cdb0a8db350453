// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsource.h"
#include "ledger.h"
#include "receiptbook.h"

#include <QCoreApplication>

namespace InvoiceDesk::DocumentSource {

Result<InvoiceDocumentData> forInvoice(Ledger &ledger, const QString &number)
{
    auto invoice = ledger.invoiceByNumber(number);
    if (!invoice)
        return Error {invoice.error()};
    if (!invoice->has_value())
        return Error {
            QCoreApplication::translate("DocumentSource", "There is no invoice %1").arg(number)};
    InvoiceDocumentData data;
    data.invoice = **invoice;
    auto payments = ledger.payments(data.invoice.id);
    if (!payments)
        return Error {payments.error()};
    for (const Payment &p : std::as_const(*payments)) {
        if (p.isVoided())
            continue;
        if (p.amount >= 0)
            data.payments.paid += p.amount;
        else
            data.payments.refunded -= p.amount;
    }
    auto company = ledger.companyProfile();
    if (!company)
        return Error {company.error()};
    data.company = *company;
    auto codes = ledger.taxCodes().all();
    if (!codes)
        return Error {codes.error()};
    data.taxCodes = *codes;
    data.locale = InvoiceDocument::localeFor(data.invoice);
    return data;
}

Result<QString> buyerVatId(Ledger &ledger, qint64 invoiceId)
{
    ReceiptBook book(ledger);
    auto customerId = book.customers().customerOfInvoice(invoiceId);
    if (!customerId)
        return Error {customerId.error()};
    if (!customerId->has_value())
        return QString();
    auto customer = book.customers().byId(**customerId);
    if (!customer)
        return Error {customer.error()};
    return customer->has_value() ? (*customer)->taxId : QString();
}

} // namespace InvoiceDesk::DocumentSource
