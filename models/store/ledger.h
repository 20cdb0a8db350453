// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bulkindexes.h"
#include "companyprofilerepository.h"
#include "connectionrepository.h"
#include "creditnoterepository.h"
#include "database.h"
#include "invoicelisting.h"
#include "invoicerepository.h"
#include "outbox.h"
#include "paymentrepository.h"
#include "preparedqueries.h"
#include "sqlutil.h"
#include "taxcoderepository.h"

namespace InvoiceDesk {

/** What a payment check lets through: a look-alike of a recorded payment, history on a cancelled
 * invoice. */
struct PaymentCheck
{
    bool allowLookalike = false;
    /** Imports of history may carry payments of invoices cancelled later. */
    bool allowCancelledInvoice = false;
    /** Applied from the customer's credit: the books replay it after its date's credit notes. */
    bool fromCredit = false;
};

/**
 * What becomes of the money when an invoice with payments is cancelled (issue 10 item 7): it is
 * refunded, or kept as the customer's credit. A refund either credits the invoice (a credit
 * note: outstanding 0, Refunded) or leaves it owed again (Pending, overdue once due).
 */
struct CancelSettlement
{
    enum class Money { Undecided, Refund, KeepAsCredit };
    Money money = Money::Undecided;
    /** For a refund: the invoice is credited (true) or owed again (false). */
    bool credited = true;
    /** The refund's method and fields; its invoice, amount and date are the ledger's. */
    Payment refund;
    QString reason; ///< the credit note's reason
    QDate date; ///< of the refund and the credit note; today when not set
};

/** What a refund does to the invoice it is paid back on (issue 10 item 7). */
enum class RefundEffect {
    OwedAgain, ///< the money is owed once more: outstanding grows by the refund
    Credited, ///< a credit note for the refund credits the invoice: outstanding stays
};

/**
 * The bookkeeping rules over the store: every change to an invoice or a
 * payment is validated, then written with its audit row and, when the invoice
 * has a connection, its outbox row, in one transaction. There is no other way
 * to change invoices or payments.
 */
class Ledger
{
public:
    /** A change of an invoice's money, checked on its dates (checkMoneyOnDates()). */
    enum class MoneyChange { Payment, Refund, PaymentVoided, RefundVoided, CreditNote };

    explicit Ledger(Database &database);

    /** The company file the books are kept in. */
    QString databasePath() const;
    /** The schema version of the company file (PRAGMA user_version). */
    int schemaVersion() const;

    /**
     * One consistent view of the books for several reads (an export of several files): while
     * the snapshot lives, this ledger's reads do not see what other connections commit.
     */
    Result<std::unique_ptr<Sql::ReadSnapshot>> readSnapshot();

    /** How a batch keeps the invoices' secondary indexes (BulkIndexes). */
    enum class IndexUpkeep {
        RowByRow, ///< every write keeps them (batches that query invoices by them per row)
        /**
         * A bulk load (the CSV import): set aside and rebuilt at commit once the batch outgrows
         * the file, and a larger page cache holds what the load writes until its commit.
         */
        RebuildWhenLarge,
    };
    /**
     * Holds one transaction around many changes (imports): each change then
     * joins it instead of committing on its own.
     */
    Status beginBatch(IndexUpkeep upkeep = IndexUpkeep::RowByRow);
    Status commitBatch();
    void rollbackBatch();
    bool inBatch() const { return mBatch != nullptr; }

    /** Every problem saving `invoice` would meet: its own fields, its number, its connection, its
     * payments. */
    Problems checkInvoice(const Invoice &invoice)
    {
        return checkInvoice(invoice, issuedRatesOf(invoice));
    }
    /** Every problem recording `payment` would meet (set invoiceNumber, or invoiceId). */
    Problems checkPayment(const Payment &payment, PaymentCheck check = {});

    /**
     * Validates and stores a new invoice. On refusal the error lists every
     * problem; `problems`, when given, receives them one by one. It belongs to `customer`
     * (by default the customer its billing name derives).
     */
    Result<Invoice> createInvoice(
        Invoice invoice, Problems *problems = nullptr, const CustomerRef &customer = {});
    /** Rewrites a stored invoice (by id); refused if it would drop the total below what was paid.
     */
    Result<Invoice> updateInvoice(Invoice invoice, Problems *problems = nullptr);
    /** Deletes an invoice with no recorded payments; one with payments must be cancelled. */
    Status deleteInvoice(qint64 invoiceId);
    /** Cancels an invoice; one that holds money is refused (use the settlement's overload). */
    Status cancelInvoice(qint64 invoiceId);
    /** Cancels an invoice, first settling the money paid on it as `settlement` says. */
    Status cancelInvoice(qint64 invoiceId, const CancelSettlement &settlement);
    /** How money paid on the invoice goes back: the method and fields of its last payment. */
    Payment refundMethodFor(qint64 invoiceId);
    /** Reopens a cancelled invoice (audited) while no credit note credits it. */
    Status reopenInvoice(qint64 invoiceId);
    Status assignConnection(qint64 invoiceId, const QString &connectionName);

    /** Records a payment (a refund when negative); mints its marker. */
    Result<Payment> recordPayment(
        Payment payment, PaymentCheck check = {}, Problems *problems = nullptr);
    /**
     * Records a refund (`refund.amount` positive or negative: it is paid back) and, when the
     * invoice is credited, the credit note for it, with `reason`, in one transaction.
     */
    Result<Payment> recordRefund(
        Payment refund, RefundEffect effect, const QString &reason, Problems *problems = nullptr);
    /** Voids a recorded payment, keeping it with its reason. */
    Status voidPayment(qint64 paymentId, const QString &reason);
    /** Whether voidPayment() would void the payment (asked before a reason is). */
    Status canVoidPayment(qint64 paymentId);

    /**
     * Issues a credit note (issue 13 item 3) for invoice `invoiceNumber` (or `invoiceId`), or
     * for customer `customerName` when neither is set, numbered in the CN- series unless a
     * number is given. On an invoice it reduces what is owed and the status follows; what is
     * beyond that becomes the customer's credit. Written with its audit row in one transaction.
     */
    Result<CreditNote> issueCreditNote(CreditNote note, Problems *problems = nullptr);
    /** Every problem issuing `note` would meet; fills its customer, currency and invoice id. */
    Problems checkCreditNote(CreditNote &note);
    CreditNoteRepository &creditNotes() { return mCreditNotes; }

    /**
     * Adds a tax code (id 0) or rewrites one (by id, renaming it on the lines that carry it),
     * with its audit row, in one transaction (or the batch's). Refused with every problem.
     */
    Result<TaxCode> saveTaxCode(TaxCode code);
    /**
     * Resolves the lines' tax codes from the company's (models/taxcode.h): a rate takes its
     * code, a code its rate; an unknown code or a rate the code disagrees with is a problem,
     * unless `issued` keeps the rate the line was issued at.
     */
    Problems resolveTaxCodes(QList<LineItem> &lines, const TaxCodes::IssuedRates &issued = {});
    /**
     * While on (the books import's batch), every invoice's lines keep the rates they were
     * issued at where their tax code has another rate now. Off, a stored invoice's lines keep
     * theirs as long as they are unchanged.
     */
    void keepIssuedRates(bool keep) { mKeepIssuedRates = keep; }

    /** The company's profile (issue 14 item 1); empty values for keys never set. */
    Result<CompanyProfile> companyProfile();
    /**
     * Replaces the company's profile, with its audit row, in one transaction (or the batch's).
     * Refused with every problem; an unchanged profile writes nothing.
     */
    Result<CompanyProfile> saveCompanyProfile(const CompanyProfile &profile);

    Result<std::optional<Invoice>> invoice(qint64 id) { return mInvoices.load(id); }
    Result<std::optional<Invoice>> invoiceByNumber(const QString &number);
    Result<QList<Payment>> payments(qint64 invoiceId) { return mPayments.forInvoice(invoiceId); }

    /** The one invoice-listing query (the invoice list, `list invoices`, exports). */
    InvoiceListing invoiceListing() const;
    InvoiceRepository &invoices() { return mInvoices; }
    PaymentRepository &paymentRepository() { return mPayments; }
    ConnectionRepository &connections() { return mConnections; }
    Outbox &outbox() { return mOutbox; }
    TaxCodeRepository &taxCodes() { return mTaxCodes; }

private:
    class WriteScope;

    /**
     * What a change of the money held on an invoice does to the credit its credit notes left
     * beyond what it owed: a payment voided moves that credit onto the invoice (it owes the money
     * again), a refund pays it out (onto the invoice when dated on or before the note), a refund
     * voided reverses what it moved.
     */
    struct CreditMove
    {
        qint64 taken = 0; ///< the customer's credit it takes (below zero: gives back)
        qint64 customerId = 0;
        QList<CreditNote> notes; ///< the notes it changes, with their new parts
        QList<CreditMovePart> parts; ///< what it moved, to record with its payment
    };
    /** The credit move of recording (`voiding` false) or voiding `payment` on `invoice`. */
    Result<CreditMove> creditMoveFor(
        const InvoiceHeader &invoice, const Payment &payment, bool voiding);
    /** Takes the credit a fall of what covers the invoice takes from `notes`; how much. */
    qint64 takeCredit(QList<CreditNote> &notes, const Payment &payment, bool voiding,
        quint64 before, quint64 after, QList<CreditMovePart> &parts);
    /** Gives up to `more` of the notes' applied parts back as credit, within `after`. */
    qint64 creditBack(QList<CreditNote> &notes, quint64 more, quint64 after);
    /** Reverses in `notes` what voided `refund` moved; how much. */
    Result<qint64> reverseMoves(QList<CreditNote> &notes, const Payment &refund);
    /** Writes the move's notes and parts (for `paymentId`), each note with its audit row. */
    Status applyCreditMove(const CreditMove &move, qint64 paymentId, const Currency &currency);
    /** creditMoveFor() written. */
    Status moveCredit(const InvoiceHeader &invoice, const Payment &payment, bool voiding);
    /** checkCreditMove() for recording `refund` on the invoice. */
    Status checkRefundCredit(const InvoiceHeader &invoice, const Payment &refund);
    /** The credit voiding `payments` would take (their invoices' notes' moves, added up). */
    Result<CreditMove> creditMoveOfVoiding(const QList<Payment> &payments);
    /** What the move takes from the customer's credit on its dates (a refund's on `date`). */
    static QList<DatedAmount> creditOnDatesOf(const CreditMove &move, const QDate &date);
    enum class CreditChange { Refund, PaymentVoided };
    /**
     * Refuses a move (of the payment or refund dated `date`) that takes more credit than the
     * customer has, now or on some date, with `returned` given back to it by the same change:
     * that credit has paid other invoices.
     */
    Status checkCreditMove(const CreditMove &move, const InvoiceHeader &invoice,
        const QList<DatedAmount> &returned, const QDate &date, CreditChange change);
    /** Why checkCreditMove() refused: `paid` the invoices paid from credit. */
    static QString creditMoveRefusal(const CreditMove &move, const InvoiceHeader &invoice,
        const Shortfall &shortfall, const QStringList &paid, CreditChange change);

    Result<std::optional<qint64>> connectionIdFor(const QString &name);
    Status queueInvoiceChange(const Invoice &invoice, qint64 connectionId, bool created);
    Status queuePayment(const Payment &payment, const QString &laneKey, qint64 connectionId);
    Problems checkPayment(
        const Payment &payment, PaymentCheck check, std::optional<InvoiceHeader> &invoice);
    Status applyPaymentTotals(const InvoiceHeader &invoice, qint64 paid, qint64 refunded);
    /**
     * Refuses a change of the invoice's money (`added`, and the payments `removed`) after which
     * `import books` could not replay it on its dates: more refunded than paid by some date, or
     * a payment beyond what was owed on its date (the total less the credit notes before it).
     */
    Status checkMoneyOnDates(const InvoiceHeader &invoice, const QList<InvoiceMoneyEvent> &added,
        const QList<qint64> &removed, MoneyChange change);
    /** checkMoneyOnDates() for issuing `note` on `invoice`. */
    Status checkCreditNoteOnItsDate(const InvoiceHeader &invoice, const CreditNote &note);
    /** checkMoneyOnDates() for recording `payment` (a refund when negative). */
    Status checkPaymentOnItsDate(
        const InvoiceHeader &invoice, const Payment &payment, PaymentCheck check);
    /** The payment and its invoice when the payment may be voided, else why not. */
    Result<std::pair<Payment, InvoiceHeader>> voidablePayment(qint64 paymentId);
    Status settleMoney(const InvoiceHeader &invoice, const CancelSettlement &settlement);
    Result<CreditNote> creditWhatIsLeft(
        const InvoiceHeader &invoice, const CancelSettlement &settlement);
    Status setLifecycle(
        const InvoiceHeader &invoice, InvoiceLifecycle lifecycle, const QString &action);
    /** The next free number of the credit note series, for a note given none. */
    Result<QString> nextCreditNoteNumber();

    // The receipt book is the store's own: it writes its rows in the ledger's transactions.
    friend class ReceiptBook;
    Database &mDatabase;
    PreparedQueries mQueries;
    InvoiceRepository mInvoices;
    PaymentRepository mPayments;
    ConnectionRepository mConnections;
    Outbox mOutbox;
    TaxCodeRepository mTaxCodes;
    CreditNoteRepository mCreditNotes;
    CompanyProfileRepository mCompany;
    AuditLog mAudit;
    BulkIndexes mBulkIndexes;
    /** Back to the page cache Database sets, after a batch's larger one. */
    void restoreCacheSize();

    /** What resolveTaxCodes() keeps of `invoice`'s lines (see keepIssuedRates()). */
    TaxCodes::IssuedRates issuedRatesOf(const Invoice &invoice);
    /** checkInvoice() with the issued rates already read (they cost a read of the invoice). */
    Problems checkInvoice(const Invoice &invoice, const TaxCodes::IssuedRates &issued);

    std::unique_ptr<Sql::Transaction> mBatch;
    bool mKeepIssuedRates = false;
};

} // namespace InvoiceDesk
