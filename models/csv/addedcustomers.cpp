// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "addedcustomers.h"
#include "receiptbook.h"

#include <QCoreApplication>

namespace InvoiceDesk {

Status AddedCustomers::mark()
{
    auto highest = ReceiptBook(mLedger).customers().highestId();
    if (!highest)
        return Error {highest.error()};
    mHighest = *highest;
    return {};
}

Result<QStringList> AddedCustomers::names()
{
    return ReceiptBook(mLedger).customers().namesAddedAfter(mHighest);
}

QString shortNameList(const QStringList &names)
{
    constexpr qsizetype shown = 10;
    const QString list = names.mid(0, shown).join(QStringLiteral(", "));
    if (names.size() <= shown)
        return list;
    return QCoreApplication::translate(
        "CsvImport", "%1 and %n more", nullptr, int(names.size() - shown))
        .arg(list);
}

bool listAddedCustomers(AddedCustomers &added, QStringList &names, QString &fatalError)
{
    auto found = added.names();
    if (!found) {
        fatalError = found.error();
        return false;
    }
    names = *found;
    return true;
}

} // namespace InvoiceDesk
