// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "columnplaces.h"

namespace InvoiceDesk {

size_t ColumnPlaces::slotOf(QStringView name, qsizetype slotCount)
{
    size_t hash = size_t(name.size());
    if (!name.isEmpty()) {
        hash = hash * 131 + name.front().unicode();
        hash = hash * 131 + name.at(name.size() / 2).unicode();
        hash = hash * 131 + name.back().unicode();
    }
    return hash & size_t(slotCount - 1); // slotCount is a power of two
}

int ColumnPlaces::place(QStringView name) const
{
    if (mSlots.isEmpty() || name.isEmpty())
        return -1;
    const qsizetype count = mSlots.size();
    for (size_t slot = slotOf(name, count);; slot = (slot + 1) & size_t(count - 1)) {
        const auto &[key, value] = mSlots.at(qsizetype(slot));
        if (key.isEmpty())
            return -1;
        if (key == name)
            return value;
    }
}

void ColumnPlaces::insert(const QString &name, int place)
{
    Q_ASSERT(!name.isEmpty() && place >= 0);
    if ((mCount + 1) * 2 > mSlots.size())
        grow();
    const qsizetype count = mSlots.size();
    for (size_t slot = slotOf(name, count);; slot = (slot + 1) & size_t(count - 1)) {
        auto &[key, value] = mSlots[qsizetype(slot)];
        if (key.isEmpty()) {
            key = name;
            value = place;
            ++mCount;
            return;
        }
        if (key == name) {
            value = place;
            return;
        }
    }
}

void ColumnPlaces::grow()
{
    const QList<std::pair<QString, int>> old = std::exchange(
        mSlots, QList<std::pair<QString, int>>(qMax<qsizetype>(64, mSlots.size() * 2)));
    mCount = 0;
    for (const auto &[key, value] : old) {
        if (!key.isEmpty())
            insert(key, value);
    }
}

} // namespace InvoiceDesk
