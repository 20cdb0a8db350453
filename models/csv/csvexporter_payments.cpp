// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// payments.csv with its receipts (issue 13 item 5): the rows of a receipt together under its
// stored key, then its unallocated credit; payments from credit under the key "credit". The
// records go in the order `import books` replays them (BooksImporter, DayRank): by date, and on
// one date money in and refunds in the order entered, then applications of credit; so the import
// keeps the order and the next export writes the same bytes.
#include "csvexporter.h"
#include "datedbalance.h"
#include "ledger.h"
#include "paymentcsv.h"
#include "receiptbook.h"
#include "recordsink.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace InvoiceDesk {

namespace {

/** Writes the rows of payments.csv, each receipt once, in the order the import needs them. */
class PaymentRows
{
public:
    PaymentRows(Ledger &ledger, RecordSink &sink)
        : mLedger(ledger)
        , mBook(ledger)
        , mSink(sink)
    {
    }

    Status load(const CsvExporter::Filter &filter);
    Status writeAll();
    int count() const { return mCount; }

private:
    /** One record of the file: a receipt (all its rows) or a payment of its own. */
    struct Entry
    {
        QDate date;
        DayRank rank = DayRank::Money;
        int group = 1; ///< 0 a receipt that is all credit: before the payments of its date
        qint64 order = 0; ///< the receipt's id, else the (first) payment's
        qint64 receiptId = 0;
        PaymentRef payment;
    };
    Result<QList<Entry>> entries();
    Status writePayment(const PaymentRef &ref);
    Status writeReceipt(const Receipt &receipt);
    Status writeRow(const Payment &payment, const Currency &currency, const QString &key,
        const QString &customer);

    Ledger &mLedger;
    ReceiptBook mBook;
    RecordSink &mSink;
    QList<PaymentRef> mPayments;
    QHash<qint64, AllocationLink> mLinks;
    QHash<qint64, Receipt> mReceipts; ///< standing receipts, by id
    QList<qint64> mReceiptOrder;
    QHash<qint64, QList<qint64>> mStanding; ///< receipt id -> its unvoided allocations
    QSet<qint64> mWritten; ///< receipts already written
    int mCount = 0;
};

Status PaymentRows::load(const CsvExporter::Filter &filter)
{
    PaymentListFilter listFilter;
    listFilter.voided = false;
    listFilter.from = filter.from;
    listFilter.to = filter.to;
    auto listed = mLedger.paymentRepository().list(listFilter);
    if (!listed)
        return Error {listed.error()};
    mPayments = *listed;
    auto links = mBook.receipts().allocationLinks();
    if (!links)
        return Error {links.error()};
    mLinks = *links;
    auto receipts = mBook.receipts().all(false);
    if (!receipts)
        return Error {receipts.error()};
    for (const Receipt &receipt : *receipts) {
        if ((filter.from.isValid() && receipt.date < filter.from)
            || (filter.to.isValid() && receipt.date > filter.to))
            continue;
        mReceipts.insert(receipt.id, receipt);
        mReceiptOrder.append(receipt.id);
    }
    for (const PaymentRef &payment : std::as_const(mPayments)) {
        const AllocationLink link = mLinks.value(payment.id);
        if (link.receiptId != 0)
            mStanding[link.receiptId].append(payment.id);
    }
    return {};
}

Result<QList<PaymentRows::Entry>> PaymentRows::entries()
{
    QList<Entry> entries;
    // A receipt none of whose allocations stands is all credit: first on its date, so a
    // payment from credit of that date finds it on import.
    for (const qint64 id : std::as_const(mReceiptOrder)) {
        if (!mStanding.contains(id))
            entries.append({mReceipts.value(id).date, DayRank::Money, 0, id, id, {}});
    }
    QSet<qint64> receipts;
    for (const PaymentRef &ref : std::as_const(mPayments)) {
        const auto link = mLinks.constFind(ref.id);
        if (link != mLinks.cend() && link->receiptId != 0 && mReceipts.contains(link->receiptId)) {
            if (!receipts.contains(link->receiptId)) {
                receipts.insert(link->receiptId);
                entries.append({mReceipts.value(link->receiptId).date, DayRank::Money, 1, ref.id,
                    link->receiptId, {}});
            }
            continue;
        }
        auto payment = mLedger.paymentRepository().load(ref.id);
        if (!payment)
            return Error {payment.error()};
        const bool fromCredit = link != mLinks.cend() && link->receiptId == 0;
        entries.append({(*payment)->date, fromCredit ? DayRank::FromCredit : DayRank::Money, 1,
            ref.id, 0, ref});
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.date, a.rank, a.group, a.order)
            < std::tie(b.date, b.rank, b.group, b.order);
    });
    return entries;
}

Status PaymentRows::writeAll()
{
    if (auto s = mSink.writeHeader(PaymentCsv::columns()); !s)
        return s;
    auto sorted = entries();
    if (!sorted)
        return Error {sorted.error()};
    for (const Entry &entry : std::as_const(*sorted)) {
        const Status s = entry.receiptId != 0 ? writeReceipt(mReceipts.value(entry.receiptId))
                                              : writePayment(entry.payment);
        if (!s)
            return s;
    }
    return mSink.finish();
}

Status PaymentRows::writePayment(const PaymentRef &ref)
{
    auto payment = mLedger.paymentRepository().load(ref.id);
    if (!payment)
        return Error {payment.error()};
    const auto link = mLinks.constFind(ref.id);
    if (link != mLinks.cend() && link->receiptId == 0) // an allocation of the customer's credit
        return writeRow(**payment, ref.currency, PaymentCsv::creditKey(), link->customer);
    return writeRow(**payment, ref.currency, QString(), QString());
}

Status PaymentRows::writeReceipt(const Receipt &receipt)
{
    if (mWritten.contains(receipt.id))
        return {};
    mWritten.insert(receipt.id);
    qint64 allocated = 0;
    for (const qint64 paymentId : mStanding.value(receipt.id)) {
        auto payment = mLedger.paymentRepository().load(paymentId);
        if (!payment)
            return Error {payment.error()};
        allocated += (*payment)->amount;
        if (auto s = writeRow(**payment, receipt.currency, receipt.key, receipt.customerName); !s)
            return s;
    }
    if (allocated == receipt.amount)
        return {};
    Payment credit = receipt.method;
    credit.invoiceNumber.clear();
    // A payment's own amounts are its allocation's, never the credit's (the import refuses them).
    credit.card.feeAmount.reset();
    credit.tds.reset();
    credit.transactionCharge.reset();
    credit.date = receipt.date;
    credit.amount = receipt.amount - allocated;
    return writeRow(credit, receipt.currency, receipt.key, receipt.customerName);
}

Status PaymentRows::writeRow(
    const Payment &payment, const Currency &currency, const QString &key, const QString &customer)
{
    ++mCount;
    return mSink.writeRecord(PaymentCsv::toRow(payment, currency, key, customer), currency);
}

} // namespace

Result<int> CsvExporter::writePayments(RecordSink &sink, const Filter &filter)
{
    PaymentRows rows(mLedger, sink);
    if (auto s = rows.load(filter); !s)
        return Error {s.error()};
    if (auto s = rows.writeAll(); !s)
        return Error {s.error()};
    return rows.count();
}

} // namespace InvoiceDesk
