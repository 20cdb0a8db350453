// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "opstate.h"

#include <array>
#include <utility>

namespace InvoiceDesk {

namespace {

constexpr std::array<std::pair<OpState, const char *>, 10> kKeys {{
    {OpState::Pending, "pending"},
    {OpState::Sending, "sending"},
    {OpState::RetryWait, "retry_wait"},
    {OpState::InDoubt, "in_doubt"},
    {OpState::Reconciling, "reconciling"},
    {OpState::NeedsAttention, "needs_attention"},
    {OpState::Conflict, "conflict"},
    {OpState::Acked, "acked"},
    {OpState::Discarded, "discarded"},
    {OpState::Superseded, "superseded"},
}};

} // namespace

QString opStateKey(OpState state)
{
    for (const auto &[value, key] : kKeys) {
        if (value == state)
            return QLatin1String(key);
    }
    return {};
}

std::optional<OpState> opStateFromKey(QStringView key)
{
    for (const auto &[value, name] : kKeys) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

bool isActive(OpState state)
{
    return state != OpState::Acked && state != OpState::Discarded && state != OpState::Superseded;
}

bool needsPerson(OpState state)
{
    return state == OpState::NeedsAttention || state == OpState::Conflict;
}

namespace {

QString stateColumn(const QString &alias)
{
    return alias.isEmpty() ? QStringLiteral("state") : alias + QStringLiteral(".state");
}

} // namespace

// Comparisons, not IN lists: SQLite evaluates a partial index's WHERE for every row it writes,
// and a list of three or more constants costs a temporary b-tree each time.
QString activeOpCondition(const QString &alias)
{
    return QStringLiteral("(%1 <> 'acked' AND %1 <> 'discarded' AND %1 <> 'superseded')")
        .arg(stateColumn(alias));
}

QString readyOpCondition(const QString &alias)
{
    return QStringLiteral("(%1 = 'pending' OR %1 = 'retry_wait' OR %1 = 'in_doubt')")
        .arg(stateColumn(alias));
}

} // namespace InvoiceDesk
