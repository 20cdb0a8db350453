// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receivablesstore.h"
#include "payment.h"
#include "sqlutil.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

// The invoices the customer's account holds: issued ones, and cancelled ones a credit note
// settled (their total, payments and credit note net to nothing, or to the customer's credit).
const QString kCounted = QStringLiteral(
    "(i.lifecycle = 'issued' OR (i.lifecycle = 'cancelled' AND EXISTS (SELECT 1 FROM credit_notes "
    "n WHERE n.invoice_id = i.id)))");

// An invoice's customer is its customer record, else the name the list shows.
const QString kInvoices
    = QStringLiteral(
          "SELECT i.number, i.issue_date, coalesce(i.due_date, i.issue_date) AS due, i.currency, "
          "i.grand_total, i.description, coalesce(c.display_name, i.customer) AS customer_name "
          "FROM invoices i LEFT JOIN customers c ON c.id = i.customer_id "
          "WHERE ")
    + kCounted + QStringLiteral(" AND i.issue_date <= :upTo");

const QString kPayments
    = QStringLiteral(
          "SELECT i.number, i.currency, coalesce(c.display_name, i.customer) AS customer_name, "
          "p.paid_on, p.amount, p.method, p.reference, p.cheque_number, "
          "a.payment_id IS NOT NULL AS allocated, coalesce(r.receipt_key, '') AS receipt_key, "
          "(SELECT coalesce(sum(m.amount), 0) FROM credit_moves m WHERE m.payment_id = p.id "
          "AND m.paid_out = 1) AS paid_out "
          "FROM payments p JOIN invoices i ON i.id = p.invoice_id "
          "LEFT JOIN customers c ON c.id = i.customer_id "
          "LEFT JOIN allocations a ON a.payment_id = p.id "
          "LEFT JOIN receipts r ON r.id = a.receipt_id "
          "WHERE p.voided_at IS NULL AND ")
    + kCounted + QStringLiteral(" AND p.paid_on <= :upTo");

const QString kReceipts = QStringLiteral(
    "SELECT r.receipt_key, r.received_on, r.amount, r.method, r.currency, c.display_name "
    "FROM receipts r JOIN customers c ON c.id = r.customer_id "
    "WHERE r.voided_at IS NULL AND r.received_on <= :upTo");

// A credit note lowers what its invoice owes by what it applied there; the rest is credit.
const QString kCreditNotes = QStringLiteral(
    "SELECT n.number, n.issue_date, n.currency, n.grand_total, n.applied, n.reason, "
    "coalesce(i.number, '') AS invoice_number, c.display_name "
    "FROM credit_notes n JOIN customers c ON c.id = n.customer_id "
    "LEFT JOIN invoices i ON i.id = n.invoice_id WHERE n.issue_date <= :upTo");

QString reading()
{
    return QCoreApplication::translate("Database", "Reading receivables");
}

QString methodName(const QString &key)
{
    const auto method = methodFromKey(key);
    return method ? methodDisplayName(*method) : key;
}

/** "Cheque 000123 for INV-1", "Bank transfer for INV-2, ref. X". */
QString paymentText(const Sql::Row &row)
{
    QString text = QCoreApplication::translate("Statement", "%1 for %2")
                       .arg(methodName(row.text("method")), row.text("number"));
    if (const QString cheque = row.text("cheque_number"); !cheque.isEmpty())
        text += QCoreApplication::translate("Statement", ", cheque %1").arg(cheque);
    if (const QString reference = row.text("reference"); !reference.isEmpty())
        text += QCoreApplication::translate("Statement", ", ref. %1").arg(reference);
    return text;
}

/** An issued invoice: what it adds to what the customer owes. */
ArEntry invoiceEntry(const Sql::Row &row)
{
    ArEntry e;
    e.kind = ArKind::Invoice;
    e.customer = row.text("customer_name");
    e.currency = row.text("currency");
    e.date = Sql::toDate(row.value("issue_date"));
    e.dueDate = Sql::toDate(row.value("due"));
    e.number = row.text("number");
    e.invoiceNumber = e.number;
    e.description = row.text("description");
    if (e.description.isEmpty())
        e.description = QCoreApplication::translate("Statement", "Invoice");
    e.amount = row.integer("grand_total");
    return e;
}

/** A payment or refund on an invoice, or a receipt's allocation to it. */
ArEntry paymentEntry(const Sql::Row &row)
{
    ArEntry e;
    const qint64 amount = row.integer("amount");
    const bool allocated = row.integer("allocated") != 0;
    e.kind = allocated ? ArKind::Allocation : (amount < 0 ? ArKind::Refund : ArKind::Payment);
    e.customer = row.text("customer_name");
    e.currency = row.text("currency");
    e.date = Sql::toDate(row.value("paid_on"));
    e.invoiceNumber = row.text("number");
    e.number = e.invoiceNumber;
    e.description = e.kind == ArKind::Refund
        ? QCoreApplication::translate("Statement", "Refund on %1").arg(e.invoiceNumber)
        : paymentText(row);
    e.amount = amount < 0 ? -amount : amount;
    e.toCredit = row.integer("paid_out");
    return e;
}

/** A receipt: money received from the customer, on invoices or as credit. */
ArEntry receiptEntry(const Sql::Row &row)
{
    ArEntry e;
    e.kind = ArKind::Receipt;
    e.customer = row.text("display_name");
    e.currency = row.text("currency");
    e.date = Sql::toDate(row.value("received_on"));
    e.number = row.text("receipt_key");
    e.description = QCoreApplication::translate("Statement", "%1 received")
                        .arg(methodName(row.text("method")));
    e.amount = row.integer("amount");
    return e;
}

/** A credit note: what it takes off its invoice, and the rest as the customer's credit. */
ArEntry creditNoteEntry(const Sql::Row &row)
{
    ArEntry e;
    e.kind = ArKind::CreditNote;
    e.customer = row.text("display_name");
    e.currency = row.text("currency");
    e.date = Sql::toDate(row.value("issue_date"));
    e.number = row.text("number");
    e.invoiceNumber = row.text("invoice_number");
    e.description = e.invoiceNumber.isEmpty()
        ? QCoreApplication::translate("Statement", "Credit note: %1").arg(row.text("reason"))
        : QCoreApplication::translate("Statement", "Credit note on %1: %2")
              .arg(e.invoiceNumber, row.text("reason"));
    e.amount = row.integer("grand_total");
    e.toCredit = e.invoiceNumber.isEmpty() ? e.amount : e.amount - row.integer("applied");
    return e;
}

} // namespace

Result<QList<ArEntry>> ReceivablesStore::entries(const QDate &upTo)
{
    using Reader = ArEntry (*)(const Sql::Row &);
    const std::pair<const QString *, Reader> kinds[] = {{&kInvoices, invoiceEntry},
        {&kPayments, paymentEntry}, {&kReceipts, receiptEntry}, {&kCreditNotes, creditNoteEntry}};
    QList<ArEntry> out;
    for (const auto &[sql, entry] : kinds) {
        const Reader read = entry; // a lambda cannot capture a structured binding (Clang 14)
        const auto append = [&out, read](const Sql::Row &row) { out.append(read(row)); };
        if (auto s = forEachRow(*sql, upTo, append); !s)
            return Error {s.error()};
    }
    return out;
}

Status ReceivablesStore::forEachRow(
    const QString &sql, const QDate &upTo, const std::function<void(const Sql::Row &)> &read)
{
    auto q = mQueries.get(sql);
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":upTo"), Sql::dateValue(upTo));
    if (auto s = Sql::exec(**q, reading()); !s)
        return s;
    while ((*q)->next())
        read(Sql::Row(**q));
    return {};
}

Result<QString> ReceivablesStore::customerNamed(const QString &name)
{
    // NOCASE folds A-Z only; the other letters through invoicedesk_casefold (the customers'
    // rule, CustomerRepository::byName).
    auto q = mQueries.get(
        QStringLiteral("SELECT display_name FROM customers WHERE display_name = :name COLLATE "
                       "NOCASE OR invoicedesk_casefold(display_name) = :folded LIMIT 1"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":name"), name.trimmed());
    (*q)->bindValue(QStringLiteral(":folded"), name.trimmed().toCaseFolded());
    if (auto s = Sql::exec(**q, reading()); !s)
        return Error {s.error()};
    return (*q)->next() ? Sql::Row(**q).text("display_name") : QString();
}

Result<QStringList> ReceivablesStore::customerNames()
{
    auto q = mQueries.get(
        QStringLiteral("SELECT display_name FROM customers ORDER BY display_name COLLATE NOCASE"));
    if (!q)
        return Error {q.error()};
    if (auto s = Sql::exec(**q, reading()); !s)
        return Error {s.error()};
    QStringList names;
    while ((*q)->next())
        names.append(Sql::Row(**q).text("display_name"));
    return names;
}

} // namespace InvoiceDesk
