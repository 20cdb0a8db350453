// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncadapter.h"

#include <QCoreApplication>
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

QStringList SyncAdapter::secretNames(const Connection &) const
{
    QStringList names;
    for (const ConnectionField &field : fields()) {
        if (field.secret)
            names.append(QLatin1String(field.name));
    }
    return names;
}

TestVerdict SyncAdapter::parseTest(const RemoteResponse &response) const
{
    auto token = parseLogin(response);
    if (token)
        return {TestVerdict::Accepted, {}};
    // A server in trouble has not judged the credentials.
    return {response.httpStatus >= 500 ? TestVerdict::Failed : TestVerdict::Refused, token.error()};
}

TestVerdict SyncAdapter::httpTestVerdict(const RemoteResponse &response, const QString &message)
{
    if (response.httpStatus == 401 || response.httpStatus == 403)
        return {TestVerdict::Refused, message};
    if (response.httpStatus >= 500)
        return {TestVerdict::Failed, message};
    // Anything else (a 404 for the id we made up, say) came from behind the sign-in.
    return {TestVerdict::Accepted, {}};
}

Result<QList<RemotePayment>> SyncAdapter::parsePaymentList(
    const RemoteResponse &, const SyncContext &) const
{
    return Error {QStringLiteral("this system lists no payments")};
}

QList<ConnectionField> paceFields()
{
    return {{"lanes", QT_TRANSLATE_NOOP("ConnectionsDialog", "Lanes")},
        {"requestsPerSecond", QT_TRANSLATE_NOOP("ConnectionsDialog", "Requests per second")}};
}

} // namespace InvoiceDesk
