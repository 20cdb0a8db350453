// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoice.h"

#include <QFlags>
#include <QLocale>
#include <QString>

#include <optional>

namespace InvoiceDesk {

struct SyncContext;

/**
 * Something a remote system may not take through its API. Each adapter declares the ones its
 * seed rules out (Capabilities::notTaken); the engine refuses such an operation before it
 * builds a request, and the windows say so before a person records it, in the same words.
 */
enum class RemoteOperation {
    DeleteInvoice = 0x01, ///< deleting an invoice that reached it
    ReversePayment = 0x02, ///< voiding (reversing) a payment that reached it
    Refund = 0x04, ///< a negative payment: money returned to the customer
    CreditNote = 0x08, ///< a credit note against one of its invoices
    FractionalQuantity = 0x10, ///< a line quantity with decimals (hours, days)
    PartialPayment = 0x20, ///< a payment of anything but the whole outstanding amount
    LineDiscount = 0x40, ///< a discount on a line (it then takes the line's net amount)
};
Q_DECLARE_FLAGS(RemoteOperations, RemoteOperation)
Q_DECLARE_OPERATORS_FOR_FLAGS(RemoteOperations)

/**
 * What one kind of remote system can do, as its adapter declares it (sync-design.md 5.1.8).
 * The engine derives its policy from these, never from the kind's name.
 */
struct Capabilities
{
    QString systemName; ///< as a bookkeeper names it, in messages: "iVvy", "CRM.COM"
    QString markerField; ///< where the marker travels, for the sync panel
    bool canReadBack = true; ///< an op in doubt can be looked up there; else a person decides
    bool needsLogin = false; ///< a session token from buildLogin() goes with every call
    /**
     * Invoices are created and updated there from ours. Else they live there: our create
     * links to the one with the same number, and an update has nothing to send.
     */
    bool pushesInvoices = false;
    RemoteOperations notTaken; ///< what the system does not take through its API

    bool takes(RemoteOperation operation) const { return !notTaken.testFlag(operation); }
};

/**
 * Why the system cannot take the operation of `context` as it stands, in a bookkeeper's words
 * (what to do there instead), or nothing when it can. The engine asks before every send.
 */
std::optional<QString> refusal(const Capabilities &capabilities, const SyncContext &context);

/** Why the system would not take the invoice as it stands (a fractional quantity), if so. */
std::optional<QString> invoiceRefusal(const Capabilities &capabilities, const Invoice &invoice);
/**
 * What the system changes in the invoice as it sends it, or nothing: a system without line
 * discounts takes each discounted line as its net amount (issue 12 item 5). For the sync panel.
 */
std::optional<QString> invoiceNote(const Capabilities &capabilities, const Invoice &invoice);
/**
 * Why the system would not take a payment of `amount` (negative: a refund) on an invoice that
 * owes `outstanding`, or nothing when it would (the payment dialog's note). Amounts are
 * written as in files (12.50) unless a `locale` is given for a window.
 */
std::optional<QString> paymentRefusal(const Capabilities &capabilities, qint64 amount,
    qint64 outstanding, const Currency &currency, const QLocale *locale = nullptr);
/** That the system has no payment method for ours (`methodKey`, as in payments.csv). */
QString methodRefusal(const Capabilities &capabilities, const QString &methodKey);
/** What a person does when the system takes no reversal of payment `marker`. */
QString reversalRefusal(const Capabilities &capabilities, const QString &marker);
/** What a person does when the system takes no credit note (`number`) through its API. */
QString creditNoteRefusal(const Capabilities &capabilities, const QString &number);
/** What a person does when the system takes no deletion of invoice `number`. */
QString deletionRefusal(const Capabilities &capabilities, const QString &number);

} // namespace InvoiceDesk
