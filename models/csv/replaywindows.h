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
    /** True while no invoice's record, nor one moving credit, came before an earlier-dated one. */
    bool inOrder() const { return mInOrder; }
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
    bool mInOrder = true;
};

} // namespace InvoiceDesk
