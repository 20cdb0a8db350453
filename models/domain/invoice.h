// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "address.h"
#include "invoicestatus.h"
#include "money.h"
#include "problem.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace InvoiceDesk {

/** The billing period unit of a line: seed 001's Day, Month, Year, or none. */
enum class LineUnit { None, Day, Month, Year };

QString lineUnitName(LineUnit unit);
std::optional<LineUnit> lineUnitFromName(QStringView name);

/** One line of an invoice. Amounts are minor units of the invoice's currency. */
struct LineItem
{
    Quantity quantity = Quantity::fromWhole(1);
    qint64 rate = 0;
    LineUnit unit = LineUnit::None;
    QString productCode;
    QString description;
    std::optional<qint64> commissionableAmount;
    std::optional<Percentage> taxRate;
    /** At most one of the two discounts (issue 12 item 5): a percentage or an amount. */
    std::optional<Percentage> discountPercent;
    std::optional<qint64> discountAmount;
    /** A name from the company's tax codes; resolved from the rate when the line is saved. */
    QString taxCode;

    /** quantity × rate before the discount, rounded half away from zero; nothing on overflow. */
    std::optional<qint64> grossTotal() const { return lineTotal(quantity, rate); }
    /**
     * The line's net amount: quantity × rate − discount, rounded half away from zero once;
     * nothing on overflow. Without a discount it is quantity × rate as before.
     */
    std::optional<qint64> total() const;

    friend bool operator==(const LineItem &, const LineItem &) = default;
};

/** The computed money of an invoice, all in minor units. */
struct InvoiceTotals
{
    qint64 subtotal = 0;
    qint64 discount = 0;
    qint64 shipping = 0;
    qint64 tax = 0;
    qint64 grandTotal = 0;
};

/** An invoice as the bookkeeper enters it: the fields of seed 001. */
struct Invoice
{
    qint64 id = 0; ///< local row id; 0 until stored
    QString uuid; ///< stable local identity, also the sync lane key
    QString number; ///< the key a person and the remotes know it by
    InvoiceLifecycle lifecycle = InvoiceLifecycle::Issued;
    QDate date;
    QDate dueDate;
    QDate subscriptionStartOn;
    Currency currency;
    std::optional<qint64> contactId;
    QString groupId;
    std::optional<qint64> orderId;
    QString orderNumber;
    std::optional<qint64> leadId;
    QString couponCode;
    qint64 discountTotal = 0;
    qint64 shippingTotal = 0;
    /** Tax typed as a total; when absent, computed from the lines' tax rates. */
    std::optional<qint64> taxTotal;
    QString description;
    QString note;
    /** EN 16931 (issue 14 item 5): the buyer's reference (BT-10, XRechnung's Leitweg-ID). */
    QString buyerReference;
    /** The actual delivery date (BT-72), when the goods or services were delivered. */
    QDate deliveryDate;
    /** UNTDID 4461 payment means (BT-81), e.g. 58 SEPA credit transfer; empty: the default. */
    QString paymentMeansCode;
    std::optional<qint64> forbiddenPaymentMethods;
    QString connectionName; ///< empty: the invoice stays local
    QString remoteId;
    Address billing;
    Address shipping;
    QList<LineItem> lines;
    int version = 0; ///< bumped on every stored change

    /** Subtotal, tax and grand total per DESIGN.md; an error on overflow. */
    Result<InvoiceTotals> totals() const;

    /** The customer as the list shows it: billing, else shipping, display name. */
    QString customerName() const;

    /** Every problem with the invoice, each with its field (not just the first). */
    Problems validate() const;

    friend bool operator==(const Invoice &, const Invoice &) = default;
};

} // namespace InvoiceDesk
