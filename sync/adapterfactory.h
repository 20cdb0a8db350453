// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "syncadapter.h"

#include <QStringList>

#include <memory>

namespace InvoiceDesk {

/** The adapter for a connection kind ("upgradechat", "ivvy", "crmcom", "refrens"), or null. */
std::unique_ptr<SyncAdapter> createAdapter(const QString &kind);
/** Every connection kind an adapter exists for. */
QStringList adapterKinds();

} // namespace InvoiceDesk
