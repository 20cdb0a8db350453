// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// BankStore: the stored lines as listed, what matching reads from payments and invoices, the
// matches, and the report's payments.
#include "bankstore.h"
#include "money.h"
#include "sqlutil.h"

namespace InvoiceDesk {

namespace {

const QString kLineSelect = QStringLiteral(
    "SELECT l.id, l.account_id, l.statement_id, l.bank_reference, l.booking_date, l.value_date, "
    "l.amount, l.counterparty_name, l.counterparty_account, l.remittance, l.reference, "
    "l.transaction_code, l.reversal, a.name AS account_name, a.currency, m.kind, m.how, "
    "m.payment_id, "
    "m.receipt_id, coalesce(p.marker, r.receipt_key) AS marker, "
    "coalesce(p.amount, r.amount) AS payment_amount, coalesce(p.paid_on, r.received_on) AS "
    "paid_on, coalesce(p.voided_at, r.voided_at) AS voided_at, "
    "coalesce(i.number, (SELECT group_concat(number, ', ') FROM (SELECT ai.number FROM "
    "allocations al JOIN payments ap ON ap.id = al.payment_id JOIN invoices ai ON ai.id = "
    "ap.invoice_id WHERE al.receipt_id = r.id AND ap.voided_at IS NULL ORDER BY ai.number))) "
    "AS invoice_number "
    "FROM bank_lines l JOIN bank_accounts a ON a.id = l.account_id "
    "LEFT JOIN bank_matches m ON m.line_id = l.id "
    "LEFT JOIN payments p ON p.id = m.payment_id "
    "LEFT JOIN receipts r ON r.id = m.receipt_id "
    "LEFT JOIN invoices i ON i.id = p.invoice_id ");

BankLine lineFrom(const Sql::Row &c)
{
    BankLine line;
    line.id = c.integer("id");
    line.accountId = c.integer("account_id");
    line.statementId = c.integer("statement_id");
    line.bankReference = c.text("bank_reference");
    line.bookingDate = Sql::toDate(c.value("booking_date"));
    line.valueDate = Sql::toDate(c.value("value_date"));
    line.amount = c.integer("amount");
    line.counterpartyName = c.text("counterparty_name");
    line.counterpartyAccount = c.text("counterparty_account");
    line.remittance = c.text("remittance");
    line.reference = c.text("reference");
    line.transactionCode = c.text("transaction_code");
    line.reversal = c.integer("reversal") != 0;
    line.accountName = c.text("account_name");
    line.currency = Currency::fromCode(c.text("currency")).value_or(Currency());
    if (!c.value("kind").isNull()) {
        LineMatch match;
        match.kind = c.text("kind");
        match.how = c.text("how");
        match.paymentId = c.integer("payment_id");
        match.receiptId = c.integer("receipt_id");
        match.marker = c.text("marker");
        match.invoiceNumber = c.text("invoice_number");
        match.paymentAmount = c.integer("payment_amount");
        match.paymentDate = Sql::toDate(c.value("paid_on"));
        match.paymentVoided = !c.value("voided_at").isNull();
        line.match = match;
    }
    return line;
}

const QString kOpenPaymentSelect = QStringLiteral(
    "SELECT p.id, p.uuid, p.marker, p.invoice_id, i.number, i.currency, i.customer, p.paid_on, "
    "p.amount, p.method, p.reference, p.cheque_number, p.eft_reference, "
    "p.gateway_transaction_id, p.card_fee_amount, p.card_fee_percentage_e4, p.bank_account_id "
    "FROM payments p JOIN invoices i ON i.id = p.invoice_id "
    "WHERE p.voided_at IS NULL AND p.reconciled_on IS NULL "
    "AND NOT EXISTS (SELECT 1 FROM bank_matches m WHERE m.payment_id = p.id) ");

OpenPayment openPaymentFrom(const Sql::Row &c)
{
    OpenPayment p;
    p.id = c.integer("id");
    p.uuid = c.text("uuid");
    p.marker = c.text("marker");
    p.invoiceId = c.integer("invoice_id");
    p.invoiceNumber = c.text("number");
    p.currency = c.text("currency");
    p.customer = c.text("customer");
    p.date = Sql::toDate(c.value("paid_on"));
    p.amount = c.integer("amount");
    p.method = c.text("method");
    p.reference = c.text("reference");
    p.chequeNumber = c.text("cheque_number");
    p.eftReference = c.text("eft_reference");
    p.transactionId = c.text("gateway_transaction_id");
    // The fee the card company keeps: its amount, else its percentage of the payment.
    if (const auto fee = Sql::toOptional(c.value("card_fee_amount")))
        p.cardFee = *fee;
    else if (const auto percent = Sql::toOptional(c.value("card_fee_percentage_e4")))
        p.cardFee = Percentage::fromScaled(*percent).applyTo(p.amount).value_or(0);
    p.accountId = Sql::toOptional(c.value("bank_account_id"));
    return p;
}

// Issued invoices that owe money, with the customer record's name where there is one.
const QString kOpenInvoiceSelect = QStringLiteral(
    "SELECT i.id, i.number, coalesce(c.display_name, i.customer) AS customer, i.customer_id, "
    "i.currency, i.grand_total - i.paid_total + i.refunded_total - i.credited_total "
    "AS outstanding, "
    "EXISTS (SELECT 1 FROM payments p WHERE p.invoice_id = i.id "
    "AND p.voided_at IS NULL AND p.reconciled_on IS NULL AND NOT EXISTS "
    "(SELECT 1 FROM bank_matches m WHERE m.payment_id = p.id)) AS unmatched "
    "FROM invoices i LEFT JOIN customers c ON c.id = i.customer_id "
    "WHERE i.lifecycle = 'issued' "
    "AND i.grand_total - i.paid_total + i.refunded_total - i.credited_total > 0 ");

OpenInvoice openInvoiceFrom(const Sql::Row &c)
{
    OpenInvoice invoice {c.integer("id"), c.text("number"), c.text("customer"), c.text("currency"),
        c.integer("outstanding"), c.value("unmatched").toBool()};
    invoice.customerId = c.integer("customer_id");
    return invoice;
}

/** Every row of a query that ran, each read by `read`. */
template <typename T>
Result<QList<T>> allRows(Result<PreparedQuery> &&q, T (*read)(const Sql::Row &))
{
    if (!q)
        return Error {q.error()};
    QList<T> result;
    const Sql::Row c(**q);
    while ((*q)->next())
        result.append(read(c));
    return result;
}

} // namespace

Result<QList<StatementLine>> BankStore::linesOfOtherFormats(
    qint64 accountId, StatementFormat format, const QDate &from, const QDate &to)
{
    auto lines = allRows(
        run(kLineSelect
                + QStringLiteral("JOIN bank_statements s ON s.id = l.statement_id "
                                 "WHERE l.account_id = :account AND s.format <> :format "
                                 "AND l.booking_date BETWEEN :from AND :to ORDER BY l.id"),
            {{QStringLiteral("account"), accountId},
                {QStringLiteral("format"), statementFormatKey(format)},
                {QStringLiteral("from"), Sql::dateValue(from)},
                {QStringLiteral("to"), Sql::dateValue(to)}},
            QT_TRANSLATE_NOOP("BankStore", "Reading the account's lines")),
        lineFrom);
    if (!lines)
        return Error {lines.error()};
    return QList<StatementLine>(lines->cbegin(), lines->cend());
}

Result<QList<BankLine>> BankStore::lines(const LineFilter &filter)
{
    QString sql = kLineSelect + QStringLiteral("WHERE 1 = 1 ");
    QVariantMap values;
    if (filter.accountId) {
        sql += QStringLiteral("AND l.account_id = :account ");
        values.insert(QStringLiteral("account"), *filter.accountId);
    }
    if (filter.lineId) {
        sql += QStringLiteral("AND l.id = :line ");
        values.insert(QStringLiteral("line"), *filter.lineId);
    }
    if (filter.paymentId) {
        // The payment's own match, or its receipt's.
        sql += QStringLiteral("AND (m.payment_id = :payment OR m.receipt_id = (SELECT "
                              "receipt_id FROM allocations WHERE payment_id = :allocation)) ");
        values.insert(QStringLiteral("payment"), *filter.paymentId);
        values.insert(QStringLiteral("allocation"), *filter.paymentId);
    }
    if (filter.unmatchedOnly)
        sql += QStringLiteral(
            "AND (m.line_id IS NULL OR coalesce(p.voided_at, r.voided_at) IS NOT NULL) ");
    if (filter.from.isValid()) {
        sql += QStringLiteral("AND l.booking_date >= :from ");
        values.insert(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral("AND l.booking_date <= :to ");
        values.insert(QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    }
    auto q = run(sql + QStringLiteral("ORDER BY l.account_id, l.booking_date, l.id"), values,
        QT_TRANSLATE_NOOP("BankStore", "Reading the statement lines"));
    return allRows(std::move(q), lineFrom);
}

Result<QList<BankLine>> BankStore::reversalLines()
{
    auto q = run(kLineSelect + QStringLiteral("WHERE l.reversal = 1 ORDER BY l.booking_date, l.id"),
        {}, QT_TRANSLATE_NOOP("BankStore", "Reading the statement lines"));
    return allRows(std::move(q), lineFrom);
}

Result<std::optional<BankLine>> BankStore::line(qint64 id)
{
    LineFilter filter;
    filter.lineId = id;
    auto found = lines(filter);
    if (!found)
        return Error {found.error()};
    return found->isEmpty() ? std::optional<BankLine>() : std::optional<BankLine>(found->first());
}

Result<QList<OpenPayment>> BankStore::openPayments(PaymentScope scope)
{
    // Matching needs only a payment whose amount (or, for a card payment, its amount less the
    // fee) some statement line carries: the rest stay on disk (issue 15's 200 MB).
    const QString onStatements = scope == PaymentScope::All
        ? QString()
        : QStringLiteral("AND (p.amount IN (SELECT amount FROM bank_lines) "
                         "OR p.card_fee_amount IS NOT NULL "
                         "OR p.card_fee_percentage_e4 IS NOT NULL) ");
    auto q = run(kOpenPaymentSelect + onStatements + QStringLiteral("ORDER BY p.id"), {},
        QT_TRANSLATE_NOOP("BankStore", "Reading the payments to match"));
    return allRows(std::move(q), openPaymentFrom);
}

Result<std::optional<OpenPayment>> BankStore::openPayment(qint64 paymentId)
{
    auto q = run(kOpenPaymentSelect + QStringLiteral("AND p.id = :id"),
        {{QStringLiteral("id"), paymentId}},
        QT_TRANSLATE_NOOP("BankStore", "Reading the payments to match"));
    if (!q)
        return Error {q.error()};
    const Sql::Row c(**q);
    if (!(*q)->next())
        return std::optional<OpenPayment>();
    return std::optional<OpenPayment>(openPaymentFrom(c));
}

Result<QList<OpenPayment>> BankStore::openPaymentsOfInvoice(qint64 invoiceId)
{
    auto q = run(kOpenPaymentSelect + QStringLiteral("AND p.invoice_id = :invoice ORDER BY p.id"),
        {{QStringLiteral("invoice"), invoiceId}},
        QT_TRANSLATE_NOOP("BankStore", "Reading the payments to match"));
    return allRows(std::move(q), openPaymentFrom);
}

Result<QList<OpenInvoice>> BankStore::openInvoices()
{
    auto q = run(kOpenInvoiceSelect + QStringLiteral("ORDER BY i.id"), {},
        QT_TRANSLATE_NOOP("BankStore", "Reading the open invoices"));
    return allRows(std::move(q), openInvoiceFrom);
}

Result<std::optional<OpenInvoice>> BankStore::openInvoice(qint64 invoiceId)
{
    auto q = run(kOpenInvoiceSelect + QStringLiteral("AND i.id = :id"),
        {{QStringLiteral("id"), invoiceId}},
        QT_TRANSLATE_NOOP("BankStore", "Reading the open invoices"));
    if (!q)
        return Error {q.error()};
    const Sql::Row c(**q);
    if (!(*q)->next())
        return std::optional<OpenInvoice>();
    return std::optional<OpenInvoice>(openInvoiceFrom(c));
}

Result<std::optional<qint64>> BankStore::paymentIdByMarker(const QString &marker)
{
    auto q = run(QStringLiteral("SELECT id FROM payments WHERE marker = :marker"),
        {{QStringLiteral("marker"), marker.trimmed()}},
        QT_TRANSLATE_NOOP("BankStore", "Reading a payment"));
    if (!q)
        return Error {q.error()};
    if (!(*q)->next())
        return std::optional<qint64>();
    return std::optional<qint64>((*q)->value(QStringLiteral("id")).toLongLong());
}

Result<std::optional<QString>> BankStore::paymentUuid(qint64 paymentId)
{
    auto q = run(QStringLiteral("SELECT uuid FROM payments WHERE id = :id"),
        {{QStringLiteral("id"), paymentId}}, QT_TRANSLATE_NOOP("BankStore", "Reading a payment"));
    if (!q)
        return Error {q.error()};
    if (!(*q)->next())
        return std::optional<QString>();
    return std::optional<QString>((*q)->value(QStringLiteral("uuid")).toString());
}

Result<std::optional<qint64>> BankStore::paymentAccount(qint64 paymentId)
{
    auto q = run(QStringLiteral("SELECT bank_account_id FROM payments WHERE id = :id"),
        {{QStringLiteral("id"), paymentId}}, QT_TRANSLATE_NOOP("BankStore", "Reading a payment"));
    if (!q)
        return Error {q.error()};
    if (!(*q)->next())
        return std::optional<qint64>();
    return Sql::toOptional((*q)->value(QStringLiteral("bank_account_id")));
}

Status BankStore::insertMatch(
    qint64 lineId, qint64 paymentId, const QString &how, int score, bool setAccount)
{
    auto q = run(QStringLiteral("INSERT INTO bank_matches (line_id, kind, payment_id, how, score, "
                                "set_account, matched_at) VALUES (:line, 'payment', :payment, "
                                ":how, :score, :set_account, :now)"),
        {{QStringLiteral("line"), lineId}, {QStringLiteral("payment"), paymentId},
            {QStringLiteral("how"), how}, {QStringLiteral("score"), score},
            {QStringLiteral("set_account"), setAccount ? 1 : 0},
            {QStringLiteral("now"), Sql::timestampNow()}},
        QT_TRANSLATE_NOOP("BankStore", "Saving a match"));
    return q ? Status() : Status(Error {q.error()});
}

Status BankStore::insertReceiptMatch(qint64 lineId, qint64 receiptId, const QString &how)
{
    // Its allocations each name the line's account (they had none: the receipt was just made).
    auto q = run(QStringLiteral("INSERT INTO bank_matches (line_id, kind, receipt_id, how, "
                                "set_account, matched_at) VALUES (:line, 'receipt', :receipt, "
                                ":how, 1, :now)"),
        {{QStringLiteral("line"), lineId}, {QStringLiteral("receipt"), receiptId},
            {QStringLiteral("how"), how}, {QStringLiteral("now"), Sql::timestampNow()}},
        QT_TRANSLATE_NOOP("BankStore", "Saving a match"));
    return q ? Status() : Status(Error {q.error()});
}

Result<QList<qint64>> BankStore::receiptPayments(qint64 receiptId)
{
    auto q = run(QStringLiteral("SELECT p.id FROM allocations al JOIN payments p ON p.id = "
                                "al.payment_id WHERE al.receipt_id = :receipt AND p.voided_at "
                                "IS NULL ORDER BY p.id"),
        {{QStringLiteral("receipt"), receiptId}},
        QT_TRANSLATE_NOOP("BankStore", "Reading a receipt"));
    if (!q)
        return Error {q.error()};
    QList<qint64> ids;
    while ((*q)->next())
        ids.append((*q)->value(QStringLiteral("id")).toLongLong());
    return ids;
}

Result<std::optional<QString>> BankStore::receiptUuid(qint64 receiptId)
{
    auto q = run(QStringLiteral("SELECT uuid FROM receipts WHERE id = :id"),
        {{QStringLiteral("id"), receiptId}}, QT_TRANSLATE_NOOP("BankStore", "Reading a receipt"));
    if (!q)
        return Error {q.error()};
    if (!(*q)->next())
        return std::optional<QString>();
    return std::optional<QString>((*q)->value(QStringLiteral("uuid")).toString());
}

Result<bool> BankStore::matchSetAccount(qint64 lineId)
{
    auto q = run(QStringLiteral("SELECT set_account FROM bank_matches WHERE line_id = :line"),
        {{QStringLiteral("line"), lineId}}, QT_TRANSLATE_NOOP("BankStore", "Reading a match"));
    if (!q)
        return Error {q.error()};
    return (*q)->next() && (*q)->value(QStringLiteral("set_account")).toInt() == 1;
}

Status BankStore::clearPaymentAccount(qint64 paymentId)
{
    auto q = run(QStringLiteral("UPDATE payments SET bank_account_id = NULL WHERE id = :id"),
        {{QStringLiteral("id"), paymentId}},
        QT_TRANSLATE_NOOP("BankStore", "Saving the payment's account"));
    return q ? Status() : Status(Error {q.error()});
}

Status BankStore::deleteMatch(qint64 lineId)
{
    auto q = run(QStringLiteral("DELETE FROM bank_matches WHERE line_id = :line"),
        {{QStringLiteral("line"), lineId}}, QT_TRANSLATE_NOOP("BankStore", "Undoing a match"));
    return q ? Status() : Status(Error {q.error()});
}

Status BankStore::setReconciled(qint64 paymentId, const QDate &date)
{
    auto q = run(QStringLiteral("UPDATE payments SET reconciled_on = :date WHERE id = :id"),
        {{QStringLiteral("date"), Sql::dateValue(date)}, {QStringLiteral("id"), paymentId}},
        QT_TRANSLATE_NOOP("BankStore", "Saving the reconciled date"));
    return q ? Status() : Status(Error {q.error()});
}

Status BankStore::setPaymentAccount(qint64 paymentId, qint64 accountId)
{
    auto q = run(QStringLiteral("UPDATE payments SET bank_account_id = :account WHERE id = :id"),
        {{QStringLiteral("account"), accountId}, {QStringLiteral("id"), paymentId}},
        QT_TRANSLATE_NOOP("BankStore", "Saving the payment's account"));
    return q ? Status() : Status(Error {q.error()});
}

Result<QList<AccountPayment>> BankStore::accountPayments(
    qint64 accountId, const QDate &from, const QDate &to)
{
    auto q = run(
        QStringLiteral("SELECT p.id, p.marker, i.number, p.paid_on, p.amount, m.line_id, "
                       "l.booking_date, l.amount AS line_amount FROM payments p "
                       "JOIN invoices i ON i.id = p.invoice_id "
                       "LEFT JOIN allocations al ON al.payment_id = p.id "
                       "LEFT JOIN bank_matches m ON m.payment_id = p.id "
                       "OR (al.receipt_id IS NOT NULL AND m.receipt_id = al.receipt_id) "
                       "LEFT JOIN bank_lines l ON l.id = m.line_id "
                       "WHERE p.voided_at IS NULL AND p.bank_account_id = :account "
                       "AND p.paid_on >= :from AND p.paid_on <= :to ORDER BY p.paid_on, p.id"),
        {{QStringLiteral("account"), accountId},
            {QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)}},
        QT_TRANSLATE_NOOP("BankStore", "Reading the account's payments"));
    if (!q)
        return Error {q.error()};
    QList<AccountPayment> result;
    const Sql::Row c(**q);
    while ((*q)->next())
        result.append(
            {c.integer("id"), c.text("marker"), c.text("number"), Sql::toDate(c.value("paid_on")),
                c.integer("amount"), Sql::toOptional(c.value("line_id")),
                Sql::toDate(c.value("booking_date")), c.integer("line_amount")});
    return result;
}

} // namespace InvoiceDesk
