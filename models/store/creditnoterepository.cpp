// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "creditnoterepository.h"
#include "sqlutil.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

/** What refunds that stand paid out of note %1's credit. */
const QString kTakenBack = QStringLiteral(
    "SELECT coalesce(sum(m.amount), 0) FROM credit_moves m JOIN payments p ON p.id = m.payment_id "
    "WHERE m.credit_note_id = %1 AND m.paid_out = 1 AND p.voided_at IS NULL");

const QString kSelect
    = QStringLiteral("SELECT n.id, n.uuid, n.number, n.customer_id, c.display_name, n.invoice_id, "
                     "i.number AS invoice_number, n.issue_date, n.currency, n.reason, n.applied, (")
    + kTakenBack.arg(QStringLiteral("n.id"))
    + QStringLiteral(") AS taken_back FROM credit_notes n "
                     "JOIN customers c ON c.id = n.customer_id "
                     "LEFT JOIN invoices i ON i.id = n.invoice_id ");

QString reading()
{
    return QCoreApplication::translate("Database", "Reading credit notes");
}

QString saving()
{
    return QCoreApplication::translate("Database", "Saving the credit note");
}

/** The credit note (without lines) on the current row; `row` is made once per query. */
CreditNote noteFrom(const Sql::Row &row)
{
    CreditNote note;
    note.id = row.integer("id");
    note.uuid = row.text("uuid");
    note.number = row.text("number");
    note.customerId = row.integer("customer_id");
    note.customerName = row.text("display_name");
    note.invoiceId = row.optionalInteger("invoice_id").value_or(0);
    note.invoiceNumber = row.text("invoice_number");
    note.date = row.date("issue_date");
    note.currency = Currency::fromCode(row.text("currency")).value_or(Currency());
    note.reason = row.text("reason");
    note.applied = row.integer("applied");
    note.takenBack = row.integer("taken_back");
    return note;
}

} // namespace

Status CreditNoteRepository::insert(CreditNote &note, const InvoiceTotals &totals)
{
    const Sql::Values values {{QStringLiteral("uuid"), note.uuid},
        {QStringLiteral("number"), note.number}, {QStringLiteral("customer_id"), note.customerId},
        {QStringLiteral("invoice_id"),
            Sql::optional(note.invoiceId ? std::optional<qint64>(note.invoiceId) : std::nullopt)},
        {QStringLiteral("issue_date"), Sql::dateValue(note.date)},
        {QStringLiteral("currency"), note.currency.code()}, {QStringLiteral("reason"), note.reason},
        {QStringLiteral("subtotal"), totals.subtotal}, {QStringLiteral("tax_total"), totals.tax},
        {QStringLiteral("grand_total"), totals.grandTotal},
        {QStringLiteral("applied"), note.applied},
        {QStringLiteral("created_at"), Sql::timestampNow()}};
    auto q = mQueries.get(Sql::insertInto(QStringLiteral("credit_notes"), values));
    if (!q)
        return Error {q.error()};
    Sql::bind(**q, values);
    if (auto s = Sql::exec(**q, saving); !s)
        return s;
    note.id = (*q)->lastInsertId().toLongLong();
    return insertLines(note);
}

Status CreditNoteRepository::setApplied(const CreditNote &note)
{
    auto q
        = mQueries.get(QStringLiteral("UPDATE credit_notes SET applied = :applied WHERE id = :id"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":applied"), note.applied);
    (*q)->bindValue(QStringLiteral(":id"), note.id);
    return Sql::exec(**q, saving);
}

Status CreditNoteRepository::recordMove(qint64 paymentId, const CreditMovePart &part)
{
    auto q = mQueries.get(
        QStringLiteral("INSERT INTO credit_moves (payment_id, credit_note_id, amount, paid_out) "
                       "VALUES (:payment, :note, :amount, :paidOut)"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":payment"), paymentId);
    (*q)->bindValue(QStringLiteral(":note"), part.noteId);
    (*q)->bindValue(QStringLiteral(":amount"), part.amount);
    (*q)->bindValue(QStringLiteral(":paidOut"), part.paidOut ? 1 : 0);
    return Sql::exec(**q, saving);
}

Result<QList<CreditMovePart>> CreditNoteRepository::movesOf(qint64 paymentId)
{
    auto q
        = mQueries.get(QStringLiteral("SELECT credit_note_id, amount, paid_out FROM credit_moves "
                                      "WHERE payment_id = :payment ORDER BY credit_note_id"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":payment"), paymentId);
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    QList<CreditMovePart> parts;
    while ((*q)->next()) {
        const Sql::Row row(**q);
        parts.append(
            {row.integer("credit_note_id"), row.integer("amount"), row.integer("paid_out") != 0});
    }
    return parts;
}

Status CreditNoteRepository::insertLines(const CreditNote &note)
{
    for (int position = 0; position < int(note.lines.size()); ++position) {
        const CreditNoteLine &line = note.lines.at(position);
        const std::optional<qint64> rate
            = line.taxRate ? std::optional<qint64>(line.taxRate->scaled()) : std::nullopt;
        const Sql::Values values {{QStringLiteral("credit_note_id"), note.id},
            {QStringLiteral("position"), position},
            {QStringLiteral("description"), Sql::text(line.description)},
            {QStringLiteral("quantity_milli"), line.quantity.thousandths()},
            {QStringLiteral("rate"), line.rate},
            {QStringLiteral("tax_rate_e4"), Sql::optional(rate)},
            {QStringLiteral("total"), line.net().value_or(0)}, {QStringLiteral("tax"), line.tax}};
        auto q = mQueries.get(Sql::insertInto(QStringLiteral("credit_note_lines"), values));
        if (!q)
            return Error {q.error()};
        Sql::bind(**q, values);
        if (auto s = Sql::exec(**q, saving); !s)
            return s;
    }
    return {};
}

Result<std::optional<QString>> CreditNoteRepository::lastNumber()
{
    auto q
        = mQueries.get(QStringLiteral("SELECT number FROM credit_notes ORDER BY id DESC LIMIT 1"));
    if (!q)
        return Error {q.error()};
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    if (!(*q)->next())
        return std::optional<QString>();
    return std::optional<QString>((*q)->value(QStringLiteral("number")).toString());
}

Result<bool> CreditNoteRepository::numberTaken(const QString &number)
{
    auto q = mQueries.get(QStringLiteral("SELECT count(*) AS taken FROM credit_notes "
                                         "WHERE number = :number"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":number"), number);
    if (auto s = Sql::exec(**q, reading); !s)
        return Error {s.error()};
    return (*q)->next() && (*q)->value(QStringLiteral("taken")).toInt() > 0;
}

Result<std::optional<CreditNote>> CreditNoteRepository::byNumber(const QString &number)
{
    std::optional<CreditNote> note;
    {
        auto q = mQueries.get(kSelect + QStringLiteral("WHERE n.number = :number"));
        if (!q)
            return Error {q.error()};
        (*q)->bindValue(QStringLiteral(":number"), number);
        if (auto s = Sql::exec(**q, reading); !s)
            return Error {s.error()};
        if ((*q)->next())
            note = noteFrom(Sql::Row(**q));
    } // the statement is released before the lines are read
    if (note) {
        if (auto s = readLines(*note); !s)
            return Error {s.error()};
    }
    return note;
}

Result<QList<CreditNote>> CreditNoteRepository::list(const CreditNoteFilter &filter)
{
    QList<CreditNote> notes;
    {
        auto q = mQueries.get(kSelect
            + QStringLiteral("WHERE (:invoice IS NULL OR n.invoice_id = :invoice) "
                             "AND (:customer IS NULL OR n.customer_id = :customer) "
                             "ORDER BY n.id"));
        if (!q)
            return Error {q.error()};
        (*q)->bindValue(QStringLiteral(":invoice"), Sql::optional(filter.invoiceId));
        (*q)->bindValue(QStringLiteral(":customer"), Sql::optional(filter.customerId));
        if (auto s = Sql::exec(**q, reading); !s)
            return Error {s.error()};
        const Sql::Row row(**q);
        while ((*q)->next())
            notes.append(noteFrom(row));
    }
    for (CreditNote &note : notes) {
        if (auto s = readLines(note); !s)
            return Error {s.error()};
    }
    return notes;
}

Status CreditNoteRepository::readLines(CreditNote &note)
{
    auto q = mQueries.get(QStringLiteral("SELECT description, quantity_milli, rate, tax_rate_e4, "
                                         "tax FROM credit_note_lines "
                                         "WHERE credit_note_id = :note ORDER BY position"));
    if (!q)
        return Error {q.error()};
    (*q)->bindValue(QStringLiteral(":note"), note.id);
    if (auto s = Sql::exec(**q, reading); !s)
        return s;
    note.lines.clear();
    while ((*q)->next()) {
        const Sql::Row row(**q);
        CreditNoteLine line;
        line.description = row.text("description");
        line.quantity = Quantity::fromThousandths(row.integer("quantity_milli"));
        line.rate = row.integer("rate");
        if (const auto rate = row.optionalInteger("tax_rate_e4"))
            line.taxRate = Percentage::fromScaled(*rate);
        line.tax = row.integer("tax");
        note.lines.append(line);
    }
    return {};
}

} // namespace InvoiceDesk
