// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "replaywindows.h"

namespace InvoiceDesk {

void ReplayCensus::add(const QList<CsvRow> &rows)
{
    const PaymentCsv::ReplayKey key = PaymentCsv::replayKeyOf(rows.first());
    ++mCounts[key];
    if (mPreviousDate && key.date.isValid()) {
        mEarlier += key.date < *mPreviousDate ? 1 : 0;
        mLater += key.date > *mPreviousDate ? 1 : 0;
    }
    if (key.date.isValid())
        mPreviousDate = key.date;
    bool movesCredit = false;
    for (const CsvRow &row : rows) {
        movesCredit = movesCredit || PaymentCsv::movesCredit(row);
        const QString number = row.text(QStringLiteral("invoiceNumber")).trimmed();
        if (!number.isEmpty())
            follow(mLatestByInvoice[qHash(number)], key);
    }
    if (movesCredit)
        follow(mLatestMovingCredit, key);
}

void ReplayCensus::follow(
    std::optional<PaymentCsv::ReplayKey> &latest, const PaymentCsv::ReplayKey &key)
{
    mSameDay = mSameDay || (latest && key == *latest);
    if (latest && key < *latest)
        mInOrder = false;
    else
        latest = key;
}

QList<ReplayWindow> ReplayCensus::windows(qsizetype records) const
{
    QList<ReplayWindow> windows;
    qsizetype held = 0;
    for (const auto &[key, count] : mCounts) {
        if (windows.isEmpty() || held + count > records) {
            windows.append({key, key, newestFirst()});
            held = 0;
        }
        windows.last().last = key;
        held += count;
    }
    return windows;
}

} // namespace InvoiceDesk
