// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncadapter.h"

#include <QRegularExpression>

namespace InvoiceDesk {

Result<RemoteRequest> SyncAdapter::linkReadBack(const SyncContext &context) const
{
    auto request = buildRequest(context);
    if (!request)
        return Error {request.error()};
    if (!request->has_value())
        return Error {QStringLiteral("no request to read back with")};
    return **request;
}

QString findMarker(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("BK-[0-9A-HJKMNP-TV-Z]{12}"));
    return marker.match(text).captured();
}

Result<QList<RemotePayment>> SyncAdapter::parsePaymentList(
    const RemoteResponse &, const SyncContext &) const
{
    return Error {QStringLiteral("this system lists no payments")};
}

} // namespace InvoiceDesk
