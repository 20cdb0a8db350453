// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoicedocument.h"
#include "result.h"

namespace InvoiceDesk {

class Ledger;

/** Gathers what a printed invoice shows from the books: the invoice, its payments, the
 * company's profile and tax codes, and the locale of the invoice's billing country. */
namespace DocumentSource {

/** The document of invoice `number`; an error when there is none. */
Result<InvoiceDocumentData> forInvoice(Ledger &ledger, const QString &number);

/**
 * The document of credit note `number` (issue 13 item 3): its lines with their tax as issued,
 * the credited invoice's addresses, language and tax codes (else the customer's addresses), and
 * the credited invoice's number and date and the reason. Nothing when there is no such note.
 */
Result<std::optional<InvoiceDocumentData>> forCreditNote(Ledger &ledger, const QString &number);

/** The invoice `number`, else the credit note `number` (the CLI's pdf and einvoice, the desktop's
 * print actions); an error naming the number when it is neither. */
Result<InvoiceDocumentData> forNumber(Ledger &ledger, const QString &number);

/** The VAT ID (tax ID) of the invoice's customer record, empty when it has none. */
Result<QString> buyerVatId(Ledger &ledger, qint64 invoiceId);
/** The VAT ID of the document's customer: the credit note's, else the invoice's. */
Result<QString> buyerVatId(Ledger &ledger, const InvoiceDocumentData &data);

} // namespace DocumentSource

} // namespace InvoiceDesk
