// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capabilities.h"

#include <QList>
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

/** A record that stays in InvoiceDesk because its invoice's remote system cannot take it. */
struct KeptHere
{
    QString document; ///< "Credit note CN-0001"
    QString invoiceNumber;
    QString connectionName;
    QString why; ///< what the system lacks and what to do there instead
};

/**
 * The credit notes on invoices whose connection's system takes none through its API (issue 13
 * item 3): they stay here, and the sync panel says so.
 */
QList<KeptHere> keptHere(Ledger &ledger);

} // namespace InvoiceDesk
