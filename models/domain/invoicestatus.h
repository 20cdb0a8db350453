// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace InvoiceDesk {

/**
 * What the bookkeeper decided about an invoice. Draft and Cancelled are set by
 * hand; while Issued, the status shown follows the money (see InvoiceStatus).
 */
enum class InvoiceLifecycle { Draft, Issued, Cancelled };

/** The status shown and exported: DESIGN.md, "Status follows the money". */
enum class InvoiceStatus { Draft, Pending, Paid, Cancelled, Refunded };

QString lifecycleKey(InvoiceLifecycle lifecycle);
std::optional<InvoiceLifecycle> lifecycleFromKey(QStringView key);

/** "Draft", "Pending", ...: the names of seed 001 and of invoices.csv. */
QString statusName(InvoiceStatus status);
/** Case-insensitive; nothing for an unknown name. */
std::optional<InvoiceStatus> statusFromName(QStringView name);
/** The translated name for display. */
QString statusDisplayName(InvoiceStatus status);

/**
 * The status an invoice has, from its lifecycle and its money.
 * @param paid    sum of the non-voided positive payments
 * @param refunded sum of the non-voided refunds, as a positive number
 * @param credited sum of the invoice's credit notes (issue 13 item 3)
 *
 * Money returned without a credit note leaves the invoice owed again (Pending); an invoice
 * credited in full is Refunded (DESIGN.md, "Money and numbers"; issue 10 item 7).
 */
InvoiceStatus statusFor(InvoiceLifecycle lifecycle, qint64 grandTotal, qint64 paid, qint64 refunded,
    qint64 credited = 0);

/** What the invoice still owes: total less net payments and credit notes, never below zero. */
qint64 outstandingOf(qint64 grandTotal, qint64 paid, qint64 refunded, qint64 credited);

/** The statuses an invoice may move to from `status`, by a person or by a payment. */
QList<InvoiceStatus> validFollowStates(InvoiceStatus status);

} // namespace InvoiceDesk
