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
    // What the credit notes took off this invoice: a note's part that became the customer's
    // credit (money already paid, kept when the invoice was cancelled) is not, so that Total −
    // Paid − Credited is what is owed on paper too.
    CreditNoteFilter ofInvoice;
    ofInvoice.invoiceId = data.invoice.id;
    auto notes = ledger.creditNotes().list(ofInvoice);
    if (!notes)
        return Error {notes.error()};
    data.credited = 0;
    for (const CreditNote &note : std::as_const(*notes))
        data.credited += note.applied;
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

namespace {

Result<std::optional<Customer>> customerById(Ledger &ledger, qint64 id)
{
    ReceiptBook book(ledger);
    return book.customers().byId(id);
}

/** The invoice's line of the same rate that names a tax code: its code (the VAT category an
 * e-invoice needs, such as AE for reverse charge), else none. */
QString taxCodeFor(const std::optional<Percentage> &rate, const Invoice &credited)
{
    for (const LineItem &line : credited.lines) {
        if (line.taxRate == rate && !line.taxCode.isEmpty())
            return line.taxCode;
    }
    return {};
}

/** The credit note as an invoice the documents know: number, date, lines, addresses. */
Status fillFromCreditNote(Ledger &ledger, const CreditNote &note, InvoiceDocumentData &data)
{
    Invoice &i = data.invoice;
    i.number = note.number;
    i.date = note.date;
    i.currency = note.currency;
    Invoice credited;
    if (note.invoiceId) {
        auto found = ledger.invoice(note.invoiceId);
        if (!found)
            return Error {found.error()};
        if (found->has_value())
            credited = **found;
        i.billing = credited.billing;
        i.shipping = credited.shipping;
        i.buyerReference = credited.buyerReference;
    } else {
        auto customer = customerById(ledger, note.customerId);
        if (!customer)
            return Error {customer.error()};
        if (customer->has_value()) {
            i.billing = (*customer)->billing;
            i.shipping = (*customer)->shipping;
        }
    }
    if (i.billing.displayName().isEmpty())
        i.billing.company = note.customerName;
    qint64 tax = 0;
    for (const CreditNoteLine &line : note.lines) {
        LineItem item;
        item.quantity = line.quantity;
        item.rate = line.rate;
        item.description = line.description;
        item.taxRate = line.taxRate;
        item.taxCode = taxCodeFor(line.taxRate, credited);
        i.lines.append(item);
        data.lineTax.append(line.tax);
        tax += line.tax;
    }
    i.taxTotal = tax;
    auto totals = note.totals();
    if (!totals)
        return Error {totals.error()};
    data.credit = {note.invoiceNumber, credited.date, note.reason, note.customerId, note.applied,
        totals->grandTotal};
    return {};
}

} // namespace

Result<std::optional<InvoiceDocumentData>> forCreditNote(Ledger &ledger, const QString &number)
{
    auto note = ledger.creditNotes().byNumber(number);
    if (!note)
        return Error {note.error()};
    if (!note->has_value())
        return std::optional<InvoiceDocumentData>();
    InvoiceDocumentData data;
    data.type = DocumentType::CreditNote;
    if (auto filled = fillFromCreditNote(ledger, **note, data); !filled)
        return Error {filled.error()};
    auto company = ledger.companyProfile();
    if (!company)
        return Error {company.error()};
    data.company = *company;
    auto codes = ledger.taxCodes().all();
    if (!codes)
        return Error {codes.error()};
    data.taxCodes = *codes;
    data.locale = InvoiceDocument::localeFor(data.invoice);
    return std::optional<InvoiceDocumentData>(std::move(data));
}

Result<InvoiceDocumentData> forNumber(Ledger &ledger, const QString &number)
{
    auto invoice = ledger.invoiceByNumber(number);
    if (!invoice)
        return Error {invoice.error()};
    if (invoice->has_value())
        return forInvoice(ledger, number);
    auto note = forCreditNote(ledger, number);
    if (!note)
        return Error {note.error()};
    if (!note->has_value())
        return Error {
            QCoreApplication::translate("DocumentSource", "There is no invoice or credit note %1")
                .arg(number)};
    return **note;
}

Result<QString> buyerVatId(Ledger &ledger, qint64 invoiceId)
{
    ReceiptBook book(ledger);
    auto customerId = book.customers().customerOfInvoice(invoiceId);
    if (!customerId)
        return Error {customerId.error()};
    if (!customerId->has_value())
        return QString();
    auto customer = customerById(ledger, **customerId);
    if (!customer)
        return Error {customer.error()};
    return customer->has_value() ? (*customer)->taxId : QString();
}

Result<QString> buyerVatId(Ledger &ledger, const InvoiceDocumentData &data)
{
    if (data.type == DocumentType::Invoice)
        return buyerVatId(ledger, data.invoice.id);
    auto customer = customerById(ledger, data.credit.customerId);
    if (!customer)
        return Error {customer.error()};
    return customer->has_value() ? (*customer)->taxId : QString();
}

} // namespace InvoiceDesk::DocumentSource
