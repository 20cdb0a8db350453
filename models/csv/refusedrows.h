// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QStringList>

namespace InvoiceDesk {

/**
 * The rows an import refused, each as the file had it, with its line and why: what goes into
 * "<file>.errors.csv", for the bookkeeper to correct and import again.
 */
class RefusedRows
{
public:
    void add(const QStringList &fields, int line, const QString &why);
    bool isEmpty() const { return mRows.isEmpty(); }

    /**
     * Writes `header` with an "error" column, then the rows in the file's order (a record
     * refused later for rows apart still comes at its place), whole or not at all.
     */
    Status write(const QString &path, const QStringList &header, QChar separator) const;

private:
    struct Row
    {
        int line = 0;
        QStringList fields;
        QString why;
    };
    QList<Row> mRows;
};

} // namespace InvoiceDesk
