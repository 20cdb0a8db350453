// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptrepository.h"
#include "money.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>

namespace InvoiceDesk {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.uuid, r.receipt_key, r.customer_id, c.display_name, r.currency, "
    "r.received_on, r.amount, r.method, r.details, r.voided_at, r.void_reason "
    "FROM receipts r JOIN customers c ON c.id = r.customer_id ");

/**
 * Money received and credited less money allocated, per customer and currency: a voided
 * receipt's allocations are voided with it, a voided allocation's money is credit again.
 */
const QString kCreditRows = QStringLiteral(
    "FROM ("
    " SELECT customer_id, currency, amount FROM receipts WHERE voided_at IS NULL"
    " UNION ALL"
    " SELECT a.customer_id, a.currency, -p.amount FROM allocations a"
    " JOIN payments p ON p.id = a.payment_id WHERE p.voided_at IS NULL"
    " UNION ALL" // a credit note's part beyond what its invoice owed (issue 13 item 3), less
                 // what refunds on the invoice paid out since
    " SELECT n.customer_id, n.currency, n.grand_total - n.applied - coalesce(("
    "  SELECT sum(m.amount) FROM credit_moves m JOIN payments p ON p.id = m.payment_id"
    "  WHERE m.credit_note_id = n.id AND m.paid_out = 1 AND p.voided_at IS NULL), 0)"
    " FROM credit_notes n"
    ") x JOIN customers c ON c.id = x.customer_id "
    "WHERE (:customer IS NULL OR x.customer_id = :customer) "
    "AND (:currency IS NULL OR x.currency = :currency) "
    "GROUP BY x.customer_id, x.currency ");
/** kCreditRows on their dates, for one customer and currency (DayRank: 0, 1 or 2). */
const QString kCreditOnDates = QStringLiteral(
    "SELECT received_on AS day, 0 AS rank, amount FROM receipts "
    "WHERE voided_at IS NULL AND customer_id = :customer AND currency = :currency "
    "UNION ALL " // a receipt's allocations are replayed with it, on its date
    "SELECT coalesce(r.received_on, p.paid_on), CASE WHEN a.receipt_id IS NULL THEN 2 ELSE 0 END, "
    " -p.amount FROM allocations a JOIN payments p ON p.id = a.payment_id "
    " LEFT JOIN receipts r ON r.id = a.receipt_id "
    "WHERE p.voided_at IS NULL AND a.customer_id = :customer AND a.currency = :currency "
    "UNION ALL "
    "SELECT issue_date, 1, grand_total - applied FROM credit_notes "
    "WHERE customer_id = :customer AND currency = :currency "
    "UNION ALL "
    "SELECT p.paid_on, 0, -m.amount FROM credit_moves m JOIN payments p ON p.id = m.payment_id "
    " JOIN credit_notes n ON n.id = m.credit_note_id "
    "WHERE m.paid_out = 1 AND p.voided_at IS NULL AND n.customer_id = :customer "
    " AND n.currency = :currency");

/**
 * Each customer's credit per currency as two sums SQLite cannot overflow, whatever the order it
 * adds the rows in: of the amounts' upper halves (each within ±2^31) and of their lower 32 bits.
 * creditFromHalves() makes the credit of them, exactly.
 */
const QString kCredits
    = QStringLiteral("SELECT c.display_name AS customer, x.currency AS currency, "
                     "sum(x.amount >> 32) AS high, "
                     "sum(x.amount & 4294967295) AS low ")
    + kCreditRows + QStringLiteral("ORDER BY c.display_name COLLATE NOCASE, x.currency");

/** high × 2^32 + low; nothing where that is beyond 64 bits. */
std::optional<qint64> creditFromHalves(qint64 high, qint64 low)
{
    qint64 carried = 0;
    qint64 scaled = 0;
    qint64 credit = 0;
    if (qAddOverflow(high, low >> 32, &carried) || qMulOverflow(carried, qint64(1) << 32, &scaled)
        || qAddOverflow(scaled, low & 0xFFFFFFFF, &credit))
        return std::nullopt;
    return credit;
}

QString reading()
{
    return QCoreApplication::translate("Database", "Reading receipts");
}

QString saving()
{
    return QCoreApplication::translate("Database", "Saving the receipt");
}

Receipt receiptFrom(const QSqlQuery &q)
{
    Receipt r;
    r.id = q.value(QStringLiteral("id")).toLongLong();
    r.uuid = q.value(QStringLiteral("uuid")).toString();
    r.key = q.value(QStringLiteral("receipt_key")).toString();
    r.customerId = q.value(QStringLiteral("customer_id")).toLongLong();
    r.customerName = q.value(QStringLiteral("display_name")).toString();
    r.currency
        = Currency::fromCode(q.value(QStringLiteral("currency")).toString()).value_or(Currency());
    r.date = Sql::toDate(q.value(QStringLiteral("received_on")));
    r.amount = q.value(QStringLiteral("amount")).toLongLong();
    const QJsonObject details
        = QJsonDocument::fromJson(q.value(QStringLiteral("details")).toString().toUtf8()).object();
    r.method
        = paymentFromDetails(q.value(QStringLiteral("method")).toString(), details, r.currency);
    if (const QVariant voided = q.value(QStringLiteral("voided_at")); !voided.isNull())
        r.voidedAt = QDateTime::fromString(voided.toString(), Qt::ISODateWithMs);
    r.voidReason = q.value(QStringLiteral("void_reason")).toString();
    return r;
}

} // namespace

Result<QList<ReceiptRepository::CreditSum>> ReceiptRepository::creditSums(
    std::optional<qint64> customerId, const QString &currency)
{
    auto q = mQueries.get(kCredits);
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":customer"), Sql::optional(customerId));
    (*q)->bindValue(QStringLiteral(":currency"),
        currency.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(currency));
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    QList<CreditSum> sums;
    while ((*q)->next()) {
        sums.append({(*q)->value(QStringLiteral("customer")).toString(),
            (*q)->value(QStringLiteral("currency")).toString(),
            creditFromHalves((*q)->value(QStringLiteral("high")).toLongLong(),
                (*q)->value(QStringLiteral("low")).toLongLong())});
    }
    if ((*q)->lastError().isValid())
        return Sql::error(**q, reading());
    return sums;
}

std::optional<QString> ReceiptRepository::beyondSums(const QList<CreditSum> &sums)
{
    QStringList beyond;
    for (const CreditSum &sum : sums) {
        if (!sum.amount)
            beyond.append(QCoreApplication::translate("Database", "the %1 credit of %2")
                              .arg(sum.currency, sum.customer));
    }
    if (beyond.isEmpty())
        return std::nullopt;
    return QCoreApplication::translate(
        "Database", "%1: more than can be summed (over 9,223,372,036,854,775,807 minor units)")
        .arg(beyond.join(QStringLiteral("; ")));
}

Result<QString> ReceiptRepository::creditRoomProblem(
    const Customer &customer, const QString &currency, qint64 added)
{
    if (added <= 0)
        return QString(); // nothing added: not even a query (an import asks per receipt)
    auto sums = creditSums(customer.id, currency);
    if (!sums)
        return Error {sums.error()};
    if (auto beyond = beyondSums(*sums))
        return *beyond;
    const qint64 credit = sums->isEmpty() ? 0 : *sums->first().amount;
    qint64 total = 0;
    if (!qAddOverflow(credit, added, &total))
        return QString();
    return QCoreApplication::translate("Database",
        "this would take the %1 credit of %2 past what can be summed (over "
        "9,223,372,036,854,775,807 minor units; it is %3 %1 before this)")
        .arg(currency, customer.displayName,
            Money::fromMinorUnits(credit, Currency::fromCode(currency).value_or(Currency()))
                .toString());
}

Status ReceiptRepository::checkCreditSummable(qint64 customerId, const QString &currency)
{
    if (auto credit = creditOf(customerId, currency); !credit)
        return Error {QCoreApplication::translate("Database", "%1; nothing was recorded")
                          .arg(credit.error())};
    return {};
}

Status ReceiptRepository::checkCreditSummableWithout(qint64 paymentId)
{
    auto q = mQueries.get(QStringLiteral(
        "SELECT customer_id, currency FROM allocations WHERE payment_id = :payment"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":payment"), paymentId);
    if (auto s = Sql::exec(**q, reading); !s)
        return s;
    if (!(*q)->next())
        return {};
    const qint64 customerId = (*q)->value(QStringLiteral("customer_id")).toLongLong();
    const QString currency = (*q)->value(QStringLiteral("currency")).toString();
    (*q)->finish();
    return checkCreditSummable(customerId, currency);
}

Status ReceiptRepository::insert(Receipt &r)
{
    auto q = mQueries.get(QStringLiteral(
        "INSERT INTO receipts (uuid, receipt_key, customer_id, currency, received_on, amount, "
        "method, details, created_at) VALUES (:uuid, :key, :customer, :currency, :date, :amount, "
        ":method, :details, :createdAt)"));
    if (!q)
        return Error {q.error()};
    QSqlQuery &s = **q;
    s.bindValue(QStringLiteral(":uuid"), r.uuid);
    s.bindValue(QStringLiteral(":key"), r.key);
    s.bindValue(QStringLiteral(":customer"), r.customerId);
    s.bindValue(QStringLiteral(":currency"), r.currency.code());
    s.bindValue(QStringLiteral(":date"), Sql::dateValue(r.date));
    s.bindValue(QStringLiteral(":amount"), r.amount);
    s.bindValue(QStringLiteral(":method"), methodKey(r.method.method));
    s.bindValue(QStringLiteral(":details"),
        QString::fromUtf8(
            QJsonDocument(methodDetails(r.method, r.currency)).toJson(QJsonDocument::Compact)));
    s.bindValue(QStringLiteral(":createdAt"), Sql::timestampNow());
    if (auto status = Sql::exec(s, saving); !status)
        return status;
    r.id = s.lastInsertId().toLongLong();
    return {};
}

Status ReceiptRepository::markVoided(qint64 id, const QString &reason, const QDateTime &at)
{
    auto q = mQueries.get(QStringLiteral(
        "UPDATE receipts SET voided_at = :at, void_reason = :reason WHERE id = :id"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":at"), Sql::timestamp(at));
    (*q)->bindValue(QStringLiteral(":reason"), reason);
    (*q)->bindValue(QStringLiteral(":id"), id);
    return Sql::exec(**q, saving);
}

Result<std::optional<Receipt>> ReceiptRepository::loadOne(
    const QString &where, const QVariant &value)
{
    auto q = mQueries.get(kSelect + where);
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":value"), value);
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    if (!(*q)->next())
        return std::optional<Receipt>();
    return std::optional<Receipt>(receiptFrom(**q));
}

Result<std::optional<Receipt>> ReceiptRepository::byId(qint64 id)
{
    return loadOne(QStringLiteral("WHERE r.id = :value"), id);
}

Result<std::optional<Receipt>> ReceiptRepository::byKey(const QString &key)
{
    return loadOne(QStringLiteral("WHERE r.receipt_key = :value"), key);
}

Result<QList<Receipt>> ReceiptRepository::all(bool includeVoided)
{
    auto q = mQueries.get(
        kSelect + QStringLiteral("WHERE (:all = 1 OR r.voided_at IS NULL) ORDER BY r.id"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":all"), includeVoided ? 1 : 0);
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    QList<Receipt> receipts;
    while ((*q)->next())
        receipts.append(receiptFrom(**q));
    return receipts;
}

Result<QString> ReceiptRepository::nextKey()
{
    qint64 next = 1;
    {
        auto q
            = mQueries.get(QStringLiteral("SELECT coalesce(max(id), 0) + 1 AS next FROM receipts"));
        if (!q)
            return Error {q.error()};
        if (auto s = Sql::exec(**q, reading); !s || !(*q)->next())
            return Error {reading()};
        next = (*q)->value(QStringLiteral("next")).toLongLong();
    }
    for (;; ++next) {
        const QString key = QStringLiteral("R-%1").arg(next, 6, 10, QLatin1Char('0'));
        auto taken = byKey(key);
        if (!taken)
            return Error {taken.error()};
        if (!taken->has_value())
            return key;
    }
}

Status ReceiptRepository::linkAllocation(
    qint64 paymentId, qint64 receiptId, qint64 customerId, const QString &currency)
{
    auto q = mQueries.get(
        QStringLiteral("INSERT INTO allocations (payment_id, receipt_id, customer_id, currency) "
                       "VALUES (:payment, :receipt, :customer, :currency)"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":payment"), paymentId);
    (*q)->bindValue(QStringLiteral(":receipt"),
        receiptId != 0 ? QVariant(receiptId) : QVariant(QMetaType::fromType<qint64>()));
    (*q)->bindValue(QStringLiteral(":customer"), customerId);
    (*q)->bindValue(QStringLiteral(":currency"), currency);
    return Sql::exec(**q, saving);
}

Result<QList<qint64>> ReceiptRepository::allocationsOf(qint64 receiptId)
{
    auto q = mQueries.get(QStringLiteral(
        "SELECT payment_id FROM allocations WHERE receipt_id = :receipt ORDER BY payment_id"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":receipt"), receiptId);
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    QList<qint64> ids;
    while ((*q)->next())
        ids.append((*q)->value(QStringLiteral("payment_id")).toLongLong());
    return ids;
}

Result<QHash<qint64, AllocationLink>> ReceiptRepository::allocationLinks()
{
    auto q = mQueries.get(
        QStringLiteral("SELECT a.payment_id, a.receipt_id, c.display_name FROM allocations a "
                       "JOIN customers c ON c.id = a.customer_id"));
    if (!q)
        return Error {q.error()};
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    QHash<qint64, AllocationLink> links;
    while ((*q)->next())
        links.insert((*q)->value(QStringLiteral("payment_id")).toLongLong(),
            {(*q)->value(QStringLiteral("receipt_id")).toLongLong(),
                (*q)->value(QStringLiteral("display_name")).toString()});
    return links;
}

Result<QString> ReceiptRepository::receiptKeyOfPayment(qint64 paymentId)
{
    auto q = mQueries.get(QStringLiteral(
        "SELECT r.receipt_key FROM allocations a JOIN receipts r ON r.id = a.receipt_id "
        "WHERE a.payment_id = :payment"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":payment"), paymentId);
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    return (*q)->next() ? (*q)->value(QStringLiteral("receipt_key")).toString() : QString();
}

Result<std::optional<qint64>> ReceiptRepository::allocationOf(qint64 paymentId)
{
    auto q = mQueries.get(QStringLiteral(
        "SELECT coalesce(receipt_id, 0) FROM allocations WHERE payment_id = :payment"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":payment"), paymentId);
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    std::optional<qint64> receipt;
    if ((*q)->next())
        receipt = (*q)->value(0).toLongLong();
    (*q)->finish();
    return receipt;
}

Result<QList<CreditBalance>> ReceiptRepository::credits(std::optional<qint64> customerId)
{
    auto sums = creditSums(customerId, {});
    if (!sums)
        return Error {sums.error()};
    if (auto beyond = beyondSums(*sums))
        return Error {*beyond};
    QList<CreditBalance> balances;
    for (const CreditSum &sum : std::as_const(*sums)) {
        if (*sum.amount != 0)
            balances.append({sum.customer, sum.currency, *sum.amount});
    }
    return balances;
}

Result<qint64> ReceiptRepository::creditOf(qint64 customerId, const QString &currency)
{
    auto sums = creditSums(customerId, currency);
    if (!sums)
        return Error {sums.error()};
    if (auto beyond = beyondSums(*sums))
        return Error {*beyond};
    return sums->isEmpty() ? qint64(0) : *sums->first().amount;
}

Result<QList<DatedAmount>> ReceiptRepository::creditOnDates(
    qint64 customerId, const QString &currency)
{
    auto q = mQueries.get(kCreditOnDates);
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":customer"), customerId);
    (*q)->bindValue(QStringLiteral(":currency"), currency);
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    QList<DatedAmount> amounts;
    while ((*q)->next()) {
        const Sql::Row row(**q);
        amounts.append({row.date("day"), DayRank(row.integer("rank")), row.integer("amount")});
    }
    return amounts;
}

Result<std::optional<Shortfall>> ReceiptRepository::creditShortfall(
    qint64 customerId, const QString &currency, const QList<DatedAmount> &change)
{
    auto standing = creditOnDates(customerId, currency);
    if (!standing)
        return Error {standing.error()};
    return firstShortfall(*standing, change);
}

Result<QStringList> ReceiptRepository::invoicesPaidFromCredit(
    qint64 customerId, const QString &currency)
{
    return paidInvoiceNumbers(QStringLiteral("a.receipt_id IS NULL AND a.customer_id = :customer "
                                             "AND a.currency = :currency"),
        {{QStringLiteral(":customer"), customerId}, {QStringLiteral(":currency"), currency}});
}

Result<QStringList> ReceiptRepository::invoicesPaidFrom(qint64 receiptId)
{
    return paidInvoiceNumbers(
        QStringLiteral("a.receipt_id = :receipt"), {{QStringLiteral(":receipt"), receiptId}});
}

Result<QStringList> ReceiptRepository::paidInvoiceNumbers(
    const QString &where, const QVariantMap &values)
{
    auto q = mQueries.get(QStringLiteral(
        "SELECT DISTINCT i.number FROM allocations a JOIN payments p ON p.id = a.payment_id "
        "JOIN invoices i ON i.id = p.invoice_id WHERE %1 AND p.voided_at IS NULL "
        "ORDER BY i.number")
                              .arg(where));
    if (!q)
        return Error {q.error()};
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        (*q)->bindValue(it.key(), it.value());
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    QStringList numbers;
    while ((*q)->next())
        numbers.append((*q)->value(0).toString());
    return numbers;
}

} // namespace InvoiceDesk
