// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts, statements and lines; matching's reads and the matches are in bankmatchstore.cpp.
#include "bankstore.h"
#include "database.h"
#include "sqlutil.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

BankAccount accountFrom(const Sql::Row &c)
{
    BankAccount account;
    account.id = c.integer("id");
    account.uuid = c.text("uuid");
    account.name = c.text("name");
    account.identifier = c.text("identifier");
    account.currency = Currency::fromCode(c.text("currency")).value_or(Currency());
    account.openingBalance = c.integer("opening_balance");
    account.openingDate = Sql::toDate(c.value("opening_date"));
    return account;
}

const QString kAccountSelect = QStringLiteral("SELECT id, uuid, name, identifier, currency, "
                                              "opening_balance, opening_date FROM bank_accounts ");

} // namespace

BankStore::BankStore(Database &database)
    : mQueries(database.connection())
    , mAudit(mQueries)
{
}

Result<PreparedQuery> BankStore::run(
    const QString &sql, const QVariantMap &values, const char *what)
{
    auto q = mQueries.get(sql);
    if (!q)
        return Error {q.error()};
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        (*q)->bindValue(QLatin1Char(':') + it.key(), it.value());
    if (auto s = Sql::exec(**q, [&] { return QCoreApplication::translate("BankStore", what); }); !s)
        return Error {s.error()};
    return std::move(q).value();
}

Result<QList<BankAccount>> BankStore::accounts()
{
    auto q = run(kAccountSelect + QStringLiteral("ORDER BY name COLLATE NOCASE"), {},
        QT_TRANSLATE_NOOP("BankStore", "Listing the bank accounts"));
    if (!q)
        return Error {q.error()};
    QList<BankAccount> result;
    const Sql::Row c(**q);
    while ((*q)->next())
        result.append(accountFrom(c));
    return result;
}

namespace {

Result<std::optional<BankAccount>> oneAccount(Result<PreparedQuery> q)
{
    if (!q)
        return Error {q.error()};
    const Sql::Row c(**q);
    if (!(*q)->next())
        return std::optional<BankAccount>();
    return std::optional<BankAccount>(accountFrom(c));
}

} // namespace

Result<std::optional<BankAccount>> BankStore::account(qint64 id)
{
    return oneAccount(run(kAccountSelect + QStringLiteral("WHERE id = :id"),
        {{QStringLiteral("id"), id}}, QT_TRANSLATE_NOOP("BankStore", "Reading a bank account")));
}

Result<std::optional<BankAccount>> BankStore::accountByName(const QString &name)
{
    return oneAccount(run(kAccountSelect + QStringLiteral("WHERE name = :name"),
        {{QStringLiteral("name"), name.trimmed()}},
        QT_TRANSLATE_NOOP("BankStore", "Reading a bank account")));
}

Result<std::optional<BankAccount>> BankStore::accountByIdentifier(const QString &identifier)
{
    const QString normalised = normaliseAccountIdentifier(identifier);
    if (normalised.isEmpty())
        return std::optional<BankAccount>();
    return oneAccount(run(kAccountSelect + QStringLiteral("WHERE identifier = :identifier"),
        {{QStringLiteral("identifier"), normalised}},
        QT_TRANSLATE_NOOP("BankStore", "Reading a bank account")));
}

Status BankStore::insertAccount(BankAccount &account)
{
    auto q = run(QStringLiteral("INSERT INTO bank_accounts (uuid, name, identifier, currency, "
                                "opening_balance, opening_date, created_at) VALUES (:uuid, :name, "
                                ":identifier, :currency, :opening_balance, :opening_date, :now)"),
        {{QStringLiteral("uuid"), account.uuid}, {QStringLiteral("name"), account.name.trimmed()},
            {QStringLiteral("identifier"), Sql::text(account.identifier)},
            {QStringLiteral("currency"), account.currency.code()},
            {QStringLiteral("opening_balance"), account.openingBalance},
            {QStringLiteral("opening_date"), Sql::dateValue(account.openingDate)},
            {QStringLiteral("now"), Sql::timestampNow()}},
        QT_TRANSLATE_NOOP("BankStore", "Saving a bank account"));
    if (!q)
        return Error {q.error()};
    account.id = (*q)->lastInsertId().toLongLong();
    return {};
}

Status BankStore::setOpening(qint64 accountId, qint64 balance, const QDate &date)
{
    auto q = run(QStringLiteral("UPDATE bank_accounts SET opening_balance = :balance, "
                                "opening_date = :date WHERE id = :id"),
        {{QStringLiteral("balance"), balance}, {QStringLiteral("date"), Sql::dateValue(date)},
            {QStringLiteral("id"), accountId}},
        QT_TRANSLATE_NOOP("BankStore", "Saving a bank account"));
    return q ? Status() : Status(Error {q.error()});
}

Status BankStore::setIdentifier(qint64 accountId, const QString &identifier)
{
    auto q = run(QStringLiteral("UPDATE bank_accounts SET identifier = :identifier WHERE id = :id"),
        {{QStringLiteral("identifier"), Sql::text(identifier)}, {QStringLiteral("id"), accountId}},
        QT_TRANSLATE_NOOP("BankStore", "Saving a bank account"));
    return q ? Status() : Status(Error {q.error()});
}

Result<bool> BankStore::hasLines(qint64 accountId)
{
    auto q
        = run(QStringLiteral(
                  "SELECT EXISTS (SELECT 1 FROM bank_lines WHERE account_id = :account) AS found"),
            {{QStringLiteral("account"), accountId}},
            QT_TRANSLATE_NOOP("BankStore", "Reading the statement lines"));
    if (!q)
        return Error {q.error()};
    (*q)->next();
    return (*q)->value(QStringLiteral("found")).toBool();
}

Result<qint64> BankStore::insertStatement(
    qint64 accountId, const Statement &statement, const QString &fileName, int linesRead)
{
    auto q = run(
        QStringLiteral("INSERT INTO bank_statements (account_id, format, statement_ref, file_name, "
                       "from_date, to_date, opening_balance, closing_balance, lines_read, "
                       "lines_added, imported_at) VALUES (:account, :format, :ref, :file, :from, "
                       ":to, :opening, :closing, :read, 0, :now)"),
        {{QStringLiteral("account"), accountId},
            {QStringLiteral("format"), statementFormatKey(statement.format)},
            {QStringLiteral("ref"), Sql::text(statement.statementId)},
            {QStringLiteral("file"), Sql::text(fileName)},
            {QStringLiteral("from"), Sql::dateValue(statement.fromDate)},
            {QStringLiteral("to"), Sql::dateValue(statement.toDate)},
            {QStringLiteral("opening"),
                Sql::optional(
                    statement.opening ? std::optional(statement.opening->amount) : std::nullopt)},
            {QStringLiteral("closing"),
                Sql::optional(
                    statement.closing ? std::optional(statement.closing->amount) : std::nullopt)},
            {QStringLiteral("read"), linesRead}, {QStringLiteral("now"), Sql::timestampNow()}},
        QT_TRANSLATE_NOOP("BankStore", "Saving a statement"));
    if (!q)
        return Error {q.error()};
    return (*q)->lastInsertId().toLongLong();
}

Status BankStore::setLinesAdded(qint64 statementId, int added)
{
    auto q = run(QStringLiteral("UPDATE bank_statements SET lines_added = :added WHERE id = :id"),
        {{QStringLiteral("added"), added}, {QStringLiteral("id"), statementId}},
        QT_TRANSLATE_NOOP("BankStore", "Saving a statement"));
    return q ? Status() : Status(Error {q.error()});
}

Result<bool> BankStore::insertLine(qint64 accountId, qint64 statementId, const StatementLine &line,
    const QString &referenceKey, const QString &fingerprintKey)
{
    // Either key already stored means the bank's line is already here (issue 15).
    auto q = run(
        QStringLiteral("INSERT OR IGNORE INTO bank_lines (account_id, statement_id, reference_key, "
                       "fingerprint_key, bank_reference, booking_date, value_date, amount, "
                       "counterparty_name, counterparty_account, remittance, reference, "
                       "transaction_code, reversal, created_at) VALUES (:account, :statement, "
                       ":reference_key, :fingerprint_key, :bank_reference, :booking, :value, "
                       ":amount, :name, :counterparty_account, :remittance, :reference, :code, "
                       ":reversal, :now)"),
        {{QStringLiteral("account"), accountId}, {QStringLiteral("statement"), statementId},
            {QStringLiteral("reference_key"),
                referenceKey.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                       : QVariant(referenceKey)},
            {QStringLiteral("fingerprint_key"), fingerprintKey},
            {QStringLiteral("bank_reference"), Sql::text(line.bankReference)},
            {QStringLiteral("booking"), Sql::dateValue(line.bookingDate)},
            {QStringLiteral("value"), Sql::dateValue(line.valueDate)},
            {QStringLiteral("amount"), line.amount},
            {QStringLiteral("name"), Sql::text(line.counterpartyName)},
            {QStringLiteral("counterparty_account"), Sql::text(line.counterpartyAccount)},
            {QStringLiteral("remittance"), Sql::text(line.remittance)},
            {QStringLiteral("reference"), Sql::text(line.reference)},
            {QStringLiteral("code"), Sql::text(line.transactionCode)},
            {QStringLiteral("reversal"), line.reversal ? 1 : 0},
            {QStringLiteral("now"), Sql::timestampNow()}},
        QT_TRANSLATE_NOOP("BankStore", "Saving a statement line"));
    if (!q)
        return Error {q.error()};
    return (*q)->numRowsAffected() > 0;
}

Result<qint64> BankStore::balanceAt(const BankAccount &account, const QDate &date)
{
    // Lines on or after the opening date and before `date` add to the opening balance; lines
    // before the opening date (an older statement imported later) and on or after `date`
    // were already in it.
    const QDate opening = account.openingDate.isValid() ? account.openingDate : QDate(1, 1, 1);
    auto q = run(
        QStringLiteral(
            "SELECT coalesce(sum(CASE WHEN booking_date >= :opening AND booking_date < "
            ":date THEN amount WHEN booking_date < :opening AND booking_date >= :date "
            "THEN -amount ELSE 0 END), 0) AS moved FROM bank_lines WHERE account_id = :account"),
        {{QStringLiteral("opening"), opening.toString(Qt::ISODate)},
            {QStringLiteral("date"), date.toString(Qt::ISODate)},
            {QStringLiteral("account"), account.id}},
        QT_TRANSLATE_NOOP("BankStore", "Adding up the statement lines"));
    if (!q)
        return Error {q.error()};
    (*q)->next();
    return account.openingBalance + (*q)->value(QStringLiteral("moved")).toLongLong();
}

Result<QDate> BankStore::lastBookingBefore(qint64 accountId, const QDate &date)
{
    auto q = run(QStringLiteral("SELECT max(booking_date) AS last FROM bank_lines "
                                "WHERE account_id = :account AND booking_date < :date"),
        {{QStringLiteral("account"), accountId},
            {QStringLiteral("date"), date.toString(Qt::ISODate)}},
        QT_TRANSLATE_NOOP("BankStore", "Reading the statement lines"));
    if (!q)
        return Error {q.error()};
    (*q)->next();
    return Sql::toDate((*q)->value(QStringLiteral("last")));
}

Result<QDate> BankStore::lastStatementEndBefore(qint64 accountId, const QDate &date)
{
    auto q = run(QStringLiteral("SELECT max(to_date) AS last FROM bank_statements "
                                "WHERE account_id = :account AND to_date < :date"),
        {{QStringLiteral("account"), accountId},
            {QStringLiteral("date"), date.toString(Qt::ISODate)}},
        QT_TRANSLATE_NOOP("BankStore", "Reading the statements"));
    if (!q)
        return Error {q.error()};
    (*q)->next();
    return Sql::toDate((*q)->value(QStringLiteral("last")));
}

} // namespace InvoiceDesk
