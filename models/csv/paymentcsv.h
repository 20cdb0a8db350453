// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvfields.h"
#include "payment.h"

namespace InvoiceDesk {

/** The payments.csv format of DESIGN.md: one row per payment, keyed by invoiceNumber. */
namespace PaymentCsv {

const QStringList &columns();
const QStringList &requiredColumns();

QStringList toRow(const Payment &payment, const Currency &currency);

/**
 * Reads a payment from its row; amounts need the invoice's currency, so the
 * caller looks the invoice up first. Problems are appended to `issues`.
 */
Payment fromRow(const CsvRow &row, const Currency &currency, QList<ImportIssue> &issues);

} // namespace PaymentCsv

} // namespace InvoiceDesk
