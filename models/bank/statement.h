// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "csvfields.h"
#include "currency.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace InvoiceDesk {

/** The statement formats InvoiceDesk reads (issue 15, item 2). */
enum class StatementFormat { Camt052, Camt053, Camt054, Mt940, Ofx, Csv };

/** "camt.053", "mt940", "ofx", "csv": as stored and as the CLI prints it. */
QString statementFormatKey(StatementFormat format);

/**
 * One line the bank booked, as the statement gives it. The amount is signed: money into the
 * account is positive, money out negative.
 */
struct StatementLine
{
    QDate bookingDate; ///< CAMT BookgDt, MT940 entry date (else value date), OFX DTPOSTED
    QDate valueDate;
    qint64 amount = 0; ///< minor units of the statement's currency
    QString bankReference; ///< the bank's own reference for the entry (CAMT AcctSvcrRef, ...)
    QString reference; ///< the payer's reference (end-to-end id, customer reference)
    QString counterpartyName;
    QString counterpartyAccount;
    QString remittance; ///< the remittance text, lines joined with spaces
    QString transactionCode; ///< the bank's code or posting text ("NTRF", "SEPA-Gutschrift")
    bool reversal = false; ///< the bank takes back an earlier line (CAMT RvslInd, MT940 RC/RD)
    int sourceLine = 0; ///< where the line starts in the file (1-based), for messages

    friend bool operator==(const StatementLine &, const StatementLine &) = default;
};

/** A balance a statement declares. */
struct StatementBalance
{
    qint64 amount = 0;
    QDate date;

    friend bool operator==(const StatementBalance &, const StatementBalance &) = default;
};

/**
 * One statement of one account: the lines of a period and the balances at its start and end
 * when the format carries them (CAMT.053 and MT940 both; OFX the closing one; CAMT.052/054 and
 * CSV sometimes neither).
 */
struct Statement
{
    StatementFormat format = StatementFormat::Csv;
    QString accountIdentifier; ///< IBAN or account number, normalised; may be empty (CSV)
    Currency currency;
    QString statementId; ///< the bank's id of the statement, when it has one
    QDate fromDate;
    QDate toDate;
    std::optional<StatementBalance> opening; ///< the balance before the first line
    std::optional<StatementBalance> closing; ///< the balance after the last line
    QList<StatementLine> lines;
    int sourceLine = 0;
    int closingLine = 0; ///< where the closing balance is written (0: unknown), for messages

    /** The lines' sum, or nothing when it overflows. */
    std::optional<qint64> lineTotal() const;
    /** The first and last booking dates of the lines, where the statement gives no period. */
    void fillPeriodFromLines();
};

/** What a statement reader found: the statements of the file, or where and why it is bad. */
struct StatementParse
{
    QList<Statement> statements;
    QList<ImportIssue> issues;
    /** Entries the reader skipped on purpose (pending, informational), with why. */
    QStringList notes;

    bool ok() const { return issues.isEmpty(); }
};

/**
 * The keys that keep a line from being added twice (issue 15): the bank's reference, and a
 * fingerprint of the line's date, amount, counterparty and text with the number of identical
 * lines before it on that day.
 */
namespace LineKeys {
/** The fingerprint without its count: the same for identical lines of one day. */
QString fingerprint(const StatementLine &line);
/** The fingerprint keys of a statement's lines, identical lines of one day counted. */
QStringList fingerprintKeys(const QList<StatementLine> &lines);
/**
 * The reference keys of a statement's lines: "r:" and the bank's reference, or an empty
 * string where the line has none or the statement uses that reference on different lines.
 */
QStringList referenceKeys(const QList<StatementLine> &lines);
} // namespace LineKeys

/**
 * An amount as statements write it ("1234.56", "-12,50"): exact, in the currency's minor
 * units. Zeros beyond the currency's decimals are allowed ("100.00" in JPY is 100).
 */
Result<qint64> parseStatementAmount(
    QStringView text, const Currency &currency, QChar decimalPoint = QLatin1Char('.'));

/** The date at the start of an ISO 8601 date or date-time ("2026-03-10T09:00:00+01:00"). */
QDate parseIsoDatePrefix(QStringView text);

} // namespace InvoiceDesk
