// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace InvoiceDesk {

/** What a column of invoices.csv or payments.csv holds, for typing and checking it. */
enum class ColumnKind {
    Text, ///< free text
    Identifier, ///< numbers of documents, ids, postcodes, phone and cheque numbers, references
    Amount, ///< money in the row's currency
    Number, ///< quantities and percentages
    Date,
};

ColumnKind columnKindOf(const QString &column);

} // namespace InvoiceDesk
