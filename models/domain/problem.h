// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace InvoiceDesk {

/**
 * One thing wrong with a record: the field it is about (named as in the CSV
 * header, e.g. "billing.email" or "line.quantity"), the line item it belongs to
 * when there is one, and why.
 */
struct Problem
{
    QString field;
    QString message;
    int lineIndex = -1;

    friend bool operator==(const Problem &, const Problem &) = default;
};

using Problems = QList<Problem>;

/** "field: message; field: message" for one-line reports. */
QString describe(const Problems &problems);

} // namespace InvoiceDesk
