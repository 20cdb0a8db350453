// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importcontext.h"
#include "invoicerepository.h"
#include "receipt.h"

namespace InvoiceDesk {

/** One receipt as read from its rows, before it is written. */
struct ReceiptDraft
{
    QString key;
    QString customer;
    Currency currency;
    QList<Payment> payments; ///< per row; an empty invoiceNumber is unallocated credit
    qint64 amount = 0;
};

/**
 * The payments.csv side of an import (issue 13 item 5): a payment of its own, a receipt split
 * across invoices (the rows sharing a `receipt` key, written through ReceiptBook so each
 * allocation keeps its marker, audit and outbox rows), and a payment from the customer's credit
 * (`receipt` = "credit"). A refused record writes nothing and names its rows.
 */
class PaymentImport
{
public:
    explicit PaymentImport(ImportContext &context)
        : mContext(context)
    {
    }

    /** The rows of one receipt (adjacent, same key), or one row of its own. */
    bool importRows(const QList<CsvRow> &rows, QList<ImportIssue> issues);

    /** The receipt key a row belongs to ("" for a payment of its own or from credit). */
    static QString receiptKeyOf(const CsvRow &row);

private:
    bool importPayment(const CsvRow &row, QList<ImportIssue> issues);
    bool importFromCredit(const CsvRow &row, QList<ImportIssue> issues);
    bool importReceipt(const QList<CsvRow> &rows, QList<ImportIssue> issues);
    /** The receipt's customer, currency and rows; false when the database failed. */
    bool readReceipt(const QList<CsvRow> &rows, ReceiptDraft &draft, QList<ImportIssue> &issues);
    /** ReceiptBook's allocation rules, each refusal on its row; false when the database failed. */
    bool checkAllocations(
        const QList<CsvRow> &rows, const ReceiptDraft &draft, QList<ImportIssue> &issues);
    /** The invoice a row names; false when the database failed. */
    bool invoiceOf(const CsvRow &row, std::optional<InvoiceHeader> &invoice);
    /** The customer of the invoice by name ("" when it has none); false when the database failed.
     */
    bool customerOfInvoice(qint64 invoiceId, QString &name);
    /** Issues for the row's customer and currency columns, when they disagree with its invoice. */
    bool checkInvoiceColumns(
        const CsvRow &row, const InvoiceHeader &invoice, QList<ImportIssue> &issues);
    /**
     * Whether --on-existing skip or update leaves the payment alone as already recorded: before
     * this import the invoice had more payments of its date, amount, method and reference than
     * the file has named so far. False when the database failed.
     */
    bool isRecorded(const Payment &payment, bool &recorded);
    /** An issue when --on-existing fail meets credit applied alike before. False: database. */
    bool refuseRecordedCredit(
        const CsvRow &row, const Payment &payment, QList<ImportIssue> &issues);
    /**
     * An issue when a payment alike was recorded from an earlier row of this file (said so, not
     * as already recorded in the books) and duplicates are not allowed.
     */
    void refuseTwinInFile(const CsvRow &row, const Payment &payment, QList<ImportIssue> &issues);
    /** What makes payments alike (PaymentRepository::countLookalikes()). */
    static QString lookalikeKey(const Payment &payment);
    /**
     * A receipt whose key is taken: skip leaves it, update too when the file tells it the same
     * (sameReceipt()); otherwise an issue on its first row. False when the database failed.
     */
    bool settleRecordedReceipt(const QList<CsvRow> &rows, const ReceiptDraft &draft,
        const Receipt &recorded, QList<ImportIssue> &issues);
    /** Customer, currency, date, amount, method and its fields, and allocations alike. */
    Result<bool> sameReceipt(const Receipt &recorded, const ReceiptDraft &draft);

    ImportContext &mContext;
    /** By lookalikeKey(): the file's payments found recorded before it, and those it recorded. */
    QHash<QString, int> mRecordedSeen;
    QHash<QString, int> mRecordedHere;
    /** By lookalikeKey(): the line of the file's first payment of its own recorded alike. */
    QHash<QString, int> mLineHere;
};

} // namespace InvoiceDesk
