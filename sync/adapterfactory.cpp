// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "adapterfactory.h"
#include "crmcomadapter.h"
#include "ivvyadapter.h"
#include "refrensadapter.h"
#include "upgradechatadapter.h"

namespace InvoiceDesk {

std::unique_ptr<SyncAdapter> createAdapter(const QString &kind)
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

QStringList adapterKinds()
{
    return {QStringLiteral("upgradechat"), QStringLiteral("ivvy"), QStringLiteral("crmcom"),
        QStringLiteral("refrens")};
}

} // namespace InvoiceDesk
