// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "paymentcsv.h"

#include <QHash>

#include <map>

namespace InvoiceDesk {

/** The records of a payments file whose replay key lies from `first` to `last`, both included. */
struct ReplayWindow
{
    PaymentCsv::ReplayKey first;
    PaymentCsv::ReplayKey last;
    /** On one key, the records in the reverse of the file's order: the file lists newest first. */
    bool newestFirst = false;

    bool contains(const PaymentCsv::ReplayKey &key) const { return first <= key && key <= last; }
};

/**
 * The replay keys of a payments file's records as they come: whether each invoice's records, and
 * the records that move a customer's credit, came in date order (so the dated checks see in the
 * file's order what they would by date), and how many records each key has, so that a file out
 * of that order can be imported by date a window of dates at a time, holding no more than a
 * window's records in memory (issue 16's bound on the import's memory).
 */
class ReplayCensus
{
public:
    /** The rows of one record (a payment's row, a receipt's rows). */
    void add(const QList<CsvRow> &rows);
    /**
     * Counts one record of `key` only, for windows() (the books' payments and credit notes,
     * which are always replayed by date).
     */
    void count(const PaymentCsv::ReplayKey &key) { ++mCounts[key]; }
    /** True while no invoice's record, nor one moving credit, came before an earlier-dated one. */
    bool inOrder() const { return mInOrder; }
    /**
     * Whether the file lists its records newest first (more of them dated before the record
     * above than after it), so that on one date too the last listed came first.
     */
    bool newestFirst() const { return mEarlier > mLater; }
    /**
     * Whether the file must be imported by date: it is not inOrder(), or it lists newest first
     * and an invoice, or the records moving credit, have more than one record on a date.
     */
    bool needsDateOrder() const { return !mInOrder || (newestFirst() && mSameDay); }
    /**
     * The keys in order, split into windows of at most `records` records each (one key with
     * more records is a window of its own).
     */
    QList<ReplayWindow> windows(qsizetype records) const;

private:
    void follow(std::optional<PaymentCsv::ReplayKey> &latest, const PaymentCsv::ReplayKey &key);

    std::map<PaymentCsv::ReplayKey, qsizetype> mCounts;
    /** By the hash of the invoice's number: two numbers alike only ask for the order sooner. */
    QHash<std::size_t, std::optional<PaymentCsv::ReplayKey>> mLatestByInvoice;
    std::optional<PaymentCsv::ReplayKey> mLatestMovingCredit;
    std::optional<QDate> mPreviousDate;
    qsizetype mEarlier = 0; ///< records dated before the record above them
    qsizetype mLater = 0; ///< records dated after the record above them
    bool mInOrder = true;
    bool mSameDay = false; ///< an invoice's, or the credit's, records share a key
};

} // namespace InvoiceDesk
