// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicestatus.h"

#include <QCoreApplication>

#include <algorithm>

namespace InvoiceDesk {

QString lifecycleKey(InvoiceLifecycle lifecycle)
{
    switch (lifecycle) {
    case InvoiceLifecycle::Draft:
        return QStringLiteral("draft");
    case InvoiceLifecycle::Issued:
        return QStringLiteral("issued");
    case InvoiceLifecycle::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<InvoiceLifecycle> lifecycleFromKey(QStringView key)
{
    for (auto lifecycle :
        {InvoiceLifecycle::Draft, InvoiceLifecycle::Issued, InvoiceLifecycle::Cancelled}) {
        if (key == lifecycleKey(lifecycle))
            return lifecycle;
    }
    return std::nullopt;
}

QString statusName(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return QStringLiteral("Draft");
    case InvoiceStatus::Pending:
        return QStringLiteral("Pending");
    case InvoiceStatus::Paid:
        return QStringLiteral("Paid");
    case InvoiceStatus::Cancelled:
        return QStringLiteral("Cancelled");
    case InvoiceStatus::Refunded:
        return QStringLiteral("Refunded");
    }
    return {};
}

std::optional<InvoiceStatus> statusFromName(QStringView name)
{
    for (auto status : {InvoiceStatus::Draft, InvoiceStatus::Pending, InvoiceStatus::Paid,
             InvoiceStatus::Cancelled, InvoiceStatus::Refunded}) {
        if (name.trimmed().compare(statusName(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QString statusDisplayName(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return QCoreApplication::translate("InvoiceStatus", "Draft");
    case InvoiceStatus::Pending:
        return QCoreApplication::translate("InvoiceStatus", "Pending");
    case InvoiceStatus::Paid:
        return QCoreApplication::translate("InvoiceStatus", "Paid");
    case InvoiceStatus::Cancelled:
        return QCoreApplication::translate("InvoiceStatus", "Cancelled");
    case InvoiceStatus::Refunded:
        return QCoreApplication::translate("InvoiceStatus", "Refunded");
    }
    return {};
}

qint64 outstandingOf(qint64 grandTotal, qint64 paid, qint64 refunded, qint64 credited)
{
    return std::max<qint64>(0, grandTotal - (paid - refunded) - credited);
}

InvoiceStatus statusFor(
    InvoiceLifecycle lifecycle, qint64 grandTotal, qint64 paid, qint64 refunded, qint64 credited)
{
    if (lifecycle == InvoiceLifecycle::Cancelled)
        return InvoiceStatus::Cancelled;
    if (lifecycle == InvoiceLifecycle::Draft)
        return InvoiceStatus::Draft;
    if (credited > 0 && credited >= grandTotal)
        return InvoiceStatus::Refunded; // credited in full: nothing is owed, nothing to pay
    if (paid - refunded <= 0 && credited == 0)
        return InvoiceStatus::Pending; // nothing paid, or all of it returned: owed (again)
    if (outstandingOf(grandTotal, paid, refunded, credited) == 0)
        return InvoiceStatus::Paid;
    return InvoiceStatus::Pending;
}

QList<InvoiceStatus> validFollowStates(InvoiceStatus status)
{
    switch (status) {
    case InvoiceStatus::Draft:
        return {InvoiceStatus::Pending, InvoiceStatus::Cancelled};
    case InvoiceStatus::Pending:
        return {InvoiceStatus::Paid, InvoiceStatus::Refunded, InvoiceStatus::Cancelled};
    case InvoiceStatus::Paid:
        return {InvoiceStatus::Pending, InvoiceStatus::Refunded, InvoiceStatus::Cancelled};
    case InvoiceStatus::Refunded:
        return {InvoiceStatus::Pending, InvoiceStatus::Paid, InvoiceStatus::Cancelled};
    case InvoiceStatus::Cancelled:
        return {};
    }
    return {};
}

} // namespace InvoiceDesk
