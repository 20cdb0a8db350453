// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentimport.h"
#include "ledger.h"
#include "paymentcsv.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace InvoiceDesk {

namespace {

/** What every row of a receipt must say alike: the receipt's date, method and its fields. */
const QStringList &sharedColumns()
{
    static const QStringList columns = {QStringLiteral("date"), QStringLiteral("method"),
        QStringLiteral("reference"), QStringLiteral("notes"), QStringLiteral("cheque.number"),
        QStringLiteral("cheque.drawer"), QStringLiteral("cheque.bankBranch"),
        QStringLiteral("card.type"), QStringLiteral("card.feePercentage"),
        QStringLiteral("gateway.name"), QStringLiteral("gateway.transactionId"),
        QStringLiteral("eft.transferDate"), QStringLiteral("eft.reference"),
        QStringLiteral("reconciledDate")};
    return columns;
}

/** A payment's own amounts, which the receipt's unallocated credit cannot carry. */
const QStringList &allocationOnlyColumns()
{
    static const QStringList columns = {QStringLiteral("card.feeAmount"), QStringLiteral("tds"),
        QStringLiteral("transactionCharge")};
    return columns;
}

QString cell(const CsvRow &row, const QString &column)
{
    return row.raw(column).trimmed();
}

/** The first row that fills the column, or nullptr. */
const CsvRow *firstFilled(const QList<CsvRow> &rows, const QString &column)
{
    for (const CsvRow &row : rows) {
        if (!row.isBlank(column))
            return &row;
    }
    return nullptr;
}

void differs(const CsvRow &row, const CsvRow &first, const QString &column, const QString &key,
    QList<ImportIssue> &issues)
{
    row.addIssue(issues, column,
        QCoreApplication::translate("CsvImport",
            "differs from line %1 (\"%2\"): the rows of receipt %3 share its date, method and "
            "method fields")
            .arg(first.line())
            .arg(cell(first, column), key));
}

/** Rows of one receipt that disagree on its date, method, fields, customer or currency. */
void checkAgreement(const QList<CsvRow> &rows, const QString &key, QList<ImportIssue> &issues)
{
    const CsvRow &first = rows.first();
    for (const CsvRow &row : rows.mid(1)) {
        for (const QString &column : sharedColumns()) {
            if (cell(row, column) != cell(first, column))
                differs(row, first, column, key, issues);
        }
    }
    // The customer and the currency may be said once; where said twice they must agree.
    for (const QString &column : {QStringLiteral("customer"), QStringLiteral("currency")}) {
        const CsvRow *said = firstFilled(rows, column);
        for (const CsvRow &row : rows) {
            if (said && !row.isBlank(column)
                && cell(row, column).compare(cell(*said, column), Qt::CaseInsensitive) != 0)
                differs(row, *said, column, key, issues);
        }
    }
}

} // namespace

QString PaymentImport::receiptKeyOf(const CsvRow &row)
{
    const QString key = row.text(QStringLiteral("receipt")).trimmed();
    return key.compare(PaymentCsv::creditKey(), Qt::CaseInsensitive) == 0 ? QString() : key;
}

bool PaymentImport::importRows(const QList<CsvRow> &rows, QList<ImportIssue> issues)
{
    const CsvRow &first = rows.first();
    if (rows.size() > 1 || !receiptKeyOf(first).isEmpty())
        return importReceipt(rows, issues);
    if (cell(first, QStringLiteral("receipt")).compare(PaymentCsv::creditKey(), Qt::CaseInsensitive)
        == 0)
        return importFromCredit(first, issues);
    return importPayment(first, issues);
}

bool PaymentImport::invoiceOf(const CsvRow &row, std::optional<InvoiceHeader> &invoice)
{
    auto found = mContext.ledger.invoices().headerByNumber(
        row.text(QStringLiteral("invoiceNumber")).trimmed());
    if (!found)
        return mContext.fail(found.error());
    invoice = *found;
    return true;
}

bool PaymentImport::customerOfInvoice(qint64 invoiceId, QString &name)
{
    CustomerRepository &customers = mContext.book.customers();
    auto owner = customers.customerOfInvoice(invoiceId);
    if (!owner)
        return mContext.fail(owner.error());
    if (!owner->has_value())
        return true;
    auto customer = customers.byId(**owner);
    if (!customer)
        return mContext.fail(customer.error());
    if (customer->has_value())
        name = (*customer)->displayName;
    return true;
}

bool PaymentImport::checkInvoiceColumns(
    const CsvRow &row, const InvoiceHeader &invoice, QList<ImportIssue> &issues)
{
    const QString code = cell(row, QStringLiteral("currency"));
    if (!code.isEmpty() && code.compare(invoice.currency.code(), Qt::CaseInsensitive) != 0)
        row.addIssue(issues, QStringLiteral("currency"),
            QCoreApplication::translate("CsvImport", "invoice %1 is in %2")
                .arg(invoice.number, invoice.currency.code()));
    const QString customer = row.text(QStringLiteral("customer")).trimmed();
    if (customer.isEmpty())
        return true;
    QString owner;
    if (!customerOfInvoice(invoice.id, owner))
        return false;
    if (customer.compare(owner, Qt::CaseInsensitive) != 0)
        row.addIssue(issues, QStringLiteral("customer"),
            QCoreApplication::translate("CsvImport", "invoice %1 belongs to customer \"%2\"")
                .arg(invoice.number, owner));
    return true;
}

bool PaymentImport::importPayment(const CsvRow &row, QList<ImportIssue> issues)
{
    const QString number = row.text(QStringLiteral("invoiceNumber")).trimmed();
    std::optional<InvoiceHeader> invoice;
    if (!invoiceOf(row, invoice))
        return false;
    if (!invoice) {
        if (issues.isEmpty()) // else a spreadsheet's damage explains the missing invoice
            row.addIssue(issues, QStringLiteral("invoiceNumber"),
                number.isEmpty()
                    ? QCoreApplication::translate("CsvImport", "a payment needs an invoice number")
                    : QCoreApplication::translate(
                        "CsvImport", "there is no invoice numbered \"%1\"")
                          .arg(number));
        mContext.reject({row}, issues);
        return true;
    }
    if (!checkInvoiceColumns(row, *invoice, issues))
        return false;
    Payment payment = PaymentCsv::fromRow(row, invoice->currency, issues);
    if (!issues.isEmpty()) {
        mContext.reject({row}, issues);
        return true;
    }
    payment.invoiceId = invoice->id;
    bool recorded = false;
    if (!isRecorded(payment, recorded))
        return false;
    if (recorded) {
        ++mContext.report.skipped;
        return true;
    }
    refuseTwinInFile(row, payment, issues);
    if (!issues.isEmpty()) {
        mContext.reject({row}, issues);
        return true;
    }
    Problems problems;
    auto saved = mContext.ledger.recordPayment(
        payment, {mContext.options.allowDuplicatePayments, true}, &problems);
    if (!problems.isEmpty()) {
        mContext.addProblems(problems, {row}, {}, issues);
        mContext.reject({row}, issues);
        return true;
    }
    if (!saved)
        return mContext.fail(QCoreApplication::translate("CsvImport", "line %1: %2")
                                 .arg(row.line())
                                 .arg(saved.error()));
    const QString key = lookalikeKey(payment);
    ++mRecordedHere[key];
    if (!mLineHere.contains(key))
        mLineHere.insert(key, row.line());
    ++mContext.report.created;
    return true;
}

bool PaymentImport::importFromCredit(const CsvRow &row, QList<ImportIssue> issues)
{
    std::optional<InvoiceHeader> invoice;
    if (!invoiceOf(row, invoice))
        return false;
    if (!invoice) {
        row.addIssue(issues, QStringLiteral("invoiceNumber"),
            QCoreApplication::translate(
                "CsvImport", "credit is applied to an invoice: there is no invoice numbered \"%1\"")
                .arg(row.text(QStringLiteral("invoiceNumber")).trimmed()));
        mContext.reject({row}, issues);
        return true;
    }
    QString customer = row.text(QStringLiteral("customer")).trimmed();
    if (!checkInvoiceColumns(row, *invoice, issues)
        || (customer.isEmpty() && !customerOfInvoice(invoice->id, customer)))
        return false;
    Payment payment = PaymentCsv::fromRow(row, invoice->currency, issues);
    if (payment.method != PaymentMethod::AccountsReceivable
        && !row.isBlank(QStringLiteral("method")))
        row.addIssue(issues, QStringLiteral("method"),
            QCoreApplication::translate("CsvImport", "a payment from credit has the method %1")
                .arg(methodKey(PaymentMethod::AccountsReceivable)));
    payment.invoiceId = invoice->id;
    payment.method = PaymentMethod::AccountsReceivable; // as ReceiptBook::applyCredit records it
    bool recorded = false;
    if (issues.isEmpty() && !isRecorded(payment, recorded))
        return false;
    if (recorded) {
        ++mContext.report.skipped;
        return true;
    }
    if (issues.isEmpty() && !refuseRecordedCredit(row, payment, issues))
        return false;
    if (issues.isEmpty()) {
        auto applied = mContext.book.applyCredit(customer, payment, true);
        if (!applied)
            row.addIssue(issues, QStringLiteral("amount"), applied.error());
        else
            ++mRecordedHere[lookalikeKey(payment)];
    }
    if (!issues.isEmpty()) {
        mContext.reject({row}, issues);
        return true;
    }
    ++mContext.report.created;
    return true;
}

bool PaymentImport::readReceipt(
    const QList<CsvRow> &rows, ReceiptDraft &draft, QList<ImportIssue> &issues)
{
    // The receipt's customer and currency: as said, else those of its first invoice.
    std::optional<InvoiceHeader> firstInvoice;
    for (const CsvRow &row : rows) {
        if (!firstInvoice && !row.isBlank(QStringLiteral("invoiceNumber"))
            && !invoiceOf(row, firstInvoice))
            return false;
    }
    const CsvRow *currencyRow = firstFilled(rows, QStringLiteral("currency"));
    if (currencyRow) {
        const QString code = cell(*currencyRow, QStringLiteral("currency"));
        if (const auto currency = Currency::fromCode(code.toUpper()))
            draft.currency = *currency;
        else
            currencyRow->addIssue(issues, QStringLiteral("currency"),
                QCoreApplication::translate("CsvImport", "is not an ISO 4217 currency code"));
    } else if (firstInvoice) {
        draft.currency = firstInvoice->currency;
    } else {
        rows.first().addIssue(issues, QStringLiteral("currency"),
            QCoreApplication::translate(
                "CsvImport", "a receipt without an invoice needs a currency"));
    }
    if (const CsvRow *customerRow = firstFilled(rows, QStringLiteral("customer")))
        draft.customer = customerRow->text(QStringLiteral("customer")).trimmed();
    else if (firstInvoice && !customerOfInvoice(firstInvoice->id, draft.customer))
        return false;
    if (draft.customer.isEmpty())
        rows.first().addIssue(issues, QStringLiteral("customer"),
            QCoreApplication::translate(
                "CsvImport", "a receipt without an invoice needs a customer"));
    if (!draft.currency.isValid())
        return true;
    for (const CsvRow &row : rows) {
        Payment payment = PaymentCsv::fromRow(row, draft.currency, issues);
        if (qAddOverflow(draft.amount, payment.amount, &draft.amount))
            row.addIssue(issues, QStringLiteral("amount"),
                QCoreApplication::translate("CsvImport",
                    "the rows of receipt %1 add up to more than an amount can be (over "
                    "9,223,372,036,854,775,807 minor units)")
                    .arg(draft.key));
        if (payment.invoiceNumber.isEmpty()) {
            for (const QString &column : allocationOnlyColumns()) {
                if (!row.isBlank(column))
                    row.addIssue(issues, column,
                        QCoreApplication::translate("CsvImport",
                            "belongs to a payment of an invoice, not to a receipt's "
                            "unallocated credit"));
            }
        }
        draft.payments.append(payment);
    }
    return true;
}

bool PaymentImport::checkAllocations(
    const QList<CsvRow> &rows, const ReceiptDraft &draft, QList<ImportIssue> &issues)
{
    auto customer = mContext.book.customers().byName(draft.customer);
    if (!customer)
        return mContext.fail(customer.error());
    QList<OwedInvoice> open;
    if (customer->has_value()) {
        // History, as a payment's row: an invoice cancelled later in the file was open then.
        auto owed
            = mContext.book.customers().openInvoices((*customer)->id, draft.currency.code(), true);
        if (!owed)
            return mContext.fail(owed.error());
        open = *owed;
    }
    // ReceiptBook's rules, one allocation at a time, so a refusal names its row.
    constexpr qint64 unlimited = std::numeric_limits<qint64>::max();
    QList<Allocation> allocations;
    const CsvRow *creditRow = nullptr;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Payment &payment = draft.payments.at(i);
        if (payment.invoiceNumber.isEmpty()) {
            creditRow = creditRow ? creditRow : &rows.at(i);
            continue;
        }
        allocations.append({payment.invoiceNumber, payment.amount});
        auto planned = planAllocations(unlimited, open, allocations, false, draft.currency);
        if (!planned) {
            const bool isOpen = std::any_of(open.cbegin(), open.cend(),
                [&](const OwedInvoice &o) { return o.number == payment.invoiceNumber; });
            rows.at(i).addIssue(issues,
                isOpen ? QStringLiteral("amount") : QStringLiteral("invoiceNumber"),
                planned.error());
            return true;
        }
        Payment located = payment;
        const Problems problems = mContext.ledger.checkPayment(located, {true, true});
        mContext.addProblems(problems, {rows.at(i)}, {}, issues);
    }
    const CsvRow &receiptRow = creditRow ? *creditRow : rows.last();
    auto whole = planAllocations(draft.amount, open, allocations, false, draft.currency);
    if (!whole) {
        receiptRow.addIssue(issues, QStringLiteral("amount"),
            QCoreApplication::translate("CsvImport", "receipt %1: %2")
                .arg(draft.key, whole.error()));
        return true;
    }
    if (!customer->has_value())
        return true; // a new customer's credit is this receipt's alone
    // Refused here, before anything is written, so the row goes to the errors file.
    auto room = mContext.book.receipts().creditRoomProblem(
        **customer, draft.currency.code(), draft.amount - allocatedTotal(*whole));
    if (!room)
        return mContext.fail(room.error());
    if (!room->isEmpty())
        receiptRow.addIssue(issues, QStringLiteral("amount"),
            QCoreApplication::translate("CsvImport", "receipt %1: %2").arg(draft.key, *room));
    return true;
}

bool PaymentImport::importReceipt(const QList<CsvRow> &rows, QList<ImportIssue> issues)
{
    ReceiptDraft draft;
    draft.key = receiptKeyOf(rows.first());
    checkAgreement(rows, draft.key, issues);
    if (!readReceipt(rows, draft, issues))
        return false;
    auto taken = mContext.book.receipts().byKey(draft.key);
    if (!taken)
        return mContext.fail(taken.error());
    if (taken->has_value() && issues.isEmpty()) {
        const qsizetype before = issues.size();
        if (!settleRecordedReceipt(rows, draft, **taken, issues))
            return false;
        if (issues.size() == before) {
            mContext.report.skipped += int(rows.size());
            return true;
        }
    }
    if (issues.isEmpty() && !checkAllocations(rows, draft, issues))
        return false;
    if (!issues.isEmpty()) {
        mContext.reject(rows, issues);
        return true;
    }
    auto customer = mContext.book.customers().findOrCreate(draft.customer, draft.currency.code());
    if (!customer)
        return mContext.fail(customer.error());
    ReceiptBook::Request request;
    request.customer = customer->displayName;
    request.currency = draft.currency;
    request.date = draft.payments.first().date;
    request.amount = draft.amount;
    request.key = draft.key;
    request.history = true;
    copyMethod(request.method, draft.payments.first());
    for (const Payment &payment : std::as_const(draft.payments)) {
        if (payment.invoiceNumber.isEmpty())
            continue;
        request.allocations.append({payment.invoiceNumber, payment.amount});
        request.extras.append(payment);
    }
    auto received = mContext.book.receive(request);
    if (!received)
        return mContext.fail(QCoreApplication::translate("CsvImport", "line %1: %2")
                                 .arg(rows.first().line())
                                 .arg(received.error()));
    mContext.report.created += int(rows.size());
    return true;
}

} // namespace InvoiceDesk
