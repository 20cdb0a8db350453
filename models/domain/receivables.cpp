// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receivables.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QtNumeric>

#include <algorithm>
#include <map>
#include <tuple>

namespace InvoiceDesk {

namespace {

/** Sort key of one account: customer case-insensitively, then currency. */
struct AccountKey
{
    QString folded;
    QString currency;
    friend bool operator<(const AccountKey &a, const AccountKey &b)
    {
        return std::tie(a.folded, a.currency) < std::tie(b.folded, b.currency);
    }
};

AccountKey keyOf(const ArEntry &entry)
{
    return {entry.customer.toCaseFolded(), entry.currency};
}

/** What one account holds as of the day: open amount per invoice, and credit. */
struct Account
{
    QString customer;
    QString currency;
    QMap<QString, ArEntry> invoices; ///< by number
    QMap<QString, qint64> open; ///< by invoice number
    qint64 credit = 0;
};

void applyEntry(Account &account, const ArEntry &e)
{
    switch (e.kind) {
    case ArKind::Invoice:
        account.invoices.insert(e.number, e);
        account.open[e.number] += e.amount;
        break;
    case ArKind::Payment:
        account.open[e.invoiceNumber] -= e.amount;
        break;
    case ArKind::Refund:
        account.open[e.invoiceNumber] += e.amount - e.toCredit;
        account.credit -= e.toCredit;
        break;
    case ArKind::Receipt:
        account.credit += e.amount;
        break;
    case ArKind::Allocation:
        account.open[e.invoiceNumber] -= e.amount;
        account.credit -= e.amount;
        break;
    case ArKind::CreditNote:
        if (!e.invoiceNumber.isEmpty())
            account.open[e.invoiceNumber] -= e.amount - e.toCredit;
        account.credit += e.invoiceNumber.isEmpty() ? e.amount : e.toCredit;
        break;
    }
}

/**
 * The rank of a kind on one day: what is owed first, then money against it, then money paid
 * back (a refund returns money received, so it follows the receipt or payment of the same day).
 */
int rankOf(ArKind kind)
{
    switch (kind) {
    case ArKind::Invoice:
        return 0;
    case ArKind::CreditNote:
        return 1;
    case ArKind::Receipt:
        return 2;
    case ArKind::Payment:
        return 3;
    case ArKind::Allocation:
        return 4;
    case ArKind::Refund:
        return 5;
    }
    return 6;
}

AgingRow rowOf(const Account &account, const QDate &asOf)
{
    AgingRow row {account.customer, account.currency, {}};
    for (auto it = account.open.cbegin(); it != account.open.cend(); ++it) {
        const auto invoice = account.invoices.constFind(it.key());
        // Money on an invoice that does not count (yet) cannot age; it is not a receivable.
        if (invoice == account.invoices.cend())
            continue;
        row.buckets[AgingCalculator::bucketFor(invoice->dueDate, asOf)] += it.value();
    }
    row.buckets[Current] -= account.credit;
    return row;
}

} // namespace

QString arKindKey(ArKind kind)
{
    switch (kind) {
    case ArKind::Invoice:
        return QStringLiteral("invoice");
    case ArKind::Payment:
        return QStringLiteral("payment");
    case ArKind::Refund:
        return QStringLiteral("refund");
    case ArKind::Receipt:
        return QStringLiteral("receipt");
    case ArKind::Allocation:
        return QStringLiteral("allocation");
    case ArKind::CreditNote:
        return QStringLiteral("credit_note");
    }
    return {};
}

qint64 ArEntry::balanceEffect() const
{
    switch (kind) {
    case ArKind::Invoice:
    case ArKind::Refund:
        return amount;
    case ArKind::Payment:
    case ArKind::Receipt:
    case ArKind::CreditNote:
        return -amount;
    case ArKind::Allocation:
        return 0;
    }
    return 0;
}

QStringList currenciesBeyondReportSums(const QList<ArEntry> &entries)
{
    QHash<QString, qint64> sums;
    QSet<QString> beyond;
    for (const ArEntry &e : entries) {
        if (beyond.contains(e.currency))
            continue;
        qint64 &sum = sums[e.currency];
        if (qAddOverflow(sum, std::abs(e.amount), &sum)
            || qAddOverflow(sum, std::abs(e.toCredit), &sum))
            beyond.insert(e.currency);
    }
    QStringList currencies(beyond.cbegin(), beyond.cend());
    currencies.sort();
    return currencies;
}

QStringList leaveOutBeyondReportSums(QList<ArEntry> &entries)
{
    const QStringList leftOut = currenciesBeyondReportSums(entries);
    if (!leftOut.isEmpty())
        entries.removeIf([&leftOut](const ArEntry &e) { return leftOut.contains(e.currency); });
    return leftOut;
}

QString leftOutOfReport(const QStringList &currencies)
{
    if (currencies.isEmpty())
        return {};
    return QCoreApplication::translate("Receivables",
        "The %1 amounts of these books add up to more than a report can sum (over "
        "9,223,372,036,854,775,807 minor units): this report leaves them out.")
        .arg(currencies.join(QStringLiteral(", ")));
}

QString leftOutOfStatement(const QString &customer, const QStringList &currencies)
{
    if (currencies.isEmpty())
        return {};
    return QCoreApplication::translate("Receivables",
        "The %1 amounts of %2 add up to more than a statement can sum (over "
        "9,223,372,036,854,775,807 minor units): no %1 statement is made.")
        .arg(currencies.join(QStringLiteral(", ")), customer);
}

qint64 AgingRow::total() const
{
    qint64 sum = 0;
    for (const qint64 amount : buckets)
        sum += amount;
    return sum;
}

AgingBucket AgingCalculator::bucketFor(const QDate &dueDate, const QDate &asOf)
{
    const qint64 days = dueDate.daysTo(asOf);
    if (days <= 0)
        return Current;
    if (days <= 30)
        return Days1To30;
    if (days <= 60)
        return Days31To60;
    if (days <= 90)
        return Days61To90;
    return Over90;
}

AgingReport AgingCalculator::age(const QList<ArEntry> &entries, const QDate &asOf)
{
    std::map<AccountKey, Account> accounts;
    for (const ArEntry &e : entries) {
        if (e.date > asOf)
            continue;
        Account &account = accounts[keyOf(e)];
        if (account.customer.isEmpty()) {
            account.customer = e.customer;
            account.currency = e.currency;
        }
        applyEntry(account, e);
    }
    AgingReport report;
    report.asOf = asOf;
    QMap<QString, AgingRow> totals;
    for (const auto &entry : accounts) {
        const Account &account = entry.second;
        const AgingRow row = rowOf(account, asOf);
        if (std::all_of(row.buckets.cbegin(), row.buckets.cend(), [](qint64 v) { return v == 0; }))
            continue;
        report.rows.append(row);
        AgingRow &total = totals[row.currency];
        total.currency = row.currency;
        for (int b = 0; b < BucketCount; ++b)
            total.buckets[b] += row.buckets[b];
    }
    report.totals = totals.values();
    return report;
}

QList<CustomerStatement> StatementBuilder::build(const QList<ArEntry> &all, const QString &customer,
    const QDate &from, const QDate &to, QStringList *leftOut)
{
    QList<ArEntry> entries;
    for (const ArEntry &e : all) {
        if (e.customer.compare(customer, Qt::CaseInsensitive) == 0 && e.date <= to)
            entries.append(e);
    }
    // Only this customer's amounts are summed: other customers' cannot leave a currency out.
    const QStringList beyond = leaveOutBeyondReportSums(entries);
    if (leftOut)
        *leftOut = beyond;
    std::stable_sort(entries.begin(), entries.end(), [](const ArEntry &a, const ArEntry &b) {
        return std::tuple(a.date, rankOf(a.kind), a.number)
            < std::tuple(b.date, rankOf(b.kind), b.number);
    });
    QMap<QString, CustomerStatement> byCurrency;
    for (const ArEntry &e : entries) {
        CustomerStatement &s = byCurrency[e.currency];
        if (s.lines.isEmpty()) {
            s = {e.customer, e.currency, from, to,
                {{QStringLiteral("opening"), from, {}, {}, 0, 0, 0}}, {}};
        }
        CustomerStatementLine &last = s.lines.last();
        const qint64 effect = e.balanceEffect();
        if (e.date < from) {
            last.balance += effect;
            continue;
        }
        if (effect == 0)
            continue;
        s.lines.append({arKindKey(e.kind), e.date, e.number, e.description,
            std::max<qint64>(effect, 0), std::max<qint64>(-effect, 0), last.balance + effect});
    }
    const AgingReport aging = AgingCalculator::age(entries, to);
    QList<CustomerStatement> result;
    for (CustomerStatement &s : byCurrency) {
        s.lines.append({QStringLiteral("closing"), to, {}, {}, 0, 0, s.lines.last().balance});
        s.aging = {s.customer, s.currency, {}};
        for (const AgingRow &row : aging.rows) {
            if (row.currency == s.currency)
                s.aging = row;
        }
        result.append(s);
    }
    return result;
}

} // namespace InvoiceDesk
