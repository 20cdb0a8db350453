// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bankaccounts.h"
#include "bankstore.h"
#include "ledger.h"
#include "recorduuid.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace InvoiceDesk::BankAccounts {

namespace {

Status checkUnique(BankStore &store, const BankAccount &account)
{
    auto named = store.accountByName(account.name);
    if (!named)
        return Error {named.error()};
    if (named->has_value())
        return Error {
            QCoreApplication::translate("BankAccounts", "there is already an account named \"%1\"")
                .arg((*named)->name)};
    auto numbered = store.accountByIdentifier(account.identifier);
    if (!numbered)
        return Error {numbered.error()};
    if (numbered->has_value())
        return Error {
            QCoreApplication::translate("BankAccounts", "%1 is already the account \"%2\"")
                .arg(account.displayIdentifier(), (*numbered)->name)};
    return {};
}

} // namespace

Result<BankAccount> add(Ledger &ledger, BankStore &store, BankAccount account)
{
    account.name = account.name.trimmed();
    account.identifier = normaliseAccountIdentifier(account.identifier);
    account.uuid = RecordUuid::create();
    if (const Problems problems = account.validate(); !problems.isEmpty())
        return Error {describe(problems)};
    if (auto s = checkUnique(store, account); !s)
        return Error {s.error()};
    if (auto s = ledger.beginBatch(); !s)
        return Error {s.error()};
    const QJsonObject details {{QStringLiteral("name"), account.name},
        {QStringLiteral("identifier"), account.identifier},
        {QStringLiteral("currency"), account.currency.code()},
        {QStringLiteral("openingBalance"),
            Money::fromMinorUnits(account.openingBalance, account.currency).toString()},
        {QStringLiteral("openingDate"), account.openingDate.toString(Qt::ISODate)}};
    Status status = store.insertAccount(account);
    if (status)
        status = store.audit().record(QStringLiteral("bank_account"), account.uuid,
            QStringLiteral("created"), QJsonDocument(details).toJson(QJsonDocument::Compact));
    if (!status) {
        ledger.rollbackBatch();
        return Error {status.error()};
    }
    if (auto s = ledger.commitBatch(); !s)
        return Error {s.error()};
    return account;
}

Result<QList<BankAccountSummary>> summaries(BankStore &store)
{
    auto accounts = store.accounts();
    if (!accounts)
        return Error {accounts.error()};
    QList<BankAccountSummary> result;
    for (const BankAccount &account : *accounts) {
        BankAccountSummary summary {account, account.openingBalance, {}, 0, 0};
        LineFilter filter;
        filter.accountId = account.id;
        auto lines = store.lines(filter);
        if (!lines)
            return Error {lines.error()};
        for (const BankLine &line : *lines) {
            // Lines before the opening date are already in the opening balance.
            if (!account.openingDate.isValid() || line.bookingDate >= account.openingDate)
                summary.balance += line.amount;
            summary.lastBooking = std::max(summary.lastBooking, line.bookingDate);
            ++summary.lines;
            summary.unmatched += line.isMatched() ? 0 : 1;
        }
        result.append(summary);
    }
    return result;
}

} // namespace InvoiceDesk::BankAccounts
