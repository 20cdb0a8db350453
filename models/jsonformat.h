#pragma once

#include "invoice.h"
#include "payment.h"

#include <QJsonObject>

namespace InvoiceDesk {

/**
 * Invoices and payments as JSON, with money in the fixed decimal text of
 * their currency ("12.50"), never as JSON numbers. Used by the audit log,
 * `list --format json`, and the export a discard writes first.
 */
namespace Json {
QJsonObject fromInvoice(const Invoice &invoice);
QJsonObject fromPayment(const Payment &payment, const Currency &currency);
QJsonObject fromAddress(const Address &address);
} // namespace Json

} // namespace InvoiceDesk
