// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace InvoiceDesk {

/**
 * The places of a file's columns by canonical name. An import asks it for every cell of every
 * row, so a name is found by its length and three of its characters and one comparison, not
 * by hashing the whole name (a QHash lookup was a sixth of an invoice import, issue 16).
 * Read-only once built, so the reading thread and the importing thread may share it.
 */
class ColumnPlaces
{
public:
    void insert(const QString &name, int place);
    /** The place of `name`, or -1 when the file has no such column. */
    int place(QStringView name) const;
    bool contains(QStringView name) const { return place(name) >= 0; }
    int size() const { return mCount; }

private:
    static size_t slotOf(QStringView name, qsizetype slotCount);
    void grow();

    QList<std::pair<QString, int>> mSlots; ///< open addressing; an empty name is a free slot
    int mCount = 0;
};

} // namespace InvoiceDesk
