// SPDX-FileCopyrightText: 2026 The InvoiceDesk authors
// SPDX-License-Identifier: GPL-3.0-or-later
// list and status: reading the ledger from the command line.
#include "clitable.h"
#include "commands.h"

#include "csvfields.h"
#include "csvreader.h"
#include "jsonformat.h"
#include "ledger.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace InvoiceDesk::Cli {

namespace {

enum class Format { Table, Csv, Json };

std::optional<Format> formatOf(const Arguments &args, Output &io, bool allowCsv = true)
{
    const QString name = args.value(QStringLiteral("format"), QStringLiteral("table"));
    if (name == QLatin1String("table"))
        return Format::Table;
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("csv") && allowCsv)
        return Format::Csv;
    io.err << (allowCsv ? QCoreApplication::translate("Cli", "--format must be table, csv or json")
                        : QCoreApplication::translate("Cli", "--format must be table or json"))
           << Qt::endl;
    return std::nullopt;
}

/**
 * Text cells get the export's formula guard (README, CSV); the columns of `amounts` are
 * numbers, written as they are so that a negative amount stays a number.
 */
void printCsv(QTextStream &out, const QStringList &header, const QList<QStringList> &rows,
    const QList<qsizetype> &amounts)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.writeRecord(header);
    for (const QStringList &row : rows) {
        QStringList guarded;
        for (qsizetype c = 0; c < row.size(); ++c)
            guarded.append(amounts.contains(c) ? row.at(c) : FormulaGuard::neutralise(row.at(c)));
        writer.writeRecord(guarded);
    }
    out << QString::fromUtf8(bytes) << Qt::flush;
}

/** What `list invoices` asks for: the list window's filters and the rows to show. */
struct InvoiceQuery
{
    InvoiceListFilter filter;
    int limit = -1; ///< all when negative
};

std::optional<InvoiceQuery> invoiceQueryOf(const Arguments &args, Output &io)
{
    InvoiceQuery query;
    InvoiceListFilter &filter = query.filter;
    const QString status = args.value(QStringLiteral("status"));
    if (!status.isEmpty()) {
        filter.status = statusFromName(status);
        if (!filter.status) {
            io.err << QCoreApplication::translate(
                "Cli", "--status must be Draft, Pending, Paid, Cancelled or Refunded")
                   << Qt::endl;
            return std::nullopt;
        }
    }
    filter.text = args.value(QStringLiteral("search"));
    filter.overdueOnly = args.has(QStringLiteral("overdue"));
    filter.today = QDate::currentDate();
    if (args.values.contains(QStringLiteral("limit"))) {
        bool number = false;
        query.limit = args.value(QStringLiteral("limit")).toInt(&number);
        if (!number || query.limit < 1) {
            io.err << QCoreApplication::translate("Cli", "--limit must be a whole number above 0")
                   << Qt::endl;
            return std::nullopt;
        }
    }
    return query;
}

int listInvoices(Ledger &ledger, const Arguments &args, Format format, Output &io)
{
    const auto query = invoiceQueryOf(args, io);
    if (!query)
        return BadUsage;
    // The list window's queries and its default order (by number), so --limit gives its first
    // rows (issue 16).
    const InvoiceListing listing = ledger.invoiceListing();
    const auto listed
        = listing.rows(query->filter, InvoiceListOrder::Number, Qt::AscendingOrder, query->limit);
    QList<InvoiceListRow> invoices = listed ? *listed : QList<InvoiceListRow>();
    // rows() names the records of a page (a --limit) itself.
    const Status named = listed && query->limit < 0 ? listing.nameRecords(invoices) : Status();
    if (!listed || !named) {
        io.err << (listed ? named.error() : listed.error()) << Qt::endl;
        return Failure;
    }
    // Column names are the file format's, not translated: scripts read them.
    const QStringList header
        = {QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("dueDate"),
            QStringLiteral("customer"), QStringLiteral("status"), QStringLiteral("currency"),
            QStringLiteral("total"), QStringLiteral("paid"), QStringLiteral("outstanding")};
    QList<QStringList> rows;
    QJsonArray json;
    for (const InvoiceListRow &invoice : std::as_const(invoices)) {
        const Currency currency = Currency::fromCode(invoice.currency).value_or(Currency());
        const auto money
            = [&](qint64 minor) { return Money::fromMinorUnits(minor, currency).toString(); };
        QStringList row = {invoice.number, fileDate(invoice.date), fileDate(invoice.dueDate),
            invoice.customer, statusName(invoice.status), currency.code(), money(invoice.total),
            money(invoice.paid), money(invoice.outstanding())};
        if (format == Format::Json) {
            QJsonObject object;
            for (qsizetype c = 0; c < header.size(); ++c)
                object.insert(header.at(c), row.at(c));
            // The customer record's name where the invoice is billed to another name, as the
            // list window shows it; CSV keeps its columns.
            object.insert(QStringLiteral("customerRecord"), invoice.customerRecord);
            json.append(object);
        }
        if (format == Format::Table && !invoice.customerRecord.isEmpty())
            row[3] = QStringLiteral("%1 (%2)").arg(invoice.customer, invoice.customerRecord);
        rows.append(row);
    }
    if (format == Format::Json)
        io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented))
               << Qt::flush;
    else if (format == Format::Csv)
        printCsv(io.out, header, rows, {6, 7, 8});
    else
        printTable(io.out, header, rows, {6, 7, 8});
    return Success;
}

int listPayments(Ledger &ledger, const Arguments &args, Format format, Output &io)
{
    PaymentListFilter filter;
    const QString status = args.value(QStringLiteral("status"));
    if (!status.isEmpty()) {
        if (status != QLatin1String("voided") && status != QLatin1String("recorded")) {
            io.err << QCoreApplication::translate(
                "Cli", "--status for payments must be recorded or voided")
                   << Qt::endl;
            return BadUsage;
        }
        filter.voided = status == QLatin1String("voided");
    }
    const auto listed = ledger.paymentRepository().list(filter);
    if (!listed) {
        io.err << listed.error() << Qt::endl;
        return Failure;
    }

    const QStringList header = {QStringLiteral("invoiceNumber"), QStringLiteral("date"),
        QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("method"),
        QStringLiteral("reference"), QStringLiteral("marker"), QStringLiteral("voided")};
    QList<QStringList> rows;
    QJsonArray json;
    for (const auto &[id, currency] : *listed) {
        auto payment = ledger.paymentRepository().load(id);
        if (!payment || !payment->has_value())
            continue;
        const Payment &p = **payment;
        QString reference = p.reference;
        if (reference.isEmpty())
            reference = !p.cheque.number.isEmpty() ? p.cheque.number
                : !p.eft.reference.isEmpty()       ? p.eft.reference
                                                   : p.gateway.transactionId;
        rows.append({p.invoiceNumber, fileDate(p.date),
            Money::fromMinorUnits(p.amount, currency).toString(), currency.code(),
            methodKey(p.method), reference, p.marker, p.isVoided() ? p.voidReason : QString()});
        json.append(Json::fromPayment(p, currency));
    }
    if (format == Format::Json)
        io.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented))
               << Qt::flush;
    else if (format == Format::Csv)
        printCsv(io.out, header, rows, {2});
    else
        printTable(io.out, header, rows, {2});
    return Success;
}

/** What `status` reports, as the store counts it. */
struct BooksStatus
{
    QMap<QString, int> invoicesByStatus;
    int invoices = 0;
    QMap<QString, qint64> outstanding; ///< by currency code
    QStringList outstandingBeyondSums; ///< currencies whose outstanding cannot be summed
    PaymentCounts payments;
    QMap<OpState, int> activeOperations;
    QString syncLine;
};

Result<BooksStatus> readStatus(Ledger &ledger)
{
    BooksStatus status;
    const auto byStatus = ledger.invoices().countsByStatus();
    const auto outstanding = ledger.invoices().outstandingByCurrency();
    const auto payments = ledger.paymentRepository().counts();
    const auto active = ledger.outbox().activeCountsByState();
    for (const QString &problem :
        {byStatus.error(), outstanding.error(), payments.error(), active.error()}) {
        if (!problem.isEmpty())
            return Error {problem};
    }
    status.invoicesByStatus = *byStatus;
    for (const int count : *byStatus)
        status.invoices += count;
    status.outstanding = outstanding->byCurrency;
    status.outstandingBeyondSums = outstanding->beyondSums;
    status.payments = *payments;
    status.activeOperations = *active;
    int waiting = 0;
    int attention = 0;
    for (auto it = active->cbegin(); it != active->cend(); ++it)
        (needsPerson(it.key()) ? attention : waiting) += it.value();
    status.syncLine = waiting + attention == 0
        ? QCoreApplication::translate("Cli", "All changes synced")
        : QCoreApplication::translate("Cli", "%1 waiting · %2 need attention")
              .arg(waiting)
              .arg(attention);
    return status;
}

QString owedText(const QString &currency, qint64 minor)
{
    return Money::fromMinorUnits(minor, Currency::fromCode(currency).value_or(Currency()))
        .toString();
}

void printStatusJson(const Ledger &ledger, const BooksStatus &status, Output &io)
{
    QJsonObject statuses;
    for (auto it = status.invoicesByStatus.cbegin(); it != status.invoicesByStatus.cend(); ++it)
        statuses.insert(it.key(), it.value());
    QJsonObject owed;
    for (auto it = status.outstanding.cbegin(); it != status.outstanding.cend(); ++it)
        owed.insert(it.key(), owedText(it.key(), it.value()));
    QJsonObject sync;
    for (auto it = status.activeOperations.cbegin(); it != status.activeOperations.cend(); ++it)
        sync.insert(opStateKey(it.key()), it.value());
    QJsonObject root {{QStringLiteral("database"), ledger.databasePath()},
        {QStringLiteral("schemaVersion"), ledger.schemaVersion()},
        {QStringLiteral("invoices"), status.invoices},
        {QStringLiteral("invoicesByStatus"), statuses}, {QStringLiteral("outstanding"), owed},
        {QStringLiteral("payments"), status.payments.recorded},
        {QStringLiteral("voidedPayments"), status.payments.voided},
        {QStringLiteral("activeOperations"), sync}, {QStringLiteral("sync"), status.syncLine}};
    if (!status.outstandingBeyondSums.isEmpty())
        root.insert(QStringLiteral("outstandingBeyondSums"),
            QJsonArray::fromStringList(status.outstandingBeyondSums));
    io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)) << Qt::flush;
}

void printStatusTable(const Ledger &ledger, const BooksStatus &status, Output &io)
{
    QStringList statusParts;
    for (auto it = status.invoicesByStatus.cbegin(); it != status.invoicesByStatus.cend(); ++it)
        statusParts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    QStringList owedParts;
    for (auto it = status.outstanding.cbegin(); it != status.outstanding.cend(); ++it)
        owedParts.append(owedText(it.key(), it.value()) + QLatin1Char(' ') + it.key());
    for (const QString &currency : status.outstandingBeyondSums)
        owedParts.append(QCoreApplication::translate("Cli",
            "%1 beyond what can be summed (over "
            "9,223,372,036,854,775,807 minor units)")
                             .arg(currency));
    io.out << QCoreApplication::translate("Cli", "Database:    %1 (schema %2)")
                  .arg(ledger.databasePath())
                  .arg(ledger.schemaVersion())
           << Qt::endl
           << QCoreApplication::translate("Cli", "Invoices:    %1").arg(status.invoices)
           << (statusParts.isEmpty()
                      ? QString()
                      : QStringLiteral(" (%1)").arg(statusParts.join(QStringLiteral(", "))))
           << Qt::endl
           << QCoreApplication::translate("Cli", "Outstanding: %1")
                  .arg(owedParts.isEmpty() ? QCoreApplication::translate("Cli", "nothing")
                                           : owedParts.join(QStringLiteral(", ")))
           << Qt::endl
           << QCoreApplication::translate("Cli", "Payments:    %1 (%2 voided)")
                  .arg(status.payments.recorded)
                  .arg(status.payments.voided)
           << Qt::endl
           << QCoreApplication::translate("Cli", "Sync:        %1").arg(status.syncLine)
           << Qt::endl;
}

} // namespace

int runList(Ledger &ledger, const Arguments &args, Output &io)
{
    if (args.words.size() != 2
        || (args.words.at(1) != QLatin1String("invoices")
            && args.words.at(1) != QLatin1String("payments"))) {
        io.err << QCoreApplication::translate(
            "Cli", "usage: list invoices|payments [--status S] [--format table|csv|json]")
               << Qt::endl;
        return BadUsage;
    }
    const auto format = formatOf(args, io);
    if (!format)
        return BadUsage;
    return args.words.at(1) == QLatin1String("invoices") ? listInvoices(ledger, args, *format, io)
                                                         : listPayments(ledger, args, *format, io);
}

int runStatus(Ledger &ledger, const Arguments &args, Output &io)
{
    if (args.words.size() != 1) {
        io.err << QCoreApplication::translate("Cli", "usage: status [--format table|json]")
               << Qt::endl;
        return BadUsage;
    }
    const auto format = formatOf(args, io, false);
    if (!format)
        return BadUsage;
    const auto status = readStatus(ledger);
    if (!status) {
        io.err << status.error() << Qt::endl;
        return Failure;
    }
    if (*format == Format::Json)
        printStatusJson(ledger, *status, io);
    else
        printStatusTable(ledger, *status, io);
    return Success;
}

} // namespace InvoiceDesk::Cli
