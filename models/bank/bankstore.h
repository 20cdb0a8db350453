// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bankaccount.h"
#include "outbox.h"
#include "preparedqueries.h"
#include "statement.h"

#include <QSqlQuery>

#include <optional>

namespace InvoiceDesk {

class Database;

/** What a stored line is matched to (issue 15): a payment now, a receipt once they exist. */
struct LineMatch
{
    QString kind; ///< "payment" or "receipt"
    qint64 paymentId = 0; ///< a payment's match
    qint64 receiptId = 0; ///< a receipt's match
    QString marker; ///< the payment's marker, or the receipt's key
    QString invoiceNumber; ///< the payment's invoice, or the receipt's invoices ("A, B")
    qint64 paymentAmount = 0;
    QDate paymentDate;
    bool paymentVoided = false;
    QString how; ///< "auto", "accepted" or "recorded"
};

/** A statement line as stored, with its account and what it is matched to. */
struct BankLine : StatementLine
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 statementId = 0;
    QString accountName;
    Currency currency;
    std::optional<LineMatch> match;

    /** Matched to a payment that is still recorded (a voided one no longer counts). */
    bool isMatched() const { return match && !match->paymentVoided; }
};

/** Which lines to list. */
struct LineFilter
{
    std::optional<qint64> accountId;
    bool unmatchedOnly = false;
    QDate from;
    QDate to;
    std::optional<qint64> lineId;
    /** The line matched to this payment. */
    std::optional<qint64> paymentId;
};

/** A recorded payment that no line is matched to yet, as matching needs it. */
struct OpenPayment
{
    qint64 id = 0;
    QString uuid;
    QString marker;
    qint64 invoiceId = 0;
    QString invoiceNumber;
    QString currency;
    QString customer;
    QDate date;
    qint64 amount = 0;
    QString method;
    QString reference;
    QString chequeNumber;
    QString eftReference;
    QString transactionId;
    qint64 cardFee = 0; ///< the recorded card fee (amount, else percentage of the amount)
    std::optional<qint64> accountId;
};

/** An issued invoice with money still owed, for "record payment for invoice N". */
struct OpenInvoice
{
    qint64 id = 0;
    QString number;
    QString customer;
    QString currency;
    qint64 outstanding = 0;
    /** It has a payment no line is matched to: that one may be the money, so none is proposed. */
    bool hasUnmatchedPayment = false;
    qint64 customerId = 0; ///< the customer record (0: none)
};

/** A payment that went into an account, for the reconciliation report. */
struct AccountPayment
{
    qint64 id = 0;
    QString marker;
    QString invoiceNumber;
    QDate date;
    qint64 amount = 0;
    std::optional<qint64> lineId;
    QDate lineBookingDate;
    qint64 lineAmount = 0;
};

/**
 * The SQL of the bank tables (migration 0005): accounts, statements, lines and matches, and
 * what matching reads from payments and invoices. No transactions of its own: the callers
 * (StatementImporter, Reconciler, BankAccounts) hold them, usually through Ledger::beginBatch,
 * so bank changes and ledger changes commit together. Columns are read by name and values
 * bound by name.
 */
class BankStore
{
public:
    explicit BankStore(Database &database);
    BankStore(const BankStore &) = delete;
    BankStore &operator=(const BankStore &) = delete;

    PreparedQueries &queries() { return mQueries; }
    AuditLog &audit() { return mAudit; }

    // Accounts
    Result<QList<BankAccount>> accounts();
    Result<std::optional<BankAccount>> account(qint64 id);
    Result<std::optional<BankAccount>> accountByName(const QString &name);
    Result<std::optional<BankAccount>> accountByIdentifier(const QString &identifier);
    Status insertAccount(BankAccount &account);
    Status setOpening(qint64 accountId, qint64 balance, const QDate &date);
    Status setIdentifier(qint64 accountId, const QString &identifier);
    /** Whether any line is stored for the account. */
    Result<bool> hasLines(qint64 accountId);

    // Statements and lines
    Result<qint64> insertStatement(
        qint64 accountId, const Statement &statement, const QString &fileName, int linesRead);
    Status setLinesAdded(qint64 statementId, int added);
    /** Adds a line unless one with either key is stored; false when it was already there. */
    Result<bool> insertLine(qint64 accountId, qint64 statementId, const StatementLine &line,
        const QString &referenceKey, const QString &fingerprintKey);
    /** The balance at the start of `date` from the opening balance and the stored lines. */
    Result<qint64> balanceAt(const BankAccount &account, const QDate &date);
    /** The last booking date before `date`, and whether the account has any line. */
    Result<QDate> lastBookingBefore(qint64 accountId, const QDate &date);
    /** The latest end date of a stored statement before `date`. */
    Result<QDate> lastStatementEndBefore(qint64 accountId, const QDate &date);
    Result<QList<BankLine>> lines(const LineFilter &filter);
    /** The account's lines booked from `from` to `to` that statements in other formats gave. */
    Result<QList<StatementLine>> linesOfOtherFormats(
        qint64 accountId, StatementFormat format, const QDate &from, const QDate &to);
    Result<std::optional<BankLine>> line(qint64 id);
    /** The lines that take back earlier ones (reversals), oldest first. */
    Result<QList<BankLine>> reversalLines();

    // What matching reads
    enum class PaymentScope {
        All, ///< every payment not yet reconciled or matched
        AmountsOnStatements, ///< only those a stored line could match (by amount, or a card fee)
    };
    Result<QList<OpenPayment>> openPayments(PaymentScope scope);
    Result<std::optional<OpenPayment>> openPayment(qint64 paymentId);
    /** The invoice's payments that no line is matched to and that are not reconciled. */
    Result<QList<OpenPayment>> openPaymentsOfInvoice(qint64 invoiceId);
    Result<QList<OpenInvoice>> openInvoices();
    Result<std::optional<OpenInvoice>> openInvoice(qint64 invoiceId);
    Result<std::optional<qint64>> paymentIdByMarker(const QString &marker);
    Result<std::optional<QString>> paymentUuid(qint64 paymentId);
    Result<std::optional<qint64>> paymentAccount(qint64 paymentId);

    // Matches
    Status insertMatch(
        qint64 lineId, qint64 paymentId, const QString &how, int score, bool setAccount);
    Status insertReceiptMatch(qint64 lineId, qint64 receiptId, const QString &how);
    /** The standing allocations (payments) of a receipt. */
    Result<QList<qint64>> receiptPayments(qint64 receiptId);
    Result<std::optional<QString>> receiptUuid(qint64 receiptId);
    /** Whether the line's match named its payment's account. */
    Result<bool> matchSetAccount(qint64 lineId);
    Status clearPaymentAccount(qint64 paymentId);
    Status deleteMatch(qint64 lineId);
    Status setReconciled(qint64 paymentId, const QDate &date);
    Status setPaymentAccount(qint64 paymentId, qint64 accountId);

    // The reconciliation report
    Result<QList<AccountPayment>> accountPayments(
        qint64 accountId, const QDate &from, const QDate &to);

private:
    Result<PreparedQuery> run(const QString &sql, const QVariantMap &values, const char *what);

    PreparedQueries mQueries;
    AuditLog mAudit;
};

} // namespace InvoiceDesk
