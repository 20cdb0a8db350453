// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncadapter.h"
#include "backends/crmcomadapter.h"
#include "backends/ivvyadapter.h"
#include "backends/refrensadapter.h"
#include "backends/upgradechatadapter.h"

namespace InvoiceDesk {

std::unique_ptr<SyncAdapter> SyncAdapter::create(const QString &kind)
{
    if (kind == QLatin1String("upgradechat"))
        return std::make_unique<UpgradeChatAdapter>();
    if (kind == QLatin1String("ivvy"))
        return std::make_unique<IvvyAdapter>();
    if (kind == QLatin1String("crmcom"))
        return std::make_unique<CrmComAdapter>();
    if (kind == QLatin1String("refrens"))
        return std::make_unique<RefrensAdapter>();
    return nullptr;
}

Result<RemoteRequest> SyncAdapter::linkReadBack(const SyncContext &context) const
{
    auto request = buildRequest(context);
    if (!request)
        return Error {request.error()};
    if (!request->has_value())
        return Error {QStringLiteral("no request to read back with")};
    return **request;
}

QStringList SyncAdapter::kinds()
{
    return {QStringLiteral("upgradechat"), QStringLiteral("ivvy"), QStringLiteral("crmcom"),
        QStringLiteral("refrens")};
}

} // namespace InvoiceDesk
