// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoicecsv.h"
#include "csvreader.h"
#include "linecolumns.h"

#include <QCoreApplication>

namespace InvoiceDesk::InvoiceCsv {

namespace {

const QStringList kInvoiceColumns = {
    QStringLiteral("number"),
    QStringLiteral("status"),
    QStringLiteral("date"),
    QStringLiteral("dueDate"),
    QStringLiteral("currency"),
    QStringLiteral("customer"),
    QStringLiteral("contactId"),
    QStringLiteral("groupId"),
    QStringLiteral("orderId"),
    QStringLiteral("orderNumber"),
    QStringLiteral("leadId"),
    QStringLiteral("subscriptionStartOn"),
    QStringLiteral("couponCode"),
    QStringLiteral("discountTotal"),
    QStringLiteral("shippingTotal"),
    QStringLiteral("taxTotal"),
    QStringLiteral("grandTotal"),
    QStringLiteral("description"),
    QStringLiteral("note"),
    QStringLiteral("connection"),
    QStringLiteral("remoteId"),
};

const QStringList kLineColumns = {
    QStringLiteral("line.quantity"),
    QStringLiteral("line.rate"),
    QStringLiteral("line.total"),
    QStringLiteral("line.unit"),
    QStringLiteral("line.productCode"),
    QStringLiteral("line.description"),
    QStringLiteral("line.commissionableAmount"),
    QStringLiteral("line.taxRate"),
};

/** The e-invoice's fields of the invoice (issue 14), newer: after the line columns. */
const QStringList kDocumentColumns = {
    QStringLiteral("buyerReference"),
    QStringLiteral("deliveryDate"),
    QStringLiteral("paymentMeansCode"),
};

QStringList addressColumns(const QString &prefix)
{
    QStringList names;
    for (const Address::Field &field : Address::fields())
        names.append(prefix + QLatin1Char('.') + QLatin1String(field.name));
    return names;
}

QString optionalNumber(const std::optional<qint64> &value)
{
    return value ? QString::number(*value) : QString();
}

/** A line's cells: kLineColumns, then LineColumns'. */
QStringList lineCells(const LineItem &line, const Currency &c)
{
    const auto money = [&](const std::optional<qint64> &minor) {
        return minor ? Money::fromMinorUnits(*minor, c).toString() : QString();
    };
    QStringList cells {line.quantity.toString(), money(line.rate), money(line.total()),
        lineUnitName(line.unit), FormulaGuard::neutralise(line.productCode),
        FormulaGuard::neutralise(line.description), money(line.commissionableAmount),
        line.taxRate ? line.taxRate->toString() : QString()};
    return cells + LineColumns::cells(line, c);
}

/** The columns that describe the invoice itself (all but the line columns and the key). */
QStringList headerColumns()
{
    QStringList names = kInvoiceColumns.mid(1);
    names += addressColumns(QStringLiteral("billing"));
    names += addressColumns(QStringLiteral("shipping"));
    names += kDocumentColumns;
    return names;
}

/** The address's columns, named once: every invoice of a file reads them. */
void readAddress(const CsvRow &row, const QStringList &columns, Address &address)
{
    qsizetype column = 0;
    for (const Address::Field &field : Address::fields())
        address.*field.member = row.text(columns.at(column++));
}

bool rowHasLine(const CsvRow &row)
{
    for (const QString &column : kLineColumns) {
        if (!row.isBlank(column))
            return true;
    }
    return false;
}

} // namespace

const QStringList &columns()
{
    static const QStringList all = [] {
        QStringList names = kInvoiceColumns;
        names += addressColumns(QStringLiteral("billing"));
        names += addressColumns(QStringLiteral("shipping"));
        names += kLineColumns;
        names += LineColumns::names();
        names += kDocumentColumns;
        return names;
    }();
    return all;
}

const QStringList &requiredColumns()
{
    static const QStringList required
        = {QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("currency")};
    return required;
}

QString numberOf(const CsvRow &row)
{
    return row.text(QStringLiteral("number")).trimmed();
}

QList<QStringList> toRows(const Invoice &invoice, InvoiceStatus status, const QString &customer)
{
    const Currency &c = invoice.currency;
    const auto money = [&](const std::optional<qint64> &minor) {
        return minor ? Money::fromMinorUnits(*minor, c).toString() : QString();
    };
    const auto text = [](const QString &value) { return FormulaGuard::neutralise(value); };
    const auto totals = invoice.totals();

    QStringList first = {
        text(invoice.number),
        statusName(status),
        fileDate(invoice.date),
        fileDate(invoice.dueDate),
        c.code(),
        text(customer),
        optionalNumber(invoice.contactId),
        text(invoice.groupId),
        optionalNumber(invoice.orderId),
        text(invoice.orderNumber),
        optionalNumber(invoice.leadId),
        fileDate(invoice.subscriptionStartOn),
        text(invoice.couponCode),
        money(invoice.discountTotal),
        money(invoice.shippingTotal),
        money(invoice.taxTotal),
        totals ? money(totals->grandTotal) : QString(),
        text(invoice.description),
        text(invoice.note),
        text(invoice.connectionName),
        text(invoice.remoteId),
    };
    for (const Address *address : {&invoice.billing, &invoice.shipping}) {
        for (const Address::Field &field : Address::fields())
            first.append(text(address->*field.member));
    }

    QList<QStringList> rows;
    const qsizetype lineCount = std::max<qsizetype>(1, invoice.lines.size());
    for (qsizetype i = 0; i < lineCount; ++i) {
        QStringList row = i == 0 ? first : QStringList(first.size());
        row[0] = text(invoice.number);
        row += i < invoice.lines.size()
            ? lineCells(invoice.lines.at(i), c)
            : QStringList(kLineColumns.size() + LineColumns::names().size());
        if (i == 0)
            row += {text(invoice.buyerReference), fileDate(invoice.deliveryDate),
                text(invoice.paymentMeansCode)};
        else
            row += QStringList(kDocumentColumns.size());
        rows.append(row);
    }
    return rows;
}

namespace {

void readStatus(const CsvRow &first, Invoice &invoice, QList<ImportIssue> &issues)
{
    const QString statusText = first.raw(QStringLiteral("status")).trimmed();
    if (statusText.isEmpty())
        return;
    const auto status = statusFromName(statusText);
    if (!status)
        first.addIssue(issues, QStringLiteral("status"),
            QCoreApplication::translate(
                "CsvImport", "must be Draft, Pending, Paid, Cancelled or Refunded"));
    else if (*status == InvoiceStatus::Draft)
        invoice.lifecycle = InvoiceLifecycle::Draft;
    else if (*status == InvoiceStatus::Cancelled)
        invoice.lifecycle = InvoiceLifecycle::Cancelled;
}

void readCurrency(const CsvRow &first, Invoice &invoice, QList<ImportIssue> &issues)
{
    const QString code = first.raw(QStringLiteral("currency")).trimmed();
    if (const auto currency = Currency::fromCode(code))
        invoice.currency = *currency;
    else
        first.addIssue(issues, QStringLiteral("currency"),
            code.isEmpty()
                ? QCoreApplication::translate("CsvImport", "an invoice needs a currency")
                : QCoreApplication::translate("CsvImport", "is not an ISO 4217 currency code"));
}

/** The invoice's own fields, from its first row. */
void readHeader(const CsvRow &first, Invoice &invoice, QList<ImportIssue> &issues)
{
    invoice.number = numberOf(first);
    if (invoice.number.isEmpty())
        first.addIssue(issues, QStringLiteral("number"),
            QCoreApplication::translate("CsvImport", "an invoice needs a number"));
    readStatus(first, invoice, issues);
    invoice.date = first.date(QStringLiteral("date"), issues);
    if (first.isBlank(QStringLiteral("date")))
        first.addIssue(issues, QStringLiteral("date"),
            QCoreApplication::translate("CsvImport", "an invoice needs a date"));
    invoice.dueDate = first.date(QStringLiteral("dueDate"), issues);
    invoice.subscriptionStartOn = first.date(QStringLiteral("subscriptionStartOn"), issues);
    readCurrency(first, invoice, issues);
    const Currency &c = invoice.currency;

    invoice.contactId = first.integer(QStringLiteral("contactId"), issues);
    invoice.groupId = first.text(QStringLiteral("groupId"));
    invoice.orderId = first.integer(QStringLiteral("orderId"), issues);
    invoice.orderNumber = first.text(QStringLiteral("orderNumber"));
    invoice.leadId = first.integer(QStringLiteral("leadId"), issues);
    invoice.couponCode = first.text(QStringLiteral("couponCode"));
    if (c.isValid()) {
        invoice.discountTotal = first.money(QStringLiteral("discountTotal"), c, issues).value_or(0);
        invoice.shippingTotal = first.money(QStringLiteral("shippingTotal"), c, issues).value_or(0);
        invoice.taxTotal = first.money(QStringLiteral("taxTotal"), c, issues);
    }
    invoice.description = first.text(QStringLiteral("description"));
    invoice.note = first.text(QStringLiteral("note"));
    invoice.connectionName = first.text(QStringLiteral("connection")).trimmed();
    invoice.remoteId = first.text(QStringLiteral("remoteId")).trimmed();
    invoice.buyerReference = first.text(QStringLiteral("buyerReference")).trimmed();
    invoice.deliveryDate = first.date(QStringLiteral("deliveryDate"), issues);
    invoice.paymentMeansCode = first.text(QStringLiteral("paymentMeansCode")).trimmed();
    static const QStringList billingColumns = addressColumns(QStringLiteral("billing"));
    static const QStringList shippingColumns = addressColumns(QStringLiteral("shipping"));
    readAddress(first, billingColumns, invoice.billing);
    readAddress(first, shippingColumns, invoice.shipping);
    // Another tool's file may name only the customer: the invoice is then billed to that name,
    // so the list shows it as the customer (the derivation and the column agree).
    const Address &billing = invoice.billing;
    if (billing.company.trimmed().isEmpty() && billing.firstName.trimmed().isEmpty()
        && billing.lastName.trimmed().isEmpty())
        invoice.billing.company = first.text(QStringLiteral("customer")).trimmed();
}

/** An invoice's own column that the file has: its place in the rows and how it is compared. */
struct RepeatedColumn
{
    QString name;
    int index = -1;
    Qt::CaseSensitivity sensitivity = Qt::CaseSensitive;
};

/** Names and codes are one in any case: "ACME GmbH" on a later row repeats "Acme GmbH". */
Qt::CaseSensitivity sensitivityOf(const QString &column)
{
    static const QStringList caseless
        = {QStringLiteral("status"), QStringLiteral("currency"), QStringLiteral("customer"),
            QStringLiteral("billing.email"), QStringLiteral("shipping.email"),
            QStringLiteral("billing.countryId"), QStringLiteral("shipping.countryId")};
    return caseless.contains(column) ? Qt::CaseInsensitive : Qt::CaseSensitive;
}

/** The invoice's own columns that the file has, with their places in its rows. */
QList<RepeatedColumn> repeatedColumnsOf(const CsvRow &first)
{
    static const QStringList repeated = headerColumns();
    QList<RepeatedColumn> present;
    for (const QString &column : repeated) {
        if (const int index = first.indexOf(column); index >= 0)
            present.append({column, index, sensitivityOf(column)});
    }
    return present;
}

/** A later row of an invoice may leave the invoice's columns blank or repeat them (spaces
 * around a value aside, and the case of a name or code). */
void checkRepeatedColumns(const CsvRow &first, const CsvRow &row,
    const QList<RepeatedColumn> &repeated, QList<ImportIssue> &issues)
{
    for (const RepeatedColumn &column : repeated) {
        const QString &cell = row.rawAt(column.index);
        if (!CsvRow::isBlankText(cell)
            && QStringView(cell).trimmed().compare(
                   QStringView(first.rawAt(column.index)).trimmed(), column.sensitivity)
                != 0)
            row.addIssue(issues, column.name,
                QCoreApplication::translate(
                    "CsvImport", "differs from the invoice's first row (line %1)")
                    .arg(first.line()));
    }
}

LineItem readLine(const CsvRow &row, const Currency &c, QList<ImportIssue> &issues)
{
    LineItem line;
    const auto issuesBefore = issues.size();
    if (const auto quantity = row.quantity(QStringLiteral("line.quantity"), issues))
        line.quantity = *quantity;
    if (c.isValid()) {
        line.rate = row.money(QStringLiteral("line.rate"), c, issues).value_or(0);
        line.commissionableAmount
            = row.money(QStringLiteral("line.commissionableAmount"), c, issues);
    }
    if (row.isBlank(QStringLiteral("line.rate")))
        row.addIssue(issues, QStringLiteral("line.rate"),
            QCoreApplication::translate("CsvImport", "a line needs a rate"));
    const QString unit = row.raw(QStringLiteral("line.unit"));
    if (const auto parsedUnit = lineUnitFromName(unit))
        line.unit = *parsedUnit;
    else
        row.addIssue(issues, QStringLiteral("line.unit"),
            QCoreApplication::translate("CsvImport", "must be Day, Month, Year or blank"));
    line.productCode = row.text(QStringLiteral("line.productCode"));
    line.description = row.text(QStringLiteral("line.description"));
    line.taxRate = row.percentage(QStringLiteral("line.taxRate"), issues);
    LineColumns::read(row, c, line, issues);
    if (c.isValid() && issues.size() == issuesBefore) {
        const auto given = row.money(QStringLiteral("line.total"), c, issues);
        const auto computed = line.total();
        if (given && computed && *given != *computed) {
            row.addIssue(issues, QStringLiteral("line.total"),
                QCoreApplication::translate(
                    "CsvImport", "does not match quantity × rate − discount = %1")
                    .arg(Money::fromMinorUnits(*computed, c).toString()));
        }
    }
    return line;
}

/** Each line's tax code from the company's codes; a problem is reported on the line's row. */
void resolveTaxCodes(const QList<CsvRow> &rows, ParsedInvoice &parsed,
    const QList<TaxCode> &taxCodes, const TaxCodes::IssuedRates &issued, QList<ImportIssue> &issues)
{
    const int firstLine = rows.first().line();
    for (const Problem &problem : TaxCodes::resolve(parsed.invoice.lines, taxCodes, issued)) {
        const int line = parsed.itemLines.value(problem.lineIndex, firstLine);
        for (const CsvRow &row : rows) {
            if (row.line() == line)
                row.addIssue(issues, QStringLiteral("line.taxCode"), problem.message);
        }
    }
}

/** The file's own grand total, when it has one, must be ours to the minor unit. */
void checkGrandTotal(const CsvRow &first, const Invoice &invoice, QList<ImportIssue> &issues)
{
    const Currency &c = invoice.currency;
    if (!c.isValid() || first.isBlank(QStringLiteral("grandTotal")))
        return;
    const auto given = first.money(QStringLiteral("grandTotal"), c, issues);
    const auto totals = invoice.totals();
    if (given && totals && *given != totals->grandTotal) {
        first.addIssue(issues, QStringLiteral("grandTotal"),
            QCoreApplication::translate("CsvImport",
                "the file's total %1 differs from %2, the total of the lines, discount, "
                "shipping and tax")
                .arg(Money::fromMinorUnits(*given, c).toString(),
                    Money::fromMinorUnits(totals->grandTotal, c).toString()));
    }
}

/**
 * The source's tax, rounded once per rate, becomes the invoice's typed tax total where it
 * differs from ours: only those invoices carry a fixed tax, the rest keep following their lines.
 */
void keepTaxRoundedPerRate(Invoice &invoice)
{
    const auto perRate = taxRoundedPerRate(invoice.lines);
    const auto totals = invoice.totals();
    if (perRate && totals && *perRate != totals->tax)
        invoice.taxTotal = perRate;
}

} // namespace

ParsedInvoice fromRows(const QList<CsvRow> &rows, QList<ImportIssue> &issues,
    const QList<TaxCode> *taxCodes, TaxRounding rounding, const TaxCodes::IssuedRates &issued)
{
    Q_ASSERT(!rows.isEmpty());
    ParsedInvoice parsed;
    const CsvRow &first = rows.first();
    parsed.firstLine = first.line();
    readHeader(first, parsed.invoice, issues);
    const QList<RepeatedColumn> repeated
        = rows.size() > 1 ? repeatedColumnsOf(first) : QList<RepeatedColumn>();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const CsvRow &row = rows.at(r);
        parsed.rowLines.append(row.line());
        if (r > 0)
            checkRepeatedColumns(first, row, repeated, issues);
        if (!rowHasLine(row)) {
            if (rows.size() > 1)
                row.addIssue(issues, QStringLiteral("line.description"),
                    QCoreApplication::translate(
                        "CsvImport", "a row of a multi-line invoice has no line item"));
            continue;
        }
        parsed.invoice.lines.append(readLine(row, parsed.invoice.currency, issues));
        parsed.itemLines.append(row.line());
    }
    if (taxCodes)
        resolveTaxCodes(rows, parsed, *taxCodes, issued, issues);
    if (rounding == TaxRounding::PerRate && !parsed.invoice.taxTotal)
        keepTaxRoundedPerRate(parsed.invoice);
    checkGrandTotal(first, parsed.invoice, issues);
    return parsed;
}

} // namespace InvoiceDesk::InvoiceCsv
