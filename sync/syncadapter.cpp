// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncadapter.h"

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

} // namespace InvoiceDesk
