// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace InvoiceDesk {

struct Invoice;

/**
 * The folded text the invoice list's filter searches (issue 10): lower case, accents
 * removed ("Müller" -> "muller", "Straße" -> "strasse"), holding the number, customer,
 * description, billing company, e-mail and every line description. The store keeps it in
 * invoices.search_text in the same transaction as every change; migration 0004 fills it with
 * the same function, registered in SQLite as invoicedesk_fold().
 */
namespace SearchText {

/** Lower case without accents, for matching what a person types against what was stored. */
QString fold(const QString &text);

/**
 * The search text of an invoice, folded. An invoice that belongs to a customer record of
 * another name than it is billed to (`record`, case aside) is found by that name too: it
 * follows the text after recordMark(), where the store rewrites it when the record is renamed
 * or the invoice moves to another record (CustomerRepository).
 */
QString forInvoice(const Invoice &invoice, const QString &record = {});

/** What parts an invoice's own text from its record's name (U+001F, never typed). */
constexpr QChar recordMark()
{
    return QChar(0x1F);
}

} // namespace SearchText

} // namespace InvoiceDesk
