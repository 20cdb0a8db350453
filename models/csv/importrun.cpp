// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrun.h"
#include "creditnotecsv.h"
#include "creditnoteimport.h"
#include "invoicecsv.h"
#include "ledger.h"

#include <QCoreApplication>

#include <algorithm>

#include <utility>

namespace InvoiceDesk {

bool ImportRun::feed(const CsvRow &row, const QList<ImportIssue> &rowIssues)
{
    switch (context.options.kind) {
    case ImportKind::Invoices:
        return feedGroupedRow(row, rowIssues, InvoiceCsv::numberOf(row), true);
    case ImportKind::CreditNotes:
        return feedGroupedRow(row, rowIssues, CreditNoteCsv::numberOf(row), true);
    case ImportKind::Payments:
        break;
    }
    const QString receipt = PaymentImport::receiptKeyOf(row);
    if (!receipt.isEmpty())
        return feedGroupedRow(row, rowIssues, receipt, false);
    return flushGroup() && dispatch({row}, rowIssues);
}

bool ImportRun::flushGroup()
{
    mHolding = false; // a refused record's rows end where any other record's begin
    if (mGroup.isEmpty())
        return true;
    const QList<CsvRow> rows = std::exchange(mGroup, {});
    const QList<ImportIssue> issues = std::exchange(mGroupIssues, {});
    return dispatch(rows, issues);
}

bool ImportRun::dispatch(const QList<CsvRow> &rows, const QList<ImportIssue> &issues)
{
    if (mCounted) {
        // A payments file's order is followed too: one listed newest first is taken from the
        // end of each date, as `import payments` takes it.
        if (context.options.kind == ImportKind::Payments)
            mCounted->add(rows);
        else
            mCounted->count(replayKeyOf(rows));
        return true;
    }
    if (mWindow) {
        const PaymentCsv::ReplayKey key = replayKeyOf(rows);
        if (mWindow->contains(key))
            mWindowRecords.append({key, {rows, issues}});
        return true;
    }
    if (context.options.kind == ImportKind::Payments) {
        mCensus.add(rows);
        if (!mCensus.inOrder())
            return true; // the caller imports the file again by date
    }
    return importRecord(rows, issues);
}

void ImportRun::beginWindow(const ReplayWindow &window, bool first)
{
    mGroup.clear();
    mGroupIssues.clear();
    mGroupKey.clear();
    mSeenAt.clear();
    mHolding = false;
    mHeld.clear();
    mWindow = window;
    mCounted = nullptr; // a window's reading holds its records
    mSayApart = first;
}

PaymentCsv::ReplayKey ImportRun::replayKeyOf(const QList<CsvRow> &rows) const
{
    PaymentCsv::ReplayKey key = PaymentCsv::replayKeyOf(rows.first());
    if (context.options.kind == ImportKind::CreditNotes)
        key.rank = DayRank::CreditNote;
    return key;
}

QList<ImportRecord> ImportRun::takeWindow()
{
    if (mWindow && mWindow->newestFirst)
        std::reverse(mWindowRecords.begin(), mWindowRecords.end());
    std::stable_sort(mWindowRecords.begin(), mWindowRecords.end(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<ImportRecord> records;
    records.reserve(mWindowRecords.size());
    for (auto &[key, record] : mWindowRecords)
        records.append(std::move(record));
    mWindowRecords.clear();
    return records;
}

bool ImportRun::importRecord(const QList<CsvRow> &rows, QList<ImportIssue> issues)
{
    switch (context.options.kind) {
    case ImportKind::Invoices:
        return importInvoice(rows, issues);
    case ImportKind::CreditNotes:
        return importCreditNote(context, rows, issues);
    case ImportKind::Payments:
        break;
    }
    return mPayments.importRows(rows, issues);
}

QString ImportRun::keyColumn() const
{
    return context.options.kind == ImportKind::Payments ? QStringLiteral("receipt")
                                                        : QStringLiteral("number");
}

QString ImportRun::togetherMessage(const QString &key, int line) const
{
    switch (context.options.kind) {
    case ImportKind::Invoices:
        break;
    case ImportKind::CreditNotes:
        return QCoreApplication::translate("CsvImport",
            "the rows of credit note %1 must be together; it already appeared at line %2")
            .arg(key)
            .arg(line);
    case ImportKind::Payments:
        return QCoreApplication::translate(
            "CsvImport", "the rows of receipt %1 must be together; it already appeared at line %2")
            .arg(key)
            .arg(line);
    }
    return QCoreApplication::translate(
        "CsvImport", "the rows of invoice %1 must be together; it already appeared at line %2")
        .arg(key)
        .arg(line);
}

bool ImportRun::finish()
{
    const bool ok = flushGroup();
    for (const auto &[key, record] : std::as_const(mHeld)) {
        if (mSayApart)
            context.reject(record.rows, record.issues);
    }
    mHeld.clear();
    return ok;
}

bool ImportRun::feedGroupedRow(
    const CsvRow &row, const QList<ImportIssue> &rowIssues, const QString &key, bool blankContinues)
{
    const bool continues = (blankContinues && key.isEmpty()) || key == mGroupKey;
    if (continues && mHolding) {
        holdRefused(row, rowIssues, mGroupKey);
        return true;
    }
    if (continues && !mGroup.isEmpty()) {
        mGroup.append(row);
        mGroupIssues += rowIssues;
        return true;
    }
    const bool ok = flushGroup();
    if (mRefused.contains(key)) {
        holdRefused(row, rowIssues, key);
        return ok;
    }
    if (mSeenAt.contains(key)) {
        mSplit.insert(key);
        QList<ImportIssue> issues;
        row.addIssue(issues, keyColumn(), togetherMessage(key, mSeenAt.value(key)));
        if (mSayApart)
            context.reject({row}, issues);
        return ok;
    }
    mSeenAt.insert(key, row.line());
    mGroupKey = key;
    mGroup.append(row);
    mGroupIssues += rowIssues;
    return ok;
}

void ImportRun::holdRefused(
    const CsvRow &row, const QList<ImportIssue> &rowIssues, const QString &key)
{
    auto held = std::find_if(
        mHeld.begin(), mHeld.end(), [&](const auto &entry) { return entry.first == key; });
    if (held == mHeld.end()) {
        mHeld.append({key, {}});
        held = std::prev(mHeld.end());
    } else if (!mHolding) {
        // A row of the record after another record's: said as when the record was first found
        // apart.
        row.addIssue(held->second.issues, keyColumn(),
            togetherMessage(key, held->second.rows.first().line()));
    }
    held->second.rows.append(row);
    held->second.issues += rowIssues;
    mGroupKey = key;
    mHolding = true;
}

bool ImportRun::importInvoice(const QList<CsvRow> &rows, QList<ImportIssue> issues)
{
    ImportReport &report = context.report;
    const auto codes = mTaxCodes.codesFor(rows, report.createdTaxCodes);
    if (!codes)
        return context.fail(codes.error());
    const TaxRounding rounding
        = context.options.profile ? context.options.profile->taxRounding : TaxRounding::PerLine;
    ParsedInvoice parsed = InvoiceCsv::fromRows(
        rows, issues, *codes, rounding, TaxCodes::IssuedRates {context.options.booksOwnFile, {}});
    if (!issues.isEmpty()) {
        context.reject(rows, issues);
        return true;
    }
    Invoice &invoice = parsed.invoice;
    const auto customer = customerOf(rows.first(), invoice);
    if (!customer)
        return context.fail(customer.error());
    auto existing = context.ledger.invoices().headerByNumber(invoice.number);
    if (!existing)
        return context.fail(existing.error());
    if (existing->has_value()) {
        switch (context.options.onExisting) {
        case OnExisting::Skip:
            ++report.skipped;
            return true;
        case OnExisting::Fail:
            rows.first().addIssue(issues, QStringLiteral("number"),
                QCoreApplication::translate("CsvImport",
                    "invoice %1 already exists (choose update or skip for existing invoices)")
                    .arg(invoice.number));
            context.reject(rows, issues);
            return true;
        case OnExisting::Update:
            invoice.id = (*existing)->id;
            invoice.uuid = (*existing)->uuid;
            break;
        }
    }
    Problems problems;
    auto saved = invoice.id == 0 ? context.ledger.createInvoice(invoice, &problems, *customer)
                                 : context.ledger.updateInvoice(invoice, &problems);
    if (!problems.isEmpty()) {
        context.addProblems(problems, rows, parsed.itemLines, issues);
        context.reject(rows, issues);
        return true;
    }
    if (!saved)
        return context.fail(QCoreApplication::translate("CsvImport", "line %1: %2")
                                .arg(parsed.firstLine)
                                .arg(saved.error()));
    if (invoice.id != 0 && !assignCustomer(rows.first(), *saved, *customer))
        return false;
    ++(invoice.id == 0 ? report.created : report.updated);
    return true;
}

Result<CustomerRef> ImportRun::customerOf(const CsvRow &first, Invoice &invoice)
{
    // Blank: the invoice belongs to the customer its billing name derives (the store's rule).
    const QString name = first.text(QStringLiteral("customer")).trimmed();
    if (context.options.booksOwnFile || !CustomerRecords::needsRecord(invoice, name))
        return CustomerRef {0, name};
    auto record = mCustomerRecords.find(name);
    if (!record)
        return Error {QCoreApplication::translate("CsvImport", "line %1: %2")
                          .arg(first.line())
                          .arg(record.error())};
    if (!record->has_value())
        return CustomerRef {0, name};
    CustomerRecords::takeRecord(invoice, **record);
    return CustomerRef {(*record)->id, {}};
}

bool ImportRun::assignCustomer(
    const CsvRow &first, const Invoice &invoice, const CustomerRef &customer)
{
    if (customer.id == 0 && customer.name.isEmpty())
        return true;
    CustomerRepository &customers = context.book.customers();
    auto id = customer.id != 0
        ? Result<qint64>(customer.id)
        : customers.idForBulkInvoice(customer.name, invoice.currency.code(), invoice.billing);
    if (!id)
        return context.fail(QCoreApplication::translate("CsvImport", "line %1: %2")
                                .arg(first.line())
                                .arg(id.error()));
    if (auto s = customers.assignInvoice(invoice.id, *id); !s)
        return context.fail(s.error());
    return true;
}

} // namespace InvoiceDesk
