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

/** The VAT ID (tax ID) of the invoice's customer record, empty when it has none. */
Result<QString> buyerVatId(Ledger &ledger, qint64 invoiceId);

} // namespace DocumentSource

} // namespace InvoiceDesk
