// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "creditnoteimport.h"
#include "creditnotecsv.h"
#include "ledger.h"

#include <QCoreApplication>

namespace InvoiceDesk {

namespace {

/** The display name of the invoice's customer ("" when it has none); false if the database failed.
 */
bool ownerOf(ImportContext &context, qint64 invoiceId, QString &name)
{
    CustomerRepository &customers = context.book.customers();
    auto owner = customers.customerOfInvoice(invoiceId);
    if (!owner)
        return context.fail(owner.error());
    if (!owner->has_value())
        return true;
    auto customer = customers.byId(**owner);
    if (!customer)
        return context.fail(customer.error());
    name = customer->has_value() ? (*customer)->displayName : QString();
    return true;
}

/**
 * The note's customer: the credited invoice's (a named one must be it), else the one named,
 * created when unknown. False when the database failed.
 */
bool resolveCustomer(ImportContext &context, const CsvRow &first,
    const std::optional<InvoiceHeader> &invoice, CreditNote &note, QList<ImportIssue> &issues)
{
    if (invoice) {
        QString owner;
        if (!ownerOf(context, invoice->id, owner))
            return false;
        if (!note.customerName.isEmpty()
            && note.customerName.compare(owner, Qt::CaseInsensitive) != 0)
            first.addIssue(issues, QStringLiteral("customer"),
                QCoreApplication::translate("CsvImport", "invoice %1 belongs to customer \"%2\"")
                    .arg(invoice->number, owner));
        note.customerName = owner;
        return true;
    }
    if (note.invoiceNumber.isEmpty() && note.customerName.isEmpty()) {
        first.addIssue(issues, QStringLiteral("customer"),
            QCoreApplication::translate(
                "CsvImport", "a credit note without an invoice needs a customer"));
        return true;
    }
    if (!issues.isEmpty() || !note.invoiceNumber.isEmpty())
        return true; // an unknown invoice is already named
    auto customer = context.book.customers().findOrCreate(note.customerName, note.currency.code());
    if (!customer)
        return context.fail(customer.error());
    note.customerName = customer->displayName;
    return true;
}

/** Whether the stored note says what the file's does: date, currency, invoice and total. */
bool sameNote(const CreditNote &stored, const CreditNote &file)
{
    const auto storedTotals = stored.totals();
    const auto fileTotals = file.totals();
    return storedTotals && fileTotals && storedTotals->grandTotal == fileTotals->grandTotal
        && stored.date == file.date && stored.currency == file.currency
        && stored.invoiceNumber.compare(file.invoiceNumber, Qt::CaseInsensitive) == 0;
}

/**
 * A note whose number is issued: skip leaves it, update too when the file tells it the same;
 * otherwise an issue on its row (an issued credit note is never changed). False when the
 * database failed.
 */
bool settleIssuedNote(ImportContext &context, const CsvRow &first, const CreditNote &note,
    bool &leftAlone, QList<ImportIssue> &issues)
{
    const OnExisting onExisting = context.options.onExisting;
    leftAlone = onExisting == OnExisting::Skip;
    if (leftAlone)
        return true;
    auto stored = context.ledger.creditNotes().byNumber(note.number);
    if (!stored)
        return context.fail(stored.error());
    if (!stored->has_value())
        return true;
    const CreditNote &issued = **stored;
    leftAlone = onExisting == OnExisting::Update && sameNote(issued, note);
    if (leftAlone)
        return true;
    const auto totals = issued.totals();
    first.addIssue(issues, QStringLiteral("number"),
        onExisting == OnExisting::Fail
            ? QCoreApplication::translate("CsvImport",
                "credit note %1 is already issued (choose skip or update for credit notes "
                "already issued)")
                  .arg(note.number)
            : QCoreApplication::translate("CsvImport",
                "credit note %1 is issued for %2 %3 on %4; an import does not change an issued "
                "credit note")
                  .arg(note.number,
                      Money::fromMinorUnits(totals ? totals->grandTotal : 0, issued.currency)
                          .toString(),
                      issued.currency.code(), issued.date.toString(Qt::ISODate)));
    return true;
}

} // namespace

bool importCreditNote(ImportContext &context, const QList<CsvRow> &rows, QList<ImportIssue> issues)
{
    const CsvRow &first = rows.first();
    auto invoice = context.ledger.invoices().headerByNumber(
        first.text(QStringLiteral("invoiceNumber")).trimmed());
    if (!invoice)
        return context.fail(invoice.error());
    ParsedCreditNote parsed = CreditNoteCsv::fromRows(
        rows, issues, invoice->has_value() ? (*invoice)->currency : Currency());
    if (!invoice->has_value() && !parsed.note.invoiceNumber.isEmpty())
        first.addIssue(issues, QStringLiteral("invoiceNumber"),
            QCoreApplication::translate("Ledger", "there is no invoice numbered \"%1\"")
                .arg(parsed.note.invoiceNumber));
    CreditNote &note = parsed.note;
    auto taken = context.ledger.creditNotes().numberTaken(note.number);
    if (!taken)
        return context.fail(taken.error());
    if (*taken && issues.isEmpty()) {
        bool leftAlone = false;
        if (!settleIssuedNote(context, first, note, leftAlone, issues))
            return false;
        if (leftAlone) {
            ++context.report.skipped;
            return true;
        }
    }
    if (!resolveCustomer(context, first, *invoice, note, issues))
        return false;
    if (!issues.isEmpty()) {
        context.reject(rows, issues);
        return true;
    }
    Problems problems;
    auto issued = context.ledger.issueCreditNote(note, &problems);
    if (!problems.isEmpty()) {
        context.addProblems(problems, rows, parsed.itemLines, issues);
        context.reject(rows, issues);
        return true;
    }
    if (!issued)
        return context.fail(QCoreApplication::translate("CsvImport", "line %1: %2")
                                .arg(first.line())
                                .arg(issued.error()));
    ++context.report.created;
    return true;
}

} // namespace InvoiceDesk
