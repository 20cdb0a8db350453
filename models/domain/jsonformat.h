// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoice.h"
#include "payment.h"

#include <QByteArray>
#include <QJsonObject>

namespace InvoiceDesk {

/**
 * Invoices and payments as JSON (written with JsonWriter), with money in the fixed decimal
 * text of their currency ("12.50"), never as JSON numbers. The text forms are written
 * directly (the audit log writes one per change, hundreds of thousands in an
 * import); the QJsonObject forms are parsed from them for everything else.
 */
namespace Json {
QByteArray invoiceText(const Invoice &invoice);
QByteArray paymentText(const Payment &payment, const Currency &currency);
QJsonObject fromInvoice(const Invoice &invoice);
QJsonObject fromPayment(const Payment &payment, const Currency &currency);
} // namespace Json

} // namespace InvoiceDesk
