// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capabilities.h"

#include <QString>

namespace InvoiceDesk {

class Ledger;

/**
 * What the system of the invoice's connection will not do by itself when `operation` (a
 * reversal or a deletion) reaches it, in the words the sync engine will use, prefixed for a
 * question asked before the change; empty when the system takes it or there is no connection.
 * `subject` is the payment's marker or the invoice's number.
 */
QString remoteLimitNote(Ledger &ledger, const QString &connectionName, RemoteOperation operation,
    const QString &subject);

/**
 * What the system of invoice `invoiceId`'s connection changes as the invoice goes there (a
 * discounted line sent as its net amount, issue 12 item 5), for the sync panel; empty if
 * nothing.
 */
QString remoteInvoiceNote(Ledger &ledger, qint64 invoiceId);

} // namespace InvoiceDesk
