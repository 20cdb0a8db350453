// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "allocationplan.h"
#include "money.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace InvoiceDesk {

namespace {

QString text(qint64 minor, const Currency &currency)
{
    return Money::fromMinorUnits(minor, currency).toString();
}

const OwedInvoice *find(const QList<OwedInvoice> &open, const QString &number)
{
    for (const OwedInvoice &invoice : open) {
        if (invoice.number == number)
            return &invoice;
    }
    return nullptr;
}

/** The manual allocations, each checked against the invoice it names. */
Result<QList<Allocation>> checkManual(
    const QList<Allocation> &manual, const QList<OwedInvoice> &open, const Currency &currency)
{
    QList<Allocation> planned;
    for (const Allocation &allocation : manual) {
        const OwedInvoice *invoice = find(open, allocation.invoiceNumber);
        if (!invoice)
            return Error {QCoreApplication::translate(
                "Receipt", "invoice %1 is not an open invoice of this customer in %2")
                              .arg(allocation.invoiceNumber, currency.code())};
        for (const Allocation &earlier : planned) {
            if (earlier.invoiceNumber == allocation.invoiceNumber)
                return Error {
                    QCoreApplication::translate("Receipt", "invoice %1 is allocated twice")
                        .arg(allocation.invoiceNumber)};
        }
        if (allocation.amount <= 0)
            return Error {QCoreApplication::translate(
                "Receipt", "the amount allocated to invoice %1 must be more than zero")
                              .arg(allocation.invoiceNumber)};
        if (allocation.amount > invoice->owing)
            return Error {QCoreApplication::translate(
                "Receipt", "allocating %1 to invoice %2 is more than the %3 it owes")
                              .arg(text(allocation.amount, currency), allocation.invoiceNumber,
                                  text(invoice->owing, currency))};
        planned.append(allocation);
    }
    return planned;
}

} // namespace

std::optional<qint64> exactAllocatedTotal(const QList<Allocation> &allocations)
{
    qint64 total = 0;
    for (const Allocation &allocation : allocations) {
        if (qAddOverflow(total, allocation.amount, &total))
            return std::nullopt;
    }
    return total;
}

qint64 allocatedTotal(const QList<Allocation> &allocations)
{
    return exactAllocatedTotal(allocations).value_or(std::numeric_limits<qint64>::max());
}

Result<QList<Allocation>> planAllocations(qint64 amount, const QList<OwedInvoice> &open,
    const QList<Allocation> &manual, bool oldestFirst, const Currency &currency)
{
    if (amount <= 0)
        return Error {
            QCoreApplication::translate("Receipt", "a receipt's amount must be more than zero")};
    auto checked = checkManual(manual, open, currency);
    if (!checked)
        return checked;
    QList<Allocation> planned = std::move(checked).value();
    const std::optional<qint64> exactTotal = exactAllocatedTotal(planned);
    if (!exactTotal)
        return Error {QCoreApplication::translate("Receipt",
            "the allocations add up to more than an amount can be (over "
            "9,223,372,036,854,775,807 minor units)")};
    const qint64 manualTotal = *exactTotal;
    if (manualTotal > amount)
        return Error {QCoreApplication::translate(
            "Receipt", "the allocations total %1, more than the %2 received")
                          .arg(text(manualTotal, currency), text(amount, currency))};
    qint64 left = amount - manualTotal;
    if (!oldestFirst)
        return planned;
    QList<OwedInvoice> byAge = open;
    std::stable_sort(byAge.begin(), byAge.end(),
        [](const OwedInvoice &a, const OwedInvoice &b) { return a.issueDate < b.issueDate; });
    for (const OwedInvoice &invoice : byAge) {
        if (left == 0)
            break;
        // An invoice given a manual amount keeps exactly that amount.
        if (std::any_of(planned.cbegin(), planned.cend(),
                [&](const Allocation &a) { return a.invoiceNumber == invoice.number; }))
            continue;
        const qint64 share = std::min(left, invoice.owing);
        planned.append({invoice.number, share});
        left -= share;
    }
    return planned;
}

} // namespace InvoiceDesk
