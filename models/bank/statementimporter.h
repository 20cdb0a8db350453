// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bankaccount.h"
#include "bankcsvreader.h"
#include "otherformatlines.h"
#include "statement.h"

namespace InvoiceDesk {

class BankStore;
class Ledger;

struct StatementImportOptions
{
    /** The account the file is for: found by name, or created with this name. */
    QString accountName;
    BankCsvOptions csv;
    bool dryRun = false;
};

/** What one statement of a file did. */
struct ImportedStatement
{
    QString accountName;
    bool accountCreated = false;
    StatementFormat format = StatementFormat::Csv;
    Currency currency;
    QString statementId;
    QDate from;
    QDate to;
    int read = 0;
    int added = 0;
    int duplicates = 0;
    std::optional<StatementBalance> opening;
    std::optional<StatementBalance> closing;
    /** The opening balance plus the lines gave the closing balance. */
    bool balancesChecked = false;
};

/** What importing one file did: all of it, or (with issues) nothing at all. */
struct StatementImport
{
    QString file;
    QList<ImportedStatement> statements;
    QList<ImportIssue> issues; ///< the file was refused: nothing was written
    QStringList gaps; ///< statements missing between this one and those imported before
    QStringList notes; ///< entries left out on purpose (pending ones)
    bool committed = false;

    bool succeeded() const { return issues.isEmpty(); }
    int added() const;
    int duplicates() const;
};

/**
 * Imports statement files into the bank tables, in one transaction, all or nothing: each
 * statement's account is found by name or by IBAN (or created from the statement); its
 * opening balance plus its lines must give its closing balance; lines already stored (by the
 * bank's reference, else by fingerprint) are not added again; a statement that does not
 * continue from the balance of the lines before it is reported as a gap.
 */
class StatementImporter
{
public:
    StatementImporter(Ledger &ledger, BankStore &store);

    StatementImport importFile(const QString &path, StatementImportOptions options);
    StatementImport importParsed(const StatementParse &parse, const QString &fileName,
        const StatementImportOptions &options);

private:
    struct Resolved
    {
        BankAccount account;
        bool created = false;
    };
    Result<Resolved> resolveAccount(const Statement &statement, const QString &name);
    Result<BankAccount> createAccount(const Statement &statement, const QString &name);
    Status checkContinuity(const BankAccount &account, bool created, const Statement &statement,
        StatementImport &result);
    Result<ImportedStatement> store(const Statement &statement, const QString &fileName,
        const QString &accountName, StatementImport &result);
    Result<OtherFormatLines> otherFormatLines(qint64 accountId, const Statement &statement);

    Ledger &mLedger;
    BankStore &mStore;
};

} // namespace InvoiceDesk
