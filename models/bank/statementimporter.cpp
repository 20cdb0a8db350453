// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementimporter.h"
#include "bankstore.h"
#include "ledger.h"
#include "recorduuid.h"
#include "statementreader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace InvoiceDesk {

namespace {

QString money(qint64 minor, const Currency &currency)
{
    return Money::fromMinorUnits(minor, currency).toString();
}

/** The opening balance the statement declares, or the one its closing balance and lines imply. */
std::optional<qint64> impliedOpening(const Statement &statement)
{
    if (statement.opening)
        return statement.opening->amount;
    const auto total = statement.lineTotal();
    if (statement.closing && total)
        return statement.closing->amount - *total;
    return std::nullopt;
}

/** The statement's lines must lead from its opening balance to its closing balance. */
std::optional<ImportIssue> balanceProblem(const Statement &statement)
{
    if (!statement.opening || !statement.closing)
        return std::nullopt;
    const auto total = statement.lineTotal();
    if (total && statement.opening->amount + *total == statement.closing->amount)
        return std::nullopt;
    const Currency &c = statement.currency;
    const qint64 reached = statement.opening->amount + total.value_or(0);
    return ImportIssue {statement.closingLine ? statement.closingLine : statement.sourceLine,
        QStringLiteral("closing balance"), money(statement.closing->amount, c),
        QCoreApplication::translate("StatementImporter",
            "the statement %1 opens at %2 and its lines add %3, which gives %4, not its "
            "closing balance (a difference of %5); nothing was imported")
            .arg(statement.statementId, money(statement.opening->amount, c),
                money(total.value_or(0), c), money(reached, c),
                money(statement.closing->amount - reached, c))};
}

/** The gap between the account's lines and a statement's (declared or implied) opening. */
QString gapNote(const BankAccount &account, const Statement &statement, qint64 opening,
    qint64 stored, const QString &since)
{
    const Currency &c = account.currency;
    const QString which = statement.statementId.isEmpty()
        ? QCoreApplication::translate("StatementImporter", "of %1 to %2")
              .arg(statement.fromDate.toString(Qt::ISODate), statement.toDate.toString(Qt::ISODate))
        : statement.statementId;
    if (statement.opening)
        return QCoreApplication::translate("StatementImporter",
            "%1: the statement %2 opens on %3 at %4, but the account's lines "
            "before it come to %5; %6 is missing between %7 and %3 (a statement "
            "not imported yet?)")
            .arg(account.name, which, statement.fromDate.toString(Qt::ISODate), money(opening, c),
                money(stored, c), money(opening - stored, c), since);
    // OFX: only the closing balance, so the opening is what the lines leave.
    return QCoreApplication::translate("StatementImporter",
        "%1: the statement %2 closes at %3, so before its lines the account held "
        "%4, but the account's lines before %5 come to %6: %7 is missing between %8 "
        "and %5 (a statement not imported yet?), or the file's balance is wrong")
        .arg(account.name, which, money(statement.closing->amount, c), money(opening, c),
            statement.fromDate.toString(Qt::ISODate), money(stored, c), money(opening - stored, c),
            since);
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

int StatementImport::added() const
{
    int total = 0;
    for (const ImportedStatement &statement : statements)
        total += statement.added;
    return total;
}

int StatementImport::duplicates() const
{
    int total = 0;
    for (const ImportedStatement &statement : statements)
        total += statement.duplicates;
    return total;
}

StatementImporter::StatementImporter(Ledger &ledger, BankStore &store)
    : mLedger(ledger)
    , mStore(store)
{
}

StatementImport StatementImporter::importFile(const QString &path, StatementImportOptions options)
{
    // A CSV file without a currency column is in its account's currency.
    if (!options.csv.currency.isValid() && !options.accountName.isEmpty()) {
        if (auto named = mStore.accountByName(options.accountName); named && named->has_value())
            options.csv.currency = (*named)->currency;
    }
    StatementImport result = importParsed(
        StatementReader::read(path, options.csv), QFileInfo(path).fileName(), options);
    result.file = path;
    return result;
}

StatementImport StatementImporter::importParsed(
    const StatementParse &parse, const QString &fileName, const StatementImportOptions &options)
{
    StatementImport result;
    result.file = fileName;
    result.issues = parse.issues;
    result.notes = parse.notes;
    // A statement whose lines could not all be read adds up to nothing worth a second message.
    for (const Statement &statement :
        parse.issues.isEmpty() ? parse.statements : QList<Statement>()) {
        if (const auto problem = balanceProblem(statement))
            result.issues.append(*problem);
    }
    if (!result.succeeded())
        return result;
    if (auto s = mLedger.beginBatch(); !s) {
        result.issues.append({0, {}, {}, s.error()});
        return result;
    }
    for (const Statement &statement : parse.statements) {
        auto stored = store(statement, fileName, options.accountName, result);
        if (!stored) {
            mLedger.rollbackBatch();
            result.issues.append({statement.sourceLine, {}, {}, stored.error()});
            result.statements.clear();
            result.gaps.clear();
            return result;
        }
        result.statements.append(*stored);
    }
    if (options.dryRun) {
        mLedger.rollbackBatch();
        return result;
    }
    if (auto s = mLedger.commitBatch(); !s) {
        result.issues.append({0, {}, {}, s.error()});
        return result;
    }
    result.committed = true;
    return result;
}

Result<ImportedStatement> StatementImporter::store(const Statement &statement,
    const QString &fileName, const QString &accountName, StatementImport &result)
{
    auto resolved = resolveAccount(statement, accountName);
    if (!resolved)
        return Error {resolved.error()};
    const BankAccount &account = resolved->account;
    if (auto s = checkContinuity(account, resolved->created, statement, result); !s)
        return Error {s.error()};
    const int read = int(statement.lines.size());
    auto statementId = mStore.insertStatement(account.id, statement, fileName, read);
    if (!statementId)
        return Error {statementId.error()};
    const QStringList references = LineKeys::referenceKeys(statement.lines);
    const QStringList fingerprints = LineKeys::fingerprintKeys(statement.lines);
    ImportedStatement done {account.name, resolved->created, statement.format, statement.currency,
        statement.statementId, statement.fromDate, statement.toDate, read, 0, 0, statement.opening,
        statement.closing, statement.opening && statement.closing};
    auto found = otherFormatLines(account.id, statement);
    if (!found)
        return Error {found.error()};
    OtherFormatLines others = std::move(found).value();
    for (qsizetype i = 0; i < statement.lines.size(); ++i) {
        if (others.take(statement.lines.at(i))) {
            ++done.duplicates;
            continue;
        }
        auto added = mStore.insertLine(
            account.id, *statementId, statement.lines.at(i), references.at(i), fingerprints.at(i));
        if (!added)
            return Error {added.error()};
        ++(*added ? done.added : done.duplicates);
    }
    if (auto s = mStore.setLinesAdded(*statementId, done.added); !s)
        return Error {s.error()};
    const QJsonObject details {{QStringLiteral("statement"), *statementId},
        {QStringLiteral("format"), statementFormatKey(statement.format)},
        {QStringLiteral("reference"), statement.statementId}, {QStringLiteral("file"), fileName},
        {QStringLiteral("read"), read}, {QStringLiteral("added"), done.added}};
    if (auto s = mStore.audit().record(QStringLiteral("bank_account"), account.uuid,
            QStringLiteral("statement_imported"), compactJson(details));
        !s)
        return Error {s.error()};
    return done;
}

Result<OtherFormatLines> StatementImporter::otherFormatLines(
    qint64 accountId, const Statement &statement)
{
    Statement period;
    period.lines = statement.lines;
    period.fillPeriodFromLines();
    if (!period.fromDate.isValid())
        return OtherFormatLines({});
    auto stored
        = mStore.linesOfOtherFormats(accountId, statement.format, period.fromDate, period.toDate);
    if (!stored)
        return Error {stored.error()};
    return OtherFormatLines(*stored);
}

Result<StatementImporter::Resolved> StatementImporter::resolveAccount(
    const Statement &statement, const QString &name)
{
    const QString identifier = statement.accountIdentifier;
    auto byIdentifier = mStore.accountByIdentifier(identifier);
    if (!byIdentifier)
        return Error {byIdentifier.error()};
    std::optional<BankAccount> found = *byIdentifier;
    if (!name.trimmed().isEmpty()) {
        auto named = mStore.accountByName(name);
        if (!named)
            return Error {named.error()};
        if (found && (!named->has_value() || (*named)->id != found->id))
            return Error {QCoreApplication::translate("StatementImporter",
                "the statement is for %1, which is the account \"%2\"; import it "
                "into that account, or without naming one")
                              .arg(found->displayIdentifier(), found->name)};
        if (named->has_value() && !(*named)->identifier.isEmpty() && !identifier.isEmpty()
            && (*named)->identifier != identifier)
            return Error {
                QCoreApplication::translate(
                    "StatementImporter", "the statement is for %1, but the account \"%2\" is %3")
                    .arg(Iban::looksLikeIban(identifier) ? Iban::display(identifier) : identifier,
                        (*named)->name, (*named)->displayIdentifier())};
        found = *named;
    } else if (identifier.isEmpty() && !found) {
        return Error {QCoreApplication::translate("StatementImporter",
            "the file does not say which account it is for; name the account")};
    }
    if (!found) {
        auto created = createAccount(statement, name);
        if (!created)
            return Error {created.error()};
        return Resolved {*created, true};
    }
    if (!(found->currency == statement.currency))
        return Error {QCoreApplication::translate(
            "StatementImporter", "the statement is in %1, the account \"%2\" in %3")
                          .arg(statement.currency.code(), found->name, found->currency.code())};
    if (found->identifier.isEmpty() && !identifier.isEmpty()) {
        // The account was added by hand without its number: the statement says it.
        if (auto s = mStore.setIdentifier(found->id, identifier); !s)
            return Error {s.error()};
        found->identifier = identifier;
    }
    return Resolved {*found, false};
}

Result<BankAccount> StatementImporter::createAccount(
    const Statement &statement, const QString &name)
{
    BankAccount account;
    account.uuid = RecordUuid::create();
    account.identifier = statement.accountIdentifier;
    account.name = name.trimmed().isEmpty() ? account.displayIdentifier() : name.trimmed();
    account.currency = statement.currency;
    account.openingBalance = impliedOpening(statement).value_or(0);
    account.openingDate = statement.fromDate;
    if (const Problems problems = account.validate(); !problems.isEmpty())
        return Error {describe(problems)};
    if (auto taken = mStore.accountByName(account.name); !taken || taken->has_value())
        return Error {taken ? QCoreApplication::translate(
                          "StatementImporter", "there is already an account named \"%1\"")
                                  .arg(account.name)
                            : taken.error()};
    if (auto s = mStore.insertAccount(account); !s)
        return Error {s.error()};
    const QJsonObject details {{QStringLiteral("name"), account.name},
        {QStringLiteral("identifier"), account.identifier},
        {QStringLiteral("currency"), account.currency.code()},
        {QStringLiteral("openingBalance"), money(account.openingBalance, account.currency)},
        {QStringLiteral("openingDate"), account.openingDate.toString(Qt::ISODate)},
        {QStringLiteral("from"), QStringLiteral("statement")}};
    if (auto s = mStore.audit().record(QStringLiteral("bank_account"), account.uuid,
            QStringLiteral("created"), compactJson(details));
        !s)
        return Error {s.error()};
    return account;
}

Status StatementImporter::checkContinuity(
    const BankAccount &account, bool created, const Statement &statement, StatementImport &result)
{
    if (created || !statement.fromDate.isValid())
        return {};
    const auto opening = impliedOpening(statement);
    auto hasLines = mStore.hasLines(account.id);
    if (!hasLines)
        return Error {hasLines.error()};
    if (!account.openingDate.isValid() && !*hasLines) {
        // Added by hand without an opening balance: its first statement gives it.
        return opening ? mStore.setOpening(account.id, *opening, statement.fromDate) : Status();
    }
    if (opening) {
        auto stored = mStore.balanceAt(account, statement.fromDate);
        if (!stored)
            return Error {stored.error()};
        if (*stored == *opening)
            return {};
        // MT940's :60F: is often dated the day of the previous statement's closing balance,
        // the end of that day: the balance before the statement's first line all the same.
        const bool noLineThatDay = std::none_of(statement.lines.cbegin(), statement.lines.cend(),
            [&](const StatementLine &line) { return line.bookingDate == statement.fromDate; });
        if (noLineThatDay) {
            auto endOfDay = mStore.balanceAt(account, statement.fromDate.addDays(1));
            if (!endOfDay)
                return Error {endOfDay.error()};
            if (*endOfDay == *opening)
                return {};
        }
        auto last = mStore.lastBookingBefore(account.id, statement.fromDate);
        const QString since = last && last->isValid() ? last->toString(Qt::ISODate)
                                                      : account.openingDate.toString(Qt::ISODate);
        result.gaps.append(gapNote(account, statement, *opening, *stored, since));
        return {};
    }
    auto previous = mStore.lastStatementEndBefore(account.id, statement.fromDate);
    if (!previous)
        return Error {previous.error()};
    if (previous->isValid() && previous->addDays(1) < statement.fromDate)
        result.gaps.append(
            QCoreApplication::translate("StatementImporter", "%1: no statement covers %2 to %3")
                .arg(account.name, previous->addDays(1).toString(Qt::ISODate),
                    statement.fromDate.addDays(-1).toString(Qt::ISODate)));
    return {};
}

} // namespace InvoiceDesk
