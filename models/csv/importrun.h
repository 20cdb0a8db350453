// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "customerrecords.h"
#include "importcontext.h"
#include "paymentimport.h"
#include "profiletaxcodes.h"
#include "replaywindows.h"

#include <QSet>

namespace InvoiceDesk {

/** The rows of one record (an invoice, a credit note, a receipt, a payment) and their problems. */
struct ImportRecord
{
    QList<CsvRow> rows;
    QList<ImportIssue> issues;
};

/**
 * The work of one file's import: groups its rows into records (an invoice's or a credit note's
 * rows, a receipt's rows, a payment's row) and imports each through the Ledger. A run may
 * instead keep its records for the caller to import later in an order of its own (the whole
 * books are replayed by date), through the same importRecord().
 */
class ImportRun
{
public:
    ImportRun(Ledger &ledger, const ImportOptions &options, ImportReport &report)
        : context(ledger, options, report)
        , mPayments(context)
        , mTaxCodes(ledger, options.profile)
        , mCustomerRecords(context.book.customers())
    {
    }

    /**
     * Takes the next row with the problems already found in it (its structure, a
     * spreadsheet's damage). Returns false when the database failed and the run must stop.
     */
    bool feed(const CsvRow &row, const QList<ImportIssue> &rowIssues);
    /**
     * Imports (or keeps) what is still gathered (the last invoice, credit note or receipt), then
     * refuses each record named by refuseWhole() with all of its rows.
     */
    bool finish();
    /**
     * The invoices, credit notes or receipts (by number or receipt key) to refuse with all of
     * their rows, wherever they are in the file: an earlier attempt found their rows apart
     * (splitKeys()). Set before the first row.
     */
    void refuseWhole(const QSet<QString> &keys) { mRefused = keys; }
    /**
     * The records whose rows were found apart (a row of one after another record began). The
     * rows before were imported as one record when the later ones came: the caller imports the
     * file again, refusing these whole (refuseWhole()), so that no part of a record is kept.
     */
    const QSet<QString> &splitKeys() const { return mSplit; }
    /**
     * From now on the run counts its records' replay keys in `census` (a payments file's with
     * their order: ReplayCensus::add) instead of importing them: `import books` then reads the file
     * again a window of dates at a time (beginWindow(), takeWindow()) to replay its payments and
     * credit notes by date with the other file's.
     */
    void countRecordsIn(ReplayCensus *census) { mCounted = census; }
    /**
     * Where a record goes in the replay by date: its date and rank (PaymentCsv::replayKeyOf);
     * a credit note's rank is DayRank::CreditNote.
     */
    PaymentCsv::ReplayKey replayKeyOf(const QList<CsvRow> &rows) const;
    /**
     * A payments file read in its order: whether a record came dated before an earlier one of
     * its invoice, or, moving credit, before an earlier one moving credit (ReplayCensus). From
     * that record on the run imports nothing more (it still reads, groups and counts the rows);
     * the caller imports the file again by date, a window of dates at a time (beginWindow(),
     * takeWindow()), as `import books` replays the payments.
     */
    bool outOfDateOrder() const { return mCensus.needsDateOrder(); }
    const ReplayCensus &census() const { return mCensus; }
    /**
     * Before reading the file again for the payments of one window of dates: the records in it
     * are kept for takeWindow(), the others passed over. Records refused for rows apart are
     * said on the first window's reading only.
     */
    void beginWindow(const ReplayWindow &window, bool first);
    /**
     * The records the window kept, by date, on one date in the file's order (the reverse for a
     * file listed newest first); the run forgets them.
     */
    QList<ImportRecord> takeWindow();
    /** Imports one record; false when the database failed. */
    bool importRecord(const QList<CsvRow> &rows, QList<ImportIssue> issues);

    ImportContext context;

private:
    bool flushGroup();
    bool dispatch(const QList<CsvRow> &rows, const QList<ImportIssue> &issues);
    bool feedGroupedRow(const CsvRow &row, const QList<ImportIssue> &rowIssues, const QString &key,
        bool blankContinues);
    void holdRefused(const CsvRow &row, const QList<ImportIssue> &rowIssues, const QString &key);
    bool importInvoice(const QList<CsvRow> &rows, QList<ImportIssue> issues);
    /**
     * The customer the invoice's `customer` cell names, if any. What the invoice leaves out
     * (an address, a due date) comes from that customer's record (CustomerRecords).
     */
    Result<CustomerRef> customerOf(const CsvRow &first, Invoice &invoice);
    /** Makes an updated invoice belong to `customer` (when one is named). */
    bool assignCustomer(const CsvRow &first, const Invoice &invoice, const CustomerRef &customer);
    /** The column that keys a record of rows: the invoice's or credit note's number, the receipt.
     */
    QString keyColumn() const;
    QString togetherMessage(const QString &key, int line) const;

    PaymentImport mPayments;
    QList<CsvRow> mGroup;
    QList<ImportIssue> mGroupIssues;
    QString mGroupKey;
    QHash<QString, int> mSeenAt;
    QSet<QString> mRefused;
    QSet<QString> mSplit;
    bool mHolding = false; ///< the current group is a refused record's, held in mHeld
    QList<std::pair<QString, ImportRecord>> mHeld; ///< refused records, by first appearance
    ProfileTaxCodes::Cache mTaxCodes; ///< the company's, read once per run
    CustomerRecords mCustomerRecords;
    ReplayCensus *mCounted = nullptr;
    ReplayCensus mCensus;
    std::optional<ReplayWindow> mWindow;
    QList<std::pair<PaymentCsv::ReplayKey, ImportRecord>> mWindowRecords;
    bool mSayApart = true; ///< refuse the records whose rows are apart (once per file)
};

} // namespace InvoiceDesk
